//! Where the filters live: from the side panel's width (64rem) in a panel beside the charts
//! that stays in view while they scroll; narrower, the same panel opens as a modal dialog from
//! «Endre utvalg» (the rest of the page inert, focus kept inside, Escape and «Lukk» close it
//! and the focus returns to the button), with the live count of the selection and a button
//! that shows the result. One element serves both, so the page carries one filter view.

use super::browser;
use super::filters::Filters;
use crate::data::dataset::Dataset;
use crate::state::view_state::ViewState;
use crate::wording::page as words;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The width from which the filters sit in a side panel (as in style/main.css).
const WIDE: &str = "(min-width: 64rem)";

#[component]
pub fn FilterPanel(
    data: &'static Dataset,
    state: RwSignal<ViewState>,
    status: Signal<String>,
    respondents: Signal<u32>,
    /// Whether the panel is open as a dialog (narrow screens).
    open: RwSignal<bool>,
) -> impl IntoView {
    let panel = NodeRef::<Div>::new();
    // The filters are mounted at once beside the charts, and on a phone when first opened.
    let mounted = RwSignal::new(false);
    mounted.set(browser::media_matches(WIDE, move |wide| {
        if wide {
            mounted.set(true);
            open.set(false);
        }
    }));
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        if let Some(element) = panel.get() {
            if is_open || was_open == Some(true) {
                browser::set_modal(element.unchecked_ref(), is_open);
            }
            if is_open {
                mounted.set(true);
                browser::focus_selector(".filter-panel .dialog-close");
            } else if was_open == Some(true) {
                browser::focus_selector(".open-filters");
            }
        }
        is_open
    });
    // Escape closes; Tab from the last control goes to the first and Shift+Tab from the first
    // to the last, so the focus never leaves the dialog.
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        if event.key() == "Escape" {
            event.prevent_default();
            open.set(false);
            return;
        }
        if event.key() != "Tab" {
            return;
        }
        let Some(element) = panel.get_untracked() else {
            return;
        };
        let focusables = browser::focusable_within(element.unchecked_ref());
        let (Some(first), Some(last)) = (focusables.first(), focusables.last()) else {
            return;
        };
        let active = browser::active_element();
        let target = if event.shift_key() && active.as_ref() == Some(first.unchecked_ref()) {
            Some(last)
        } else if !event.shift_key() && active.as_ref() == Some(last.unchecked_ref()) {
            Some(first)
        } else {
            None
        };
        if let Some(target) = target {
            event.prevent_default();
            let _ = target.focus();
        }
    };
    let close = move |_| open.set(false);
    view! {
        <div
            node_ref=panel
            class="filter-panel"
            class:open=open
            role=move || open.get().then_some("dialog")
            aria-modal=move || open.get().then_some("true")
            aria-labelledby="utvalg-tittel"
            on:keydown=on_keydown
        >
            <button type="button" class="dialog-close" on:click=close>{words::CLOSE}</button>
            {move || mounted.get().then(|| view! { <Filters data state status/> })}
            <div class="dialog-actions">
                <button type="button" class="show-result" on:click=close>
                    {move || format!("{} {} {}", words::SHOW_RESULT, respondents.get(), words::ANSWERS)}
                </button>
            </div>
        </div>
    }
}

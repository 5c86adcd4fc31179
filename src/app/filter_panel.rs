//! Where the filters live: from the side panel's width (64rem) in a panel beside the charts
//! that stays in view while they scroll; narrower, in a modal dialog opened by «Endre utvalg»
//! (focus kept inside, Escape and «Lukk» close it, focus returns to the button), with the live
//! count of the selection and a button that shows the result.

use super::browser;
use super::filters::Filters;
use super::text;
use crate::dataset::Dataset;
use crate::view_state::ViewState;
use leptos::html::Dialog;
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
    /// Whether the dialog is open (narrow screens).
    open: RwSignal<bool>,
) -> impl IntoView {
    let wide = RwSignal::new(false);
    wide.set(browser::media_matches(WIDE, move |matches| {
        wide.set(matches);
        if matches {
            open.set(false);
        }
    }));
    let dialog = NodeRef::<Dialog>::new();
    // The dialog's content is mounted the first time it is opened, not at page load.
    let mounted = RwSignal::new(false);
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        let should_open = open.get();
        if should_open && !element.open() {
            mounted.set(true);
            let _ = element.show_modal();
        } else if !should_open && element.open() {
            element.close();
        }
    });
    // Tab from the last control goes to the first and Shift+Tab from the first to the last, so
    // the focus never leaves the dialog for the browser's own controls.
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() != "Tab" {
            return;
        }
        let Some(element) = dialog.get_untracked() else { return };
        let focusables = browser::focusable_within(&element);
        let (Some(first), Some(last)) = (focusables.first(), focusables.last()) else { return };
        let active = browser::active_element();
        let wrap_to = if event.shift_key() && active.as_ref() == Some(first.unchecked_ref()) {
            Some(last)
        } else if !event.shift_key() && active.as_ref() == Some(last.unchecked_ref()) {
            Some(first)
        } else {
            None
        };
        if let Some(target) = wrap_to {
            event.prevent_default();
            let _ = target.focus();
        }
    };
    let on_close = move |_| {
        open.set(false);
        browser::focus_selector(".open-filters");
    };
    move || {
        if wide.get() {
            view! {
                <aside class="filter-panel" aria-label=text::FILTERS_HEADING>
                    <Filters data state status/>
                </aside>
            }
            .into_any()
        } else {
            view! {
                <dialog node_ref=dialog class="filter-dialog" aria-labelledby="utvalg-tittel" on:close=on_close on:keydown=on_keydown>
                    <button type="button" class="dialog-close" on:click=move |_| open.set(false)>{text::CLOSE}</button>
                    {move || mounted.get().then(|| view! { <Filters data state status/> })}
                    <div class="dialog-actions">
                        <button type="button" class="show-result" on:click=move |_| open.set(false)>
                            {move || format!("{} {} {}", text::SHOW_RESULT, respondents.get(), text::ANSWERS)}
                        </button>
                    </div>
                </dialog>
            }
            .into_any()
        }
    }
}

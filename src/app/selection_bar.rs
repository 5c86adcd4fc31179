//! The bar above the findings: the selection in words with its number of answers, each active
//! filter as a removable chip, and (below the side panel's width) «Endre utvalg», which opens
//! the filters in a dialog, and «Sammenlign etter» one choice away. Sticky at the top on narrow
//! screens (style/main.css).

use super::browser;
use crate::data::dataset::Dataset;
use crate::model::page_model::PageModel;
use crate::model::selection_summary::active_filters;
use crate::state::view_state::{Split, ViewState};
use crate::text::html::escape;
use crate::wording::page as words;
use crate::wording::selection;
use leptos::prelude::*;
use std::fmt::Write;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The chips as HTML (escaped): one button per active filter, found by `data-chip`.
fn chips_html(data: &Dataset, state: &ViewState) -> String {
    let mut out = String::new();
    for chip in active_filters(data, state) {
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"chip\" data-chip=\"{}\" aria-label=\"{}\">{}<span aria-hidden=\"true\"> ×</span></button></li>",
            escape(&chip.key()),
            escape(&selection::remove_filter(&chip.label)),
            escape(&chip.label)
        );
    }
    out
}

#[component]
pub fn SelectionBar(
    data: &'static Dataset,
    state: RwSignal<ViewState>,
    model: Memo<PageModel>,
    /// Opens the filter dialog (narrow screens).
    on_open_filters: Callback<()>,
) -> impl IntoView {
    let words = move || model.with(|m| selection::in_short(data, &m.state, m.respondents));
    let chips = Memo::new(move |_| state.with(|s| chips_html(data, s)));
    // A click on a chip removes its filter; the focus moves to the chip that takes its place,
    // or to the bar when none is left.
    let on_chip = move |event: leptos::ev::MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-chip]").ok().flatten())
        else {
            return;
        };
        let key = button.get_attribute("data-chip").unwrap_or_default();
        let position =
            state.with_untracked(|s| active_filters(data, s).iter().position(|c| c.key() == key));
        let Some(position) = position else { return };
        state.update(|s| {
            if let Some(chip) = active_filters(data, s).into_iter().nth(position) {
                s.remove_filter(&chip.kind);
            }
        });
        set_timeout(
            move || browser::focus_replacing_chip(".chips", position, "#utvalget"),
            Duration::ZERO,
        );
    };
    let split_choices = crate::render::filter_controls::quick_split_html(data);
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let key = state.with(|s| s.split().key());
        if let Some(select) = select.get() {
            select.set_value(&key);
        }
    });
    let on_split = move |event: leptos::ev::Event| {
        if let Some(split) = Split::from_key(&event_target_value(&event), data) {
            state.update(|s| s.split_choice = Some(split));
        }
    };
    view! {
        <div class="selection-bar" id="utvalget" tabindex="-1" role="region" aria-label=words::SELECTION_BAR_LABEL>
            <p class="selection-words">{words}</p>
            <ul class="chips" aria-label=words::CHIPS_LABEL on:click=on_chip inner_html=move || chips.get()></ul>
            <div class="bar-actions">
                <button type="button" class="open-filters" aria-haspopup="dialog" on:click=move |_| on_open_filters.run(())>
                    {words::CHANGE_SELECTION}
                </button>
                <label class="quick-split">
                    <span>{words::SPLIT_LEGEND}</span>
                    <select node_ref=select on:change=on_split inner_html=split_choices></select>
                </label>
            </div>
        </div>
    }
}

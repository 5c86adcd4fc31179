//! The filter and comparison controls: native radios and checkboxes in fieldsets (HTML from
//! `crate::render::filter_controls`), one `change` listener for all of them, their `checked` state set
//! from the view state, and a live status line that screen readers announce.

use crate::data::dataset::Dataset;
use crate::render::filter_controls::{answer_codes_html, filter_controls_html, fylke_summary};
use crate::state::view_state::{answer_column, ViewState};
use crate::stats::aggregate::ANSWER_KEY;
use crate::wording::page as words;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Shows the answers of answer column `name` (none for an unknown name), checked as `state`
/// says.
fn show_answers_of(data: &Dataset, root: &web_sys::HtmlDivElement, name: &str, state: &ViewState) {
    let Ok(Some(holder)) = root.query_selector(".answer-codes-holder") else {
        return;
    };
    let html = answer_column(data, name)
        .map(|(index, _)| answer_codes_html(data, index))
        .unwrap_or_default();
    holder.set_inner_html(&html);
    sync_checked(&holder, state);
}

/// Sets every input's `checked` under `root` from the state.
fn sync_checked(root: &web_sys::Element, state: &ViewState) {
    let Ok(inputs) = root.query_selector_all("input") else {
        return;
    };
    for i in 0..inputs.length() {
        if let Some(input) = inputs
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let checked = state.is_checked(&input.name(), &input.value());
            if input.checked() != checked {
                input.set_checked(checked);
            }
        }
    }
}

#[component]
pub fn Filters(
    data: &'static Dataset,
    state: RwSignal<ViewState>,
    status: Signal<String>,
) -> impl IntoView {
    let controls = NodeRef::<Div>::new();
    let on_change = move |event: leptos::ev::Event| {
        let Some(target) = event.target() else {
            return;
        };
        // The answer column whose answers to show, or an answer to compare by.
        if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
            let value = select.value();
            if select.get_attribute("data-action").as_deref() == Some("answer-column") {
                if let Some(root) = controls.get_untracked() {
                    state.with_untracked(|s| show_answers_of(data, &root, &value, s));
                }
            } else if !value.is_empty() {
                state.update(|s| s.apply_control(data, &select.name(), &value, true));
            }
            return;
        }
        let Ok(input) = target.dyn_into::<web_sys::HtmlInputElement>() else {
            return;
        };
        let (name, value, checked) = (input.name(), input.value(), input.checked());
        state.update(|s| s.apply_control(data, &name, &value, checked));
    };
    // Every control shows the state, however it changed (a click, a chip, a bar, Back).
    Effect::new(move |_| {
        let Some(root) = controls.get() else { return };
        state.with(|s| {
            sync_checked(&root, s);
            if let Ok(Some(summary)) = root.query_selector(".fylker summary") {
                summary.set_text_content(Some(&fylke_summary(s)));
            }
            // The answer split's list shows the answer compared by, or nothing.
            let split = s.split().key();
            if let Some(select) = root
                .query_selector("select[name=split]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                let value = if split.starts_with(ANSWER_KEY) {
                    &*split
                } else {
                    ""
                };
                if select.value() != value {
                    select.set_value(value);
                }
            }
            // The answers of a column with a condition are shown when none is.
            if let (Some(first), Some(select)) = (
                s.answers.first(),
                root.query_selector("select[data-action=answer-column]")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok()),
            ) {
                if select.value().is_empty() {
                    let name = first.name;
                    select.set_value(name);
                    show_answers_of(data, &root, name, s);
                }
            }
        });
    });
    view! {
        <section class="filters" aria-labelledby="utvalg-tittel">
            <div node_ref=controls on:change=on_change inner_html=filter_controls_html(data)></div>
            <div class="filter-footer">
                <p class="status" role="status" aria-live="polite">{move || status.get()}</p>
                <button type="button" class="reset" on:click=move |_| state.update(|s| *s = s.reset())
                    disabled=move || state.with(ViewState::is_default)>{words::RESET}</button>
            </div>
        </section>
    }
}

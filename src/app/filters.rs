//! The filter and comparison controls: native radios and checkboxes in fieldsets (HTML from
//! `crate::render::filter_controls`), one `change` listener for all of them, their `checked` state set
//! from the view state, and a live status line that screen readers announce.

use crate::data::dataset::Dataset;
use crate::render::filter_controls::{filter_controls_html, fylke_summary};
use crate::state::view_state::ViewState;
use crate::wording::page as words;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Filters(
    data: &'static Dataset,
    state: RwSignal<ViewState>,
    status: Signal<String>,
) -> impl IntoView {
    let controls = NodeRef::<Div>::new();
    let on_change = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let (name, value, checked) = (input.name(), input.value(), input.checked());
        state.update(|s| s.apply_control(&name, &value, checked));
    };
    // Every control shows the state, however it changed (a click, a chip, a bar, Back).
    Effect::new(move |_| {
        let Some(root) = controls.get() else { return };
        state.with(|s| {
            let Ok(inputs) = root.query_selector_all("input") else {
                return;
            };
            for i in 0..inputs.length() {
                if let Some(input) = inputs
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let checked = s.is_checked(&input.name(), &input.value());
                    if input.checked() != checked {
                        input.set_checked(checked);
                    }
                }
            }
            if let Ok(Some(summary)) = root.query_selector(".fylker summary") {
                summary.set_text_content(Some(&fylke_summary(s)));
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

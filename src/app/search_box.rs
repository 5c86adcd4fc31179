//! «Se data for din kommune»: a search field following the ARIA combobox pattern (list
//! autocomplete): arrow keys move through the results, Enter opens one, Escape closes the list
//! or clears the field, and a live region tells screen readers how many results there are.

use crate::data::dataset::Dataset;
use crate::model::search::{search, SearchHit};
use crate::render::search_html::listbox_html;
use crate::state::combobox::{Combobox, KeyOutcome};
use crate::wording::page as words;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const MAX_HITS: usize = 12;

#[component]
pub fn SearchBox(
    data: &'static Dataset,
    on_select: Callback<usize>,
    /// The heading, when the field does something else than open an organisation's page
    /// (in «Sammenlign kommuner» it adds one to the comparison).
    #[prop(default = None)]
    heading: Option<&'static str>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // Open or not, and the active option: the keyboard's effects are in `Combobox` (tested
    // natively); here they are only applied.
    let combobox = RwSignal::new(Combobox::default());
    let hits = Memo::new(move |_| query.with(|q| search(data, q, MAX_HITS)));
    let expanded = move || combobox.with(|c| c.expanded(hits.with(Vec::len)));
    let active = move || combobox.with(|c| c.active).filter(|_| expanded());
    let choose = move |hit: &SearchHit| {
        combobox.update(Combobox::chosen);
        query.set(String::new());
        on_select.run(hit.organisation);
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = hits.with(Vec::len);
        let outcome = combobox.try_update(|c| c.key(&event.key(), count));
        match outcome {
            Some(KeyOutcome::Handled) => event.prevent_default(),
            Some(KeyOutcome::Choose(index)) => {
                if let Some(hit) = hits.with(|h| h.get(index).cloned()) {
                    event.prevent_default();
                    choose(&hit);
                }
            }
            Some(KeyOutcome::ClearQuery) => query.set(String::new()),
            Some(KeyOutcome::Ignored) | None => {}
        }
    };
    // The options are plain HTML from the core (escaped); a click is found by delegation.
    let options = move || hits.with(|h| listbox_html(h, active()));
    let on_list_click = move |event: leptos::ev::MouseEvent| {
        let index = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("li[data-index]").ok().flatten())
            .and_then(|li| li.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(hit) = index.and_then(|i| hits.with(|h| h.get(i).cloned())) {
            choose(&hit);
        }
    };
    let announcement = move || {
        let q = query.get();
        if q.trim().is_empty() {
            String::new()
        } else {
            match hits.with(Vec::len) {
                0 => words::SEARCH_NONE.to_string(),
                1 => words::SEARCH_ONE.to_string(),
                n => format!("{n} {}", words::SEARCH_MANY),
            }
        }
    };
    view! {
        <section class="search" aria-labelledby="sok-tittel">
            <h2 id="sok-tittel">{heading.unwrap_or(words::SEARCH_HEADING)}</h2>
            <label for="sok">{words::SEARCH_LABEL}</label>
            <div class="combobox">
                <input
                    id="sok"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls="sok-liste"
                    aria-expanded=move || if expanded() { "true" } else { "false" }
                    aria-activedescendant=move || active().map(|i| format!("sok-valg-{i}"))
                    prop:value=move || query.get()
                    on:input=move |event| {
                        query.set(event_target_value(&event));
                        combobox.update(Combobox::typed);
                    }
                    on:keydown=on_keydown
                    on:blur=move |_| combobox.update(Combobox::blurred)
                />
                <ul
                    id="sok-liste"
                    role="listbox"
                    aria-label=words::SEARCH_LIST
                    hidden=move || !expanded()
                    inner_html=options
                    on:mousedown=|event| event.prevent_default()
                    on:click=on_list_click
                ></ul>
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">{announcement}</p>
        </section>
    }
}

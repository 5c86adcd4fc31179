//! «Se data for din kommune»: a search field following the ARIA combobox pattern (list
//! autocomplete): arrow keys move through the results, Enter opens one, Escape closes the list
//! or clears the field, and a live region tells screen readers how many results there are.

use super::text;
use crate::data::dataset::Dataset;
use crate::model::search::{listbox_html, search, SearchHit};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const MAX_HITS: usize = 12;

#[component]
pub fn SearchBox(data: &'static Dataset, on_select: Callback<usize>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let hits = Memo::new(move |_| query.with(|q| search(data, q, MAX_HITS)));
    let expanded = move || open.get() && hits.with(|h| !h.is_empty());
    let choose = move |hit: &SearchHit| {
        open.set(false);
        active.set(None);
        query.set(String::new());
        on_select.run(hit.organisation);
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = hits.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" => {
                event.prevent_default();
                open.set(true);
                if count > 0 {
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
            }
            "ArrowUp" => {
                event.prevent_default();
                open.set(true);
                if count > 0 {
                    active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
            }
            "Enter" => {
                let chosen = active
                    .get()
                    .or((count == 1).then_some(0))
                    .and_then(|i| hits.with(|h| h.get(i).cloned()));
                if let Some(hit) = chosen {
                    event.prevent_default();
                    choose(&hit);
                }
            }
            "Escape" => {
                if expanded() {
                    open.set(false);
                    active.set(None);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        }
    };
    // The options are plain HTML from the core (escaped); a click is found by delegation.
    let options = move || hits.with(|h| listbox_html(h, active.get().filter(|_| expanded())));
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
                0 => text::SEARCH_NONE.to_string(),
                1 => text::SEARCH_ONE.to_string(),
                n => format!("{n} {}", text::SEARCH_MANY),
            }
        }
    };
    view! {
        <section class="search" aria-labelledby="sok-tittel">
            <h2 id="sok-tittel">{text::SEARCH_HEADING}</h2>
            <label for="sok">{text::SEARCH_LABEL}</label>
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
                    aria-activedescendant=move || active.get().filter(|_| expanded()).map(|i| format!("sok-valg-{i}"))
                    prop:value=move || query.get()
                    on:input=move |event| {
                        query.set(event_target_value(&event));
                        open.set(true);
                        active.set(None);
                    }
                    on:keydown=on_keydown
                    on:blur=move |_| open.set(false)
                />
                <ul
                    id="sok-liste"
                    role="listbox"
                    aria-label=text::SEARCH_LIST
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

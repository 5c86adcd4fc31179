//! «Sammenlign kommuner» (issue 24), the page's side: the element the view is drawn in, and
//! the two buttons that need the page («Skriv ut», «Bygg inn»). Everything else is the map
//! script's (`web/map-view.js`, `agmMaps.comparison`): it asks the map worker
//! (`src/bin/map_worker.rs` over `render::comparison_html`) for the view of the URL's query,
//! puts it in place, keeps the URL, and answers the chips, the kommuner on the map and the
//! downloads. So neither the comparison's code nor its glue is in the page's first load.
//! `state::comparison` documents the URL form.

use super::browser;
use super::map_glue;
use crate::render::embed_snippet::embed_snippet;
use crate::wording::comparison as words;
use crate::wording::page;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the view is drawn in.
const ROOT_ID: &str = "sammenligning";

/// Adds register organisation `index` to the comparison (the page's search field).
pub fn add(index: usize) {
    map_glue::when_ready(move |ready| {
        if ready {
            map_glue::compare_also(index as u32);
        }
    });
}

#[component]
pub fn ComparisonPage(snippet: RwSignal<Option<String>>) -> impl IntoView {
    let root = NodeRef::<leptos::html::Article>::new();
    root.on_load(move |root| {
        map_glue::when_ready(move |ready| {
            if !ready {
                root.set_text_content(Some(words::UNAVAILABLE));
                return;
            }
            let words = map_glue::object(&[
                ("unavailable", words::UNAVAILABLE.into()),
                ("downloadFailed", page::DOWNLOAD_FAILED.into()),
                ("fileName", words::CSV_NAME.into()),
                ("imageCopied", page::IMAGE_COPIED.into()),
                ("imageDownloaded", page::IMAGE_DOWNLOADED.into()),
            ]);
            map_glue::comparison(root.unchecked_ref(), &words);
        });
    });
    // «Skriv ut» and «Bygg inn» (the page's dialog); the rest is the map script's.
    let on_click = move |event: web_sys::MouseEvent| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button[data-action]").ok().flatten())
        else {
            return;
        };
        match button.get_attribute("data-action").as_deref() {
            Some("print") => browser::print(),
            Some("embed") => {
                let title = format!("{} – {}", words::HEADING, page::SITE_TITLE);
                let view_query = button.get_attribute("data-query").unwrap_or_default();
                snippet.set(Some(embed_snippet(
                    &browser::page_url(),
                    &view_query,
                    None,
                    &title,
                )));
            }
            _ => {}
        }
    };
    view! {
        <article class="comparison" id=ROOT_ID aria-labelledby="sammenligning-tittel" node_ref=root on:click=on_click>
            <p class="status" role="status">{words::LOADING}</p>
        </article>
    }
}

//! «Sammenlign kommuner» (issue 24), the page's side: thin glue. Everything the view shows is
//! made by the map worker (`src/bin/map_worker.rs` over `render::comparison_html`), which the
//! page's map script starts (`map_glue`): the comparison's code is not in the page's first load.
//! The page sends the worker the URL's query and what the reader did (add or remove an
//! organisation, ask for the CSV); the worker answers with the view's HTML, the URL's new query
//! and, when asked, the CSV. The chips' and tools' buttons carry `data-org-index` or
//! `data-action`, found by one delegated click; so do the kommuner of the map (`.picker
//! [data-org-index]`), which a click adds or removes. `state::comparison` documents the URL form.

use super::browser::{self, download_bytes};
use super::map_glue;
use crate::render::embed_snippet::embed_snippet;
use crate::wording::comparison as words;
use crate::wording::page;
use js_sys::Reflect;
use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// The element the view is drawn in.
const ROOT_ID: &str = "sammenligning";

thread_local! {
    /// The query the view shows, as the worker last wrote it (the URL's).
    static QUERY: RefCell<String> = const { RefCell::new(String::new()) };
    /// The snippet of «Bygg inn», when open.
    static SNIPPET: RefCell<Option<RwSignal<Option<String>>>> = const { RefCell::new(None) };
}

fn field(reply: &JsValue, key: &str) -> Option<String> {
    Reflect::get(reply, &key.into())
        .ok()
        .and_then(|v| v.as_string())
}

fn root() -> Option<web_sys::Element> {
    gloo_utils::document().get_element_by_id(ROOT_ID)
}

/// Asks the worker for the view after `action` (`""`, `"add"`, `"remove"`, `"toggle"`, `"csv"`) on register
/// organisation `org`; `focus` is a chip's position to focus once the view is drawn.
fn request(action: &'static str, org: Option<usize>, focus: Option<usize>) {
    ask(action, org, focus, None);
}

/// [`request`], with the question an image is asked for (`svg`, `png`).
fn ask(action: &'static str, org: Option<usize>, focus: Option<usize>, question: Option<usize>) {
    map_glue::when_ready(move |ready| {
        if !ready {
            if let Some(root) = root() {
                root.set_text_content(Some(words::UNAVAILABLE));
            }
            return;
        }
        let query = QUERY.with(|q| q.borrow().clone());
        let message = map_glue::object(&[
            ("query", query.into()),
            ("action", action.into()),
            ("org", org.map_or(JsValue::NULL, |o| (o as u32).into())),
            (
                "question",
                question.map_or(JsValue::NULL, |q| (q as u32).into()),
            ),
        ]);
        let promise = map_glue::comparison(&message);
        leptos::task::spawn_local(async move {
            let reply = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .unwrap_or(JsValue::NULL);
            answered(&reply, focus, action).await;
        });
    });
}

async fn answered(reply: &JsValue, focus: Option<usize>, action: &str) {
    let Some(root) = root() else { return };
    if let Some(query) = field(reply, "query") {
        browser::replace_query(&query);
        QUERY.with(|q| *q.borrow_mut() = query);
    }
    if let (Some(svg), Some(qid)) = (field(reply, "svg"), field(reply, "qid")) {
        let number = |key: &str| {
            Reflect::get(reply, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0) as u32
        };
        let stem = format!("arbeidsgivermonitoren-2017-{}-{qid}", words::CSV_NAME);
        let saved = if action == "png" {
            super::image_export::svg_png(&svg, number("width"), number("height"))
                .await
                .and_then(|png| download_bytes(&format!("{stem}.png"), "image/png", &png))
        } else {
            download_bytes(&format!("{stem}.svg"), "image/svg+xml", svg.as_bytes())
        };
        return report(&root, &format!("#q-{qid} .figure-tools"), saved);
    }
    if let Some(csv) = field(reply, "csv") {
        let file = format!("arbeidsgivermonitoren-2017-{}.csv", words::CSV_NAME);
        let saved = download_bytes(&file, "text/csv;charset=utf-8", csv.as_bytes());
        return report(&root, ".page-tools", saved);
    }
    // The map drawn so far stays until the worker has drawn it anew (no flash of an empty
    // place after each pick).
    let drawn_map = root
        .query_selector("figure.locator > div")
        .ok()
        .flatten()
        .map(|div| div.inner_html())
        .filter(|svg| !svg.is_empty());
    match field(reply, "html") {
        Some(html) => root.set_inner_html(&html),
        None => return root.set_text_content(Some(words::UNAVAILABLE)),
    }
    if let (Some(svg), Ok(Some(figure))) = (drawn_map, root.query_selector("figure.locator")) {
        if let Some(div) = figure.first_element_child() {
            div.set_inner_html(&svg);
            figure.remove_attribute("hidden").ok();
        }
    }
    // The locator map marks them all (the worker draws it once it has the geometry).
    let orgs = Reflect::get(reply, &"orgs".into()).unwrap_or(JsValue::NULL);
    if let (Ok(Some(figure)), true) = (
        root.query_selector("figure.locator"),
        js_sys::Array::is_array(&orgs),
    ) {
        map_glue::locator_many(&figure, &js_sys::Array::from(&orgs));
    }
    // After a chip's removal: the chip that took its place, or the search field.
    if let Some(position) = focus {
        set_timeout(
            move || browser::focus_replacing_chip(".compared", position, "#sok"),
            Duration::ZERO,
        );
    }
}

/// Says under the tools (`tools`, a selector inside the view) that a download failed, and why,
/// as the other views do; a later download that works takes the message away.
fn report(root: &web_sys::Element, tools: &str, saved: Result<(), JsValue>) {
    let Ok(Some(tools)) = root.query_selector(tools) else {
        return;
    };
    let shown = tools
        .next_element_sibling()
        .filter(|e| e.matches(".download-error").unwrap_or(false));
    match (saved, shown) {
        (Ok(()), Some(message)) => message.remove(),
        (Ok(()), None) => {}
        (Err(error), shown) => {
            let text = format!("{}{error:?}", page::DOWNLOAD_FAILED);
            let message = shown.or_else(|| {
                let message = gloo_utils::document().create_element("p").ok()?;
                message.set_class_name("error download-error");
                message.set_attribute("role", "alert").ok()?;
                tools.after_with_node_1(&message).ok()?;
                Some(message)
            });
            if let Some(message) = message {
                message.set_text_content(Some(&text));
            }
        }
    }
}

/// Adds register organisation `index` to the comparison (the page's search field).
pub fn add(index: usize) {
    request("add", Some(index), None);
}

fn on_click(event: web_sys::MouseEvent) {
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    // A kommune on the map: added, or removed when it is compared already.
    if let Some(index) = target
        .as_ref()
        .and_then(|e| e.closest(".picker [data-org-index]").ok().flatten())
        .and_then(|e| e.get_attribute("data-org-index"))
        .and_then(|i| i.parse::<usize>().ok())
    {
        return request("toggle", Some(index), None);
    }
    let Some(button) = target.and_then(|e| {
        e.closest("button[data-action], button[data-org-index]")
            .ok()
            .flatten()
    }) else {
        return;
    };
    match button.get_attribute("data-action").as_deref() {
        Some("csv") => return request("csv", None, None),
        Some(image @ ("svg" | "png")) => {
            let question = button
                .get_attribute("data-question")
                .and_then(|q| q.parse::<usize>().ok());
            let image = if image == "png" { "png" } else { "svg" };
            return ask(image, None, None, question);
        }
        Some("print") => return browser::print(),
        Some("embed") => {
            let title = format!("{} – {}", words::HEADING, page::SITE_TITLE);
            let view_query = button.get_attribute("data-query").unwrap_or_default();
            let snippet = embed_snippet(&browser::page_url(), &view_query, None, &title);
            SNIPPET.with(|s| {
                if let Some(signal) = *s.borrow() {
                    signal.set(Some(snippet));
                }
            });
            return;
        }
        _ => {}
    }
    let Some(index) = button
        .get_attribute("data-org-index")
        .and_then(|i| i.parse::<usize>().ok())
    else {
        return;
    };
    let position = button
        .closest("li")
        .ok()
        .flatten()
        .map(|li| {
            let mut position = 0;
            let mut node = li.previous_element_sibling();
            while let Some(n) = node {
                position += 1;
                node = n.previous_element_sibling();
            }
            position
        })
        .unwrap_or(0);
    request("remove", Some(index), Some(position));
}

#[component]
pub fn ComparisonPage(snippet: RwSignal<Option<String>>) -> impl IntoView {
    QUERY.with(|q| *q.borrow_mut() = browser::current_query());
    SNIPPET.with(|s| *s.borrow_mut() = Some(snippet));
    request("", None, None);
    view! {
        <article class="comparison" id=ROOT_ID aria-labelledby="sammenligning-tittel" on:click=on_click>
            <p class="status" role="status">{words::LOADING}</p>
        </article>
    }
}

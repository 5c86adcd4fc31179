//! Browser glue: the URL, history, colour scheme and file downloads. Window and document come
//! from `gloo-utils`, event listeners from `gloo-events`.

use gloo_events::EventListener;
use gloo_utils::{document, window};
use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Adds a classic script to the page (with its integrity hash, if given): the promise resolves
/// when the script has run and rejects when it cannot be had.
pub fn load_script(src: &str, integrity: Option<&str>) -> js_sys::Promise {
    js_sys::Promise::new(&mut |resolve, reject| {
        let document = document();
        let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) else {
            let _ = reject.call1(&JsValue::NULL, &"no document head".into());
            return;
        };
        let _ = script.set_attribute("src", src);
        if let Some(integrity) = integrity {
            let _ = script.set_attribute("integrity", integrity);
        }
        EventListener::once(&script, "load", move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        })
        .forget();
        EventListener::once(&script, "error", move |_| {
            let _ = reject.call1(&JsValue::NULL, &"the script could not be loaded".into());
        })
        .forget();
        let _ = head.append_child(&script);
    })
}

/// Loads the script the page's manifest names `key` (`<meta name="agm-files">`, a JSON object
/// whose `kart-view` and `egne-data-view` are `{file, integrity}`; scripts/post-build.mjs
/// writes it, web/page-meta.js documents its form), as [`load_script`].
pub fn load_named_script(key: &str) -> js_sys::Promise {
    let entry = document()
        .query_selector("meta[name=agm-files]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .and_then(|files| js_sys::Reflect::get(&files, &key.into()).ok())
        .filter(|entry| entry.is_object());
    let Some(entry) = entry else {
        return js_sys::Promise::reject(&"the script is not named in the page".into());
    };
    let field = |name: &str| {
        js_sys::Reflect::get(&entry, &name.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    load_script(
        &field("file").unwrap_or_default(),
        field("integrity").as_deref(),
    )
}

/// The current query string, without `?`.
pub fn current_query() -> String {
    window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// Replaces the current history entry's query, keeping path and hash.
pub fn replace_query(query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if url != format!("{path}{}{hash}", location.search().unwrap_or_default()) {
        let _ = window()
            .history()
            .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
    }
}

/// Goes to another view: a real navigation to the same page with a new query, so the browser
/// keeps the history entry and Back returns to where the user came from.
pub fn navigate_to_query(query: &str) {
    let _ = window().location().assign(&format!("?{query}"));
}

/// Goes to `href` (a query, «?…»), keeping the path and the anchor: the language switch.
pub fn navigate_to(href: &str) {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    let _ = location.assign(&format!("{href}{hash}"));
}

/// Whether the URL points to an anchor (`#effekter`).
pub fn has_hash() -> bool {
    window().location().hash().is_ok_and(|h| h.len() > 1)
}

/// Scrolls to the element the URL's anchor names (`#effekter`): the browser tries this while the
/// page loads, before the app has drawn the sections. The questions are laid out in full first
/// (`<html data-anchor>` turns their `content-visibility: auto` off, see the
/// stylesheet): a question above the anchor that the browser lays out later would otherwise
/// grow from its placeholder size and push the anchor out of view.
pub fn scroll_to_hash() {
    let hash = window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if let Some(element) = document().get_element_by_id(id) {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-anchor", id);
        }
        element.scroll_into_view();
    }
}

/// The page's absolute URL without query or hash, for embed snippets.
pub fn page_url() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Marks the page as dark or light (`<html data-scheme>`), which the stylesheet follows.
pub fn set_dark_scheme(dark: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-scheme", if dark { "dark" } else { "light" });
    }
}

/// Sets the page title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Opens the print dialog.
pub fn print() {
    let _ = window().print();
}

/// Calls `f` whenever the user goes Back or Forward, until the listener is dropped.
pub fn on_popstate(f: impl Fn() + 'static) -> EventListener {
    EventListener::new(&window(), "popstate", move |_| f())
}

/// Whether the reader prefers a dark colour scheme, and a callback for changes.
pub fn prefers_dark(on_change: impl Fn(bool) + 'static) -> bool {
    media_matches("(prefers-color-scheme: dark)", on_change)
}

/// Whether a media query matches now, and a callback for changes (for the life of the page).
pub fn media_matches(media: &str, on_change: impl Fn(bool) + 'static) -> bool {
    let Ok(Some(query)) = window().match_media(media) else {
        return false;
    };
    let current = query.matches();
    let list = query.clone();
    EventListener::new(&query, "change", move |_| on_change(list.matches())).forget();
    current
}

/// Moves the keyboard focus to the element with `id`, if there is one.
pub fn focus_by_id(id: &str) {
    let element = document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Moves the keyboard focus to the first element matching `selector`; false if none.
pub fn focus_selector(selector: &str) -> bool {
    let element = document().query_selector(selector).ok().flatten();
    match element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// After the chip at `position` (from 0) of the list `list` (a selector) was removed: focuses
/// the chip that took its place, or else the one before it, or else `fallback` (a selector).
pub fn focus_replacing_chip(list: &str, position: usize, fallback: &str) {
    let next = format!("{list} li:nth-child({}) button", position + 1);
    let previous = format!("{list} li:nth-child({}) button", position.max(1));
    if !focus_selector(&next) && !focus_selector(&previous) {
        focus_selector(fallback);
    }
}

/// Shows `element` as a modal dialog, or ends that: everything outside it becomes inert (its
/// siblings and those of its ancestors) and the page behind it stops scrolling (`data-modal`
/// on the root, which the stylesheet follows).
pub fn set_modal(element: &web_sys::Element, modal: bool) {
    let mut inside = element.clone();
    while let Some(parent) = inside.parent_element() {
        let children = parent.children();
        for i in 0..children.length() {
            match children.item(i) {
                Some(child) if child != inside && modal => {
                    let _ = child.set_attribute("inert", "");
                }
                Some(child) if child != inside => {
                    let _ = child.remove_attribute("inert");
                }
                _ => {}
            }
        }
        if parent.tag_name() == "BODY" {
            break;
        }
        inside = parent;
    }
    if let Some(root) = document().document_element() {
        if modal {
            let _ = root.set_attribute("data-modal", "");
            let _ = root.set_attribute("data-behind-modal", "");
        } else {
            let _ = root.remove_attribute("data-modal");
            // What the stylesheet leaves unrendered behind the dialog (the maps) comes back
            // after the page behind it has been painted: closing answers at once, the maps
            // follow a frame later, as the charts do after a change.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if let Some(root) = document().document_element() {
                            if !root.has_attribute("data-modal") {
                                let _ = root.remove_attribute("data-behind-modal");
                            }
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    }
}

/// The element that has the keyboard focus.
pub fn active_element() -> Option<web_sys::Element> {
    document().active_element()
}

/// The controls inside `root` that Tab can reach, in document order (hidden ones left out).
pub fn focusable_within(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = root.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select, summary, a[href], [tabindex='0']",
    ) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some())
        .collect()
}

/// Offers `bytes` as a file download.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = download_url(filename, &url);
    // Revoked a while after the click, not at once: some Firefox and Safari versions drop a
    // download whose URL is revoked before they have begun to read it (as web/save-file.js).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        REVOKE_AFTER,
    );
    result
}

/// How long a download's object URL lives after the click.
const REVOKE_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Offers a (data or object) URL as a file download.
pub fn download_url(filename: &str, url: &str) -> Result<(), JsValue> {
    let document = document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(url);
    anchor.set_download(filename);
    anchor.style().set_property("display", "none")?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    Ok(())
}

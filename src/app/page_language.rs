//! The page's language (issue 14): a page built in nynorsk or English sets the static texts of
//! `index.html` (bokmål's) in its own words — `<html lang>`, the description, the skip link,
//! the heading and subtitle — and every page offers the language switch in its header. A
//! language's link reloads the page with `lang=` set and every filter kept (the loader in
//! `index.html`, written by scripts/post-build.mjs, starts that language's build).

use super::browser;
use crate::data::codebook::{Language, LANGUAGE};
use crate::state::page_options::PageOptions;
use crate::wording::page as words;
use crate::wording::shared::language_name;
use gloo_utils::document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// At the start, before the first mount.
pub fn start(embed: bool) {
    if LANGUAGE != Language::Bokmal {
        set_static_texts();
    }
    if embed {
        return;
    }
    if let Some(header) = document()
        .query_selector("header.page-header")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Mounted once, outside the page that mounts itself anew.
        leptos::mount::mount_to(header, LanguageSwitch).forget();
    }
}

fn set_static_texts() {
    let document = gloo_utils::document();
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", LANGUAGE.code());
    }
    browser::set_title(words::SITE_TITLE);
    let set = |selector: &str, text: &str| {
        if let Ok(Some(element)) = document.query_selector(selector) {
            element.set_text_content(Some(text));
        }
    };
    set(".skip-link", words::SKIP_LINK);
    set("header.page-header h1", words::SITE_TITLE);
    set("header.page-header .subtitle", words::SUBTITLE);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", words::DESCRIPTION);
    }
}

/// The three languages, each named in itself; the page's own is marked as current.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let links = Language::ALL
        .into_iter()
        .map(|language| {
            let href = PageOptions::with_language(&browser::current_query(), language);
            // The filters may have changed since the link was drawn: the click takes the URL
            // as it is now.
            let on_click = move |event: leptos::ev::MouseEvent| {
                event.prevent_default();
                browser::navigate_to(&PageOptions::with_language(
                    &browser::current_query(),
                    language,
                ));
            };
            let current = (language == LANGUAGE).then_some("true");
            view! {
                <li>
                    <a href=href lang=language.code() hreflang=language.code() aria-current=current on:click=on_click>
                        {language_name(language)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switch" aria-label=words::LANGUAGE_SWITCH>
            <ul>{links}</ul>
        </nav>
    }
}

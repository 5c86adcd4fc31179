//! The browser view. Components only wire the core's results into the DOM.

mod overview;
mod text;

use crate::dataset::Dataset;
use leptos::prelude::*;

/// Mounts the page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let body = match Dataset::bundled() {
        Ok(data) => overview::Overview(overview::OverviewProps { data }).into_any(),
        Err(error) => view! { <p role="alert" class="error">{format!("{}{error}", text::DATA_ERROR)}</p> }.into_any(),
    };
    view! {
        <header>
            <h1>{text::PAGE_TITLE}</h1>
            <p class="subtitle">{text::SUBTITLE}</p>
        </header>
        <main id="innhold">{body}</main>
    }
}

//! The browser view. Components only wire signals to the core: the page model, chart options,
//! summaries, tables and CSV all come from pure functions tested natively.

mod about;
mod browser;
mod chart;
mod echarts;
mod figure;
mod filters;
mod image_export;
mod organisation_page;
mod search_box;
mod text;

use crate::dataset::Dataset;
use crate::page_model::PageModel;
use crate::route::Route;
use crate::view_state::{UrlNote, ViewState};
use leptos::prelude::*;

/// Mounts the page.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    let body = match Dataset::bundled() {
        Ok(data) => Page(PageProps { data: Box::leak(Box::new(data)) }).into_any(),
        Err(error) => view! {
            <main id="innhold"><p role="alert" class="error">{format!("{}{error}", text::DATA_ERROR)}</p></main>
        }
        .into_any(),
    };
    view! {
        <a class="skip-link" href="#innhold">{text::SKIP_LINK}</a>
        <header class="page-header">
            <h1>{text::PAGE_TITLE}</h1>
            <p class="subtitle">{text::SUBTITLE}</p>
        </header>
        // Hidden until web/pwa.js shows them.
        <div class="app-notes" role="status">
            <p id="frakoblet" class="offline-note" hidden=true>{text::OFFLINE}</p>
            <p id="ny-versjon" class="update-note" hidden=true>
                {text::UPDATE_READY}" "<button type="button" id="oppdater">{text::UPDATE_NOW}</button>
            </p>
        </div>
        {body}
        <footer class="page-footer"><p>{text::FOOTER}</p></footer>
    }
}

#[component]
fn Page(data: &'static Dataset) -> impl IntoView {
    let query = browser::current_query();
    let dark = RwSignal::new(false);
    dark.set(browser::prefers_dark(move |is_dark| dark.set(is_dark)));
    // The view is chosen once per page load. Opening an organisation is a real navigation to
    // its own URL, so Back is the browser's own and returns to the explorer as it was left.
    let route = Route::from_query(&query, data);
    browser::set_title(&route.title(data, text::SITE_TITLE));
    let open_organisation = Callback::new(move |index: usize| {
        browser::navigate_to_query(&Route::organisation_query(&data.register.organisations[index]));
    });
    // «Om dataene» is part of the explorer; from other views the link leads there.
    let about_link = if route == Route::Explorer { "#om-dataene" } else { "?#om-dataene" };
    let main = match route {
        Route::Explorer => explorer(data, &query, dark).into_any(),
        Route::Organisation(index) => view! {
            <main id="innhold" tabindex="-1"><organisation_page::OrganisationPage data index dark/></main>
        }
        .into_any(),
        Route::UnknownOrganisation(org_type, value) => view! {
            <main id="innhold" tabindex="-1">
                <p role="alert" class="error">{Route::unknown_message(org_type, &value)}</p>
                <p><a href="?">{text::BACK_TO_OVERVIEW}</a></p>
            </main>
        }
        .into_any(),
    };
    view! {
        {data.meta.demo.then(|| view! {
            <p class="demo-notice" role="note">
                {text::DEMO_NOTICE}" "<a href=about_link>{text::DEMO_LINK}</a>
            </p>
        })}
        <search_box::SearchBox data on_select=open_organisation/>
        {main}
    }
}

/// The explorer: filters, one section per theme, and «Om dataene».
fn explorer(data: &'static Dataset, query: &str, dark: RwSignal<bool>) -> impl IntoView {
    let (initial, initial_notes) = ViewState::from_query(query, data);
    let state = RwSignal::new(initial);
    let notes: RwSignal<Vec<UrlNote>> = RwSignal::new(initial_notes);
    // The URL follows the filters (replacing the entry); Back/Forward bring them back.
    Effect::new(move |_| browser::replace_query(&state.with(ViewState::to_query)));
    browser::on_popstate(move || {
        let (restored, restored_notes) = ViewState::from_query(&browser::current_query(), data);
        state.set(restored);
        notes.set(restored_notes);
    });
    let model = Memo::new(move |_| state.with(|s| PageModel::new(data, s)));
    let status = Signal::derive(move || model.with(|m| m.status.clone()));
    let sections = data
        .codebook
        .themes
        .iter()
        .map(|theme| {
            let figures = data
                .codebook
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.theme == theme.id)
                .map(|(index, _)| view! { <figure::QuestionFigure data index model state dark/> })
                .collect_view();
            let heading_id = format!("{}-tittel", theme.id);
            let labelled_by = heading_id.clone();
            view! {
                <section class="theme" id=theme.id.clone() aria-labelledby=labelled_by>
                    <h2 id=heading_id>{theme.title.nb.clone()}</h2>
                    {figures}
                </section>
            }
        })
        .collect_view();
    let nav = data
        .codebook
        .themes
        .iter()
        .map(|t| view! { <li><a href=format!("#{}", t.id)>{t.title.nb.clone()}</a></li> })
        .collect_view();
    view! {
        <nav class="themes-nav" aria-label=text::NAV_LABEL>
            <ul>{nav}<li><a href="#om-dataene">"Om dataene"</a></li></ul>
        </nav>
        <Show when=move || notes.with(|n| !n.is_empty())>
            <div class="url-notes" role="status">
                <h2>{text::URL_NOTES_HEADING}</h2>
                <ul>{move || notes.get().into_iter().map(|n| view! { <li>{n.message}</li> }).collect_view()}</ul>
            </div>
        </Show>
        <filters::Filters data state status/>
        <main id="innhold" tabindex="-1">
            {sections}
            <about::About data/>
        </main>
    }
}

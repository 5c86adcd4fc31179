//! The browser view. Components only wire signals to the core: the page model, chart options,
//! summaries, tables and CSV all come from pure functions tested natively.

mod about;
mod browser;
mod chart;
mod comparison_page;
mod copy;
mod echarts;
mod embed_dialog;
mod figure;
mod filter_panel;
mod filters;
mod image_export;
mod kept_note;
mod map;
mod map_glue;
mod nearness;
mod organisation_page;
mod own_data;
mod page_language;
mod print_prep;
mod progressive;
mod search_box;
mod selection_bar;
mod table_sort;
pub mod worker_scope;

use crate::data::dataset::Dataset;
use crate::model::page_model::PageModel;
use crate::render::embed_snippet::embed_snippet;
use crate::render::key_figures_html::key_figures_html;
use crate::state::page_options::PageOptions;
use crate::state::route::Route;
use crate::state::view_state::{join_notes, UrlNote, ViewState};
use crate::text::url_query::join_queries;
use crate::wording::comparison as comparison_words;
use crate::wording::page as words;
use crate::wording::status::shown_answers;
use leptos::prelude::*;
use own_data::{Own, Shown};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Mounts the page.
pub fn start() {
    // Panic messages in the console while developing; a release build leaves the formatting
    // code out (a panic there aborts, as `panic = "abort"` says).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    echarts::load_on_first_scroll();
    table_sort::listen();
    copy::listen();
    // The page options (embed, section, colour scheme) are the URL's at the start, whichever
    // data the page is mounted on later.
    let sections: Vec<&str> = BUNDLED.with(|data| {
        data.as_ref()
            .map(|d| d.codebook.themes.iter().map(|t| t.id.as_str()).collect())
            .unwrap_or_default()
    });
    let (options, option_notes) = PageOptions::from_query(&browser::current_query(), &sections);
    let embed = options.embed;
    // Own data are never shown embedded (an embed shows the published data).
    own_data::start(embed);
    page_language::start(embed);
    // The loader started another build than the URL's language asks for: that one could not
    // be had (offline, never cached; scripts/post-build.mjs).
    let language_note = (options.language != crate::data::codebook::LANGUAGE)
        .then(|| words::language_unavailable(options.language));
    // The notices stay when the page is mounted anew (web/pwa.js finds them once).
    leptos::mount::mount_to_body(move || notes(language_note));
    OPTIONS.with(|o| *o.borrow_mut() = Some((options, option_notes)));
    mount();
}

type Mounted = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

thread_local! {
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    /// The page options and what the URL said of them that was not understood.
    static OPTIONS: RefCell<Option<(PageOptions, Vec<UrlNote>)>> = const { RefCell::new(None) };
    /// The bundled data, read once.
    static BUNDLED: Result<&'static Dataset, String> = Dataset::bundled()
        .map(|data| &*Box::leak(Box::new(data)))
        .map_err(|error| crate::wording::data_errors::damaged(&error));
}

/// Mounts the page on the data it shows (`own_data::shown`), removing what was mounted before:
/// at the start, and when the reader opens their own data or goes back to the published.
fn mount() {
    let before = MOUNTED.with(|m| m.borrow_mut().take());
    drop(before);
    let body = gloo_utils::document().body().expect("a page has a body");
    let handle = leptos::mount::mount_to(body.unchecked_into(), move || App().into_any());
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
}

/// The offline, update and «Åpne egne data» notices, and the note of a language that could not
/// be had.
fn notes(language_note: Option<String>) -> impl IntoView {
    let notice = own_data::notice();
    view! {
        // Hidden until web/pwa.js shows them.
        <div class="app-notes" role="status">
            {language_note.map(|note| view! { <p class="language-note">{note}</p> })}
            <p id="frakoblet" class="offline-note" hidden=true>{words::OFFLINE}</p>
            <p id="ny-versjon" class="update-note" hidden=true>
                {words::UPDATE_READY}" "<button type="button" id="oppdater">{words::UPDATE_NOW}</button>
            </p>
            <p class="own-notice">{move || notice.get()}</p>
        </div>
    }
}

#[component]
fn App() -> impl IntoView {
    let query = browser::current_query();
    let dataset = BUNDLED.with(Clone::clone);
    let (options, option_notes) = OPTIONS.with(|o| o.borrow().clone()).unwrap_or_default();
    // The colour scheme: the reader's system setting unless the URL says `dark=true|false`.
    let dark = RwSignal::new(false);
    let scheme = options.scheme;
    let apply_scheme = move |prefers_dark: bool| {
        let is_dark = scheme.is_dark(prefers_dark);
        dark.set(is_dark);
        browser::set_dark_scheme(is_dark);
    };
    apply_scheme(browser::prefers_dark(apply_scheme));
    let embed = options.embed;
    // What the page shows: the bundled data, or the reader's own (issue 13).
    let shown = own_data::shown();
    let (data, own) = match (&dataset, &shown) {
        (Ok(_), Shown::Own(own)) => (Ok(Some(own.data)), Some(own.clone())),
        (Ok(bundled), Shown::Published) => (Ok(Some(*bundled)), None),
        (Ok(_), Shown::Restoring) => (Ok(None), None),
        (Err(error), _) => (Err(error.clone()), None),
    };
    map_glue::set_data(own.as_ref().map(|own| own.snapshot.as_slice()));
    let body = match data {
        Ok(Some(data)) => {
            Page(PageProps { data, query, options, option_notes, dark, own }).into_any()
        }
        Ok(None) => view! {
            <main id="innhold"><p role="status" class="status">{crate::wording::own_data::RESTORING}</p></main>
        }
        .into_any(),
        Err(error) => view! {
            <main id="innhold"><p role="alert" class="error">{format!("{}{error}", words::DATA_ERROR)}</p></main>
        }
        .into_any(),
    };
    view! {
        // The skip link and the page header are static HTML in index.html, so they are painted
        // before the app has loaded (hidden in embeds by the stylesheet).
        {body}
        {(!embed).then(|| view! { <footer class="page-footer"><p>{words::FOOTER}</p></footer> })}
    }
}

#[component]
fn Page(
    data: &'static Dataset,
    query: String,
    options: PageOptions,
    option_notes: Vec<UrlNote>,
    dark: RwSignal<bool>,
    /// The reader's own data, when the page shows them.
    own: Option<Rc<Own>>,
) -> impl IntoView {
    // The view is chosen once per page load. Opening an organisation is a real navigation to
    // its own URL, so Back is the browser's own and returns to the explorer as it was left.
    let route = Route::from_query(&query, data);
    browser::set_title(&match route {
        Route::Comparison => format!("{} – {}", comparison_words::HEADING, words::SITE_TITLE),
        _ => route.title(data, words::SITE_TITLE),
    });
    let on_search = if route == Route::Comparison {
        // «Sammenlign kommuner»: the search field adds to the comparison.
        Callback::new(comparison_page::add)
    } else {
        Callback::new(move |index: usize| {
            browser::navigate_to_query(&Route::organisation_query(
                &data.register.organisations[index],
            ));
        })
    };
    let search_heading = (route == Route::Comparison).then_some(comparison_words::ADD);
    // The «Bygg inn» dialog's snippet, when open.
    let snippet: RwSignal<Option<String>> = RwSignal::new(None);
    let embed = options.embed;
    // «Om dataene» is part of the explorer; from other views (and embeds) the link leads there.
    let about_link = if route == Route::Explorer && !embed {
        "#om-dataene"
    } else {
        "./#om-dataene"
    };
    let overview_href = options.overview_href();
    let options_query = options.to_query();
    let main = match route {
        Route::Explorer => explorer(data, &query, options, option_notes, dark, snippet, own.is_some()).into_any(),
        Route::Organisation(index) => view! {
            <main id="innhold" tabindex="-1"><organisation_page::OrganisationPage data index dark embed overview_href options_query snippet/></main>
        }
        .into_any(),
        Route::Comparison => view! {
            <main id="innhold" tabindex="-1"><comparison_page::ComparisonPage snippet/></main>
        }
        .into_any(),
        Route::UnknownOrganisation(org_type, value) => view! {
            <main id="innhold" tabindex="-1">
                <p role="alert" class="error">{crate::wording::notes::unknown_organisation(org_type, &value)}</p>
                <p><a href=overview_href>{words::BACK_TO_OVERVIEW}</a></p>
            </main>
        }
        .into_any(),
    };
    let own_shown = own.is_some();
    let on_banner = move |event: leptos::ev::MouseEvent| {
        let action = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-action]").ok().flatten())
            .and_then(|b| b.get_attribute("data-action"));
        if let Some(action) = action {
            own_data::act(&action);
        }
    };
    view! {
        // The banner over the reader's own data: first on the page (its HTML is the import
        // worker's, from render::own_data_html; its buttons go to the «Åpne egne data» script).
        {own.map(|own| view! {
            <section class="own-data-banner" aria-labelledby=crate::render::own_data_html::BANNER_HEADING_ID
                on:click=on_banner inner_html=own.banner.clone()></section>
        })}
        {data.meta.demo.then(|| view! {
            <p class="demo-notice" role="note">
                {words::DEMO_NOTICE}" "<a href=about_link target=if embed { "_blank" } else { "_self" }>{words::DEMO_LINK}</a>
            </p>
        })}
        {(!embed).then(|| view! { <search_box::SearchBox data on_select=on_search heading=search_heading/> })}
        {main}
        {(!embed).then(|| view! { <embed_dialog::EmbedDialog snippet own=own_shown/> })}
    }
}

/// The explorer: filters, one section per theme, and «Om dataene»; embedded, only the chosen
/// section (and, with `plain=1`, no filter panel).
fn explorer(
    data: &'static Dataset,
    query: &str,
    options: PageOptions,
    option_notes: Vec<UrlNote>,
    dark: RwSignal<bool>,
    snippet: RwSignal<Option<String>>,
    own_tag: bool,
) -> impl IntoView {
    let (initial, state_notes) = ViewState::from_query(query, data);
    let initial_notes = join_notes(state_notes, option_notes);
    let state = RwSignal::new(initial);
    let notes: RwSignal<Vec<UrlNote>> = RwSignal::new(initial_notes);
    // The URL follows the filters (replacing the entry), keeping the page options; Back/Forward
    // bring the filters back.
    let options_query = options.to_query();
    let link_query = options_query.clone();
    let popstate = browser::on_popstate(move || {
        let (restored, restored_notes) = ViewState::from_query(&browser::current_query(), data);
        state.set(restored);
        notes.set(restored_notes);
    });
    // Removed with the explorer (it is mounted anew when other data are opened).
    StoredValue::new_local(popstate);
    let model = Memo::new(move |_| state.with(|s| PageModel::new(data, s)));
    // The state a paint after each change (several quick changes, one update), for the parts
    // of the page far from the viewport.
    let settled = RwSignal::new(state.get_untracked());
    let settling = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        state.track();
        if first.is_none() || settling.get_value() {
            return;
        }
        settling.set_value(true);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    settling.set_value(false);
                    // Nothing, if the explorer is gone meanwhile (mounted anew on other data).
                    if let Some(now) = state.try_get_untracked() {
                        settled.set(now);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    let settled_model = Memo::new(move |_| settled.with(|s| PageModel::new(data, s)));
    // Written from the settled state, so after the next paint and once for several quick
    // changes: `replaceState` is one of the larger costs of a click otherwise.
    Effect::new(move |_| {
        browser::replace_query(&join_queries(&[
            &settled.with(ViewState::to_query),
            &options_query,
        ]))
    });
    let status = Signal::derive(move || {
        model.with(|m| {
            let shown = shown_answers(&m.answered);
            if m.weighting.is_empty() {
                shown
            } else {
                format!("{shown} {}", crate::wording::status::weighted(&m.weighting))
            }
        })
    });
    let respondents = Signal::derive(move || model.with(|m| m.respondents));
    let embed = options.embed;
    let all_tables = RwSignal::new(false);
    // The sections' headings are drawn at once, their questions one per task after the first
    // paint (the key figures fill the first screen), so the page starts without a long task and
    // a reader can click while the rest comes. With an anchor, all at once.
    let shown_themes: Vec<_> = data
        .codebook
        .themes
        .iter()
        .filter(|theme| options.shows_section(&theme.id))
        .collect();
    let order: Vec<usize> = shown_themes
        .iter()
        .flat_map(|theme| {
            data.codebook
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.theme == theme.id)
                .map(|(i, _)| i)
        })
        .collect();
    let count = order.len();
    let initial = if browser::has_hash() {
        count
    } else {
        usize::from(embed)
    };
    if browser::has_hash() {
        request_animation_frame(browser::scroll_to_hash);
    }
    let filled = progressive::reveal_one_per_task(count, initial);
    let sections = shown_themes
        .into_iter()
        .map(|theme| {
            let figures = order
                .iter()
                .enumerate()
                .filter(|(_, &index)| data.codebook.questions[index].theme == theme.id)
                .map(|(position, &index)| {
                    // A memo per question: it changes once, so a question already shown is not
                    // mounted again each time the next one is revealed.
                    let shown = Memo::new(move |_| filled.get() > position);
                    let link_options = link_query.clone();
                    move || {
                        let link_options = link_options.clone();
                        shown.get().then(|| view! { <figure::QuestionFigure data index model settled_model state dark all_tables link_options/> })
                    }
                })
                .collect_view();
            let heading_id = format!("{}-tittel", theme.id);
            let labelled_by = heading_id.clone();
            let section = theme.id.clone();
            let embed_title = format!("{} – {}", theme.title.local(), words::SITE_TITLE);
            let open_embed = move |_| {
                let view_query = state.with_untracked(ViewState::to_query);
                snippet.set(Some(embed_snippet(&browser::page_url(), &view_query, Some(&section), &embed_title)));
            };
            view! {
                <section class="theme" id=theme.id.clone() aria-labelledby=labelled_by>
                    <div class="theme-head">
                        <h2 id=heading_id>{theme.title.local().to_owned()}</h2>
                        {(!embed).then(|| view! { <button type="button" class="embed-open" on:click=open_embed>{words::EMBED_OPEN}</button> })}
                    </div>
                    {figures}
                </section>
            }
        })
        .collect_view();
    let nav = data
        .codebook
        .themes
        .iter()
        .map(|t| view! { <li><a href=format!("#{}", t.id)>{t.title.local().to_owned()}</a></li> })
        .collect_view();
    let all_filled = Memo::new(move |_| filled.get() >= count);
    let show_filters = !(embed && options.plain);
    let section_title = move |theme: &str| {
        data.codebook
            .themes
            .iter()
            .find(|t| t.id == theme)
            .map(|t| t.title.local().to_owned())
            .unwrap_or_default()
    };
    // Above the key figures, shown only in print (issue 27 §3): the source and the selection.
    let key_figures = Memo::new(move |_| {
        let heading = state.with(|s| print_heading(s, data));
        let figures = model.with(|m| key_figures_html(&m.key_figures, section_title));
        format!(
            "<p class=\"print-only\">{}</p>{figures}",
            crate::text::html::escape(&heading)
        )
    });
    let dialog_open = RwSignal::new(false);
    let filter_controls = if show_filters {
        view! {
            <filter_panel::FilterPanel data state status respondents open=dialog_open/>
            <selection_bar::SelectionBar data state model on_open_filters=Callback::new(move |_| dialog_open.set(true))/>
        }
        .into_any()
    } else {
        view! { <p class="status" role="status">{status}</p> }.into_any()
    };
    view! {
        <div class="url-notes" role="status" hidden=move || notes.with(Vec::is_empty)>
            <h2>{words::URL_NOTES_HEADING}</h2>
            <ul>{move || notes.get().into_iter().map(|n| view! { <li>{crate::wording::notes::url_note(&n)}</li> }).collect_view()}</ul>
        </div>
        <div class="explorer" class:with-filters=show_filters>
            {filter_controls}
            <main id="innhold" tabindex="-1">
                {(!embed).then(|| view! {
                    <section class="key-figures-section" aria-labelledby="nokkeltall-tittel">
                        <div class="theme-head">
                            <h2 id="nokkeltall-tittel">{words::KEY_FIGURES_HEADING}</h2>
                            {data.meta.demo.then(|| view! { <span class="demo-tag">{words::DEMO_TAG}</span> })}
                            {own_tag.then(|| view! { <span class="own-tag">{crate::wording::own_data::TAG}</span> })}
                        </div>
                        <div inner_html=move || key_figures.get()></div>
                    </section>
                })}
                <div class="view-tools">
                    {(!embed).then(|| view! {
                        <nav class="themes-nav" aria-label=words::NAV_LABEL>
                            <ul>{nav}<li><a href="#om-dataene">{crate::wording::about::HEADING}</a></li></ul>
                        </nav>
                    })}
                    <button type="button" class="all-tables" aria-pressed=move || if all_tables.get() { "true" } else { "false" }
                        on:click=move |_| all_tables.update(|a| *a = !*a)>{words::ALL_TABLES}</button>
                    {map::map_choice(state)}
                    {(!embed).then(|| view! {
                        <button type="button" class="own-data-open" id=own_data::OPEN_BUTTON_ID on:click=move |_| own_data::open_dialog()>{crate::wording::own_data::OPEN}</button>
                    })}
                </div>
                {sections}
                {move || (!embed && all_filled.get()).then(|| view! { <about::About data/> })}
            </main>
        </div>
    }
}

/// The printout's line under the title (issue 27 §3): the source and the selection in words.
fn print_heading(state: &ViewState, data: &Dataset) -> String {
    crate::wording::downloads::source_and_selection(
        &crate::wording::credits::source_line(&data.meta),
        &crate::wording::selection::described(state, data),
    )
}

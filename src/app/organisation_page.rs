//! One kommune or fylkeskommune beside comparable ones. The static parts (facts, sentences,
//! tables) come as escaped HTML from `crate::render::organisation_html`; the charts are components.
//!
//! As the explorer's questions (issue 27): each question's chart has «Kopier bilde» and «Kopier
//! lenke» (`app::copy`; the image is titled with the question and the organisation, the link
//! is the page's with `#q-QID`, and a page opened at such an anchor shows every question at
//! once and scrolls to it), and is drawn for print (`app::print_prep`, the same contract).

use super::browser;
use super::chart::Chart;
use super::copy;
use super::map;
use super::nearness::near_signal;
use super::print_prep;
use super::progressive::reveal_one_per_task;
use crate::data::dataset::Dataset;
use crate::model::comparison_view::suggestions;
use crate::model::organisation_view::OrganisationView;
use crate::render::charts::{chart_height, chart_option, export_height, export_option, ChartData};
use crate::render::comparison_html::compare_with_html;
use crate::render::embed_snippet::embed_snippet;
use crate::render::organisation_html::{
    organisation_head_html, organisation_question_head_html, organisation_table_html,
};
use crate::state::route::Route;
use crate::wording::credits::source_line;
use crate::wording::page as words;
use leptos::prelude::*;

#[component]
pub fn OrganisationPage(
    data: &'static Dataset,
    index: usize,
    dark: RwSignal<bool>,
    embed: bool,
    overview_href: String,
    /// The page options' part of the URL, kept on the links to a comparison.
    options_query: String,
    snippet: RwSignal<Option<String>>,
) -> impl IntoView {
    let compare_with = compare_with_html(data, index, &suggestions(data, index, 5), &options_query);
    let model = OrganisationView::new(data, index);
    let head = organisation_head_html(
        &model,
        data.meta.demo,
        &source_line(&data.meta),
        &overview_href,
    );
    // The first question at once, then one per task (see `progressive`); every one at once for
    // a link to a question's anchor, which is then scrolled to.
    let model = std::sync::Arc::new(model);
    let count = data.codebook.questions.len();
    let shown = reveal_one_per_task(count, if browser::has_hash() { count } else { 1 });
    if browser::has_hash() {
        request_animation_frame(browser::scroll_to_hash);
    }
    let org_name: &'static str = &data.register.organisations[index].unique_name;
    let questions = data
        .codebook
        .questions
        .iter()
        .enumerate()
        .map(|(q, question)| {
            let show = Memo::new(move |_| shown.get() > q);
            let model = model.clone();
            move || {
                show.get().then(|| {
                    let chart_data = std::sync::Arc::new(ChartData::from_organisation(&model, q));
                    let height = chart_height(&chart_data);
                    let label = chart_data.description.clone();
                    let article = NodeRef::<leptos::html::Article>::new();
                    let near = near_signal(article);
                    // Copy: the image is the question's chart titled with the question and the
                    // organisation, with the source (as the explorer's downloads).
                    let export = chart_data.clone();
                    let image: copy::Image = std::rc::Rc::new(move || {
                        let title = question.text.local();
                        (export_option(&export, title, org_name, &source_line(&data.meta)), export_height(&export))
                    });
                    copy::register(&question.id, image);
                    // Print: the chart drawn for print, once (the page's numbers do not change).
                    let printed = chart_data.clone();
                    print_prep::register(article, move |article| print_prep::show_chart(article, &printed));
                    print_prep::outdated(article);
                    let option = Signal::derive(move || chart_option(&chart_data, dark.get()));
                    let changes = Signal::derive(move || dark.track());
                    let head = format!(
                        "{}<div class=\"figure-tools\"><span class=\"copy-tools\">{}</span></div>",
                        organisation_question_head_html(&model, q, question.text.local()),
                        copy::buttons()
                    );
                    view! {
                        <article class="question" node_ref=article id=format!("q-{}", question.id)>
                            <div inner_html=head></div>
                            <Chart option changes height=Signal::derive(move || height) label=Signal::derive(move || label.clone())
                                near=near.into() on_click=Callback::new(|_| {}) failed=RwSignal::new(false) on_drawn=Callback::new(|_| {})/>
                            <div inner_html=organisation_table_html(&model, q, question.text.local())></div>
                        </article>
                    }
                })
            }
        })
        .collect_view();
    view! {
        <article class="organisation" aria-labelledby="org-tittel">
            <div inner_html=head></div>
            {map::locator(index)}
            <div inner_html=compare_with></div>
            {(!embed).then(|| {
                let org = &data.register.organisations[index];
                let query = Route::organisation_query(org);
                let title = format!("{} – {}", org.unique_name, words::SITE_TITLE);
                view! {
                    <div class="page-tools">
                        <button type="button" class="print" on:click=|_| browser::print()>{words::PRINT}</button>
                        <button type="button" class="embed-open" on:click=move |_| {
                            snippet.set(Some(embed_snippet(&browser::page_url(), &query, None, &title)));
                        }>{words::EMBED_OPEN}</button>
                    </div>
                }
            })}
            {questions}
        </article>
    }
}

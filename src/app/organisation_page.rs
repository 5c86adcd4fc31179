//! One kommune or fylkeskommune beside comparable ones. The static parts (facts, sentences,
//! tables) come as escaped HTML from `crate::render::organisation_html`; the charts are components.

use super::browser;
use super::chart::Chart;
use super::map;
use super::nearness::near_signal;
use super::progressive::reveal_one_per_task;
use crate::data::dataset::Dataset;
use crate::model::comparison_view::suggestions;
use crate::model::organisation_view::OrganisationView;
use crate::render::charts::{chart_height, chart_option, ChartData};
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
    // The first question at once, then one per task (see `progressive`).
    let model = std::sync::Arc::new(model);
    let shown = reveal_one_per_task(data.codebook.questions.len(), 1);
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
                    let chart_data = ChartData::from_organisation(&model, q);
                    let height = chart_height(&chart_data);
                    let label = chart_data.description.clone();
                    let option = Signal::derive(move || chart_option(&chart_data, dark.get()));
                    let changes = Signal::derive(move || dark.track());
                    let article = NodeRef::<leptos::html::Article>::new();
                    let near = near_signal(article);
                    view! {
                        <article class="question" node_ref=article id=format!("q-{}", question.id)>
                            <div inner_html=organisation_question_head_html(&model, q, question.text.local())></div>
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

//! A first view: the headline figure of every item for kommuner and fylkeskommuner.

use super::text;
use crate::aggregate::{tabulate_all, ItemTable};
use crate::dataset::Dataset;
use crate::filter::{Filter, Selection};
use crate::format::{format_percent, format_percent_range};
use crate::register::OrgType;
use leptos::prelude::*;

/// «88 % (84–91 %)» for kommuner; «13 av 14» for the few fylkeskommuner.
fn headline_cell(table: &ItemTable, codes: &[u8], as_count: bool) -> String {
    match table.share_of(codes) {
        None => text::SUPPRESSED.to_string(),
        Some(e) if as_count => format!("{} {} {}", e.count, text::OF, e.n),
        Some(e) => format!(
            "{} ({}), n = {}",
            format_percent(e.share, 0),
            format_percent_range(e.interval.lower, e.interval.upper, 0),
            e.n
        ),
    }
}

#[component]
pub fn Overview(data: Dataset) -> impl IntoView {
    let kommuner = tabulate_all(&data, &Filter::of_type(OrgType::Kommune));
    let fylkeskommuner = tabulate_all(&data, &Filter::of_type(OrgType::Fylkeskommune));
    let response = |org_type| {
        let s = Selection::new(&data, &Filter::of_type(org_type));
        format!("{} {} {} {}", s.respondents(), text::OF, s.population, text::RESPONDENTS)
    };
    // One <tbody> per question, headed by the question text, so that items with the same
    // label (IKT among employees and among leaders) are told apart.
    let sections = data
        .codebook
        .questions
        .iter()
        .map(|question| {
            let scale = data.codebook.scale_of(question);
            let rows = kommuner
                .iter()
                .zip(&fylkeskommuner)
                .filter(|(k, _)| k.column.question == question.id)
                .map(|(k, f)| {
                    let label = match &k.column.item {
                        Some(_) => data.codebook.item_label(&k.column).map(|t| t.nb.clone()).unwrap_or_default(),
                        None => text::WHOLE_QUESTION.to_string(),
                    };
                    view! {
                        <tr data-column=k.column.name()>
                            <th scope="row">{label}</th>
                            <td>{scale.headline.label.nb.clone()}</td>
                            <td class="num">{headline_cell(k, &scale.headline.codes, false)}</td>
                            <td class="num">{headline_cell(f, &scale.headline.codes, true)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="question"><th scope="colgroup" colspan="4">{question.text.nb.clone()}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <p class="demo-notice" role="note">{text::DEMO_NOTICE}</p>
        <div class="table-wrap">
            <table class="overview">
                <caption>{text::OVERVIEW_CAPTION}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::COLUMN_QUESTION}</th>
                        <th scope="col">{text::COLUMN_MEASURE}</th>
                        <th scope="col">{text::COLUMN_KOMMUNER}" ("{response(OrgType::Kommune)}")"</th>
                        <th scope="col">{text::COLUMN_FYLKESKOMMUNER}" ("{response(OrgType::Fylkeskommune)}")"</th>
                    </tr>
                </thead>
                {sections}
            </table>
        </div>
        <p class="source">{text::SOURCE}</p>
    }
}

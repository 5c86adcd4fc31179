//! The accessible table beside each chart: every answer code with count, share and confidence
//! interval, n and N, for every group. Test contract: `<table data-question>`, rows
//! `<tr data-item data-group>`, count cells `<td data-code data-count data-n>`.

use super::text;
use crate::aggregate::ItemTable;
use crate::format::{format_percent, format_percent_range};
use crate::presentation::{QuestionView, Series};
use crate::summary::{share_with_interval, suppression_phrase};
use leptos::prelude::*;

fn code_cell(table: &ItemTable, index: usize, code: u8) -> impl IntoView {
    let n = table.n.to_string();
    match table.shares() {
        Some(shares) => {
            let e = shares[index];
            view! {
                <td class="num" data-code=code.to_string() data-count=e.count.to_string() data-n=n>
                    <span class="count">{e.count}</span>
                    <span class="share">{format_percent(e.share, 1)}</span>
                    <span class="ci">{format_percent_range(e.interval.lower, e.interval.upper, 0)}</span>
                </td>
            }
            .into_any()
        }
        None => view! {
            <td class="num suppressed" data-code=code.to_string() data-count=":" data-n=n
                title=suppression_phrase(table.suppression)>":"</td>
        }
        .into_any(),
    }
}

fn rows(view: &QuestionView, series: &Series, total: bool) -> impl IntoView {
    let split = view.grouping.is_some();
    view.columns
        .iter()
        .enumerate()
        .map(|(c, column)| {
            let table = &series.tables[c];
            let item = column.item.clone().unwrap_or_default();
            let headline = table
                .share_of(&view.scale.headline.codes)
                .map(|e| share_with_interval(&e))
                .unwrap_or_else(|| ":".to_string());
            let group = (split && !total).then(|| series.key.clone());
            let group_label = if total { text::TABLE_TOTAL.to_string() } else { series.label.clone() };
            let cells = view.scale.codes.iter().enumerate().map(|(i, code)| code_cell(table, i, code.code)).collect_view();
            view! {
                <tr data-item=item data-group=group data-total=total.then_some("true")>
                    <th scope="row">{view.item_label(c)}</th>
                    {split.then(|| view! { <td>{group_label}</td> })}
                    <td class="num">{table.n}</td>
                    <td class="num">{table.population}</td>
                    {cells}
                    <td class="num headline">{headline}</td>
                </tr>
            }
        })
        .collect_view()
}

/// The table for one question view.
pub fn data_table(view: &QuestionView, caption: String) -> impl IntoView {
    let split = view.grouping.is_some();
    let code_headers = view.scale.codes.iter().map(|c| view! { <th scope="col">{c.label.nb.clone()}</th> }).collect_view();
    let mut body = view.series.iter().map(|s| rows(view, s, false).into_any()).collect::<Vec<_>>();
    if split {
        body.push(rows(view, &view.total, true).into_any());
    }
    let region_label = caption.clone();
    view! {
        <div class="table-wrap" role="region" aria-label=region_label tabindex="0">
            <table class="data" data-question=view.question.id.clone()>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{text::TABLE_ITEM}</th>
                        {split.then(|| view! { <th scope="col">{text::TABLE_GROUP}</th> })}
                        <th scope="col">"n"</th>
                        <th scope="col">"N"</th>
                        {code_headers}
                        <th scope="col">{view.scale.headline.label.nb.clone()}" (95 % KI)"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            <p class="table-note">{text::TABLE_NOTE}</p>
        </div>
    }
}

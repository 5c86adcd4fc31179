//! «Sammenlign kommuner» as HTML text (escaped): per question its heading, its sentence and its
//! table — for a question with items a matrix of items × organisations, for one without a row
//! per organisation — with the reference shares beside them.
//!
//! The page is one piece of HTML ([`comparison_page_html`]); its buttons carry `data-action`
//! (`csv`, `print`, `embed`) or, for a chip, `data-org-index`, found by one delegated click.
//!
//! Test contract (issue 24): each question's table is `<table data-question="QID">`; inside it
//! each organisation's answer is a `<td data-org="ID" data-item="ITEM" data-code="CODE">`: `ID`
//! the 2017 number (two digits for a fylkeskommune), `ITEM` empty for a question without items,
//! `CODE` the answer code, empty when the organisation did not answer (it did not take part,
//! or left the item blank). The answer is in words; its shade (`class="answer shade-K"`, K from
//! 0 for the scale's first answer to 4 for its last, `shade-dk` for «Vet ikke») only repeats it.
//! Sorting (issue 27): the heads are the explorer's `button.sort[data-sort-column]`
//! (`render::table_html::sortable_head`), body rows `data-order`; an answer cell's `data-sort`
//! is its place in the scale (empty for «Vet ikke» and no answer), a reference cell's
//! `data-share` its share (six decimals).

use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::model::comparison_view::{Answer, ComparedQuestion, ComparisonView};
use crate::render::comparison_text::{answer_words, question_sentence, scope_type};
use crate::render::table_html::{fraction, sortable_head};
use crate::state::comparison::Compared;
use crate::state::view_state::UrlNote;
use crate::stats::figure::Figure;
use crate::text::html::escape;
use crate::text::url_query::join_queries;
use crate::wording::comparison::*;
use crate::wording::phrases::{estimate_phrase, suppression_phrase};
use crate::wording::tables::TABLE_ITEM;
use std::fmt::Write;

/// An answer's place among the `ordered_len` ordered answers of its scale spread over five
/// steps (0–4); 0 for no answer.
pub fn shade_step(ordered_len: usize, answer: &Answer) -> usize {
    match answer {
        Answer::Given { rank, .. } => {
            let steps = ordered_len.saturating_sub(1).max(1);
            ((rank * 4 + steps / 2) / steps).min(4)
        }
        _ => 0,
    }
}

/// The shade class of an answer: its place in the scale spread over five steps.
fn shade(question: &ComparedQuestion, answer: &Answer) -> String {
    match answer {
        Answer::Given {
            dont_know: true, ..
        } => "shade-dk".into(),
        Answer::Given { .. } => format!("shade-{}", shade_step(question.ordered_len, answer)),
        _ => "none".into(),
    }
}

fn answer_cell(
    out: &mut String,
    question: &ComparedQuestion,
    id: &str,
    item: &str,
    answer: &Answer,
) {
    let code = answer.code().map(|c| c.to_string()).unwrap_or_default();
    let text = answer_words(answer);
    // Sorted by the answer's place in the scale; «Vet ikke» and no answer have none (last).
    let rank = match answer {
        Answer::Given {
            rank,
            dont_know: false,
            ..
        } => rank.to_string(),
        _ => String::new(),
    };
    let _ = write!(
        out,
        "<td class=\"answer {}\" data-org=\"{}\" data-item=\"{}\" data-code=\"{code}\" data-sort=\"{rank}\">{}</td>",
        shade(question, answer),
        escape(id),
        escape(item),
        escape(text)
    );
}

fn reference_cell(
    out: &mut String,
    cell: &Result<crate::stats::aggregate::Estimate, crate::stats::aggregate::Suppression>,
) {
    match cell {
        Ok(e) => {
            let _ = write!(
                out,
                "<td class=\"num reference\" data-share=\"{}\">{}</td>",
                fraction(e.share),
                escape(&estimate_phrase(&Figure::of(Ok(*e))))
            );
        }
        Err(s) => {
            let _ = write!(
                out,
                "<td class=\"num reference suppressed\" title=\"{}\">:</td>",
                escape(suppression_phrase(*s))
            );
        }
    }
}

/// One question: heading, sentence and table.
pub fn comparison_question_html(view: &ComparisonView, question: usize) -> String {
    let q = &view.questions[question];
    let caption = escape(&q.text);
    let scope = scope_type(view.reference);
    let filtered = q.items.first().is_some_and(|i| i.filtered.is_some());
    let mut out = format!(
        "<h3>{caption}</h3><p class=\"sentence\">{}</p><div class=\"table-wrap\" role=\"region\" aria-label=\"{caption}\" tabindex=\"0\"><table class=\"data comparison\" data-question=\"{}\"><caption>{caption}</caption><thead><tr>",
        escape(&question_sentence(view, q)),
        escape(&q.id)
    );
    // Every column head sorts the table (issue 27), as the explorer's do: the items or the
    // organisations by name, an organisation's answers by their place in the scale, the
    // reference by its share.
    if q.has_items {
        sortable_head(&mut out, 0, TABLE_ITEM);
        for (column, org) in view.organisations.iter().enumerate() {
            sortable_head(&mut out, column + 1, &escape(&org.unique_name));
        }
        let column = view.organisations.len() + 1;
        sortable_head(
            &mut out,
            column,
            &escape(&reference_head(scope, &q.headline_label)),
        );
        if filtered {
            sortable_head(
                &mut out,
                column + 1,
                &escape(&filtered_head(&q.headline_label)),
            );
        }
        out.push_str("</tr></thead><tbody>");
        for (order, item) in q.items.iter().enumerate() {
            let item_id = item.column.item.as_deref().unwrap_or("");
            let _ = write!(
                out,
                "<tr data-item=\"{}\" data-order=\"{order}\"><th scope=\"row\">{}</th>",
                escape(item_id),
                escape(&item.label)
            );
            for (org, answer) in view.organisations.iter().zip(&item.answers) {
                answer_cell(&mut out, q, &org.id, item_id, answer);
            }
            reference_cell(&mut out, &item.country);
            if let Some(cell) = &item.filtered {
                reference_cell(&mut out, cell);
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody>");
    } else {
        let item = &q.items[0];
        sortable_head(&mut out, 0, ORGANISATION);
        sortable_head(&mut out, 1, ANSWER);
        out.push_str("</tr></thead><tbody>");
        for (order, (org, answer)) in view.organisations.iter().zip(&item.answers).enumerate() {
            let _ = write!(
                out,
                "<tr data-order=\"{order}\"><th scope=\"row\">{}</th>",
                escape(&org.unique_name)
            );
            answer_cell(&mut out, q, &org.id, "", answer);
            out.push_str("</tr>");
        }
        out.push_str("</tbody><tfoot>");
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th>",
            escape(&reference_head(scope, &q.headline_label))
        );
        reference_cell(&mut out, &item.country);
        out.push_str("</tr>");
        if let Some(cell) = &item.filtered {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th>",
                escape(&filtered_head(&q.headline_label))
            );
            reference_cell(&mut out, cell);
            out.push_str("</tr>");
        }
        out.push_str("</tfoot>");
    }
    out.push_str("</table></div>");
    out
}

/// The chosen organisations as chips (escaped HTML): one button each that removes it, found by
/// `data-org-index` (its index in the register).
pub fn compared_chips_html(view: &ComparisonView) -> String {
    let mut out = String::new();
    for org in &view.organisations {
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"chip\" data-org-index=\"{}\" aria-label=\"{}\">{}<span aria-hidden=\"true\"> ×</span></button></li>",
            org.index,
            escape(&remove(&org.unique_name)),
            escape(&org.unique_name)
        );
    }
    out
}

/// «Sammenlign med …» on an organisation's page: a link to the comparison with it alone (to add
/// others there), and links to compare it with each suggestion. `options_query` is the page
/// options' part of the URL, kept on every link.
pub fn compare_with_html(
    dataset: &Dataset,
    index: usize,
    suggestions: &[usize],
    options_query: &str,
) -> String {
    let register = &dataset.register;
    let href = |members: Vec<usize>| {
        let query = Compared { members }.to_query(register);
        escape(&format!("?{}", join_queries(&[&query, options_query])))
    };
    let mut out = format!(
        "<section class=\"compare-with\" aria-labelledby=\"sammenlign-med-tittel\"><h3 id=\"sammenlign-med-tittel\">{COMPARE_WITH}</h3><p><a href=\"{}\">{OPEN}</a></p>",
        href(vec![index])
    );
    // The neighbours on the map, filled in when the map worker has the map (it writes
    // [`neighbour_links_html`]).
    if register.organisations[index].org_type == OrgType::Kommune {
        out.push_str("<div id=\"naboer\"></div>");
    }
    if !suggestions.is_empty() {
        let heading = match register.organisations[index].org_type {
            OrgType::Kommune => SUGGESTIONS_PEERS,
            OrgType::Fylkeskommune => SUGGESTIONS_LANDSDEL,
        };
        let _ = write!(
            out,
            "<p>{SUGGESTIONS_HEADING} ({heading}):</p><ul class=\"suggestions\">"
        );
        for &other in suggestions {
            let name = &register.organisations[other].unique_name;
            let _ = write!(
                out,
                "<li><a href=\"{}\" aria-label=\"{}\">{}</a></li>",
                href(vec![index, other]),
                escape(&compare_pair(
                    &register.organisations[index].unique_name,
                    name
                )),
                escape(name)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    out
}

/// What the page around the tables says, decided by the view: fewer than two chosen, or the
/// most there can be.
fn hint(view: &ComparisonView) -> &'static str {
    match view.organisations.len() {
        0 | 1 => ADD_MORE,
        n if n >= crate::state::comparison::MAX_COMPARED => FULL,
        _ => "",
    }
}

/// The page: notes on the URL, heading, notices, chips, tools (not when embedded) and every
/// question. `overview_href` leads back to the overview; `view_query` (the set and the filters)
/// is what «Bygg inn» embeds.
pub fn comparison_page_html(
    view: &ComparisonView,
    notes: &[UrlNote],
    demo: bool,
    source: &str,
    embed: bool,
    overview_href: &str,
    view_query: &str,
) -> String {
    use crate::wording::page::{DOWNLOAD_CSV, EMBED_OPEN, PRINT, URL_NOTES_HEADING};
    let mut out = String::new();
    if !notes.is_empty() {
        let _ = write!(
            out,
            "<div class=\"url-notes\" role=\"status\"><h2>{URL_NOTES_HEADING}</h2><ul>"
        );
        for note in notes {
            let _ = write!(
                out,
                "<li>{}</li>",
                escape(&crate::wording::notes::url_note(note))
            );
        }
        out.push_str("</ul></div>");
    }
    if !embed {
        let _ = write!(
            out,
            "<p class=\"back\"><a href=\"{}\">{}</a></p>",
            escape(overview_href),
            crate::wording::organisation::BACK_TO_OVERVIEW
        );
    }
    let _ = write!(
        out,
        "<h2 id=\"sammenligning-tittel\">{HEADING}</h2><p>{INTRO}</p>"
    );
    if demo {
        let _ = write!(out, "<p class=\"demo-notice\" role=\"note\">{DEMO}</p>");
    }
    // The locator map of them all, filled by the page from the map worker; outside an embed
    // the reader picks kommuner on it (`class="locator picker"`: a click adds or removes one).
    if !embed {
        let _ = write!(
            out,
            "<figure class=\"locator picker\" hidden><div></div><figcaption class=\"hint\">{PICK_HINT} {}</figcaption></figure>",
            crate::wording::maps::CREDIT
        );
    } else if !view.organisations.is_empty() {
        let _ = write!(
            out,
            "<figure class=\"locator\" hidden><div></div><figcaption class=\"hint\">{}</figcaption></figure>",
            crate::wording::maps::CREDIT
        );
    }
    let _ = write!(
        out,
        "<h3 id=\"valgt-tittel\" class=\"visually-hidden\">{CHOSEN}</h3><ul class=\"chips compared\" aria-labelledby=\"valgt-tittel\">{}</ul><p class=\"hint\" role=\"status\">{}</p><p class=\"print-only\">{}</p>",
        compared_chips_html(view),
        hint(view),
        escape(&{
            // In print the chips are hidden: the line names the compared.
            let names: Vec<String> = view
                .organisations
                .iter()
                .map(|o| o.unique_name.clone())
                .collect();
            if names.is_empty() {
                source.to_string()
            } else {
                format!("{} {source}", compared_line(&names))
            }
        })
    );
    if !embed {
        let _ = write!(
            out,
            "<div class=\"page-tools\"><button type=\"button\" class=\"download-csv\" data-action=\"csv\">{DOWNLOAD_CSV}</button><button type=\"button\" class=\"print\" data-action=\"print\">{PRINT}</button><button type=\"button\" class=\"embed-open\" data-action=\"embed\" data-query=\"{}\">{EMBED_OPEN}</button></div>",
            escape(view_query)
        );
    }
    for (q, question) in view.questions.iter().enumerate() {
        // Its image (PNG or SVG, made by the map worker: `render::comparison_svg`), copied as
        // the explorer's are (issue 27 §4: the image by web/map-view.js, the link by app::copy).
        let tools = if embed || view.organisations.is_empty() {
            String::new()
        } else {
            use crate::wording::page::{COPY_IMAGE, COPY_LINK, DOWNLOAD_PNG, DOWNLOAD_SVG};
            format!("<div class=\"figure-tools\"><button type=\"button\" data-action=\"png\" data-question=\"{q}\">{DOWNLOAD_PNG}</button><button type=\"button\" data-action=\"svg\" data-question=\"{q}\">{DOWNLOAD_SVG}</button><button type=\"button\" data-copy=\"image\" data-question=\"{q}\">{COPY_IMAGE}</button><button type=\"button\" data-copy=\"link\">{COPY_LINK}</button></div>")
        };
        let _ = write!(
            out,
            "<article class=\"question comparison-question\" id=\"q-{}\">{}{tools}</article>",
            escape(&question.id),
            comparison_question_html(view, q)
        );
    }
    out
}

/// The links to compare kommune `index` with each of its `neighbours` on the map (register
/// indices), under their heading; empty without neighbours.
pub fn neighbour_links_html(
    dataset: &Dataset,
    index: usize,
    neighbours: &[usize],
    options_query: &str,
) -> String {
    if neighbours.is_empty() {
        return String::new();
    }
    let register = &dataset.register;
    let name = &register.organisations[index].unique_name;
    let mut out = format!("<p>{SUGGESTIONS_HEADING} ({SUGGESTIONS_NEIGHBOURS}):</p><ul class=\"suggestions neighbours\">");
    for &other in neighbours {
        let query = Compared {
            members: vec![index, other],
        }
        .to_query(register);
        let other_name = &register.organisations[other].unique_name;
        let _ = write!(
            out,
            "<li><a href=\"{}\" aria-label=\"{}\">{}</a></li>",
            escape(&format!("?{}", join_queries(&[&query, options_query]))),
            escape(&compare_pair(name, other_name)),
            escape(other_name)
        );
    }
    out.push_str("</ul>");
    out
}

//! «Sammenlign kommuner» as HTML text (escaped): per question its heading, its sentence and its
//! table — for a question with items a matrix of items × organisations, for one without a row
//! per organisation — with the reference shares beside them.
//!
//! Test contract (issue 24): each question's table is `<table data-question="QID">`; inside it
//! each organisation's answer is a `<td data-org="ID" data-item="ITEM" data-code="CODE">`: `ID`
//! the 2017 number (two digits for a fylkeskommune), `ITEM` empty for a question without items,
//! `CODE` the answer code, empty when the organisation did not answer (it did not take part,
//! or left the item blank). The answer is in words; its shade (`class="answer shade-K"`, K from
//! 0 for the scale's first answer to 4 for its last, `shade-dk` for «Vet ikke») only repeats it.

use crate::model::comparison_view::{Answer, ComparedQuestion, ComparisonView};
use crate::render::comparison_text::{question_sentence, scope_type};
use crate::text::html::escape;
use crate::wording::comparison::*;
use crate::wording::phrases::{estimate_phrase, suppression_phrase};
use crate::wording::tables::TABLE_ITEM;
use std::fmt::Write;

/// The shade class of an answer: its place in the scale spread over five steps.
fn shade(question: &ComparedQuestion, answer: &Answer) -> String {
    match answer {
        Answer::Given {
            dont_know: true, ..
        } => "shade-dk".into(),
        Answer::Given { rank, .. } => {
            let steps = question.scale_len.saturating_sub(1).max(1);
            format!("shade-{}", (rank * 4 + steps / 2) / steps)
        }
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
    let (code, text) = match answer {
        Answer::Given { code, label, .. } => (code.to_string(), label.as_str()),
        Answer::Blank => (String::new(), BLANK),
        Answer::NotParticipating => (String::new(), NOT_PARTICIPATING),
    };
    let _ = write!(
        out,
        "<td class=\"answer {}\" data-org=\"{}\" data-item=\"{}\" data-code=\"{code}\">{}</td>",
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
                "<td class=\"num reference\">{}</td>",
                escape(&estimate_phrase(e))
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
    let reference_heads = |out: &mut String| {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            escape(&reference_head(scope, &q.headline_label))
        );
        if filtered {
            let _ = write!(
                out,
                "<th scope=\"col\">{}</th>",
                escape(&filtered_head(&q.headline_label))
            );
        }
    };
    if q.has_items {
        let _ = write!(out, "<th scope=\"col\">{TABLE_ITEM}</th>");
        for org in &view.organisations {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&org.unique_name));
        }
        reference_heads(&mut out);
        out.push_str("</tr></thead><tbody>");
        for item in &q.items {
            let item_id = item.column.item.as_deref().unwrap_or("");
            let _ = write!(
                out,
                "<tr data-item=\"{}\"><th scope=\"row\">{}</th>",
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
        let _ = write!(out, "<th scope=\"col\">{ORGANISATION}</th><th scope=\"col\">{ANSWER}</th></tr></thead><tbody>");
        for (org, answer) in view.organisations.iter().zip(&item.answers) {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th>",
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

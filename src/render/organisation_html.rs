//! The static parts of «Se data for din kommune» as HTML text (escaped): the heading and facts,
//! and per question the sentences and the table. Charts are mounted beside them by the page.
//!
//! Test contract: `<table data-organisation-question="QID">`, rows `<tr data-item="ITEM">`,
//! the own answer `<td data-own="CODE">` (empty when not answered), peer cells
//! `<td data-peer="KEY" data-count="COUNT" data-n="N" data-share="SHARE">` (`data-count=":"`
//! when suppressed; SHARE with six decimals). Sorting (issue 27): the heads are the explorer's
//! `button.sort[data-sort-column]` (`render::table_html::sortable_head`), rows `data-order`.

use crate::model::organisation_view::OrganisationView;
use crate::render::organisation_text::{item_sentence, peer_labels};
use crate::render::table_html::{fraction, sortable_head};
use crate::stats::figure::Figure;
use crate::text::format::format_integer;
use crate::text::html::escape;
use crate::wording::organisation::*;
use crate::wording::phrases::{estimate_phrase, suppression_phrase};
use crate::wording::tables::TABLE_ITEM;
use std::fmt::Write;

/// Heading, facts, notices and the source line (shown in print). `overview_href` is the link
/// back to the overview (`PageOptions::overview_href`: an embed stays embedded).
pub fn organisation_head_html(
    view: &OrganisationView,
    demo: bool,
    source: &str,
    overview_href: &str,
) -> String {
    let org = &view.organisation;
    let mut out = String::new();
    let _ = write!(out, "<p class=\"back\"><a href=\"{}\">{BACK_TO_OVERVIEW}</a></p><h2 id=\"org-tittel\">{}</h2><dl class=\"facts\">", escape(overview_href), escape(&org.unique_name));
    let mut fact = |term: &str, value: &str| {
        let _ = write!(out, "<div><dt>{term}</dt><dd>{}</dd></div>", escape(value));
    };
    fact(FACT_FYLKE, &org.fylke);
    fact(FACT_LANDSDEL, &org.landsdel);
    if let Some(size) = &view.size_label {
        fact(FACT_SIZE, size);
    }
    fact(FACT_POPULATION, &format_integer(org.population as i64));
    fact(FACT_RESPONDED, if view.responded { YES } else { NO });
    out.push_str("</dl>");
    if !view.responded {
        let _ = write!(
            out,
            "<p class=\"notice\" role=\"note\">{} {NOT_RESPONDED}</p>",
            escape(&org.name)
        );
    }
    if demo {
        let _ = write!(out, "<p class=\"demo-notice\" role=\"note\">{ORG_DEMO}</p>");
    }
    let _ = write!(
        out,
        "<p class=\"print-only\">{}</p><p class=\"table-note\">{TABLE_NOTE}</p>",
        escape(source)
    );
    out
}

/// The question's heading and one generated sentence per item.
pub fn organisation_question_head_html(
    view: &OrganisationView,
    question: usize,
    text: &str,
) -> String {
    let mut out = format!("<h3>{}</h3><ul class=\"sentences\">", escape(text));
    let items = &view.questions[question].1;
    for item in items {
        // With several items, each sentence says which item it is about.
        if items.len() > 1 {
            let _ = write!(
                out,
                "<li><strong>{}:</strong> {}</li>",
                escape(&item.item_label),
                escape(&item_sentence(view, item))
            );
        } else {
            let _ = write!(out, "<li>{}</li>", escape(&item_sentence(view, item)));
        }
    }
    out.push_str("</ul>");
    out
}

/// The question's table: items × (own answer, peer groups).
pub fn organisation_table_html(view: &OrganisationView, question: usize, caption: &str) -> String {
    let (qid, items) = &view.questions[question];
    let caption = escape(caption);
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"{caption}\" tabindex=\"0\"><table class=\"data\" data-organisation-question=\"{}\"><caption>{caption}</caption><thead><tr>",
        escape(qid)
    );
    // Every column head sorts the table (issue 27), as the explorer's do.
    sortable_head(&mut out, 0, TABLE_ITEM);
    sortable_head(&mut out, 1, OWN_ANSWER);
    for (column, label) in peer_labels(view).iter().enumerate() {
        sortable_head(&mut out, column + 2, &escape(label));
    }
    out.push_str("</tr></thead><tbody>");
    for (order, item) in items.iter().enumerate() {
        let _ = write!(
            out,
            "<tr data-item=\"{}\" data-order=\"{order}\"><th scope=\"row\">{}</th><td data-own=\"{}\">{}</td>",
            escape(item.column.item.as_deref().unwrap_or("")),
            escape(&item.item_label),
            item.own.map(|c| c.to_string()).unwrap_or_default(),
            escape(item.own_label.as_deref().unwrap_or(NOT_ANSWERED))
        );
        for (peer, cell) in view.peers.iter().zip(&item.peers) {
            match cell {
                Ok(e) => {
                    let _ = write!(
                        out,
                        "<td class=\"num\" data-peer=\"{}\" data-count=\"{}\" data-n=\"{}\" data-share=\"{}\">{}</td>",
                        peer.key,
                        e.count,
                        e.n,
                        fraction(e.share),
                        escape(&estimate_phrase(&Figure::of(Ok(*e))))
                    );
                }
                Err(s) => {
                    let _ = write!(
                        out,
                        "<td class=\"num suppressed\" data-peer=\"{}\" data-count=\":\" title=\"{}\">:</td>",
                        peer.key,
                        escape(suppression_phrase(*s))
                    );
                }
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

//! «Om dataene» as HTML text (escaped): source, who answered, how the figures are computed,
//! every question with its items and answer codes, and how to cite. Written by a pure function
//! like the tables, which keeps the page's wasm smaller than a view tree would.

use crate::data::dataset::Dataset;
use crate::model::presentation::group_label;
use crate::stats::aggregate::{split, Grouping};
use crate::stats::filter::Filter;
use crate::text::format::format_percent;
use crate::text::html::escape;
use crate::wording::about::*;
use crate::wording::credits;
use std::fmt::Write;

fn coverage_rows(out: &mut String, data: &Dataset, grouping: Grouping) {
    for (key, t) in split(data, &Filter::all(), grouping, 0).groups {
        let share = format_percent(t.respondents as f64 / t.population as f64, 0);
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{share}</td></tr>",
            escape(&group_label(data, &grouping, &key)),
            t.population,
            t.respondents
        );
    }
}

/// The whole «Om dataene» section.
pub fn about_html(data: &Dataset) -> String {
    let mut out = String::with_capacity(8192);
    let _ = write!(
        out,
        "<section class=\"about\" id=\"om-dataene\" aria-labelledby=\"om-dataene-tittel\"><h2 id=\"om-dataene-tittel\">{HEADING}</h2><h3>{SOURCE_HEADING}</h3><p>{}</p>",
        escape(SOURCE)
    );
    if data.meta.demo {
        let seed = data.meta.seed.map(|s| s.to_string()).unwrap_or_default();
        let _ = write!(
            out,
            "<p class=\"demo-notice\" role=\"note\">{}</p>",
            escape(&demo_paragraph(
                data.meta.answers_description.local(),
                &seed
            ))
        );
    } else {
        let _ = write!(
            out,
            "<p>{}</p>",
            escape(data.meta.answers_description.local())
        );
    }
    let _ = write!(out, "<h3>{RESPONDENTS_HEADING}</h3><div class=\"table-wrap\" role=\"region\" aria-label=\"{COVERAGE_LABEL}\" tabindex=\"0\"><table class=\"coverage\"><caption>{COVERAGE_CAPTION}</caption><thead><tr><th scope=\"col\">{COVERAGE_GROUP}</th><th scope=\"col\">N</th><th scope=\"col\">{COVERAGE_RESPONDED}</th><th scope=\"col\">{COVERAGE_RATE}</th></tr></thead><tbody>");
    coverage_rows(&mut out, data, Grouping::SizeClass);
    coverage_rows(&mut out, data, Grouping::Landsdel);
    let _ = write!(out, "</tbody></table></div><h3>{METHODS_HEADING}</h3><ul>");
    for method in METHODS {
        let _ = write!(out, "<li>{}</li>", escape(method));
    }
    let _ = write!(out, "<li>{}</li>", escape(&disclosure_note()));
    let _ = write!(
        out,
        "</ul><h3>{QUESTIONS_HEADING}</h3><ol class=\"question-list\">"
    );
    for q in &data.codebook.questions {
        let scale = data.codebook.scale_of(q);
        let _ = write!(out, "<li><strong>{}</strong>", escape(q.text.local()));
        if !q.items.is_empty() {
            let items = q
                .items
                .iter()
                .map(|i| i.label.local())
                .collect::<Vec<_>>()
                .join(" · ");
            let _ = write!(out, "<br>{ITEMS}: {}", escape(&items));
        }
        let codes = scale
            .codes
            .iter()
            .map(|c| format!("{} {}", c.code, c.label.local()))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(out, "<br>{ANSWER_CODES}: {}.", escape(&codes));
        if let Some(note) = q.reconstructed.as_ref().or(scale.reconstructed.as_ref()) {
            let _ = write!(out, "<br><em>{}</em>", escape(note));
        }
        out.push_str("</li>");
    }
    let _ = write!(
        out,
        "</ol><h3>{CITE_HEADING}</h3><p>{}</p></section>",
        escape(&credits::citation(&data.meta))
    );
    out
}

//! «Sammenlign kommuner» as CSV (as the other downloads: UTF-8 with BOM, semicolons): a row per
//! organisation, and per question item two columns, the answer code and its label (empty when
//! the organisation did not answer); then the source and selection line.

use crate::model::comparison_view::ComparisonView;
use crate::render::comparison_text::answer_words;
use crate::render::export::csv_field;
use crate::wording::comparison::{CSV_HEAD, CSV_TEXT_SUFFIX};
use crate::wording::downloads;

/// The column name of an item: `question` or `question.item`.
fn column_name(question: &str, item: Option<&str>) -> String {
    match item {
        Some(item) => format!("{question}.{item}"),
        None => question.to_string(),
    }
}

pub fn comparison_csv(view: &ComparisonView, filters: &str, source: &str) -> String {
    let mut out = String::from("\u{feff}");
    let mut head: Vec<String> = CSV_HEAD.iter().map(|h| h.to_string()).collect();
    for q in &view.questions {
        for item in &q.items {
            let name = column_name(&q.id, item.column.item.as_deref());
            head.push(csv_field(&name));
            head.push(csv_field(&format!("{name}{CSV_TEXT_SUFFIX}")));
        }
    }
    out.push_str(&head.join(";"));
    out.push_str("\r\n");
    for (o, org) in view.organisations.iter().enumerate() {
        let mut row = vec![
            csv_field(&org.id),
            org.org_type.key().to_string(),
            csv_field(&org.unique_name),
        ];
        for q in &view.questions {
            for item in &q.items {
                let answer = &item.answers[o];
                row.push(answer.code().map(|c| c.to_string()).unwrap_or_default());
                row.push(csv_field(answer_words(answer)));
            }
        }
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out.push_str(&csv_field(&downloads::source_and_selection(
        source, filters,
    )));
    out.push_str("\r\n");
    out
}

//! The numbers of one view as CSV for download: UTF-8 with BOM, semicolon-separated with
//! decimal comma (opens directly in Norwegian Excel), a header, and a source line.

use crate::data::csv::quote;
use crate::model::presentation::QuestionView;
use crate::text::format::format_decimal_plain;
use crate::wording::downloads;
use crate::wording::phrases::suppression_phrase;

/// A text field. One that a spreadsheet would read as a formula (it begins with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading `'`, so it is read as text (OWASP's rule
/// for CSV injection).
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    let text = text.as_str();
    let quoted = quote(text);
    if quoted.contains(';') && !quoted.starts_with('"') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        quoted
    }
}

fn decimal(value: f64) -> String {
    format_decimal_plain(value, 4)
}

use crate::wording::downloads::CSV_HEADER;

/// CSV of every code of every item for every series (and the total when split).
/// `filters` describes the selection in words; `source` is the credit line.
pub fn view_csv(view: &QuestionView, filters: &str, source: &str) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    let mut series: Vec<_> = view.series.iter().collect();
    if view.grouping.is_some() {
        series.push(&view.total);
    }
    for (c, column) in view.columns.iter().enumerate() {
        for s in &series {
            let table = &s.tables[c];
            let shares = table.shares();
            for (i, code) in view.scale.codes.iter().enumerate() {
                let item = column.item.clone().unwrap_or_default();
                let (count, share, lower, upper, note) = match &shares {
                    Some(shares) => {
                        let e = &shares[i];
                        (
                            e.count.to_string(),
                            decimal(e.share),
                            decimal(e.interval.lower),
                            decimal(e.interval.upper),
                            String::new(),
                        )
                    }
                    None => (
                        ":".into(),
                        ":".into(),
                        ":".into(),
                        ":".into(),
                        table
                            .suppression
                            .map(suppression_phrase)
                            .unwrap_or_default()
                            .to_string(),
                    ),
                };
                let row = [
                    csv_field(&view.question.id),
                    csv_field(&item),
                    csv_field(&s.label),
                    code.code.to_string(),
                    csv_field(code.label.local()),
                    count,
                    table.n.to_string(),
                    share,
                    lower,
                    upper,
                    table.population.to_string(),
                    csv_field(&note),
                ];
                out.push_str(&row.join(";"));
                out.push_str("\r\n");
            }
        }
    }
    out.push_str(&csv_field(&downloads::source_and_selection(
        source, filters,
    )));
    out.push_str("\r\n");
    out
}

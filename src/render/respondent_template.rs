//! «Last ned mal» (issue 13): a template for one's own answers that opens as it is — the exact
//! header, one row per kommune and fylkeskommune of the register with its name, the answers
//! blank — and a guide with every column's answer codes from the codebook.

use crate::data::codebook::Codebook;
use crate::data::register::Register;
use crate::data::responses::NAME_COLUMN;
use crate::render::export::csv_field;
use crate::wording::template as words;

/// The template as CSV: UTF-8 with a byte order mark, semicolon-separated, CRLF (as Norwegian
/// Excel opens and saves it).
pub fn template_csv(codebook: &Codebook, register: &Register) -> String {
    let columns = codebook.columns();
    let mut out = String::from("\u{feff}id;type;");
    out.push_str(NAME_COLUMN);
    for column in &columns {
        out.push(';');
        out.push_str(&column.name());
    }
    out.push_str("\r\n");
    let blanks = ";".repeat(columns.len());
    for org in &register.organisations {
        out.push_str(&format!(
            "{};{};{}{blanks}\r\n",
            org.id,
            org.org_type.key(),
            csv_field(&org.unique_name)
        ));
    }
    out
}

/// The guide to the template, as plain text (CRLF).
pub fn template_guide(codebook: &Codebook) -> String {
    let mut lines: Vec<String> = words::INTRO.iter().map(|l| l.to_string()).collect();
    for question in &codebook.questions {
        let scale = codebook.scale_of(question);
        let codes: Vec<(u8, &str)> = scale
            .codes
            .iter()
            .map(|c| (c.code, c.label.local()))
            .collect();
        for column in question.columns() {
            let item = column
                .item
                .as_ref()
                .and_then(|id| question.items.iter().find(|i| &i.id == id))
                .map(|i| i.label.local());
            lines.push(words::column_line(
                &column.name(),
                question.text.local(),
                item,
                &codes,
            ));
        }
    }
    lines.join("\r\n") + "\r\n"
}

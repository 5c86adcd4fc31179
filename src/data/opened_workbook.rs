//! An Excel workbook (`.xlsx`) the reader opens instead of a CSV file (issue 13), read with
//! `calamine`: the sheet named [`ANSWER_SHEET`] or else the first, as a [`Table`] of the same
//! form a CSV file gives, so that the same checks follow. A cell's line is its row in the sheet
//! (as the spreadsheet program numbers it). Pure: bytes in, table or fault out.

use super::csv::{Record, Table};
use super::error::{DataError, Problem};
use super::register::OrgType;
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// The sheet read when a workbook has several (the template's name for it); else the first.
pub const ANSWER_SHEET: &str = "svar";

/// Whether a file name is a workbook's (`.xlsx`, any case).
pub fn is_workbook(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".xlsx")
}

/// A cell as the text a CSV file would have: whole numbers without a decimal point (a
/// spreadsheet stores the code 3 as 3.0), other numbers as written, errors as the program shows
/// them (`#DIV/0!`), empty cells empty.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(value) => value.to_string(),
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => {
            (*value as i64).to_string()
        }
        Data::Float(value) => value.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => value.as_f64().to_string(),
        Data::Error(error) => error.to_string(),
    }
}

/// A spreadsheet drops the leading zeros of a number, so a kommunenummer typed as 301 is read as
/// 0301 (and a fylkesnummer 3 as 03) when the row's `type` says which it is.
fn restore_leading_zeros(header: &[String], records: &mut [Record]) {
    let position = |name: &str| header.iter().position(|h| h == name);
    let (Some(id), Some(kind)) = (position("id"), position("type")) else {
        return;
    };
    for record in records {
        let digits = match record.fields.get(kind).map(|k| OrgType::from_key(k.trim())) {
            Some(Some(OrgType::Kommune)) => 4,
            Some(Some(OrgType::Fylkeskommune)) => 2,
            _ => continue,
        };
        if let Some(value) = record.fields.get_mut(id) {
            if !value.is_empty()
                && value.len() < digits
                && value.bytes().all(|b| b.is_ascii_digit())
            {
                *value = format!("{value:0>digits$}");
            }
        }
    }
}

/// The answer sheet of a workbook as a table (the first row its header); blank rows skipped,
/// empty columns right of the header left out.
pub fn workbook_table(name: &str, bytes: &[u8]) -> Result<Table, DataError> {
    Table::from_records(name, workbook_records(name, bytes)?)
}

/// The answer sheet's rows as [`workbook_table`] reads them, before the table's checks (the
/// page's workbook worker hands these to the import worker). Its only faults are
/// [`Problem::NotWorkbook`] and [`Problem::EmptyFile`].
pub fn workbook_records(name: &str, bytes: &[u8]) -> Result<Vec<Record>, DataError> {
    let not_workbook = || DataError::new(name, 0, Problem::NotWorkbook);
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_workbook())?;
    let sheets = workbook.sheet_names();
    let sheet = sheets
        .iter()
        .find(|s| s.trim().eq_ignore_ascii_case(ANSWER_SHEET))
        .or_else(|| sheets.first())
        .cloned()
        .ok_or_else(|| DataError::new(name, 0, Problem::EmptyFile))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|_| not_workbook())?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut records: Vec<Record> = range
        .rows()
        .enumerate()
        .map(|(index, cells)| Record {
            line: first_row + index + 1,
            fields: cells.iter().map(cell_text).collect(),
        })
        .filter(|record| record.fields.iter().any(|f| !f.trim().is_empty()))
        .collect();
    let Some(header) = records.first() else {
        return Err(DataError::new(name, 0, Problem::EmptyFile));
    };
    let width = header
        .fields
        .iter()
        .rposition(|f| !f.trim().is_empty())
        .map_or(0, |last| last + 1);
    for record in &mut records {
        // Cells right of the header count only when something is in them (then the record is
        // too long, as a CSV line with an extra field would be).
        let used = record
            .fields
            .iter()
            .rposition(|f| !f.trim().is_empty())
            .map_or(0, |last| last + 1);
        record.fields.truncate(used.max(width));
    }
    let header: Vec<String> = records[0]
        .fields
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    restore_leading_zeros(&header, &mut records[1..]);
    Ok(records)
}

//! An Excel workbook (`.xlsx`) the reader opens instead of a CSV file (issue 13), read with
//! `calamine`: the sheet named [`ANSWER_SHEET`] or else the first, as a [`Table`] of the same
//! form a CSV file gives, so that the same checks follow. A cell's line is its row in the sheet
//! (as the spreadsheet program numbers it). Pure: bytes in, table or fault out.

use super::csv::{Record, Table, MAX_COLUMNS, MAX_ROWS};
use super::error::{DataError, Problem};
use super::register::OrgType;
use calamine::{Data, Reader, Xlsx};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

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

/// The most bytes a workbook's parts (its sheets, shared strings, styles …) may unpack to, all
/// together: far more than a sheet of answers takes, far less than a page can hold. A workbook
/// over it (a «zip bomb», or a shared-strings part of gigabytes) is refused before it is read.
pub const MAX_UNPACKED_BYTES: usize = 50_000_000;

/// The answer sheet of a workbook as a table (the first row its header); blank rows skipped,
/// empty columns right of the header left out.
pub fn workbook_table(name: &str, bytes: &[u8]) -> Result<Table, DataError> {
    Table::from_records(name, workbook_records(name, bytes)?)
}

/// Unpacks every part of the workbook, counting, but no further than [`MAX_UNPACKED_BYTES`]
/// in all (what a part's header claims is not trusted).
fn check_unpacked(name: &str, bytes: &[u8]) -> Result<(), DataError> {
    let not_workbook = |_| DataError::new(name, 0, Problem::NotWorkbook);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_workbook)?;
    let mut left = MAX_UNPACKED_BYTES as u64;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(not_workbook)?;
        let part_name = part.name().map(|n| n.to_string()).unwrap_or_default();
        let unpacked = std::io::copy(&mut part.take(left + 1), &mut std::io::sink())
            .map_err(|_| DataError::new(name, 0, Problem::NotWorkbook))?;
        if unpacked > left {
            return Err(DataError::new(
                name,
                0,
                Problem::WorkbookTooLarge {
                    limit: MAX_UNPACKED_BYTES,
                },
            )
            .value(part_name));
        }
        left -= unpacked;
    }
    Ok(())
}

/// The answer sheet's rows as [`workbook_table`] reads them, before the table's checks (the
/// page's workbook worker hands these to the import worker). Its faults are
/// [`Problem::NotWorkbook`], [`Problem::EmptyFile`], [`Problem::WorkbookTooLarge`],
/// [`Problem::TooManyRows`] and [`Problem::TooManyColumns`] (see [`fault_key`]). The sheet is
/// read cell by cell, never as the dense grid its corners span: a workbook with cells in A1
/// and XFD1048576 is refused, not allocated.
pub fn workbook_records(name: &str, bytes: &[u8]) -> Result<Vec<Record>, DataError> {
    let not_workbook = || DataError::new(name, 0, Problem::NotWorkbook);
    check_unpacked(name, bytes)?;
    let mut workbook = Xlsx::new(Cursor::new(bytes)).map_err(|_| not_workbook())?;
    let sheets = workbook.sheet_names();
    let sheet = sheets
        .iter()
        .find(|s| s.trim().eq_ignore_ascii_case(ANSWER_SHEET))
        .or_else(|| sheets.first())
        .cloned()
        .ok_or_else(|| DataError::new(name, 0, Problem::EmptyFile))?;
    let mut cells = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(|_| not_workbook())?;
    // The cells with something in them, by row: (column, text).
    let mut rows: BTreeMap<u32, Vec<(u32, String)>> = BTreeMap::new();
    let mut first_column = u32::MAX;
    while let Some(cell) = cells.next_cell().map_err(|_| not_workbook())? {
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if text.trim().is_empty() {
            continue;
        }
        let (row, column) = cell.get_position();
        if column as usize >= MAX_COLUMNS {
            return Err(DataError::new(
                name,
                row as usize + 1,
                Problem::TooManyColumns { limit: MAX_COLUMNS },
            ));
        }
        if !rows.contains_key(&row) && rows.len() > MAX_ROWS {
            return Err(DataError::new(
                name,
                row as usize + 1,
                Problem::TooManyRows { limit: MAX_ROWS },
            ));
        }
        first_column = first_column.min(column);
        rows.entry(row).or_default().push((column, text));
    }
    let mut records: Vec<Record> = rows
        .into_iter()
        .map(|(row, cells)| {
            let used = cells.iter().map(|(c, _)| c + 1).max().unwrap_or(0);
            let mut fields = vec![String::new(); (used - first_column) as usize];
            for (column, text) in cells {
                fields[(column - first_column) as usize] = text;
            }
            Record {
                line: row as usize + 1,
                fields,
            }
        })
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
        // A row whose last cells are empty is as long as the header (as a sheet's rows are).
        if record.fields.len() < width {
            record.fields.resize(width, String::new());
        }
    }
    let header: Vec<String> = records[0]
        .fields
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    restore_leading_zeros(&header, &mut records[1..]);
    Ok(records)
}

/// A fault of [`workbook_records`] as the workbook reader's reply names it (`src/bin/xlsx_reader.rs`
/// to the import worker), and back with [`fault_from_key`]; the limits are this build's.
pub fn fault_key(problem: &Problem) -> &'static str {
    match problem {
        Problem::EmptyFile => "empty",
        Problem::WorkbookTooLarge { .. } => "unpacked",
        Problem::TooManyRows { .. } => "rows",
        Problem::TooManyColumns { .. } => "columns",
        _ => "notWorkbook",
    }
}

/// The problem a [`fault_key`] names.
pub fn fault_from_key(key: &str) -> Problem {
    match key {
        "empty" => Problem::EmptyFile,
        "unpacked" => Problem::WorkbookTooLarge {
            limit: MAX_UNPACKED_BYTES,
        },
        "rows" => Problem::TooManyRows { limit: MAX_ROWS },
        "columns" => Problem::TooManyColumns { limit: MAX_COLUMNS },
        _ => Problem::NotWorkbook,
    }
}

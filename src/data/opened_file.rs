//! A respondent file the reader opens from their own machine (issue 13), as people really have
//! it: UTF-8 with or without a byte order mark, or Windows-1252 (what older Excel writes);
//! comma or semicolon separated (Norwegian Excel saves `;`); CRLF or LF; quoted fields. It is
//! checked by the same core validation as the bundled answers, and every fault is reported,
//! not only the first. Pure: the browser layer hands it the file's name and bytes.

use super::codebook::Codebook;
use super::csv::Table;
use super::dataset::{Dataset, DatasetMeta};
use super::error::{DataError, Problem, MAX_QUOTED};
use super::opened_workbook::{is_workbook, workbook_table};
use super::register::Register;
use super::responses::Responses;
use crate::text::shorten::shortened;

/// The largest file the page opens (bytes): refused before it is read.
pub const MAX_BYTES: usize = 50_000_000;

/// How an opened file's text was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 that begins with a byte order mark (as Excel's «CSV UTF-8» saves it).
    Utf8WithBom,
    /// Not valid UTF-8: read as Windows-1252 (Excel's «CSV» on a Norwegian Windows).
    Windows1252,
}

/// The characters of Windows-1252's bytes 0x80–0x9F (the rest are Latin-1); the five bytes
/// Windows-1252 leaves undefined read as the control characters of the same number, as the
/// WHATWG Encoding Standard says.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Whether the size of a file (known before reading it) is one the page opens.
pub fn check_size(name: &str, size: usize) -> Result<(), DataError> {
    if size > MAX_BYTES {
        return Err(DataError::new(
            name,
            0,
            Problem::TooLarge { limit: MAX_BYTES },
        ));
    }
    Ok(())
}

/// Whether bytes look like a binary file rather than text: a NUL byte, or other control
/// characters than tab, line feed, carriage return and form feed, near the start.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .take(8192)
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
}

/// The text of a file's bytes, and how it was encoded.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(String, Encoding), DataError> {
    if looks_binary(bytes) {
        return Err(DataError::new(name, 0, Problem::NotText));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return Ok((text.to_string(), Encoding::Utf8WithBom));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), Encoding::Utf8));
    }
    let text = bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect();
    Ok((text, Encoding::Windows1252))
}

/// The field separator of a CSV text, from its first line: `;` when it has more semicolons
/// than commas outside quotes, else `,`.
pub fn delimiter(text: &str) -> char {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// How a workbook (`.xlsx`) becomes a table: [`workbook_table`] (calamine), or, in the page's
/// import worker, the table a second worker read, so that calamine is fetched only with a
/// workbook.
pub type WorkbookReader<'a> = &'a dyn Fn(&str, &[u8]) -> Result<Table, DataError>;

/// Reads and checks an opened respondent file named `name`: its answers, or every fault (in
/// the order of the file). Nothing of a file with faults is kept.
pub fn open_respondents(
    name: &str,
    bytes: &[u8],
    codebook: &Codebook,
    register: &Register,
) -> Result<Responses, Vec<DataError>> {
    open_respondents_with(name, bytes, codebook, register, &workbook_table)
}

/// [`open_respondents`] with workbooks read by `read_workbook`.
pub fn open_respondents_with(
    name: &str,
    bytes: &[u8],
    codebook: &Codebook,
    register: &Register,
    read_workbook: WorkbookReader<'_>,
) -> Result<Responses, Vec<DataError>> {
    let table = if is_workbook(name) {
        check_size(name, bytes.len()).and_then(|()| read_workbook(name, bytes))
    } else {
        text_of(&OpenedFile { name, bytes })
            .and_then(|text| Table::parse_with(name, &text, delimiter(&text)))
    };
    Responses::check(&table.map_err(|e| vec![e])?, codebook, register)
}

/// A file the reader opened: its name (without folders) and its bytes.
#[derive(Debug, Clone, Copy)]
pub struct OpenedFile<'a> {
    pub name: &'a str,
    pub bytes: &'a [u8],
}

/// What the page shows after opening files.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedData {
    /// The opened answers with the bundled register, and the opened codebook or the bundled one.
    pub dataset: Dataset,
    /// Whether a `dataset.json` was opened (its description and demo label are shown); without
    /// one the answers are the reader's own («egne data»), not marked as demo data.
    pub described: bool,
}

fn text_of(file: &OpenedFile<'_>) -> Result<String, DataError> {
    check_size(file.name, file.bytes.len())?;
    decode(file.name, file.bytes).map(|(text, _)| text)
}

/// The most bytes the files chosen together may have in all (an answer file of [`MAX_BYTES`],
/// with a codebook and a dataset description).
pub const MAX_TOTAL_BYTES: usize = 60_000_000;

/// What an opened file is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The answers: a `.csv` or `.xlsx` file (any case).
    Answers,
    /// [`CODEBOOK_NAME`]: another edition's questions.
    Codebook,
    /// [`DATASET_NAME`]: the answers' description.
    Description,
}

/// The role a file of this name has, if any.
pub fn role(name: &str) -> Option<Role> {
    match name {
        CODEBOOK_NAME => Some(Role::Codebook),
        DATASET_NAME => Some(Role::Description),
        name if name.to_ascii_lowercase().ends_with(".csv") || is_workbook(name) => {
            Some(Role::Answers)
        }
        _ => None,
    }
}

/// Checks files chosen together by their names and sizes alone, before any is read: each
/// file at most [`MAX_BYTES`], all of them at most [`MAX_TOTAL_BYTES`], and one answer file
/// with at most one codebook and one description beside it (any other file, or a second of a
/// kind, is refused). Every fault, or the role of each file in order.
pub fn check_chosen(files: &[(&str, usize)]) -> Result<Vec<Role>, Vec<DataError>> {
    let mut errors = Vec::new();
    let mut roles = Vec::with_capacity(files.len());
    for &(name, size) in files {
        if let Err(error) = check_size(name, size) {
            errors.push(error);
        }
        match role(name) {
            Some(role) if !roles.contains(&role) => roles.push(role),
            _ => errors.push(DataError::new(name, 0, Problem::UnexpectedFile)),
        }
    }
    let total = files
        .iter()
        .fold(0usize, |sum, &(_, size)| sum.saturating_add(size));
    let names = || {
        let names: Vec<&str> = files.iter().map(|&(name, _)| name).collect();
        shortened(names.join(", "), 2 * MAX_QUOTED)
    };
    if total > MAX_TOTAL_BYTES && files.len() > 1 {
        errors.push(DataError::new(
            &names(),
            0,
            Problem::TooLargeTogether {
                limit: MAX_TOTAL_BYTES,
            },
        ));
    }
    if !roles.contains(&Role::Answers) {
        errors.push(DataError::new(&names(), 0, Problem::NoAnswerFile));
    }
    if errors.is_empty() {
        Ok(roles)
    } else {
        Err(errors)
    }
}

/// Reads the files the reader opened together: one answer file (`.csv` or `.xlsx`), and optionally a
/// `codebook.json` (another edition's questions; the register's size classes follow it) and a
/// `dataset.json` (its description and demo label). Without them the bundled codebook is used.
/// Every fault of every file, or the data; nothing of files with faults is kept. The files are
/// first checked by name and size ([`check_chosen`]).
pub fn open_dataset(
    bundled: &Dataset,
    files: &[OpenedFile<'_>],
) -> Result<OpenedData, Vec<DataError>> {
    open_dataset_with(bundled, files, &workbook_table)
}

/// [`open_dataset`] with workbooks read by `read_workbook`.
pub fn open_dataset_with(
    bundled: &Dataset,
    files: &[OpenedFile<'_>],
    read_workbook: WorkbookReader<'_>,
) -> Result<OpenedData, Vec<DataError>> {
    let sizes: Vec<(&str, usize)> = files.iter().map(|f| (f.name, f.bytes.len())).collect();
    let roles = check_chosen(&sizes)?;
    let (mut answers, mut codebook, mut description) = (None, None, None);
    let mut errors = Vec::new();
    for (file, role) in files.iter().zip(roles) {
        let slot = match role {
            Role::Codebook => &mut codebook,
            Role::Description => &mut description,
            Role::Answers => &mut answers,
        };
        *slot = Some(file);
    }
    let answers = answers.expect("check_chosen found the answer file");
    let codebook = match codebook {
        None => Some(bundled.codebook.clone()),
        Some(file) => text_of(file)
            .and_then(|text| Codebook::parse(file.name, &text))
            .map_err(|e| errors.push(e))
            .ok(),
    };
    let meta = match description {
        None => Some(DatasetMeta {
            demo: false,
            answers_public: false,
            ..bundled.meta.clone()
        }),
        Some(file) => text_of(file)
            .and_then(|text| DatasetMeta::parse(file.name, &text))
            .map_err(|e| errors.push(e))
            .ok(),
    };
    let Some(codebook) = codebook else {
        return Err(errors);
    };
    let register = bundled.register.with_size_classes(&codebook);
    let opened = open_respondents_with(
        answers.name,
        answers.bytes,
        &codebook,
        &register,
        read_workbook,
    );
    let responses = match opened {
        Ok(responses) => Some(responses),
        Err(mut faults) => {
            errors.append(&mut faults);
            None
        }
    };
    match (meta, responses) {
        (Some(meta), Some(responses)) if errors.is_empty() => Ok(OpenedData {
            dataset: Dataset {
                meta,
                codebook,
                register,
                responses,
            },
            described: description.is_some(),
        }),
        _ => Err(errors),
    }
}

/// The names an opened codebook and dataset description must have (as in `data/`).
pub const CODEBOOK_NAME: &str = "codebook.json";
pub const DATASET_NAME: &str = "dataset.json";

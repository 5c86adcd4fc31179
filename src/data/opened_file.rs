//! A respondent file the reader opens from their own machine (issue 13), as people really have
//! it: UTF-8 with or without a byte order mark, or Windows-1252 (what older Excel writes);
//! comma or semicolon separated (Norwegian Excel saves `;`); CRLF or LF; quoted fields. It is
//! checked by the same core validation as the bundled answers, and every fault is reported,
//! not only the first. Pure: the browser layer hands it the file's name and bytes.

use super::codebook::Codebook;
use super::csv::Table;
use super::error::{DataError, Problem};
use super::register::Register;
use super::responses::Responses;

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

/// Reads and checks an opened respondent file named `name`: its answers, or every fault (in
/// the order of the file). Nothing of a file with faults is kept.
pub fn open_respondents(
    name: &str,
    bytes: &[u8],
    codebook: &Codebook,
    register: &Register,
) -> Result<Responses, Vec<DataError>> {
    check_size(name, bytes.len()).map_err(|e| vec![e])?;
    let (text, _) = decode(name, bytes).map_err(|e| vec![e])?;
    let table = Table::parse_with(name, &text, delimiter(&text)).map_err(|e| vec![e])?;
    Responses::check(&table, codebook, register)
}

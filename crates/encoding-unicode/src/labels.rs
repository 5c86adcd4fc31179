//! The WHATWG labels of the encodings decoded here.

use crate::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

const UTF_8_LABELS: &[&str] = &[
    "unicode-1-1-utf-8",
    "unicode11utf8",
    "unicode20utf8",
    "utf-8",
    "utf8",
    "x-unicode20utf8",
];

const UTF_16LE_LABELS: &[&str] = &[
    "csunicode",
    "iso-10646-ucs-2",
    "ucs-2",
    "unicode",
    "unicodefeff",
    "utf-16",
    "utf-16le",
];

const UTF_16BE_LABELS: &[&str] = &["unicodefffe", "utf-16be"];

const WINDOWS_1252_LABELS: &[&str] = &[
    "ansi_x3.4-1968",
    "ascii",
    "cp1252",
    "cp819",
    "csisolatin1",
    "ibm819",
    "iso-8859-1",
    "iso-ir-100",
    "iso8859-1",
    "iso88591",
    "iso_8859-1",
    "iso_8859-1:1987",
    "l1",
    "latin1",
    "us-ascii",
    "windows-1252",
    "x-cp1252",
];

/// The encoding `label` names, ASCII whitespace trimmed and case ignored.
pub(crate) fn for_label(label: &[u8]) -> Option<&'static Encoding> {
    let is_space = |byte: &u8| matches!(byte, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
    let start = label.iter().position(|byte| !is_space(byte))?;
    let end = label.iter().rposition(|byte| !is_space(byte))? + 1;
    let label = &label[start..end];
    let named = |labels: &[&str]| {
        labels
            .iter()
            .any(|known| known.as_bytes().eq_ignore_ascii_case(label))
    };
    [
        (UTF_8_LABELS, UTF_8),
        (UTF_16LE_LABELS, UTF_16LE),
        (UTF_16BE_LABELS, UTF_16BE),
        (WINDOWS_1252_LABELS, WINDOWS_1252),
    ]
    .into_iter()
    .find(|(labels, _)| named(labels))
    .map(|(_, encoding)| encoding)
}

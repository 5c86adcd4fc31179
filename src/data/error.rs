//! Errors in data files: always name the file, the line, the column and the value,
//! with a message in Norwegian that the page can show as it is.

use std::fmt;

/// What kind of fault a data file has (the message says it in Norwegian; code and tests match
/// on the kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file is empty where it must have content.
    Empty,
    /// The text is not well-formed JSON or CSV (a quote never closed, a field count that differs
    /// from the header, a bracket missing).
    Syntax,
    /// A required column or field is missing.
    MissingColumn,
    /// A column or field that the format does not have.
    UnknownColumn,
    /// A column named twice in the header.
    DuplicateColumn,
    /// A JSON value of another kind than the format says (text for a number, …).
    WrongType,
    /// A value outside what is allowed (an answer code, a number out of range, an empty name).
    InvalidValue,
    /// The same id twice (a kommune, a fylke, a respondent, a scale, a question …).
    Duplicate,
    /// A reference to something that is not defined (a kommune not in the register, a scale or
    /// theme not in the codebook).
    UnknownReference,
    /// Values that each are valid but do not fit together (a kommune number outside its fylke,
    /// an answer to a question that was not asked).
    Inconsistent,
    /// The embedded snapshot is damaged (the build must be redone).
    Damaged,
}

/// Where in a data file something is wrong, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// File name as the user knows it, e.g. `data/respondents.csv`.
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    pub kind: ErrorKind,
    /// Column name (or JSON path) where known.
    pub column: Option<String>,
    /// The offending value, where there is one.
    pub value: Option<String>,
    /// What is wrong, in Norwegian.
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, line: usize, kind: ErrorKind, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            line,
            kind,
            column: None,
            value: None,
            message: message.into(),
        }
    }

    pub fn column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ", linje {}", self.line)?;
        }
        if let Some(column) = &self.column {
            write!(f, ", kolonne «{column}»")?;
        }
        if let Some(value) = &self.value {
            write!(f, ", verdi «{value}»")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for DataError {}

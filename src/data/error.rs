//! Errors in data files: always name the file, the line, the column and the value,
//! with a message in Norwegian that the page can show as it is.

use std::fmt;

/// Where in a data file something is wrong, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// File name as the user knows it, e.g. `data/respondents.csv`.
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// Column name (or JSON path) where known.
    pub column: Option<String>,
    /// The offending value, where there is one.
    pub value: Option<String>,
    /// What is wrong, in Norwegian.
    pub message: String,
}

impl DataError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            line,
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

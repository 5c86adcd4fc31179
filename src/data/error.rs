//! Errors in data files: always the file, the line, the column and the value, and what is
//! wrong as a [`Problem`] (numbers and names, no words). `wording::data_errors` says it in
//! Norwegian; code and tests match on the problem or its [`ErrorKind`].

use super::register::OrgType;
use crate::text::shorten::shortened;

/// A fault quotes at most this many characters of a value or a column name, then «…» (as the
/// URL notes quote a value).
pub const MAX_QUOTED: usize = 40;

/// What kind of fault a data file has.
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
    /// The answers may not be published (a page for publishing cannot be built from them).
    NotPublic,
    /// A file the reader opened is larger than the page reads, or is not a text file.
    NotReadable,
}

/// The form a value should have had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A whole number, not negative.
    Count,
    /// A decimal number between 0 and 1, written with a point.
    Fraction,
    /// `True` or `False` (CSV).
    TrueFalse,
    /// A number of exactly this many digits, with leading zeros.
    Digits(usize),
    /// A JSON string.
    Text,
    /// A JSON `true` or `false`.
    Boolean,
    /// A JSON whole number.
    Integer,
    /// A JSON array.
    List,
    /// A JSON object.
    Object,
}

/// Why a JSON text is not well-formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonFault {
    TrailingText,
    ExpectedValue,
    TooDeep,
    EndsEarly,
    ExpectedKey,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    LeadingZero,
    NotWhole,
    BadNumber,
    UnclosedString,
    BadEscape,
    ControlCharacter,
    BadUtf8,
    BadUnicodeEscape,
    HalfSurrogate,
    UnpairedSurrogate,
}

/// Something given twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeated {
    ScaleId,
    Code,
    QuestionId,
    ItemId,
    KeyFigureId,
    Fylkesnummer,
    Kommunenummer,
    /// An organisation that answered on two lines.
    Answer,
}

/// Something referred to that is not there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Scale,
    Theme,
    Question,
    /// A code not in the question's scale.
    Code,
    /// A code not in the scale of the question a condition names.
    ConditionCode,
    /// An item the question does not have.
    Item,
    /// A fylke not in the fylke file (named).
    Fylke {
        file: &'static str,
    },
    /// A kommune not in the kommune file (named).
    Kommune {
        file: &'static str,
    },
    /// An organisation number not in the 2017 register.
    Organisation(OrgType),
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    EmptyFile,
    UnclosedQuote,
    FieldCount {
        found: usize,
        expected: usize,
    },
    /// Not well-formed JSON at this character of the line.
    Json {
        character: usize,
        fault: JsonFault,
    },
    /// A header cell with no name (1-based position).
    EmptyHeader {
        position: usize,
    },
    DuplicateHeader,
    MissingColumn,
    MissingField {
        key: String,
    },
    UnknownField {
        allowed: Vec<String>,
    },
    /// The answer file must begin with `id` and `type`.
    FirstColumns,
    /// A column of the answer file that the codebook does not have.
    ColumnNotInCodebook,
    /// A question of the codebook with no column in the answer file.
    ColumnMissing,
    /// A CSV value not of the form.
    NotOfForm(Form),
    /// A JSON value of another type.
    WrongType(Form),
    NumberOutOfRange,
    EmptyValue,
    ShareOutOfRange,
    UnknownOrgType,
    /// An answer code not in the scale (`valid` lists the codes).
    AnswerCode {
        valid: String,
    },
    ReservedCodeZero,
    NoCodes,
    EmptyCodeGroup,
    /// An id (of a question, item, theme, scale, size class or key figure) not of the form
    /// [`crate::data::codebook::is_plain_id`] allows: 1–40 ASCII letters, digits and `_`.
    BadId,
    Repeated(Repeated),
    Unknown(Missing),
    DontKnowInShare,
    SizeClassOrder,
    /// A condition must name another question with one item.
    ConditionTarget,
    /// A key figure on a question with items must choose one.
    KeyFigureItem,
    KommuneOutsideFylke {
        knr: Box<str>,
        fylkesnr: Box<str>,
    },
    /// An answer to a question asked only when `question` has one of `codes`; it had `had`
    /// (`None`: no answer).
    NotAsked {
        question: Box<str>,
        codes: Box<[u8]>,
        had: Option<u8>,
    },
    /// `dataset.json` does not say the answers may be published per organisation.
    NotPublishable,
    /// An opened file over `limit` bytes: refused before it is read.
    TooLarge {
        limit: usize,
    },
    /// An opened file that is not text (a spreadsheet or other binary file under a `.csv` name).
    NotText,
    /// Among opened files, one that is neither an answer file (`.csv`, `.xlsx`) nor `codebook.json` or
    /// `dataset.json`, or a second answer file.
    UnexpectedFile,
    /// Opened files without an answer file (`.csv` or `.xlsx`).
    NoAnswerFile,
    /// A file named `.xlsx` that no spreadsheet reader can open.
    NotWorkbook,
    /// A chosen file the browser could not read (moved or deleted after it was chosen).
    Unreadable,
    /// Files chosen together that are over `limit` bytes in all: refused before any is read.
    TooLargeTogether {
        limit: usize,
    },
    /// A table (a CSV file or a workbook's sheet) with more than `limit` rows below its header.
    TooManyRows {
        limit: usize,
    },
    /// A table with more than `limit` columns, or a codebook with more answer columns.
    TooManyColumns {
        limit: usize,
    },
    /// A workbook one of whose parts (the value) unpacks to more than `limit` bytes, or all of
    /// whose parts together do.
    WorkbookTooLarge {
        limit: usize,
    },
}

impl Problem {
    pub fn kind(&self) -> ErrorKind {
        use Problem::*;
        match self {
            EmptyFile => ErrorKind::Empty,
            UnclosedQuote | FieldCount { .. } | Json { .. } => ErrorKind::Syntax,
            EmptyHeader { .. } | UnknownField { .. } | FirstColumns | ColumnNotInCodebook => {
                ErrorKind::UnknownColumn
            }
            DuplicateHeader => ErrorKind::DuplicateColumn,
            MissingColumn | MissingField { .. } | ColumnMissing => ErrorKind::MissingColumn,
            WrongType(_) => ErrorKind::WrongType,
            NotOfForm(_)
            | NumberOutOfRange
            | EmptyValue
            | ShareOutOfRange
            | UnknownOrgType
            | AnswerCode { .. }
            | ReservedCodeZero
            | NoCodes
            | EmptyCodeGroup
            | BadId => ErrorKind::InvalidValue,
            Repeated(_) => ErrorKind::Duplicate,
            Unknown(_) => ErrorKind::UnknownReference,
            DontKnowInShare
            | SizeClassOrder
            | ConditionTarget
            | KeyFigureItem
            | KommuneOutsideFylke { .. }
            | NotAsked { .. } => ErrorKind::Inconsistent,
            NotPublishable => ErrorKind::NotPublic,
            TooLarge { .. }
            | NotText
            | UnexpectedFile
            | NoAnswerFile
            | NotWorkbook
            | Unreadable
            | TooLargeTogether { .. }
            | TooManyRows { .. }
            | TooManyColumns { .. }
            | WorkbookTooLarge { .. } => ErrorKind::NotReadable,
        }
    }
}

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
    pub problem: Problem,
}

impl DataError {
    pub fn new(file: &str, line: usize, problem: Problem) -> Self {
        DataError {
            file: file.to_string(),
            line,
            column: None,
            value: None,
            problem,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        self.problem.kind()
    }

    /// The column (or JSON path), cut to [`MAX_QUOTED`] characters: a file's header can hold
    /// a name of any length, and a fault quotes it.
    pub fn column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(shortened(column.into(), MAX_QUOTED));
        self
    }

    /// The offending value, cut to [`MAX_QUOTED`] characters: a 20 MB cell must not become a
    /// 20 MB line of the fault list or the report.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(shortened(value.into(), MAX_QUOTED));
        self
    }
}

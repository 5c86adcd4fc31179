//! What is wrong with a data file, in English (issue 14; bokmål: `nb::data_errors`, which
//! `build.rs` uses): the file, the line, the column and the value, then the problem.

use crate::data::error::{DataError, Form, JsonFault, Missing, Problem, Repeated};
use crate::data::register::OrgType;
use crate::data::snapshot::{Damaged, SNAPSHOT_FILE};

/// The page's data are damaged: «dataset.bin: the built-in data are damaged (byte 12); build
/// the page again».
pub fn damaged(damaged: &Damaged) -> String {
    format!(
        "{SNAPSHOT_FILE}: the built-in data are damaged (byte {}); build the page again",
        damaged.byte
    )
}

/// «data/respondents.csv, line 7, column “q1”, value “9”: invalid answer code …».
pub fn message(error: &DataError) -> String {
    if error.problem == Problem::NotPublishable {
        return format!("{} {NOT_PUBLISHABLE}", error.file);
    }
    let mut out = error.file.clone();
    if error.line > 0 {
        // A workbook's lines are the rows its spreadsheet program numbers.
        let row = if error.file.to_ascii_lowercase().ends_with(".xlsx") {
            "row"
        } else {
            "line"
        };
        out.push_str(&format!(", {row} {}", error.line));
    }
    if let Some(column) = &error.column {
        out.push_str(&format!(", column “{column}”"));
    }
    if let Some(value) = &error.value {
        out.push_str(&format!(", value “{value}”"));
    }
    out.push_str(": ");
    out.push_str(&problem(&error.problem));
    out
}

/// Why a page for publishing cannot be built; after the file's name.
const NOT_PUBLISHABLE: &str = "does not say that the answers may be published for each organisation (“answers_public”: true). The web page contains every answer row, so it cannot be built for publishing (--release) from these data. Confidential answers belong in a local analysis (trunk serve without --release, or cargo run --bin expected-view). See docs/DATA.md.";

fn form(form: Form) -> String {
    match form {
        Form::Count => "a whole, non-negative number".into(),
        Form::Fraction => "a decimal number between 0 and 1 (with a point)".into(),
        Form::TrueFalse => "True or False".into(),
        Form::Digits(digits) => {
            format!("a number of exactly {digits} digits (with leading zeros)")
        }
        Form::Text => "text".into(),
        Form::Boolean => "true or false".into(),
        Form::Integer => "a whole number".into(),
        Form::List => "a list".into(),
        Form::Object => "an object".into(),
    }
}

fn json_fault(fault: JsonFault) -> &'static str {
    match fault {
        JsonFault::TrailingText => "unexpected text after the end of the document",
        JsonFault::ExpectedValue => "expected a value",
        JsonFault::TooDeep => "nested too deeply",
        JsonFault::EndsEarly => "the file ends too early",
        JsonFault::ExpectedKey => "expected a field name in quotation marks",
        JsonFault::ExpectedColon => "expected “:”",
        JsonFault::ExpectedCommaOrBrace => "expected “,” or “}”",
        JsonFault::ExpectedCommaOrBracket => "expected “,” or “]”",
        JsonFault::LeadingZero => "invalid number (no leading zeros)",
        JsonFault::NotWhole => "only whole numbers are allowed",
        JsonFault::BadNumber => "invalid number",
        JsonFault::UnclosedString => "text without a closing quotation mark",
        JsonFault::BadEscape => "invalid escape sequence",
        JsonFault::ControlCharacter => "line break or control character in text",
        JsonFault::BadUtf8 => "invalid UTF-8",
        JsonFault::BadUnicodeEscape => "invalid \\u escape",
        JsonFault::HalfSurrogate => "invalid \\u escape (half a surrogate pair)",
        JsonFault::UnpairedSurrogate => {
            "invalid \\u escape (a surrogate pair that does not belong together)"
        }
    }
}

fn repeated(what: Repeated) -> &'static str {
    match what {
        Repeated::ScaleId => "the scale id occurs twice",
        Repeated::Code => "the code occurs twice in the scale",
        Repeated::QuestionId => "the question id occurs twice",
        Repeated::ItemId => "the item id occurs twice in the question",
        Repeated::KeyFigureId => "the key figure id occurs twice",
        Repeated::Fylkesnummer => "the county number occurs twice",
        Repeated::Kommunenummer => "the municipality number occurs twice",
        Repeated::Answer => {
            "the organisation has answered more than once (the id is on an earlier line)"
        }
    }
}

fn missing(what: &Missing) -> String {
    match what {
        Missing::Scale => "unknown scale".into(),
        Missing::Theme => "unknown theme".into(),
        Missing::Question => "unknown question".into(),
        Missing::Code => "the code is not in the scale".into(),
        Missing::ConditionCode => {
            "the code is not in the scale of the question in the condition".into()
        }
        Missing::Item => "the question has no such item".into(),
        Missing::Fylke { file } => format!("the county is not in {file}"),
        Missing::Kommune { file } => format!("the municipality is not in {file}"),
        Missing::Organisation(org_type) => {
            let noun = match org_type {
                OrgType::Kommune => "municipality",
                OrgType::Fylkeskommune => "county authority",
            };
            format!("no {noun} with this number in the register for 2017")
        }
    }
}

/// The problem alone, without where.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::EmptyFile => "the file is empty; it must have a header line".into(),
        Problem::UnclosedQuote => "a field in quotation marks is never closed".into(),
        Problem::FieldCount { found, expected } => {
            format!("the line has {found} fields, but the header has {expected}")
        }
        Problem::Json { character, fault } => {
            format!("invalid JSON (character {character}): {}", json_fault(*fault))
        }
        Problem::EmptyHeader { position } => format!("column {position} has an empty header"),
        Problem::DuplicateHeader => "the column occurs twice in the header".into(),
        Problem::MissingColumn => "a required column is missing".into(),
        Problem::MissingField { key } => format!("the field “{key}” is missing"),
        Problem::UnknownField { allowed } => {
            format!("unknown field; allowed are {}", allowed.join(", "))
        }
        Problem::FirstColumns => "the first two columns must be “id” and “type”".into(),
        Problem::ColumnNotInCodebook => {
            "unknown column: it is not in the codebook (data/codebook.json)".into()
        }
        Problem::ColumnMissing => "the column is missing; the codebook has this question".into(),
        Problem::NotOfForm(expected) | Problem::WrongType(expected) => {
            format!("expected {}", form(*expected))
        }
        Problem::NumberOutOfRange => "the number is outside the allowed range".into(),
        Problem::EmptyValue => "the field cannot be empty".into(),
        Problem::ShareOutOfRange => "the share must be greater than 0 and at most 1".into(),
        Problem::UnknownOrgType => "type must be “kommune” or “fylkeskommune”".into(),
        Problem::AnswerCode { valid } => {
            format!("invalid answer code (valid codes: {valid}, or empty)")
        }
        Problem::ReservedCodeZero => "code 0 is reserved for “not answered”".into(),
        Problem::NoCodes => "the scale has no codes".into(),
        Problem::EmptyCodeGroup => "the code group is empty".into(),
        Problem::BadId => "an id may only have the letters a–z and A–Z, digits and underscores (_), and at most 40 characters".into(),
        Problem::Repeated(what) => repeated(*what).into(),
        Problem::Unknown(what) => missing(what),
        Problem::DontKnowInShare => "“Don't know” cannot be part of a share".into(),
        Problem::SizeClassOrder => {
            "the size classes must start at 0 and have rising lower limits".into()
        }
        Problem::ConditionTarget => "the condition must refer to another question with one item".into(),
        Problem::KeyFigureItem => {
            "the question has several items, so the key figure must choose one".into()
        }
        Problem::KommuneOutsideFylke { knr, fylkesnr } => {
            format!("municipality number {knr} does not belong to county {fylkesnr}")
        }
        Problem::NotAsked {
            question,
            codes,
            had,
        } => format!(
            "the question is asked only when “{question}” has code {codes:?}, but it has {}",
            match had {
                None => "no answer".to_string(),
                Some(code) => format!("code {code}"),
            }
        ),
        Problem::NotPublishable => format!("the file {NOT_PUBLISHABLE}"),
        Problem::TooLarge { limit } => format!(
            "the file is too large to open here; the limit is {} MB",
            limit / 1_000_000
        ),
        Problem::NotText => "the file is not a text file; save the answers as CSV (comma- or semicolon-separated) or as an Excel workbook (.xlsx) and open that file".into(),
        Problem::UnexpectedFile => "open one answer file (.csv or .xlsx), with codebook.json and dataset.json if needed; this file is none of them".into(),
        Problem::NoAnswerFile => "no answer file (.csv or .xlsx) among the files; open one, with codebook.json and dataset.json if needed".into(),
        Problem::NotWorkbook => "the file cannot be read as an Excel workbook (.xlsx); save it again as .xlsx or as CSV".into(),
        Problem::Unreadable => "the browser could not read the file; has it been moved, deleted or changed since it was chosen? Choose it again".into(),
        Problem::TooLargeTogether { limit } => format!(
            "the files are too large together to be opened here; the limit is {} MB for all of them",
            limit / 1_000_000
        ),
        Problem::TooManyRows { limit } => format!(
            "the file has more than {limit} rows below its header; there are not that many municipalities and county authorities, so it cannot be an answer file"
        ),
        Problem::TooManyColumns { limit } => format!(
            "more than {limit} columns; no edition of the survey has that many questions"
        ),
        Problem::WorkbookTooLarge { limit } => format!(
            "the workbook is too large when unpacked (over {} MB); save only the answers, as .xlsx or CSV",
            limit / 1_000_000
        ),
    }
}

/// A list of faults as the page shows it: the first `most`, then «… and 12 more».
pub fn message_list(errors: &[DataError], most: usize) -> Vec<String> {
    let mut lines: Vec<String> = errors.iter().take(most).map(message).collect();
    if errors.len() > most {
        lines.push(format!("… and {} more", errors.len() - most));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(problem: Problem) -> DataError {
        DataError::new("data/respondents.csv", 7, problem)
            .column("q1")
            .value("9")
    }

    #[test]
    fn names_file_line_column_and_value_then_the_problem() {
        assert_eq!(
            message(&at(Problem::AnswerCode {
                valid: "1, 2, 3".into()
            })),
            "data/respondents.csv, line 7, column “q1”, value “9”: invalid answer code (valid codes: 1, 2, 3, or empty)"
        );
        let whole_file = DataError::new("data/kommuner_2017.csv", 0, Problem::EmptyFile);
        assert_eq!(
            message(&whole_file),
            "data/kommuner_2017.csv: the file is empty; it must have a header line"
        );
    }

    #[test]
    fn words_each_problem_with_its_numbers_and_names() {
        let cases = [
            (
                Problem::FieldCount {
                    found: 3,
                    expected: 2,
                },
                "the line has 3 fields, but the header has 2",
            ),
            (
                Problem::Json {
                    character: 4,
                    fault: JsonFault::TooDeep,
                },
                "invalid JSON (character 4): nested too deeply",
            ),
            (Problem::WrongType(Form::Text), "expected text"),
            (
                Problem::NotOfForm(Form::Digits(4)),
                "expected a number of exactly 4 digits (with leading zeros)",
            ),
            (
                Problem::MissingField {
                    key: "other".into(),
                },
                "the field “other” is missing",
            ),
            (Problem::NumberOutOfRange, "the number is outside the allowed range"),
            (
                Problem::Unknown(Missing::Organisation(OrgType::Fylkeskommune)),
                "no county authority with this number in the register for 2017",
            ),
            (
                Problem::NotAsked {
                    question: "digi_prioritet".into(),
                    codes: Box::new([3, 4]),
                    had: None,
                },
                "the question is asked only when “digi_prioritet” has code [3, 4], but it has no answer",
            ),
        ];
        for (given, expected) in cases {
            assert_eq!(problem(&given), expected);
        }
    }

    #[test]
    fn damaged_data_name_the_byte() {
        assert_eq!(
            damaged(&Damaged { byte: 12 }),
            "dataset.bin: the built-in data are damaged (byte 12); build the page again"
        );
    }

    #[test]
    fn a_confidential_data_set_is_named_first() {
        let error = DataError::new("eget/dataset.json", 0, Problem::NotPublishable);
        assert!(message(&error)
            .starts_with("eget/dataset.json does not say that the answers may be published"));
    }
}

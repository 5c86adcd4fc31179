//! A small RFC 4180 reader that keeps the line number of every record, so that errors
//! can point at the exact place in the file. UTF-8, comma-separated, optional BOM,
//! quoted fields with `""` escapes, LF or CRLF line ends.

use super::error::{DataError, Form, Problem};
use std::collections::HashSet;

/// The most rows a table may have below its header: a data file has a line per kommune,
/// fylke or respondent (some 450 organisations in 2017), so a file of more is not one.
pub const MAX_ROWS: usize = 5_000;
/// The most columns a table may have (and a codebook answer columns): the survey has 24.
pub const MAX_COLUMNS: usize = 500;

/// One record of a CSV file: its fields and the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A parsed CSV file: the header and the data records.
#[derive(Debug, Clone)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub records: Vec<Record>,
}

impl Table {
    /// Parses `text`; `file` is only used in error messages.
    /// Blank lines are skipped. Every record must have as many fields as the header.
    pub fn parse(file: &str, text: &str) -> Result<Table, DataError> {
        Table::parse_with(file, text, ',')
    }

    /// [`Table::parse`] with fields separated by `delimiter` (`;` as Norwegian spreadsheets
    /// save CSV).
    pub fn parse_with(file: &str, text: &str, delimiter: char) -> Result<Table, DataError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Table::from_records(file, parse_records(file, text, delimiter)?)
    }

    /// A table of records read some other way (a spreadsheet's rows), the first being the
    /// header, checked as a CSV file's are: no empty or repeated column name, every record as
    /// long as the header.
    pub fn from_records(file: &str, mut records: Vec<Record>) -> Result<Table, DataError> {
        if records.is_empty() {
            return Err(DataError::new(file, 0, Problem::EmptyFile));
        }
        if records.len() > MAX_ROWS + 1 {
            return Err(DataError::new(
                file,
                records[MAX_ROWS + 1].line,
                Problem::TooManyRows { limit: MAX_ROWS },
            ));
        }
        let header_record = records.remove(0);
        if header_record.fields.len() > MAX_COLUMNS {
            return Err(DataError::new(
                file,
                header_record.line,
                Problem::TooManyColumns { limit: MAX_COLUMNS },
            ));
        }
        let header: Vec<String> = header_record
            .fields
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        let mut seen = HashSet::with_capacity(header.len());
        for (index, name) in header.iter().enumerate() {
            if name.is_empty() {
                return Err(DataError::new(
                    file,
                    header_record.line,
                    Problem::EmptyHeader {
                        position: index + 1,
                    },
                ));
            }
            if !seen.insert(name.as_str()) {
                return Err(
                    DataError::new(file, header_record.line, Problem::DuplicateHeader)
                        .column(name.clone()),
                );
            }
        }
        for record in &records {
            if record.fields.len() != header.len() {
                return Err(DataError::new(
                    file,
                    record.line,
                    Problem::FieldCount {
                        found: record.fields.len(),
                        expected: header.len(),
                    },
                ));
            }
        }
        Ok(Table {
            file: file.to_string(),
            header,
            records,
        })
    }

    /// Index of a required column, or an error naming it.
    pub fn require_column(&self, name: &str) -> Result<usize, DataError> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| DataError::new(&self.file, 1, Problem::MissingColumn).column(name))
    }
}

/// A record together with its table, for reading fields by column name.
pub struct Row<'a> {
    pub table: &'a Table,
    pub record: &'a Record,
}

impl<'a> Row<'a> {
    /// The trimmed value of column `name`; the column must exist (see [`Table::require_column`]).
    pub fn get(&self, name: &str) -> Result<&'a str, DataError> {
        let index = self.table.require_column(name)?;
        Ok(self.record.fields[index].trim())
    }

    /// An error at this row and column.
    pub fn error(&self, column: &str, value: &str, problem: Problem) -> DataError {
        DataError::new(&self.table.file, self.record.line, problem)
            .column(column)
            .value(value)
    }

    /// Column `name` parsed as `T`, with `form` named on failure.
    pub fn parse<T: std::str::FromStr>(&self, name: &str, form: Form) -> Result<T, DataError> {
        let value = self.get(name)?;
        value
            .parse()
            .map_err(|_| self.error(name, value, Problem::NotOfForm(form)))
    }

    /// Column `name` as a decimal number with a point (`0.35`, `1`, `-2.5`). Read without
    /// `f64::from_str`, whose code is large in the page's wasm.
    pub fn decimal(&self, name: &str, form: Form) -> Result<f64, DataError> {
        let value = self.get(name)?;
        parse_decimal(value).ok_or_else(|| self.error(name, value, Problem::NotOfForm(form)))
    }

    /// Column `name` as `True`/`False` (as written by pandas) or `true`/`false`.
    pub fn boolean(&self, name: &str) -> Result<bool, DataError> {
        match self.get(name)? {
            "True" | "true" => Ok(true),
            "False" | "false" => Ok(false),
            other => Err(self.error(name, other, Problem::NotOfForm(Form::TrueFalse))),
        }
    }

    /// Column `name` as a string of exactly `digits` ASCII digits.
    pub fn digits(&self, name: &str, digits: usize) -> Result<&'a str, DataError> {
        let value = self.get(name)?;
        if value.len() == digits && value.bytes().all(|b| b.is_ascii_digit()) {
            Ok(value)
        } else {
            Err(self.error(name, value, Problem::NotOfForm(Form::Digits(digits))))
        }
    }
}

impl Table {
    /// Every data record with access by column name.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(move |record| Row {
            table: self,
            record,
        })
    }

    /// Checks that every column in `names` is present.
    pub fn require_columns(&self, names: &[&str]) -> Result<(), DataError> {
        names
            .iter()
            .try_for_each(|name| self.require_column(name).map(|_| ()))
    }
}

fn parse_records(file: &str, text: &str, delimiter: char) -> Result<Vec<Record>, DataError> {
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut in_quotes = false;
    let mut quote_started_line = 0usize;
    let mut chars = text.chars().peekable();
    let mut record_has_content = false;

    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                quote_started_line = line;
                record_has_content = true;
            }
            c if c == delimiter => {
                fields.push(std::mem::take(&mut field));
                record_has_content = true;
                // A line of more fields than any table may have is not read to its end.
                if fields.len() > MAX_COLUMNS {
                    return Err(DataError::new(
                        file,
                        record_line,
                        Problem::TooManyColumns { limit: MAX_COLUMNS },
                    ));
                }
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                if record_has_content || !field.is_empty() {
                    fields.push(std::mem::take(&mut field));
                    records.push(Record {
                        line: record_line,
                        fields: std::mem::take(&mut fields),
                    });
                    // Past the bound the rest is not read: `Table::from_records` refuses it.
                    if records.len() > MAX_ROWS + 1 {
                        return Ok(records);
                    }
                }
                record_has_content = false;
                line += 1;
                record_line = line;
            }
            _ => {
                field.push(c);
                record_has_content = true;
            }
        }
    }
    if in_quotes {
        return Err(DataError::new(
            file,
            quote_started_line,
            Problem::UnclosedQuote,
        ));
    }
    if record_has_content || !field.is_empty() {
        fields.push(field);
        records.push(Record {
            line: record_line,
            fields,
        });
    }
    Ok(records)
}

/// Quotes a field for writing when it needs it.
pub fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// `[-]digits[.digits]` as a number; `None` for anything else (exponents, commas, blanks).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits_ok = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty()
        || !digits_ok(whole)
        || !digits_ok(fraction)
        || (unsigned.contains('.') && fraction.is_empty())
        || whole.len() + fraction.len() > 15
    {
        return None;
    }
    let mut mantissa: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa * 10 + u64::from(b - b'0');
    }
    let value = mantissa as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_crlf_bom_and_line_numbers() {
        let text = "\u{feff}a,b\r\n1,\"x, \"\"y\"\"\"\r\n\r\n2,\"multi\nline\"\n3,z";
        let table = Table::parse("t.csv", text).unwrap();
        assert_eq!(table.header, ["a", "b"]);
        assert_eq!(table.records[0].fields, ["1", "x, \"y\""]);
        assert_eq!(table.records[0].line, 2);
        assert_eq!(table.records[1].fields, ["2", "multi\nline"]);
        assert_eq!(table.records[1].line, 4);
        assert_eq!(table.records[2].line, 6);
        assert_eq!(table.records[2].fields, ["3", "z"]);
    }

    #[test]
    fn keeps_trailing_empty_field() {
        let table = Table::parse("t.csv", "a,b\n1,\n").unwrap();
        assert_eq!(table.records[0].fields, ["1", ""]);
    }

    #[test]
    fn wrong_field_count_names_line() {
        let err = Table::parse("t.csv", "a,b\n1,2\n1,2,3\n").unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(
            err.problem,
            Problem::FieldCount {
                found: 3,
                expected: 2
            }
        );
    }

    #[test]
    fn unterminated_quote_is_an_error() {
        let err = Table::parse("t.csv", "a\n\"abc\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn duplicate_header_is_an_error() {
        let err = Table::parse("t.csv", "a,a\n1,2\n").unwrap_err();
        assert_eq!(err.column.as_deref(), Some("a"));
    }

    #[test]
    fn quote_round_trips() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,\"b\""), "\"a,\"\"b\"\"\"");
    }

    #[test]
    fn decimals_with_a_point() {
        assert_eq!(parse_decimal("0.35"), Some(0.35));
        assert_eq!(parse_decimal("1.0"), Some(1.0));
        assert_eq!(parse_decimal("1"), Some(1.0));
        assert_eq!(parse_decimal("-2.5"), Some(-2.5));
        assert_eq!(parse_decimal("0.3"), Some(0.3));
        for bad in [
            "",
            ".5",
            "1.",
            "1,5",
            "1e3",
            "abc",
            "-",
            "1.2.3",
            " 1",
            "1234567890123456",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }
}

//! A small JSON reader for the data files (`codebook.json`, `dataset.json`): every value keeps
//! its line, and reading a field names its path (`questions[3].items[0].id`) when it is missing
//! or of the wrong kind. Numbers are whole numbers only, which is all the formats use.
//! (Hand-written instead of serde's derive: the page's wasm is about 10 KB gzip smaller.)

use super::error::{DataError, Form, JsonFault, Problem};

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// A value and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Json {
    pub line: usize,
    pub value: Value,
}

/// Parses a whole JSON document.
pub fn parse(file: &str, text: &str) -> Result<Json, DataError> {
    let mut parser = Parser {
        file,
        bytes: text.as_bytes(),
        pos: 0,
        line: 1,
        column_start: 0,
    };
    let value = parser.value(0)?;
    parser.space();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(JsonFault::TrailingText));
    }
    Ok(value)
}

const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    file: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: usize,
    column_start: usize,
}

impl Parser<'_> {
    fn error(&self, fault: JsonFault) -> DataError {
        let character = self.pos.saturating_sub(self.column_start) + 1;
        DataError::new(self.file, self.line, Problem::Json { character, fault })
    }

    fn space(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\n' => {
                    self.line += 1;
                    self.column_start = self.pos + 1;
                }
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.bytes.get(self.pos) == Some(&byte);
        if found {
            self.pos += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, DataError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error(JsonFault::ExpectedValue))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, DataError> {
        if depth > MAX_DEPTH {
            return Err(self.error(JsonFault::TooDeep));
        }
        self.space();
        let line = self.line;
        let value = match self.bytes.get(self.pos) {
            None => return Err(self.error(JsonFault::EndsEarly)),
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        if self.bytes.get(self.pos) != Some(&b'"') {
                            return Err(self.error(JsonFault::ExpectedKey));
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.error(JsonFault::ExpectedColon));
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error(JsonFault::ExpectedCommaOrBrace));
                        }
                    }
                }
                Value::Object(fields)
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error(JsonFault::ExpectedCommaOrBracket));
                        }
                    }
                }
                Value::Array(items)
            }
            Some(b'"') => Value::Str(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.integer()?,
            Some(_) => return Err(self.error(JsonFault::ExpectedValue)),
        };
        Ok(Json { line, value })
    }

    fn integer(&mut self) -> Result<Value, DataError> {
        let start = self.pos;
        if self.bytes[self.pos] == b'-' {
            self.pos += 1;
        }
        let digits_start = self.pos;
        while self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        // A number needs a digit («-»), and JSON allows no leading zeros («07»).
        if self.pos == digits_start {
            return Err(self.error(JsonFault::BadNumber));
        }
        if self.bytes[digits_start] == b'0' && self.pos - digits_start > 1 {
            return Err(self.error(JsonFault::LeadingZero));
        }
        if matches!(self.bytes.get(self.pos), Some(b'.' | b'e' | b'E')) {
            return Err(self.error(JsonFault::NotWhole));
        }
        std::str::from_utf8(&self.bytes[start..self.pos])
            .ok()
            .and_then(|digits| digits.parse().ok())
            .map(Value::Int)
            .ok_or_else(|| self.error(JsonFault::BadNumber))
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, DataError> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(self.error(JsonFault::UnclosedString));
            };
            self.pos += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let escaped = self.bytes.get(self.pos).copied();
                    self.pos += 1;
                    let c = match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b't') => '\t',
                        Some(b'r') => '\r',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error(JsonFault::BadEscape)),
                    };
                    let mut buffer = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
                b'\n' | 0..=0x1f => return Err(self.error(JsonFault::ControlCharacter)),
                _ => out.push(b),
            }
        }
        // The input is a &str and escapes are written as UTF-8, so this cannot fail.
        String::from_utf8(out).map_err(|_| self.error(JsonFault::BadUtf8))
    }

    fn hex4(&mut self) -> Result<u32, DataError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok());
        let value = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error(JsonFault::BadUnicodeEscape))?;
        self.pos += 4;
        Ok(value)
    }

    /// `\uXXXX`, or a surrogate pair `\uD8xx\uDCxx`; a lone or mismatched surrogate is an error.
    fn unicode_escape(&mut self) -> Result<char, DataError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.error(JsonFault::HalfSurrogate));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(JsonFault::UnpairedSurrogate));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error(JsonFault::BadUnicodeEscape))
    }
}

/// A value being read, with its file and path for error messages.
#[derive(Clone, Copy)]
pub struct Field<'a> {
    pub file: &'a str,
    pub json: &'a Json,
    path: &'a str,
}

impl<'a> Field<'a> {
    pub fn root(file: &'a str, json: &'a Json) -> Field<'a> {
        Field {
            file,
            json,
            path: "",
        }
    }

    pub fn path(&self) -> &str {
        self.path
    }

    /// An error about this value: file, line, path and problem.
    pub fn error(&self, problem: Problem) -> DataError {
        let error = DataError::new(self.file, self.json.line, problem);
        if self.path.is_empty() {
            error
        } else {
            error.column(self.path)
        }
    }

    fn wrong_kind(&self, expected: Form) -> DataError {
        self.error(Problem::WrongType(expected))
    }

    pub fn string(&self) -> Result<String, DataError> {
        match &self.json.value {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(self.wrong_kind(Form::Text)),
        }
    }

    pub fn bool(&self) -> Result<bool, DataError> {
        match self.json.value {
            Value::Bool(b) => Ok(b),
            _ => Err(self.wrong_kind(Form::Boolean)),
        }
    }

    /// A whole number that fits `T`.
    pub fn int<T: TryFrom<i64>>(&self) -> Result<T, DataError> {
        match self.json.value {
            Value::Int(n) => T::try_from(n)
                .map_err(|_| self.error(Problem::NumberOutOfRange).value(n.to_string())),
            _ => Err(self.wrong_kind(Form::Integer)),
        }
    }

    /// The elements of an array, each read with `read`.
    pub fn list<T>(
        &self,
        read: impl Fn(Field<'_>) -> Result<T, DataError>,
    ) -> Result<Vec<T>, DataError> {
        match &self.json.value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, json)| {
                    read(Field {
                        file: self.file,
                        json,
                        path: &format!("{}[{i}]", self.path),
                    })
                })
                .collect(),
            _ => Err(self.wrong_kind(Form::List)),
        }
    }

    /// Reads an object whose only fields are `known`, with `read`.
    pub fn object<T>(
        &self,
        known: &[&str],
        read: impl FnOnce(&Object<'_>) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        let Value::Object(fields) = &self.json.value else {
            return Err(self.wrong_kind(Form::Object));
        };
        if let Some((key, json)) = fields
            .iter()
            .find(|(key, _)| !known.contains(&key.as_str()))
        {
            let path = self.child_path(key);
            return Err(Field {
                file: self.file,
                json,
                path: &path,
            }
            .error(Problem::UnknownField {
                allowed: known.iter().map(|k| k.to_string()).collect(),
            }));
        }
        read(&Object {
            field: *self,
            fields,
        })
    }

    fn child_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

/// The fields of an object being read.
pub struct Object<'a> {
    field: Field<'a>,
    fields: &'a [(String, Json)],
}

impl Object<'_> {
    /// Reads field `key` with `read`; a missing field is an error.
    pub fn required<T>(
        &self,
        key: &str,
        read: impl FnOnce(Field<'_>) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        match self.optional(key, read)? {
            Some(value) => Ok(value),
            None => Err(self.field.error(Problem::MissingField {
                key: key.to_string(),
            })),
        }
    }

    /// Reads field `key` with `read` if it is there and not `null`.
    pub fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(Field<'_>) -> Result<T, DataError>,
    ) -> Result<Option<T>, DataError> {
        match self.fields.iter().find(|(k, _)| k == key) {
            None
            | Some((
                _,
                Json {
                    value: Value::Null, ..
                },
            )) => Ok(None),
            Some((_, json)) => {
                let path = self.field.child_path(key);
                read(Field {
                    file: self.field.file,
                    json,
                    path: &path,
                })
                .map(Some)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Json, DataError> {
        parse("f.json", text)
    }

    #[test]
    fn parses_values_with_their_lines() {
        let json =
            read("{\n \"a\": [1, -2, true, null],\n \"b\": \"x\\\"\\u00e6\\ud83d\\ude00\\n\"\n}")
                .unwrap();
        let Value::Object(fields) = &json.value else {
            panic!()
        };
        assert_eq!(fields[0].0, "a");
        assert_eq!(fields[0].1.line, 2);
        assert_eq!(
            fields[0].1.value,
            Value::Array(vec![
                Json {
                    line: 2,
                    value: Value::Int(1)
                },
                Json {
                    line: 2,
                    value: Value::Int(-2)
                },
                Json {
                    line: 2,
                    value: Value::Bool(true)
                },
                Json {
                    line: 2,
                    value: Value::Null
                },
            ])
        );
        assert_eq!(
            fields[1].1,
            Json {
                line: 3,
                value: Value::Str("x\"æ😀\n".into())
            }
        );
    }

    #[test]
    fn syntax_errors_name_line_and_character() {
        for (text, line, fault) in [
            ("{\n \"a\": 1,\n}", 3, JsonFault::ExpectedKey),
            ("[1, 2", 1, JsonFault::ExpectedCommaOrBracket),
            ("{\"a\": 1.5}", 1, JsonFault::NotWhole),
            ("\"abc", 1, JsonFault::UnclosedString),
            ("[1] x", 1, JsonFault::TrailingText),
            ("", 1, JsonFault::EndsEarly),
            ("{\"a\" 1}", 1, JsonFault::ExpectedColon),
            ("[tru]", 1, JsonFault::ExpectedValue),
            // Issue 10, item 11: leading zeros, a lone or mismatched surrogate.
            ("[07]", 1, JsonFault::LeadingZero),
            ("[-]", 1, JsonFault::BadNumber),
            ("[\"\\ud83d\"]", 1, JsonFault::HalfSurrogate),
            ("[\"\\ud83d\\u0041\"]", 1, JsonFault::UnpairedSurrogate),
            ("[\"\\ude00\"]", 1, JsonFault::BadUnicodeEscape),
            // Strict JSON: no trailing comma in a list, no comments.
            ("[1,\n]", 2, JsonFault::ExpectedValue),
            ("{\n// merknad\n\"a\": 1}", 2, JsonFault::ExpectedKey),
        ] {
            let err = read(text).unwrap_err();
            assert_eq!(
                (err.file.as_str(), err.line),
                ("f.json", line),
                "{text}: {err:?}"
            );
            assert!(
                matches!(err.problem, Problem::Json { fault: f, .. } if f == fault),
                "{text}: {err:?}"
            );
        }
        assert!(matches!(
            read(&"[".repeat(100)).unwrap_err().problem,
            Problem::Json {
                fault: JsonFault::TooDeep,
                ..
            }
        ));
        // What stays valid: 0, -5, a proper surrogate pair.
        assert!(read("[0, -5, 10]").is_ok());
        let smiley = read("[\"\\ud83d\\ude00\"]").unwrap();
        assert_eq!(
            smiley.value,
            Value::Array(vec![Json {
                line: 1,
                value: Value::Str("😀".into())
            }])
        );
    }

    #[test]
    fn fields_name_their_path() {
        let json = read("{\"list\": [{\"id\": \"a\", \"n\": 3}, {\"id\": 7}]}").unwrap();
        let root = Field::root("f.json", &json);
        let ids = root.object(&["list"], |o| {
            o.required("list", |f| {
                f.list(|f| f.object(&["id", "n"], |o| o.required("id", |f| f.string())))
            })
        });
        let err = ids.unwrap_err();
        assert_eq!(err.column.as_deref(), Some("list[1].id"));
        assert_eq!(err.problem, Problem::WrongType(Form::Text));

        let unknown = root.object(&[], |_| Ok(())).unwrap_err();
        assert_eq!(unknown.column.as_deref(), Some("list"));
        let missing = root
            .object(&["list"], |o| o.required("other", |f| f.bool()))
            .unwrap_err();
        assert_eq!(
            missing.problem,
            Problem::MissingField {
                key: "other".into()
            }
        );
        let too_big = read("300").unwrap();
        assert_eq!(
            Field::root("f.json", &too_big)
                .int::<u8>()
                .unwrap_err()
                .problem,
            Problem::NumberOutOfRange
        );
        assert_eq!(Field::root("f.json", &too_big).int::<u32>().unwrap(), 300);
    }
}

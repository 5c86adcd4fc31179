//! A small JSON reader for the data files (`codebook.json`, `dataset.json`): every value keeps
//! its line, and reading a field names its path (`questions[3].items[0].id`) when it is missing
//! or of the wrong kind. Numbers are whole numbers only, which is all the formats use.
//! (Hand-written instead of serde's derive: the page's wasm is about 10 KB gzip smaller.)

use super::error::{DataError, ErrorKind};

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
        return Err(parser.error("uventet tekst etter slutten av dokumentet"));
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
    fn error(&self, message: &str) -> DataError {
        let column = self.pos.saturating_sub(self.column_start) + 1;
        DataError::new(
            self.file,
            self.line,
            ErrorKind::Syntax,
            format!("ugyldig JSON (tegn {column}): {message}"),
        )
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
            Err(self.error("forventet en verdi"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, DataError> {
        if depth > MAX_DEPTH {
            return Err(self.error("for dypt nøstet"));
        }
        self.space();
        let line = self.line;
        let value = match self.bytes.get(self.pos) {
            None => return Err(self.error("filen slutter for tidlig")),
            Some(b'{') => {
                self.pos += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.space();
                        if self.bytes.get(self.pos) != Some(&b'"') {
                            return Err(self.error("forventet et feltnavn i anførselstegn"));
                        }
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return Err(self.error("forventet «:»"));
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return Err(self.error("forventet «,» eller «}»"));
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
                            return Err(self.error("forventet «,» eller «]»"));
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
            Some(_) => return Err(self.error("forventet en verdi")),
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
        // JSON allows no leading zeros («07»), and a number needs a digit («-»).
        if self.pos == digits_start
            || (self.bytes[digits_start] == b'0' && self.pos - digits_start > 1)
        {
            return Err(self.error("ugyldig tall (ingen innledende nuller)"));
        }
        if matches!(self.bytes.get(self.pos), Some(b'.' | b'e' | b'E')) {
            return Err(self.error("bare hele tall er tillatt"));
        }
        std::str::from_utf8(&self.bytes[start..self.pos])
            .ok()
            .and_then(|digits| digits.parse().ok())
            .map(Value::Int)
            .ok_or_else(|| self.error("ugyldig tall"))
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String, DataError> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Err(self.error("tekst uten avsluttende anførselstegn"));
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
                        _ => return Err(self.error("ugyldig escape-sekvens")),
                    };
                    let mut buffer = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
                b'\n' | 0..=0x1f => return Err(self.error("linjeskift eller kontrolltegn i tekst")),
                _ => out.push(b),
            }
        }
        // The input is a &str and escapes are written as UTF-8, so this cannot fail.
        String::from_utf8(out).map_err(|_| self.error("ugyldig UTF-8"))
    }

    fn hex4(&mut self) -> Result<u32, DataError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok());
        let value = digits
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("ugyldig \\u-escape"))?;
        self.pos += 4;
        Ok(value)
    }

    /// `\uXXXX`, or a surrogate pair `\uD8xx\uDCxx`; a lone or mismatched surrogate is an error.
    fn unicode_escape(&mut self) -> Result<char, DataError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.error("ugyldig \\u-escape (halvt surrogatpar)"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("ugyldig \\u-escape (surrogatpar som ikke hører sammen)"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("ugyldig \\u-escape"))
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

    /// An error about this value: file, line, path and message.
    pub fn error(&self, kind: ErrorKind, message: impl Into<String>) -> DataError {
        let error = DataError::new(self.file, self.json.line, kind, message);
        if self.path.is_empty() {
            error
        } else {
            error.column(self.path)
        }
    }

    fn wrong_kind(&self, expected: &str) -> DataError {
        self.error(ErrorKind::WrongType, format!("forventet {expected}"))
    }

    pub fn string(&self) -> Result<String, DataError> {
        match &self.json.value {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(self.wrong_kind("tekst")),
        }
    }

    pub fn bool(&self) -> Result<bool, DataError> {
        match self.json.value {
            Value::Bool(b) => Ok(b),
            _ => Err(self.wrong_kind("true eller false")),
        }
    }

    /// A whole number that fits `T`.
    pub fn int<T: TryFrom<i64>>(&self) -> Result<T, DataError> {
        match self.json.value {
            Value::Int(n) => T::try_from(n).map_err(|_| {
                self.error(ErrorKind::InvalidValue, "tallet er utenfor tillatt område")
                    .value(n.to_string())
            }),
            _ => Err(self.wrong_kind("et helt tall")),
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
            _ => Err(self.wrong_kind("en liste")),
        }
    }

    /// Reads an object whose only fields are `known`, with `read`.
    pub fn object<T>(
        &self,
        known: &[&str],
        read: impl FnOnce(&Object<'_>) -> Result<T, DataError>,
    ) -> Result<T, DataError> {
        let Value::Object(fields) = &self.json.value else {
            return Err(self.wrong_kind("et objekt"));
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
            .error(
                ErrorKind::UnknownColumn,
                format!("ukjent felt; tillatt er {}", known.join(", ")),
            ));
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
            None => Err(self
                .field
                .error(ErrorKind::MissingColumn, format!("mangler feltet «{key}»"))),
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
        for (text, line, message) in [
            ("{\n \"a\": 1,\n}", 3, "feltnavn"),
            ("[1, 2", 1, "«,» eller «]»"),
            ("{\"a\": 1.5}", 1, "hele tall"),
            ("\"abc", 1, "avsluttende"),
            ("[1] x", 1, "etter slutten"),
            ("", 1, "for tidlig"),
            ("{\"a\" 1}", 1, "«:»"),
            ("[tru]", 1, "en verdi"),
            // Issue 10, item 11: leading zeros, a lone or mismatched surrogate.
            ("[07]", 1, "innledende nuller"),
            ("[-]", 1, "ugyldig tall"),
            ("[\"\\ud83d\"]", 1, "halvt surrogatpar"),
            ("[\"\\ud83d\\u0041\"]", 1, "hører sammen"),
            ("[\"\\ude00\"]", 1, "\\u-escape"),
            // Strict JSON: no trailing comma in a list, no comments.
            ("[1,\n]", 2, "en verdi"),
            ("{\n// merknad\n\"a\": 1}", 2, "feltnavn"),
        ] {
            let err = read(text).unwrap_err();
            assert_eq!(
                (err.file.as_str(), err.line),
                ("f.json", line),
                "{text}: {err}"
            );
            assert!(err.message.contains(message), "{text}: {err}");
        }
        assert!(read(&"[".repeat(100)).unwrap_err().message.contains("dypt"));
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
        assert!(err.message.contains("forventet tekst"));

        let unknown = root.object(&[], |_| Ok(())).unwrap_err();
        assert_eq!(unknown.column.as_deref(), Some("list"));
        let missing = root
            .object(&["list"], |o| o.required("other", |f| f.bool()))
            .unwrap_err();
        assert!(missing.message.contains("mangler feltet «other»"));
        let too_big = read("300").unwrap();
        assert!(Field::root("f.json", &too_big)
            .int::<u8>()
            .unwrap_err()
            .message
            .contains("utenfor"));
        assert_eq!(Field::root("f.json", &too_big).int::<u32>().unwrap(), 300);
    }
}

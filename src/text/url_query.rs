//! Percent-encoding and decoding of URL query strings (application/x-www-form-urlencoded).

/// Splits `a=1&b=x%20y` into decoded (key, value) pairs, as the browser's `URLSearchParams`
/// does: one leading `?` is ignored, `+` is a space, malformed escapes are kept as they are
/// and invalid UTF-8 becomes U+FFFD.
pub fn parse_pairs(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(key), decode(value))
        })
        .collect()
}

pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Encodes a value for a query string; keeps letters, digits, `-_.~` and the comma that
/// separates list values readable.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Joins query strings, leaving out empty ones.
pub fn join_queries(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_queries_without_empty_parts() {
        assert_eq!(join_queries(&["", "a=1", "", "b=2"]), "a=1&b=2");
        assert_eq!(join_queries(&["", ""]), "");
    }

    #[test]
    fn round_trips_norwegian_letters() {
        assert_eq!(encode("Østlandet"), "%C3%98stlandet");
        assert_eq!(decode("%C3%98stlandet"), "Østlandet");
        assert_eq!(decode("Nord+Norge"), "Nord Norge");
        assert_eq!(decode("%E2%9C%93"), "✓");
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(decode("50%"), "50%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn splits_pairs() {
        assert_eq!(
            parse_pairs("?type=kommune&size=small,large&&flag"),
            [
                ("type".into(), "kommune".into()),
                ("size".into(), "small,large".into()),
                ("flag".into(), String::new())
            ]
        );
    }
}

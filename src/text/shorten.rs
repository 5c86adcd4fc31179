//! Cutting a quoted text short: a value from a URL or a data file is quoted in a note or a fault
//! up to a number of characters, then «…», so that a hostile or broken input cannot flood the
//! page (a 20 MB cell is quoted as its first 40 characters).

/// `text` cut to at most `most` characters (never inside a character), with «…» when cut.
pub fn shortened(mut text: String, most: usize) -> String {
    if let Some((cut, _)) = text.char_indices().nth(most) {
        text.truncate(cut);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_after_whole_characters() {
        assert_eq!(shortened("abc".into(), 3), "abc");
        assert_eq!(shortened("abcd".into(), 3), "abc…");
        assert_eq!(shortened("æøåæ".into(), 2), "æø…");
        assert_eq!(shortened(String::new(), 0), "");
        assert_eq!(shortened("x".repeat(20_000_000), 40).chars().count(), 41);
    }
}

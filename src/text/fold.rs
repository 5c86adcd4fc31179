//! Folding names for matching them the way people type them (the search, and names in URLs).

/// Lower case, with æ/ø/å and Sami and other diacritics folded to ASCII, so that «Bærum»,
/// «baerum» and «BARUM» all meet.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(lower_char) {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' => out.push('o'),
            'å' | 'á' | 'à' | 'â' => out.push('a'),
            'č' | 'ç' => out.push('c'),
            'đ' => out.push('d'),
            'ŋ' | 'ñ' => out.push('n'),
            'š' => out.push('s'),
            'ŧ' => out.push('t'),
            'ž' => out.push('z'),
            'é' | 'è' | 'ê' => out.push('e'),
            'ü' | 'ú' => out.push('u'),
            'ï' | 'í' => out.push('i'),
            '-' | '–' | '/' | '.' | '(' | ')' => out.push(' '),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lower case of the letters of Norwegian, the Sami languages and the other languages of
/// Latin-1 and Latin Extended-A; any other character as it is. (The standard library's
/// `to_lowercase` would bring Unicode's whole case tables into the page's wasm.)
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

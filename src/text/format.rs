//! Norwegian number formatting: decimal comma, narrow no-break space between thousands,
//! no-break space before the percent sign («62,5 %», «5 258 317»).

/// Narrow no-break space (U+202F), between groups of thousands.
pub const THOUSANDS_SEPARATOR: char = '\u{202f}';
/// No-break space (U+00A0), between a number and «%».
pub const NBSP: char = '\u{a0}';

/// Rounds half away from zero at `decimals` places, robust to binary noise such as
/// 0.885 * 100 = 88.49999999999999.
fn round_scaled(value: f64, decimals: usize) -> i64 {
    let scaled = value * 10f64.powi(decimals as i32);
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() as i64
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(THOUSANDS_SEPARATOR);
        }
        out.push(c);
    }
    out
}

/// «5 258 317»; negative numbers with a minus sign (U+2212).
pub fn format_integer(value: i64) -> String {
    let sign = if value < 0 { "\u{2212}" } else { "" };
    format!(
        "{sign}{}",
        group_thousands(&value.unsigned_abs().to_string())
    )
}

/// `value` rounded at `decimals` places, with `minus` before negative numbers, the whole part
/// passed through `whole`, and a decimal comma. `None` for NaN and infinities.
fn format_fixed(
    value: f64,
    decimals: usize,
    minus: &str,
    whole: impl Fn(String) -> String,
) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let rounded = round_scaled(value, decimals);
    let sign = if rounded < 0 { minus } else { "" };
    let magnitude = rounded.unsigned_abs();
    let factor = 10u64.pow(decimals as u32);
    let whole = whole((magnitude / factor).to_string());
    Some(if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole},{:0width$}",
            magnitude % factor,
            width = decimals
        )
    })
}

/// «1 234,5» with exactly `decimals` decimals.
pub fn format_decimal(value: f64, decimals: usize) -> String {
    format_fixed(value, decimals, "\u{2212}", |w| group_thousands(&w))
        .unwrap_or_else(|| "–".to_string())
}

/// «0,1234»: exactly `decimals` decimals, decimal comma, ASCII minus and no grouping, for
/// machine-readable files such as the CSV download.
pub fn format_decimal_plain(value: f64, decimals: usize) -> String {
    format_fixed(value, decimals, "-", |w| w).unwrap_or_default()
}

/// A share (0–1) as a percentage: `format_percent(0.625, 1)` = «62,5 %».
pub fn format_percent(share: f64, decimals: usize) -> String {
    format!("{}{NBSP}%", format_decimal(share * 100.0, decimals))
}

/// A percentage interval: «53–69 %».
pub fn format_percent_range(lower: f64, upper: f64, decimals: usize) -> String {
    format!(
        "{}–{}{NBSP}%",
        format_decimal(lower * 100.0, decimals),
        format_decimal(upper * 100.0, decimals)
    )
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

/// The upper case, for the same letters as [`lower_char`].
pub fn upper_char(c: char) -> char {
    let u = c as u32;
    let upper = match u {
        0x61..=0x7A => u - 0x20,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0xFF => 0x178,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 1 => u - 1,
        0x13A..=0x148 | 0x17A..=0x17E if u.is_multiple_of(2) => u - 1,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// The text in lower case (see [`lower_char`]).
pub fn to_lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// The text with its first letter in upper case (`upper`) or lower case.
pub fn with_first_letter(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => {
            let mut out = String::with_capacity(text.len());
            out.push(if upper { upper_char(c) } else { lower_char(c) });
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_of_latin_letters_equals_the_standard_library() {
        // Characters whose case is not a single character of Latin-1/Extended-A are left out:
        // µ, ß, İ, ı, ŉ, ſ.
        let skip = [0xB5, 0xDF, 0x130, 0x131, 0x149, 0x17F];
        for u in (0..=0x17F).filter(|u| !skip.contains(u)) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(
                lower_char(c).to_string(),
                c.to_lowercase().to_string(),
                "lower of U+{u:04X}"
            );
            assert_eq!(
                upper_char(c).to_string(),
                c.to_uppercase().to_string(),
                "upper of U+{u:04X}"
            );
        }
        assert_eq!(to_lower("ÆØÅ ČĐŊŠŦŽ Ÿ"), "æøå čđŋšŧž ÿ");
        assert_eq!(with_first_letter("økt kvalitet", true), "Økt kvalitet");
        assert_eq!(with_first_letter("Store kommuner", false), "store kommuner");
    }

    #[test]
    fn percent_with_comma_and_nbsp() {
        assert_eq!(format_percent(0.625, 1), "62,5\u{a0}%");
        assert_eq!(format_percent(0.885, 0), "89\u{a0}%");
        assert_eq!(format_percent(0.0, 1), "0,0\u{a0}%");
        assert_eq!(format_percent(1.0, 0), "100\u{a0}%");
        assert_eq!(format_percent(13.0 / 14.0, 1), "92,9\u{a0}%");
    }

    #[test]
    fn thousands_use_narrow_no_break_space() {
        assert_eq!(format_integer(5_258_317), "5\u{202f}258\u{202f}317");
        assert_eq!(format_integer(201), "201");
        assert_eq!(format_integer(5000), "5\u{202f}000");
        assert_eq!(format_integer(-1234), "\u{2212}1\u{202f}234");
        assert_eq!(format_decimal(1234.56, 1), "1\u{202f}234,6");
        assert_eq!(format_decimal(-0.04, 1), "0,0");
    }

    #[test]
    fn lists_and_first_letters() {
        assert_eq!(with_first_letter("store kommuner", true), "Store kommuner");
        assert_eq!(with_first_letter("Østlandet", false), "østlandet");
        assert_eq!(with_first_letter("", true), "");
    }

    #[test]
    fn ranges_and_non_finite() {
        assert_eq!(format_percent_range(0.53, 0.69, 0), "53–69\u{a0}%");
        assert_eq!(format_decimal(f64::NAN, 1), "–");
    }

    #[test]
    fn plain_decimals_for_files() {
        assert_eq!(format_decimal_plain(0.8846, 4), "0,8846");
        assert_eq!(format_decimal_plain(0.88464, 4), "0,8846");
        assert_eq!(format_decimal_plain(0.88465, 4), "0,8847");
        assert_eq!(format_decimal_plain(1.0, 4), "1,0000");
        assert_eq!(format_decimal_plain(0.0, 4), "0,0000");
        assert_eq!(format_decimal_plain(-0.05, 1), "-0,1");
        assert_eq!(format_decimal_plain(12345.6, 0), "12346");
        assert_eq!(format_decimal_plain(f64::NAN, 4), "");
    }
}

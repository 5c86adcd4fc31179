//! Number formatting in each language's form: Norwegian (bokmål and nynorsk) with a decimal
//! comma, a narrow no-break space between thousands and a no-break space before the percent
//! sign («62,5 %», «5 258 317»); English with a decimal point, commas between thousands and no
//! space («62.5%», «5,258,317»). The functions without a style use the page's, [`STYLE`].

/// Narrow no-break space (U+202F), between groups of thousands in Norwegian.
pub const THOUSANDS_SEPARATOR: char = '\u{202f}';
/// No-break space (U+00A0), between a number and «%» in Norwegian.
pub const NBSP: char = '\u{a0}';

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberStyle {
    /// Bokmål and nynorsk: «1 234,5», «88 %».
    Norwegian,
    /// «1,234.5», «88%».
    English,
}

impl NumberStyle {
    /// Between groups of thousands.
    pub const fn thousands_separator(self) -> char {
        match self {
            NumberStyle::Norwegian => THOUSANDS_SEPARATOR,
            NumberStyle::English => ',',
        }
    }

    /// Between the whole part and the decimals.
    pub const fn decimal_separator(self) -> char {
        match self {
            NumberStyle::Norwegian => ',',
            NumberStyle::English => '.',
        }
    }

    /// Between a number and «%».
    pub const fn percent_space(self) -> &'static str {
        match self {
            NumberStyle::Norwegian => "\u{a0}",
            NumberStyle::English => "",
        }
    }
}

/// The style of the language the page is built in (English with the cargo feature `lang-en`).
pub const STYLE: NumberStyle = if cfg!(feature = "lang-en") {
    NumberStyle::English
} else {
    NumberStyle::Norwegian
};

/// Rounds half away from zero at `decimals` places, robust to binary noise such as
/// 0.885 * 100 = 88.49999999999999.
fn round_scaled(value: f64, decimals: usize) -> i64 {
    let scaled = value * 10f64.powi(decimals as i32);
    let nudged = scaled + scaled.signum() * 1e-9 * scaled.abs().max(1.0);
    nudged.round() as i64
}

fn group_thousands(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// «5 258 317»; negative numbers with a minus sign (U+2212).
pub fn format_integer(value: i64) -> String {
    format_integer_in(STYLE, value)
}

/// [`format_integer`] in `style`: «5 258 317» or «5,258,317».
pub fn format_integer_in(style: NumberStyle, value: i64) -> String {
    let sign = if value < 0 { "\u{2212}" } else { "" };
    format!(
        "{sign}{}",
        group_thousands(
            &value.unsigned_abs().to_string(),
            style.thousands_separator()
        )
    )
}

/// `value` rounded at `decimals` places, with `minus` before negative numbers, the whole part
/// passed through `whole`, and `point` before the decimals. `None` for NaN and infinities.
fn format_fixed(
    value: f64,
    decimals: usize,
    minus: &str,
    point: char,
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
            "{sign}{whole}{point}{:0width$}",
            magnitude % factor,
            width = decimals
        )
    })
}

/// «1 234,5» with exactly `decimals` decimals.
pub fn format_decimal(value: f64, decimals: usize) -> String {
    format_decimal_in(STYLE, value, decimals)
}

/// [`format_decimal`] in `style`: «1 234,5» or «1,234.5».
pub fn format_decimal_in(style: NumberStyle, value: f64, decimals: usize) -> String {
    let separator = style.thousands_separator();
    format_fixed(
        value,
        decimals,
        "\u{2212}",
        style.decimal_separator(),
        |w| group_thousands(&w, separator),
    )
    .unwrap_or_else(|| "–".to_string())
}

/// «0,1234»: exactly `decimals` decimals, decimal comma, ASCII minus and no grouping, for
/// machine-readable files such as the CSV download.
pub fn format_decimal_plain(value: f64, decimals: usize) -> String {
    format_decimal_plain_in(STYLE, value, decimals)
}

/// [`format_decimal_plain`] in `style`: «0,1234» or «0.1234».
pub fn format_decimal_plain_in(style: NumberStyle, value: f64, decimals: usize) -> String {
    format_fixed(value, decimals, "-", style.decimal_separator(), |w| w).unwrap_or_default()
}

/// A share (0–1) as a percentage: `format_percent(0.625, 1)` = «62,5 %».
pub fn format_percent(share: f64, decimals: usize) -> String {
    format_percent_in(STYLE, share, decimals)
}

/// [`format_percent`] in `style`: «62,5 %» or «62.5%».
pub fn format_percent_in(style: NumberStyle, share: f64, decimals: usize) -> String {
    format!(
        "{}{}%",
        format_decimal_in(style, share * 100.0, decimals),
        style.percent_space()
    )
}

/// A percentage interval: «53–69 %».
pub fn format_percent_range(lower: f64, upper: f64, decimals: usize) -> String {
    format_percent_range_in(STYLE, lower, upper, decimals)
}

/// [`format_percent_range`] in `style`: «53–69 %» or «53–69%».
pub fn format_percent_range_in(
    style: NumberStyle,
    lower: f64,
    upper: f64,
    decimals: usize,
) -> String {
    format!(
        "{}–{}{}%",
        format_decimal_in(style, lower * 100.0, decimals),
        format_decimal_in(style, upper * 100.0, decimals),
        style.percent_space()
    )
}

pub use super::fold::lower_char;

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
    fn english_numbers_use_a_point_commas_and_no_space_before_percent() {
        use NumberStyle::English;
        assert_eq!(format_integer_in(English, 5_258_317), "5,258,317");
        assert_eq!(format_integer_in(English, 999), "999");
        assert_eq!(format_integer_in(English, -1234), "\u{2212}1,234");
        assert_eq!(format_decimal_in(English, 1234.56, 1), "1,234.6");
        assert_eq!(format_decimal_in(English, 0.885 * 100.0, 0), "89");
        assert_eq!(format_percent_in(English, 0.625, 1), "62.5%");
        assert_eq!(format_percent_in(English, 13.0 / 14.0, 0), "93%");
        assert_eq!(format_percent_range_in(English, 0.53, 0.69, 0), "53–69%");
        assert_eq!(format_decimal_plain_in(English, 0.88465, 4), "0.8847");
        assert_eq!(format_decimal_plain_in(English, 12345.6, 1), "12345.6");
        // The page's own style is Norwegian, as the functions without a style say.
        assert_eq!(format_percent_in(STYLE, 0.625, 1), format_percent(0.625, 1));
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

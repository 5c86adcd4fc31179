//! Colours for charts in light and dark mode. Every series colour has at least 3:1 contrast
//! against its background (WCAG 1.4.11), checked by a test; series are also told apart by
//! patterns (aria decals) and direct labels, never by colour alone.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub background: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub grid_line: &'static str,
    pub series: [&'static str; 6],
}

pub const LIGHT: Palette = Palette {
    background: "#ffffff",
    text: "#1a1a1a",
    muted: "#4a4a4a",
    grid_line: "#d0d0d0",
    series: [
        "#1f5fa8", "#b34700", "#2e7d32", "#7b3fa0", "#a0174d", "#00687a",
    ],
};

pub const DARK: Palette = Palette {
    background: "#121417",
    text: "#eceff3",
    muted: "#b9c0c8",
    grid_line: "#3a3f47",
    series: [
        "#7fb3ff", "#ffab70", "#7fd08a", "#d3a2f0", "#ff8fb8", "#5fd4e6",
    ],
};

pub fn palette(dark: bool) -> &'static Palette {
    if dark {
        &DARK
    } else {
        &LIGHT
    }
}

/// WCAG relative luminance of `#rrggbb`.
pub fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v =
            u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("hex colour") as f64 / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_contrast_values() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
    }

    #[test]
    fn marks_and_text_have_enough_contrast() {
        for p in [LIGHT, DARK] {
            for colour in p.series {
                assert!(
                    contrast(colour, p.background) >= 3.0,
                    "{colour} on {}",
                    p.background
                );
            }
            assert!(contrast(p.text, p.background) >= 4.5);
            assert!(contrast(p.muted, p.background) >= 4.5);
        }
    }
}

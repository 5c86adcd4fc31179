//! Every user-facing word lives in `src/wording/` (issue 11): a scan of the string literals in
//! the page's other layers finds no Norwegian text. A literal counts as text when it has a
//! letter of æ/ø/å, a word that the wording module uses (outside the short list of ids that
//! are also words, like `kommune` in a URL), or reads like a sentence (a capital letter and a
//! space). Ids, paths, CSS selectors and HTML tags are left alone. The tools beside the page
//! (`src/bin`, the demo generator in `src/demo`) speak to developers and are not scanned.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod common;
use common::rust_files;

/// The page's layers other than wording.
const SCANNED: [&str; 7] = ["text", "data", "stats", "state", "model", "render", "app"];

/// Words that are also ids: URL values, CSS classes and anchors, column names.
const ID_WORDS: [&str; 25] = [
    "auto",
    "true",
    "false",
    "alle",
    "data",
    "fylke",
    "fylker",
    "fylkeskommune",
    "kommune",
    "landsdel",
    "type",
    "csv",
    "svg",
    "png",
    "min",
    "bygg",
    "inn",
    "kode",
    "tittel",
    "utvalg",
    "utvalget",
    "dataene",
    "figur",
    "tabell",
    "description",
];

/// Literals that look like text but are names the browser or a format defines.
const NAMES: [&str; 4] = ["Enter", "Escape", "True", "False"];

/// The string literals of a Rust file, without its test modules and comments.
fn literals(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    // Braces of the test module being skipped (0: not in one); a test attribute seen.
    let mut test_depth = 0usize;
    let mut test_pending = false;
    let mut i = 0;
    while i < chars.len() {
        let ahead = |j: usize, n: usize| chars[j..].iter().take(n).collect::<String>();
        let mut literal = None;
        let start_of_literal = i;
        if ahead(i, 2) == "//" {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if ahead(i, 2) == "/*" {
            while i + 1 < chars.len() && ahead(i, 2) != "*/" {
                i += 1;
            }
            i += 2;
        } else if ahead(i, 12) == "#[cfg(test)]" {
            test_pending = true;
            i += 12;
        } else if chars[i] == '{' {
            if test_pending {
                test_pending = false;
                test_depth = 1;
            } else if test_depth > 0 {
                test_depth += 1;
            }
            i += 1;
        } else if chars[i] == '}' {
            test_depth = test_depth.saturating_sub(1);
            i += 1;
        } else if chars[i] == 'r'
            && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
            && matches!(chars.get(i + 1), Some('"' | '#'))
        {
            let mut j = i + 1;
            while chars[j] == '#' {
                j += 1;
            }
            if chars[j] != '"' {
                i += 1;
                continue;
            }
            let end: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', j - i - 1))
                .collect();
            let start = j + 1;
            let mut k = start;
            while ahead(k, end.len()) != end {
                k += 1;
            }
            literal = Some(chars[start..k].iter().collect::<String>());
            i = k + end.len();
        } else if chars[i] == '\'' {
            // A char literal ('"', '\'', '\n') or a lifetime.
            if chars.get(i + 1) == Some(&'\\') {
                i += 4;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
            }
        } else if chars[i] == '"' {
            let mut j = i + 1;
            let mut s = String::new();
            while chars[j] != '"' {
                if chars[j] == '\\' {
                    s.push(' ');
                    j += 2;
                } else {
                    s.push(chars[j]);
                    j += 1;
                }
            }
            literal = Some(s);
            i = j + 1;
        } else {
            i += 1;
        }
        if let Some(literal) = literal {
            if test_depth == 0 && !test_pending && !is_developer_message(&chars[..start_of_literal])
            {
                out.push(literal);
            }
        }
    }
    out
}

/// Whether the code before a literal makes it a message to developers: a panic's, an
/// `expect`'s or a console line's.
fn is_developer_message(before: &[char]) -> bool {
    let before: String = before
        .iter()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let before = before.trim_end();
    [
        "expect(",
        "panic!(",
        "unreachable!(",
        "console::error_1(",
        "console::warn_1(",
    ]
    .iter()
    .any(|call| before.ends_with(call))
        || before.ends_with("JsValue::from_str(")
        // A promise's rejection (ECharts or the map script could not load).
        || before.ends_with("reject.call1(&JsValue::NULL, &")
        || before.ends_with("Promise::reject(&")
}

/// The text a literal shows: without HTML tags and format placeholders.
fn shown_text(literal: &str) -> String {
    let mut out = String::new();
    let mut depth_tag = false;
    let mut depth_brace = 0;
    for c in literal.chars() {
        match c {
            '<' => depth_tag = true,
            '>' if depth_tag => depth_tag = false,
            '{' => depth_brace += 1,
            '}' if depth_brace > 0 => depth_brace -= 1,
            _ if depth_tag || depth_brace > 0 => {}
            c => out.push(c),
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
}

fn is_norwegian_letter(c: char) -> bool {
    "æøåÆØÅ".contains(c)
}

/// A stylesheet (selectors and declarations), as a `<style>` the page sends with the maps.
fn is_stylesheet(literal: &str) -> bool {
    literal.trim_start().starts_with(['.', ':', '#'])
        && literal.contains('{')
        && literal.trim_end().ends_with('}')
        && !literal.contains("content:")
}

/// Why `literal` reads as user-facing text, if it does.
fn reads_as_text(literal: &str, wording_words: &BTreeSet<String>) -> Option<String> {
    if is_stylesheet(literal) {
        return None;
    }
    let shown = shown_text(literal);
    let shown = shown.trim();
    if !shown.chars().any(char::is_alphabetic) || NAMES.contains(&shown) {
        return None;
    }
    if shown.chars().any(is_norwegian_letter) {
        return Some("æ/ø/å".into());
    }
    let id_like = !shown.contains(char::is_whitespace) && !shown.contains(char::is_uppercase);
    if id_like {
        return None;
    }
    let known: Vec<String> = words(shown)
        .filter(|w| wording_words.contains(w) && !ID_WORDS.contains(&w.as_str()))
        .collect();
    if !known.is_empty() {
        return Some(format!("words of the wording module: {}", known.join(", ")));
    }
    let sentence_like = shown.starts_with(char::is_uppercase) && shown.contains(' ');
    sentence_like.then(|| "a capital letter and a space".into())
}

fn files_of(layers: &[&str]) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for layer in layers {
        rust_files(&src.join(layer), &mut files);
    }
    files.sort();
    files
}

/// The words of the wording module's texts (not of its ids and paths): bokmål's, which every
/// language's module mirrors (nynorsk's «no» and «filter» are also English identifiers).
fn wording_words() -> BTreeSet<String> {
    let wording = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/wording");
    let mut files = vec![wording.join("nb.rs")];
    rust_files(&wording.join("nb"), &mut files);
    files
        .iter()
        .flat_map(|f| literals(&std::fs::read_to_string(f).unwrap()))
        .flat_map(|l| words(&shown_text(&l)).collect::<Vec<_>>())
        .collect()
}

#[test]
fn no_user_facing_text_outside_the_wording_module() {
    let known = wording_words();
    assert!(known.contains("kommunene") && known.contains("intervall"));
    let mut found = Vec::new();
    for file in files_of(&SCANNED) {
        for literal in literals(&std::fs::read_to_string(&file).unwrap()) {
            if let Some(why) = reads_as_text(&literal, &known) {
                found.push(format!("{}: «{literal}» ({why})", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "text outside src/wording/:\n{}",
        found.join("\n")
    );
}

/// The scan finds what it is for, and leaves ids and markup alone.
#[test]
fn the_scan_tells_text_from_ids() {
    let known = wording_words();
    for text in [
        "Stolpediagram. {}",
        "{}, 95 %-intervall {}",
        "<td>Kommuner</td>",
        "Ja",
        "kode 0 er reservert",
    ] {
        assert!(reads_as_text(text, &known).is_some(), "{text}");
    }
    for id in [
        "data-type",
        "<p class=\"kf-part\" data-type=\"{}\">",
        "kommune, fylkeskommune, alle",
        "li[data-index]",
        "../../data/kommuner_2017_til_2024.csv",
        "Enter",
        ".map-view{margin-top:0.75rem}.map-title{font-weight:600}",
    ] {
        assert_eq!(reads_as_text(id, &known), None, "{id}");
    }
    assert_eq!(
        literals(
            "let a = \"x\"; // \"comment\"\nlet b = r#\"y\"#; let c = '\"';\n\
             #[cfg(test)]\nmod tests { fn f() { \"z\"; } }\nconst D: &str = \"w\";"
        ),
        ["x", "y", "w"]
    );
}

//! The language rule is one rule (issue 22): the app's reading of `lang=`
//! (`PageOptions::from_query`) picks the language the page's loader starts
//! (`pageLanguage` in `scripts/post-build.mjs`), on the same cases
//! (`tests/lang_rule_cases.json`; the loader's side is checked in
//! `tests/browser/languages.test.mjs`). Every value that names no language gets a note.

use arbeidsgivermonitor::data::codebook::Language;
use arbeidsgivermonitor::state::page_options::{PageOptions, LANGUAGE_RULE};

#[test]
fn the_app_reads_lang_as_the_shared_cases_say() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("lang_rule_cases.json")).unwrap();
    let cases = cases["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    assert_eq!(LANGUAGE_RULE, Language::ALL.map(Language::code));
    for case in cases {
        let (search, code) = (case[0].as_str().unwrap(), case[1].as_str().unwrap());
        let query = search.strip_prefix('?').unwrap_or(search);
        let query = query.split('#').next().unwrap();
        let (options, _) = PageOptions::from_query(query, &["effekter"]);
        assert_eq!(
            Some(options.language),
            Language::from_code(code),
            "{search}"
        );
    }
}

#[test]
fn a_value_that_names_no_language_gets_a_note() {
    for query in [
        "lang=constructor",
        "lang=__proto__",
        "lang=EN",
        "lang=nn&lang=xx",
    ] {
        let (_, notes) = PageOptions::from_query(query, &["effekter"]);
        assert_eq!(notes.len(), 1, "{query}");
    }
    for query in ["lang=%20en", "lang=nn&lang=en"] {
        let (_, notes) = PageOptions::from_query(query, &["effekter"]);
        assert!(notes.is_empty(), "{query}");
    }
}

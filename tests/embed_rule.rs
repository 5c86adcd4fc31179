//! The embed rule is one rule: the app's reading of the options (`PageOptions::from_query`)
//! decides as `web/embed.js` does, on the same cases (`tests/embed_rule_cases.json`; the browser
//! side is checked in `tests/browser/embed.test.mjs`).

use arbeidsgivermonitor::state::page_options::PageOptions;

#[test]
fn the_app_reads_embed_as_the_shared_cases_say() {
    let cases: serde_json::Value =
        serde_json::from_str(include_str!("embed_rule_cases.json")).unwrap();
    let cases = cases["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for case in cases {
        let (search, embedded) = (case[0].as_str().unwrap(), case[1].as_bool().unwrap());
        let (options, _) = PageOptions::from_query(search, &["effekter"]);
        assert_eq!(options.embed, embedded, "{search}");
    }
}

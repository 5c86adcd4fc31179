//! The filter controls: every control in the HTML, what each does to the state, and that the
//! state they show is the state they make (for random states).

use arbeidsgivermonitor::render::filter_controls::{filter_controls_html, fylke_summary};
use arbeidsgivermonitor::state::view_state::{TypeChoice, ViewState};
use proptest::prelude::*;

mod common;
use common::data;

/// (type, name, value) of every control, read back from the HTML.
fn controls() -> Vec<(String, String, String)> {
    let html = filter_controls_html(data());
    html.split("<input ")
        .skip(1)
        .map(|rest| {
            let attr = |key: &str| {
                rest.split(&format!("{key}=\""))
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
                    .to_string()
            };
            (attr("type"), attr("name"), attr("value"))
        })
        .collect()
}

#[test]
fn every_choice_has_a_control() {
    let all = controls();
    let count = |name: &str| all.iter().filter(|(_, n, _)| n == name).count();
    assert_eq!(count("type"), 3);
    assert_eq!(count("size"), data().codebook.size_classes.len());
    assert_eq!(count("landsdel"), data().register.landsdeler().len());
    assert_eq!(count("fylke"), data().register.fylker().len());
    assert_eq!(count("split"), 5);
    assert!(all
        .iter()
        .all(|(kind, name, _)| (kind == "radio") == (name == "type" || name == "split")));
    let html = filter_controls_html(data());
    assert!(html.contains("<span>Hordaland (12)</span>"));
    assert!(html.contains("<h2 id=\"utvalg-tittel\">Velg utvalg</h2>"));
}

#[test]
fn controls_change_the_state_as_the_url_says() {
    let mut s = ViewState::default();
    s.apply_control(data(), "type", "kommune", true);
    s.apply_control(data(), "size", "large", true);
    s.apply_control(data(), "size", "small", true);
    s.apply_control(data(), "fylke", "12", true);
    s.apply_control(data(), "landsdel", "Vestlandet", true);
    s.apply_control(data(), "split", "landsdel", true);
    assert_eq!(
        s.to_query(),
        "type=kommune&size=large,small&fylke=12&landsdel=Vestlandet&split=landsdel"
    );
    s.apply_control(data(), "size", "small", false);
    s.apply_control(data(), "type", "fylkeskommune", false); // a radio turning off changes nothing
    s.apply_control(data(), "colour", "red", true);
    s.apply_control(data(), "type", "bydel", true);
    assert_eq!(
        s.to_query(),
        "type=kommune&size=large&fylke=12&landsdel=Vestlandet&split=landsdel"
    );
    assert_eq!(fylke_summary(&s), "Fylke (1 valgt)");
    assert_eq!(fylke_summary(&ViewState::default()), "Fylke");
}

#[test]
fn default_state_checks_both_types_and_split_by_type() {
    let s = ViewState::default();
    let checked: Vec<_> = controls()
        .into_iter()
        .filter(|(_, n, v)| s.is_checked(n, v))
        .map(|(_, n, v)| format!("{n}={v}"))
        .collect();
    assert_eq!(checked, ["type=alle", "split=type"]);
}

proptest! {
    /// Clicking every control that a random state shows as checked, starting from nothing,
    /// gives that state back; exactly one radio per group is checked.
    #[test]
    fn shown_state_is_the_state(mask in any::<u64>(), type_index in 0usize..3, split_index in 0usize..5) {
        let all = controls();
        let mut state = ViewState { types: TypeChoice::ALL[type_index], ..ViewState::default() };
        let checkboxes: Vec<_> = all.iter().filter(|(k, _, _)| k == "checkbox").collect();
        for (i, (_, name, value)) in checkboxes.iter().enumerate() {
            if mask >> (i % 64) & 1 == 1 {
                state.apply_control(data(), name, value, true);
            }
        }
        let splits: Vec<_> = all.iter().filter(|(_, n, _)| n == "split").collect();
        state.apply_control(data(), "split", &splits[split_index].2, true);

        let mut rebuilt = ViewState::default();
        for (_, name, value) in &all {
            if state.is_checked(name, value) {
                rebuilt.apply_control(data(), name, value, true);
            }
        }
        prop_assert_eq!(rebuilt.to_query(), state.to_query());
        for group in ["type", "split"] {
            prop_assert_eq!(all.iter().filter(|(_, n, v)| n == group && state.is_checked(n, v)).count(), 1);
        }
    }
}

/// Issue 25: the panel lists every answer column once (the question list, and «Svar på …»);
/// a question's answers come as checkboxes when it is chosen, each worked by `apply_control`.
#[test]
fn answer_controls() {
    use arbeidsgivermonitor::render::filter_controls::answer_codes_html;
    let d = data();
    let html = filter_controls_html(d);
    let columns = d.responses.columns.len();
    assert_eq!(html.matches("<option value=\"svar:").count(), columns);
    assert_eq!(
        html.matches("<option value=\"").count(),
        2 * (columns + 1),
        "two lists, each with its «none»"
    );
    assert!(!html.contains("name=\"svar\""));
    let index = d
        .responses
        .column_index(&arbeidsgivermonitor::data::codebook::ColumnId::parse(
            "ikt_strategi",
        ))
        .unwrap();
    let answers = answer_codes_html(d, index);
    assert!(answers.starts_with("<div class=\"answer-codes\" data-answers=\"ikt_strategi\" role=\"group\" aria-label=\"Har dere en IKT-/digitaliseringsstrategi?\">"));
    let values: Vec<&str> = answers
        .split("value=\"")
        .skip(1)
        .map(|v| &v[..v.find('"').unwrap()])
        .collect();
    assert_eq!(
        values,
        [
            "ikt_strategi:1",
            "ikt_strategi:2",
            "ikt_strategi:3",
            "ikt_strategi:4",
            "ikt_strategi:5",
            "ikt_strategi:9"
        ]
    );
    assert!(answers.contains("<span>Ja, politisk vedtatt</span>"));
    let mut state = ViewState::default();
    for value in &values[..2] {
        state.apply_control(d, "svar", value, true);
    }
    assert_eq!(state.to_query(), "svar=ikt_strategi:1,2");
    assert!(
        state.is_checked("svar", "ikt_strategi:2") && !state.is_checked("svar", "ikt_strategi:3")
    );
    state.apply_control(d, "svar", "ikt_strategi:1", false);
    state.apply_control(d, "svar", "ikt_strategi:2", false);
    assert_eq!(state.to_query(), "");
}

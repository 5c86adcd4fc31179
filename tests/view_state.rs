//! The URL form of the page state: round trips, defaults and notes for bad values.

use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::state::view_state::{
    answer_codes, MapLevel, Split, TypeChoice, ViewState,
};
use arbeidsgivermonitor::stats::aggregate::Grouping;
use arbeidsgivermonitor::wording::notes::{unknown_organisation, url_note};
use arbeidsgivermonitor::wording::selection;
use proptest::prelude::*;

mod common;
use common::data;

fn parse(query: &str) -> (ViewState, Vec<String>) {
    let (state, notes) = ViewState::from_query(query, data());
    (state, notes.iter().map(url_note).collect())
}

#[test]
fn default_view_is_both_types_side_by_side() {
    let (state, notes) = parse("");
    assert!(notes.is_empty());
    assert_eq!(state.types, TypeChoice::Both);
    assert_eq!(state.split(), Split::By(Grouping::Type));
    assert_eq!(state.to_query(), "");
    // One type alone is not split by default.
    let (state, _) = parse("type=kommune");
    assert_eq!(state.split(), Split::None);
    assert_eq!(
        state.filter().types.into_iter().collect::<Vec<_>>(),
        [OrgType::Kommune]
    );
}

#[test]
fn reads_every_parameter() {
    let (state, notes) = parse("?type=kommune&size=large,small&fylke=12,03&landsdel=%C3%98stlandet,Vestlandet&split=size&utm_source=x");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(state.types, TypeChoice::Kommune);
    assert_eq!(state.sizes.iter().collect::<Vec<_>>(), ["large", "small"]);
    assert_eq!(state.fylker.iter().collect::<Vec<_>>(), ["03", "12"]);
    assert_eq!(
        state.landsdeler.iter().collect::<Vec<_>>(),
        ["Vestlandet", "Østlandet"]
    );
    assert_eq!(state.split(), Split::By(Grouping::SizeClass));
    assert_eq!(
        state.to_query(),
        "type=kommune&size=large,small&fylke=03,12&landsdel=Vestlandet,%C3%98stlandet&split=size"
    );
}

#[test]
fn bad_values_are_dropped_with_a_note_and_good_ones_kept() {
    let (state, notes) =
        parse("type=bydel&size=huge,large&fylke=99,1,12&landsdel=Atlantis&split=colour&%ZZ=1");
    assert_eq!(state.types, TypeChoice::Both);
    assert_eq!(state.sizes.iter().collect::<Vec<_>>(), ["large"]);
    assert_eq!(state.fylker.iter().collect::<Vec<_>>(), ["12"]);
    assert!(state.landsdeler.is_empty());
    assert_eq!(state.split_choice, None);
    assert_eq!(notes.len(), 6, "{notes:?}");
    assert!(
        notes[0].contains("«bydel»") && notes[0].contains("«type»"),
        "{}",
        notes[0]
    );
    assert!(notes.iter().any(|n| n.contains("«99»")));
    assert!(notes
        .iter()
        .any(|n| n.contains("«Atlantis»") && n.contains("Nord-Norge")));
}

#[test]
fn landsdel_is_matched_regardless_of_case() {
    let (state, notes) = parse("landsdel=nord-norge");
    assert!(notes.is_empty());
    assert_eq!(state.landsdeler.iter().collect::<Vec<_>>(), ["Nord-Norge"]);
}

#[test]
fn describes_the_selection_in_words() {
    let (state, _) = parse("type=kommune&size=large&fylke=12&split=landsdel");
    assert_eq!(
        selection::described(&state, data()),
        "Kommuner; størrelse: store; fylke: Hordaland; sammenlignet etter landsdel"
    );
}

/// An answer condition on a random column with a random non-empty set of its codes.
fn arbitrary_answer() -> impl Strategy<Value = (usize, Vec<u8>)> {
    let columns = data().responses.columns.len();
    (0..columns, any::<u8>()).prop_map(|(index, mask)| {
        let codes = answer_codes(data(), index);
        let chosen: Vec<u8> = codes
            .iter()
            .enumerate()
            .filter(|(i, _)| mask >> i & 1 == 1)
            .map(|(_, c)| *c)
            .collect();
        (
            index,
            if chosen.is_empty() {
                vec![codes[0]]
            } else {
                chosen
            },
        )
    })
}

fn arbitrary_state() -> impl Strategy<Value = ViewState> {
    let types = prop_oneof![
        Just(TypeChoice::Both),
        Just(TypeChoice::Kommune),
        Just(TypeChoice::Fylkeskommune)
    ];
    let sizes = proptest::sample::subsequence(vec!["small", "medium", "large"], 0..=3);
    let fylker = proptest::sample::subsequence(vec!["01", "03", "12", "20"], 0..=4);
    let landsdeler = proptest::sample::subsequence(common::LANDSDELER.to_vec(), 0..=5);
    let columns = data().responses.columns.len();
    let answer_split = (0..columns).prop_map(|column| {
        Split::By(Grouping::Answer {
            column,
            name: arbeidsgivermonitor::text::intern::intern(
                &data().responses.columns[column].name(),
            ),
        })
    });
    let split = proptest::option::of(prop_oneof![
        proptest::sample::select(Split::CHOICES.to_vec()),
        answer_split
    ]);
    let map = proptest::option::of(proptest::sample::select(MapLevel::CHOICES.to_vec()));
    let answers = proptest::collection::vec(arbitrary_answer(), 0..3);
    (
        types,
        sizes,
        fylker,
        landsdeler,
        split,
        map,
        answers,
        any::<bool>(),
    )
        .prop_map(
            |(types, sizes, fylker, landsdeler, split_choice, map, answers, weighted)| {
                let mut state = ViewState {
                    types,
                    sizes: sizes.into_iter().map(String::from).collect(),
                    fylker: fylker.into_iter().map(String::from).collect(),
                    landsdeler: landsdeler.into_iter().map(String::from).collect(),
                    split_choice,
                    map,
                    answers: Vec::new(),
                    weighted,
                };
                for (index, codes) in answers {
                    if state.answers.iter().any(|a| a.index == index) {
                        continue;
                    }
                    let column = data().responses.columns[index].clone();
                    state.add_answer_filter(
                        index,
                        arbeidsgivermonitor::text::intern::intern(&column.name()),
                        codes.into_iter().collect(),
                    );
                }
                state
            },
        )
}

proptest! {
    /// A state survives the trip through its URL (up to an explicit default split).
    #[test]
    fn url_round_trip(state in arbitrary_state()) {
        let (back, notes) = ViewState::from_query(&state.to_query(), data());
        prop_assert!(notes.is_empty());
        prop_assert_eq!(back.split(), state.split());
        prop_assert_eq!(back.filter(), state.filter());
        prop_assert_eq!(back.to_query(), state.to_query());
        prop_assert_eq!(back.map, state.map);
    }

    /// Arbitrary query strings never panic.
    #[test]
    fn arbitrary_queries_never_panic(query in ".{0,200}") {
        let _ = ViewState::from_query(&query, data());
    }
}

/// Issue 10, item 8: a link with a hundred thousand bad values gives ten notes and a count,
/// each value quoted at most 40 characters, each distinct value once.
#[test]
fn url_notes_are_bounded() {
    let many: Vec<String> = (0..100_000).map(|i| format!("x{i}")).collect();
    let (state, notes) = parse(&format!("size={}", many.join(",")));
    assert_eq!(state, ViewState::default());
    assert_eq!(notes.len(), 11);
    assert_eq!(notes[10], "… og 99\u{202f}990 ukjente verdier til.");
    let (_, notes) = parse(&format!("size={}", "x,".repeat(100_000)));
    assert_eq!(notes.len(), 1, "one note per distinct value");
    let long = "<b>".repeat(200);
    let (_, notes) = parse(&format!("landsdel={long}"));
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].contains(&format!("«{}…»", &long[..40])),
        "{}",
        notes[0]
    );
    assert!(!notes[0].contains(&long[..41]));
    // Embed options and organisation routes quote values the same way.
    let (_, embed_notes) = arbitrary_embed_notes(&format!("embed=1&section={long}"));
    assert!(
        embed_notes[0].contains(&format!("«{}…»", &long[..40])),
        "{}",
        embed_notes[0]
    );
    let message = unknown_organisation(OrgType::Kommune, &long);
    assert!(unknown_organisation(OrgType::Kommune, "9999")
        .starts_with("Fant ingen kommune med nummer «9999»"));
    assert!(message.contains(&format!("«{}…»", &long[..40])) && !message.contains(&long[..41]));
    // Notes of the filters and of the embed options together stay within the limit.
    let (_, a) = ViewState::from_query(&format!("size={}", many[..8].join(",")), data());
    let (_, b) = ViewState::from_query(&format!("fylke={}", many[..8].join(",")), data());
    let joined = arbeidsgivermonitor::state::view_state::join_notes(a, b);
    assert_eq!(joined.len(), 11);
    assert_eq!(url_note(&joined[10]), "… og 6 ukjente verdier til.");
    // A list already cut keeps its count when joined.
    let (_, cut) = ViewState::from_query(&format!("size={}", many[..30].join(",")), data());
    let (_, one) = arbitrary_embed_notes_raw("embed=1&dark=maybe");
    let joined = arbeidsgivermonitor::state::view_state::join_notes(cut, one);
    assert_eq!(joined.len(), 11);
    assert_eq!(url_note(&joined[10]), "… og 21 ukjente verdier til.");
}

fn arbitrary_embed_notes_raw(
    query: &str,
) -> (
    arbeidsgivermonitor::state::page_options::PageOptions,
    Vec<arbeidsgivermonitor::state::view_state::UrlNote>,
) {
    arbeidsgivermonitor::state::page_options::PageOptions::from_query(query, &["kompetansebehov"])
}

fn arbitrary_embed_notes(
    query: &str,
) -> (
    arbeidsgivermonitor::state::page_options::PageOptions,
    Vec<String>,
) {
    let (options, notes) = arbeidsgivermonitor::state::page_options::PageOptions::from_query(
        query,
        &["kompetansebehov"],
    );
    (options, notes.iter().map(url_note).collect())
}

/// A click on a bar narrows the selection to that group (`ViewState::select_group`); the URL
/// says what it became.
#[test]
fn a_click_on_a_bar_selects_its_group() {
    use arbeidsgivermonitor::stats::aggregate::NO_SIZE_CLASS;
    for (query, grouping, key, expected) in [
        (
            "split=size&size=small,medium",
            Grouping::SizeClass,
            "large",
            "size=large&split=size",
        ),
        // The fylkeskommuner's bar in a comparison by size: fylkeskommuner alone.
        (
            "split=size&size=small",
            Grouping::SizeClass,
            NO_SIZE_CLASS,
            "type=fylkeskommune&split=size",
        ),
        (
            "split=landsdel&landsdel=Vestlandet",
            Grouping::Landsdel,
            "Nord-Norge",
            "landsdel=Nord-Norge&split=landsdel",
        ),
        ("split=fylke", Grouping::Fylke, "12", "fylke=12&split=fylke"),
        ("", Grouping::Type, "fylkeskommune", "type=fylkeskommune"),
        ("", Grouping::Type, "kommune", "type=kommune"),
    ] {
        let (mut state, _) = parse(query);
        state.select_group(&grouping, key);
        assert_eq!(state.to_query(), expected, "{query} + {key}");
    }
}

/// Issue 12: the map is chosen in the URL (`kart=fylke|kommune`), kept by «Nullstill», and an
/// unknown value gets a note.
#[test]
fn the_map_is_kept_in_the_url() {
    let (state, notes) = parse("type=kommune&kart=kommune");
    assert!(notes.is_empty());
    assert_eq!(state.map, Some(MapLevel::Kommune));
    assert_eq!(state.to_query(), "type=kommune&kart=kommune");
    assert!(!state.is_default());
    let reset = state.reset();
    assert!(reset.is_default());
    assert_eq!(reset.to_query(), "kart=kommune");
    let (state, notes) = parse("kart=fylker");
    assert_eq!(state.map, None);
    assert_eq!(
        notes,
        ["Verdien «fylker» for «kart» i nettadressen er ukjent og ble ignorert. Gyldige verdier: fylke, kommune."]
    );
}

/// Issue 25: answer conditions and a split by an answer in the URL, their chips and words.
#[test]
fn answer_conditions_and_answer_splits_in_the_url() {
    use arbeidsgivermonitor::model::selection_summary::active_filters;
    let query = "type=kommune&svar=ikt_strategi:1,2,3&svar=dig_prioritet:4,5";
    let (state, notes) = parse(query);
    assert!(notes.is_empty(), "{notes:?}");
    // Written sorted by column (the respondent file's order: dig_prioritet before ikt_strategi).
    assert_eq!(
        state.to_query(),
        "type=kommune&svar=dig_prioritet:4,5&svar=ikt_strategi:1,2,3"
    );
    let chips: Vec<String> = active_filters(data(), &state)
        .into_iter()
        .map(|c| c.label)
        .collect();
    assert_eq!(
        chips[1],
        "I hvilken grad er digitalisering prioritert av folkevalgt og administrativ ledelse? I ganske stor grad · I svært stor grad"
    );
    assert!(
        chips[2].starts_with("Har dere en IKT-/digitaliseringsstrategi? Ja, "),
        "{}",
        chips[2]
    );
    assert!(selection::described(&state, data()).contains("strategi? Ja, "));
    // Two conditions on one column hold together: the codes in common.
    let (state, _) = parse("svar=ikt_strategi:1,2,3&svar=ikt_strategi:3,4");
    assert_eq!(state.to_query(), "svar=ikt_strategi:3");
    // An item, and the split by an answer.
    let (state, notes) = parse("svar=komp_med.ikt:4,5&split=svar:ikt_strategi");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        state.to_query(),
        "svar=komp_med.ikt:4,5&split=svar:ikt_strategi"
    );
    assert!(matches!(
        state.split(),
        Split::By(Grouping::Answer { name, .. }) if name == "ikt_strategi"
    ));
    assert!(selection::described(&state, data())
        .ends_with("sammenlignet etter svaret på «Har dere en IKT-/digitaliseringsstrategi?»"));
    // A click on an answer's bar keeps only those who gave it.
    let mut clicked = state.clone();
    clicked.select_group(&state.grouping().unwrap(), "4");
    assert_eq!(
        clicked.to_query(),
        "svar=komp_med.ikt:4,5&svar=ikt_strategi:4&split=svar:ikt_strategi"
    );
}

#[test]
fn unknown_answer_columns_and_codes_get_the_bounded_note() {
    let (state, notes) = parse(
        "svar=finnes_ikke:1&svar=komp_med:4&svar=dig_prioritet:4,7,x&svar=ikt_strategi&split=svar:tull",
    );
    assert_eq!(state.to_query(), "svar=dig_prioritet:4");
    assert_eq!(notes.len(), 6, "{notes:#?}");
    assert!(notes[0].contains("«finnes_ikke:1»") && notes[0].contains("ikt_strategi:1,2"));
    // A question with items needs its item.
    assert!(notes[1].contains("«komp_med:4»"));
    assert!(notes[2].contains("«dig_prioritet:7»") && notes[2].contains("1, 2, 3, 4, 5, 9"));
    assert!(notes[3].contains("«dig_prioritet:x»"));
    assert!(notes[4].contains("«ikt_strategi»"));
    assert!(notes[5].contains("«svar:tull»") && notes[5].contains("svar:…"));
    // A hundred thousand conditions still give ten notes and a count.
    let many: Vec<String> = (0..100_000).map(|i| format!("svar=x{i}:1")).collect();
    let (_, notes) = parse(&many.join("&"));
    assert_eq!(notes.len(), 11);
}

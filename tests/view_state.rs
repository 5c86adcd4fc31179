//! The URL form of the page state: round trips, defaults and notes for bad values.

use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::state::view_state::{MapLevel, Split, TypeChoice, ViewState};
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

fn arbitrary_state() -> impl Strategy<Value = ViewState> {
    let types = prop_oneof![
        Just(TypeChoice::Both),
        Just(TypeChoice::Kommune),
        Just(TypeChoice::Fylkeskommune)
    ];
    let sizes = proptest::sample::subsequence(vec!["small", "medium", "large"], 0..=3);
    let fylker = proptest::sample::subsequence(vec!["01", "03", "12", "20"], 0..=4);
    let landsdeler = proptest::sample::subsequence(common::LANDSDELER.to_vec(), 0..=5);
    let split = proptest::option::of(proptest::sample::select(Split::CHOICES.to_vec()));
    let map = proptest::option::of(proptest::sample::select(MapLevel::CHOICES.to_vec()));
    (types, sizes, fylker, landsdeler, split, map).prop_map(
        |(types, sizes, fylker, landsdeler, split_choice, map)| ViewState {
            types,
            sizes: sizes.into_iter().map(String::from).collect(),
            fylker: fylker.into_iter().map(String::from).collect(),
            landsdeler: landsdeler.into_iter().map(String::from).collect(),
            split_choice,
            map,
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
        state.select_group(grouping, key);
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

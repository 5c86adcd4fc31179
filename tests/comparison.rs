//! «Sammenlign kommuner» (issue 24): the set in the URL, the comparison model against the
//! respondent file read here on its own, the table's test contract, the CSV and the sentence.

mod common;

use arbeidsgivermonitor::data::dataset::DataFiles;
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::model::comparison_view::{Answer, ComparisonView, ReferenceScope};
use arbeidsgivermonitor::render::comparison_csv::comparison_csv;
use arbeidsgivermonitor::render::comparison_html::comparison_question_html;
use arbeidsgivermonitor::render::comparison_text::question_sentence;
use arbeidsgivermonitor::state::comparison::{Compared, MAX_COMPARED};
use arbeidsgivermonitor::state::view_state::{UrlNote, Valid};
use common::data;
use proptest::prelude::*;
use std::collections::HashMap;

fn index(org_type: OrgType, id: &str) -> usize {
    data().register.position(org_type, id).unwrap()
}

/// The respondent file as written: (type, id) → column name → the cell's text.
fn respondent_cells() -> HashMap<(String, String), HashMap<String, String>> {
    let text = DataFiles::BUNDLED.respondents;
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            let row: HashMap<String, String> = head
                .iter()
                .zip(&cells)
                .map(|(h, c)| (h.to_string(), c.trim().to_string()))
                .collect();
            ((row["type"].clone(), row["id"].clone()), row)
        })
        .collect()
}

fn column_name(question: &str, item: Option<&str>) -> String {
    item.map_or_else(|| question.to_string(), |i| format!("{question}.{i}"))
}

#[test]
fn the_url_names_kommuner_then_fylkeskommuner() {
    let d = data();
    let (set, notes) =
        Compared::from_query("kommuner=1201,0301,1103&fylkeskommuner=12", &d.register).unwrap();
    assert_eq!(
        set.members,
        vec![
            index(OrgType::Kommune, "1201"),
            index(OrgType::Kommune, "0301"),
            index(OrgType::Kommune, "1103"),
            index(OrgType::Fylkeskommune, "12"),
        ]
    );
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        set.to_query(&d.register),
        "kommuner=1201,0301,1103&fylkeskommuner=12"
    );
    assert_eq!(Compared::from_query("type=kommune", &d.register), None);
    // Repeated keys, spaces and empty parts.
    let (again, _) = Compared::from_query(
        "kommuner=1201&kommuner=%200301,,&fylkeskommuner=",
        &d.register,
    )
    .unwrap();
    assert_eq!(again.to_query(&d.register), "kommuner=1201,0301");
}

#[test]
fn todays_numbers_and_names_resolve_as_the_search_does() {
    let d = data();
    let bergen = index(OrgType::Kommune, "1201");
    // Bergen's number since 2020; its name, in any case and without diacritics.
    for value in ["4601", "Bergen", "bergen", " BERGEN "] {
        let (set, notes) = Compared::from_query(&format!("kommuner={value}"), &d.register).unwrap();
        assert_eq!(set.members, vec![bergen], "{value}");
        assert!(notes.is_empty(), "{value}: {notes:?}");
    }
    // Today's Indre Fosen (5054) was Rissa and Leksvik in 2017: both.
    let (fosen, _) = Compared::from_query("kommuner=5054", &d.register).unwrap();
    let ids: Vec<&str> = fosen
        .members
        .iter()
        .map(|&i| d.register.organisations[i].id.as_str())
        .collect();
    assert_eq!(ids, vec!["1624", "1718"]);
    let (by_name, _) = Compared::from_query("kommuner=Indre%20Fosen", &d.register).unwrap();
    assert_eq!(by_name, fosen);
    // A name two 2017 kommuner share is no answer; the name that tells them apart is.
    let (bo, notes) = Compared::from_query("kommuner=B%C3%B8", &d.register).unwrap();
    assert!(bo.members.is_empty());
    assert_eq!(notes.len(), 1);
    let (bo_telemark, _) =
        Compared::from_query("kommuner=B%C3%B8%20(Telemark)", &d.register).unwrap();
    assert_eq!(bo_telemark.members.len(), 1);
    assert_eq!(
        d.register.organisations[bo_telemark.members[0]].fylke,
        "Telemark"
    );
    let (hordaland, _) = Compared::from_query("fylkeskommuner=Hordaland", &d.register).unwrap();
    assert_eq!(hordaland.members, vec![index(OrgType::Fylkeskommune, "12")]);
}

#[test]
fn unknown_values_get_the_bounded_note_and_more_than_six_are_cut() {
    let d = data();
    let (set, notes) =
        Compared::from_query("kommuner=9999,1201&fylkeskommuner=99", &d.register).unwrap();
    assert_eq!(set.members, vec![index(OrgType::Kommune, "1201")]);
    assert_eq!(
        notes,
        vec![
            UrlNote::Unknown {
                key: "kommuner".into(),
                value: "9999".into(),
                valid: Valid::KommuneNumbers
            },
            UrlNote::Unknown {
                key: "fylkeskommuner".into(),
                value: "99".into(),
                valid: Valid::FylkeskommuneNumbers
            },
        ]
    );
    let many: Vec<String> = (0..40).map(|i| format!("x{i}")).collect();
    let (_, notes) =
        Compared::from_query(&format!("kommuner={}", many.join(",")), &d.register).unwrap();
    assert_eq!(notes.len(), 11, "ten notes and the count of the rest");
    assert_eq!(notes[10], UrlNote::More(30));
    let (cut, notes) = Compared::from_query(
        "kommuner=0101,0104,0106,1201,0301,1103,1601&fylkeskommuner=12",
        &d.register,
    )
    .unwrap();
    assert_eq!(cut.members.len(), MAX_COMPARED);
    assert_eq!(
        cut.to_query(&d.register),
        "kommuner=0101,0104,0106,1201,0301,1103"
    );
    assert_eq!(notes, vec![UrlNote::TooManyCompared { max: 6, cut: 2 }]);
}

#[test]
fn adding_and_removing_keep_the_order_and_the_limit() {
    let d = data();
    let r = &d.register;
    let (set, _) = Compared::from_query("kommuner=1201&fylkeskommuner=12", r).unwrap();
    let oslo = index(OrgType::Kommune, "0301");
    let with = set.with(oslo, r);
    assert_eq!(with.to_query(r), "kommuner=1201,0301&fylkeskommuner=12");
    assert_eq!(with.with(oslo, r), with, "no duplicates");
    assert_eq!(with.without(oslo), set);
    let mut full = Compared::default();
    for id in ["0101", "0104", "0106", "1201", "0301", "1103"] {
        full = full.with(index(OrgType::Kommune, id), r);
    }
    assert!(full.is_full());
    assert_eq!(full.with(index(OrgType::Kommune, "1601"), r), full);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Every answer of random sets equals the respondent file's cell; those who did not take
    /// part, and blanks, are told apart; the table carries each answer as the contract says; the
    /// URL writes the set back as it was read.
    #[test]
    fn the_comparison_equals_the_respondent_file(
        picks in proptest::collection::vec(0usize..10_000, 1..=6)
    ) {
        let d = data();
        let count = d.register.organisations.len();
        let mut members: Vec<usize> = Vec::new();
        for p in picks {
            let i = p % count;
            if !members.contains(&i) {
                members.push(i);
            }
        }
        // The URL's order: kommuner first.
        members.sort_by_key(|&i| d.register.organisations[i].org_type == OrgType::Fylkeskommune);
        let set = Compared { members: members.clone() };
        let (read, notes) = Compared::from_query(&set.to_query(&d.register), &d.register).unwrap();
        prop_assert_eq!(&read, &set);
        prop_assert!(notes.is_empty());

        let cells = respondent_cells();
        let view = ComparisonView::new(d, &members, None);
        for (q, question) in view.questions.iter().enumerate() {
            let html = comparison_question_html(&view, q);
            let answer_cells = html.matches(" data-org=\"").count();
            prop_assert_eq!(answer_cells, members.len() * question.items.len());
            for item in &question.items {
                let column = column_name(&item.column.question, item.column.item.as_deref());
                for (o, &member) in members.iter().enumerate() {
                    let org = &d.register.organisations[member];
                    let row = cells.get(&(org.org_type.key().to_string(), org.id.clone()));
                    let expected = match row {
                        None => Answer::NotParticipating,
                        Some(row) if row[&column].is_empty() => Answer::Blank,
                        Some(row) => {
                            let code: u8 = row[&column].parse().unwrap();
                            prop_assert_eq!(item.answers[o].code(), Some(code));
                            item.answers[o].clone()
                        }
                    };
                    prop_assert_eq!(&item.answers[o], &expected, "{} {}", org.id, column);
                    let code = item.answers[o].code().map(|c| c.to_string()).unwrap_or_default();
                    let cell = format!(
                        "data-org=\"{}\" data-item=\"{}\" data-code=\"{}\"",
                        org.id,
                        item.column.item.as_deref().unwrap_or(""),
                        code
                    );
                    prop_assert!(html.contains(&cell), "{} lacks {}", question.id, cell);
                }
            }
        }
    }
}

#[test]
fn the_reference_is_the_headline_share_of_the_compared_types() {
    let d = data();
    let cells = respondent_cells();
    for (query, scope, kind) in [
        (
            "kommuner=1201,0301",
            ReferenceScope::Kommuner,
            Some("kommune"),
        ),
        (
            "fylkeskommuner=12,03",
            ReferenceScope::Fylkeskommuner,
            Some("fylkeskommune"),
        ),
        (
            "kommuner=1201&fylkeskommuner=12",
            ReferenceScope::Both,
            None,
        ),
    ] {
        let (set, _) = Compared::from_query(query, &d.register).unwrap();
        let view = ComparisonView::new(d, &set.members, None);
        assert_eq!(view.reference, scope);
        let question = view
            .questions
            .iter()
            .find(|q| q.id == "dig_prioritet")
            .unwrap();
        let item = &question.items[0];
        // Counted straight from the file: «I stor grad» is 4 or 5; n counts every answer.
        let answers: Vec<&String> = cells
            .iter()
            .filter(|((t, _), _)| kind.is_none_or(|k| t == k))
            .map(|(_, row)| &row["dig_prioritet"])
            .filter(|c| !c.is_empty())
            .collect();
        let headline = answers
            .iter()
            .filter(|c| ["4", "5"].contains(&c.as_str()))
            .count();
        let e = item.country.as_ref().unwrap();
        assert_eq!(
            (e.count as usize, e.n as usize),
            (headline, answers.len()),
            "{query}"
        );
    }
}

#[test]
fn the_filter_gives_a_second_reference_within_the_compared_types() {
    let d = data();
    let (set, _) = Compared::from_query("kommuner=1201,0301", &d.register).unwrap();
    let (state, _) =
        arbeidsgivermonitor::state::view_state::ViewState::from_query("landsdel=Vestlandet", d);
    let view = ComparisonView::new(d, &set.members, Some(&state.filter()));
    let cells = respondent_cells();
    let vestlandet: Vec<&String> = d
        .register
        .organisations
        .iter()
        .filter(|o| o.org_type == OrgType::Kommune && o.landsdel == "Vestlandet")
        .filter_map(|o| cells.get(&("kommune".to_string(), o.id.clone())))
        .map(|row| &row["dig_prioritet"])
        .filter(|c| !c.is_empty())
        .collect();
    let headline = vestlandet
        .iter()
        .filter(|c| ["4", "5"].contains(&c.as_str()))
        .count();
    let item = &view
        .questions
        .iter()
        .find(|q| q.id == "dig_prioritet")
        .unwrap()
        .items[0];
    let e = item.filtered.as_ref().unwrap().as_ref().unwrap();
    assert_eq!(
        (e.count as usize, e.n as usize),
        (headline, vestlandet.len())
    );
}

#[test]
fn one_sentence_per_question() {
    let d = data();
    // Bergen and Oslo answered 4 (I ganske stor grad), Trondheim 5 (demo data); Fredrikstad
    // (0106) did not take part; 0528 (Østre Toten) left the question blank.
    let (set, _) = Compared::from_query("kommuner=1201,0301,1601,0105,0528", &d.register).unwrap();
    let view = ComparisonView::new(d, &set.members, None);
    let q = view
        .questions
        .iter()
        .find(|q| q.id == "dig_prioritet")
        .unwrap();
    let e = q.items[0].country.as_ref().unwrap();
    let share = arbeidsgivermonitor::wording::phrases::figure_text(
        &arbeidsgivermonitor::stats::figure::Figure::of(Ok(*e)),
    );
    let names = |id: &str| {
        d.register
            .get(OrgType::Kommune, id)
            .unwrap()
            .unique_name
            .clone()
    };
    assert_eq!(
        question_sentence(&view, q),
        format!(
            "{} svarer «I svært stor grad», {} og {} «I ganske stor grad», {} deltok ikke i undersøkelsen, {} svarte ikke på spørsmålet; blant alle kommuner svarer {share} «I stor grad».",
            names("1601"),
            names("1201"),
            names("0301"),
            names("0105"),
            names("0528")
        )
    );
    // With items: how many items each gave the headline answer, and the reference's range.
    let komp = view.questions.iter().find(|q| q.id == "komp_med").unwrap();
    let sentence = question_sentence(&view, komp);
    assert!(
        sentence.starts_with("Bergen svarer «I stor grad» på 4 av 4 delspørsmål, Oslo på 0 av 4, Trondheim på 0 av 4"),
        "{sentence}"
    );
    assert!(
        sentence.contains("deltok ikke i undersøkelsen; blant alle kommuner svarer mellom "),
        "{sentence}"
    );
}

#[test]
fn the_csv_has_a_row_per_organisation_and_two_columns_per_item() {
    let d = data();
    let (set, _) =
        Compared::from_query("kommuner=1201,0105&fylkeskommuner=12", &d.register).unwrap();
    let view = ComparisonView::new(d, &set.members, None);
    let csv = comparison_csv(&view, "Alle", "Kilde: KS");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 5, "header, three organisations, source");
    let items: usize = view.questions.iter().map(|q| q.items.len()).sum();
    assert_eq!(lines[0].split(';').count(), 3 + 2 * items);
    assert!(lines[0].starts_with("nummer;type;navn;komp_med.ikt;komp_med.ikt_tekst;"));
    assert!(
        lines[1].starts_with("1201;kommune;Bergen;5;I svært stor grad;4;I ganske stor grad;"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("0105;kommune;"), "{}", lines[2]);
    assert!(lines[2].contains(";;deltok ikke i undersøkelsen;"));
    assert!(lines[3].starts_with("12;fylkeskommune;"), "{}", lines[3]);
}

/// The page: the map to pick on outside an embed (only the locator inside one), and in print a
/// line naming the compared (the chips are hidden there).
#[test]
fn the_page_has_a_map_to_pick_on_and_names_the_compared_in_print() {
    use arbeidsgivermonitor::render::comparison_html::comparison_page_html;
    let d = data();
    let (set, _) = Compared::from_query("kommuner=1201,0105", &d.register).unwrap();
    let view = ComparisonView::new(d, &set.members, None);
    let page = |embed| comparison_page_html(&view, &[], true, "Kilde: KS.", embed, "?", "");
    let shown = page(false);
    assert!(shown.contains("<figure class=\"locator picker\" hidden>"));
    assert!(
        shown.contains("<p class=\"print-only\">Sammenlignet: Bergen og Sarpsborg. Kilde: KS.</p>")
    );
    let embedded = page(true);
    assert!(!embedded.contains("picker") && embedded.contains("<figure class=\"locator\" hidden>"));
    // Nobody chosen yet: the map to pick on is there, the print line is the source alone.
    let empty = ComparisonView::new(d, &[], None);
    let empty = comparison_page_html(&empty, &[], true, "Kilde: KS.", false, "?", "");
    assert!(
        empty.contains("locator picker")
            && empty.contains("<p class=\"print-only\">Kilde: KS.</p>")
    );
}

/// The sentence's clauses in nb (each language's module, whichever the build speaks; their
/// literals stay in this test, not in the wording module the language test reads).
#[test]
fn clauses_of_the_sentence_nb() {
    use arbeidsgivermonitor::data::register::OrgType;
    use arbeidsgivermonitor::wording::nb::comparison::*;

    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        answered_first(&names(&["Bergen", "Oslo"]), "I svært stor grad"),
        "Bergen og Oslo svarer «I svært stor grad»"
    );
    assert_eq!(
        answered_next(&names(&["Trondheim"]), "I ganske stor grad"),
        "Trondheim «I ganske stor grad»"
    );
    assert_eq!(
        not_participating(&names(&["Moss"])),
        "Moss deltok ikke i undersøkelsen"
    );
    assert_eq!(
        reference(None, "66 %", "I stor grad"),
        "i hele landet svarer 66 % «I stor grad»"
    );
    assert_eq!(
        reference(Some(OrgType::Kommune), "66 %", "I stor grad"),
        "blant alle kommuner svarer 66 % «I stor grad»"
    );
    assert_eq!(
        items_first("Bergen", 4, 5, "I stor grad"),
        "Bergen svarer «I stor grad» på 4 av 5 delspørsmål"
    );
    assert_eq!(
        reference_head(Some(OrgType::Fylkeskommune), "Ja"),
        "Alle fylkeskommuner: Ja"
    );
}

/// The sentence's clauses in nn (each language's module, whichever the build speaks; their
/// literals stay in this test, not in the wording module the language test reads).
#[test]
fn clauses_of_the_sentence_nn() {
    use arbeidsgivermonitor::data::register::OrgType;
    use arbeidsgivermonitor::wording::nn::comparison::*;

    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        answered_first(&names(&["Bergen", "Oslo"]), "I svært stor grad"),
        "Bergen og Oslo svarer «I svært stor grad»"
    );
    assert_eq!(
        not_participating(&names(&["Moss"])),
        "Moss var ikkje med i undersøkinga"
    );
    assert_eq!(
        blank(&names(&["Asker"])),
        "Asker svarte ikkje på spørsmålet"
    );
    assert_eq!(
        reference(None, "66 %", "I stor grad"),
        "i heile landet svarer 66 % «I stor grad»"
    );
    assert_eq!(
        reference(Some(OrgType::Kommune), "66 %", "I stor grad"),
        "blant alle kommunar svarer 66 % «I stor grad»"
    );
    assert_eq!(reference_range(Some(OrgType::Kommune), "40 %", "75 %", "I stor grad"), "blant alle kommunar svarer mellom 40 % og 75 % «I stor grad» på dei einskilde delspørsmåla");
}

/// The sentence's clauses in en (each language's module, whichever the build speaks; their
/// literals stay in this test, not in the wording module the language test reads).
#[test]
fn clauses_of_the_sentence_en() {
    use arbeidsgivermonitor::data::register::OrgType;
    use arbeidsgivermonitor::wording::en::comparison::*;

    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        answered_first(&names(&["Bergen", "Oslo"]), "To a very large extent"),
        "Bergen and Oslo answer “To a very large extent”"
    );
    assert_eq!(
        answered_first(&names(&["Bergen"]), "Yes"),
        "Bergen answers “Yes”"
    );
    assert_eq!(
        not_participating(&names(&["Moss"])),
        "Moss did not take part in the survey"
    );
    assert_eq!(
        reference(None, "66%", "To a large extent"),
        "in the whole country 66% answer “To a large extent”"
    );
    assert_eq!(
        reference(Some(OrgType::Fylkeskommune), "10 of 14", "Yes"),
        "among all county authorities 10 of 14 answer “Yes”"
    );
    assert_eq!(items_next("Oslo", 2, 5), "Oslo to 2 of 5");
}

#[test]
fn a_question_as_an_image_holds_its_answers_names_and_source() {
    use arbeidsgivermonitor::render::comparison_svg::comparison_question_svg;
    let d = data();
    let (set, _) =
        Compared::from_query("kommuner=1201,0105&fylkeskommuner=12", &d.register).unwrap();
    let view = ComparisonView::new(d, &set.members, None);
    let q = view
        .questions
        .iter()
        .position(|q| q.id == "komp_med")
        .unwrap();
    let (svg, width, height) = comparison_question_svg(&view, q, "Alle", "Kilde: KS <test>");
    assert_eq!(width, 2 * 16 + 230 + 3 * 116 + 130);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains(&format!("height=\"{height}\"")));
    assert!(svg.contains("Kilde: KS &lt;test&gt;"), "escaped source");
    for name in ["Bergen", "Sarpsborg"] {
        assert!(svg.contains(&format!(">{name}<")), "{name}");
    }
    // Bergen's answers to the four items (5, 4, 4, 4 in the demo data) in words, shaded.
    assert!(svg.contains(">I svært stor grad<") && svg.contains(">I ganske stor grad<"));
    assert!(
        svg.contains("fill=\"#86add9\""),
        "the scale's last answer's shade"
    );
    assert_eq!(
        svg.matches(">deltok ikke i<").count(),
        4,
        "Sarpsborg, each item"
    );
}

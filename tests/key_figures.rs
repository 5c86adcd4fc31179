//! The key figures at the top of the explorer: the published headline figures for the whole
//! country, counts from the raw answer file for filtered selections, small-base counts, the
//! suppression rules, the sentences, and the HTML contract. Also the selection bar's words and
//! the filter chips.

use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::model::key_figures::{key_figures, KeyFigure};
use arbeidsgivermonitor::model::selection_summary::{active_filters, FilterKind};
use arbeidsgivermonitor::render::key_figures_html::{card_sentence, key_figures_html};
use arbeidsgivermonitor::state::view_state::{TypeChoice, ViewState};
use arbeidsgivermonitor::stats::figure::Figure;
use arbeidsgivermonitor::wording::selection;
use std::collections::BTreeMap;

mod common;
use common::data;

fn state(query: &str) -> ViewState {
    let (state, notes) = ViewState::from_query(query, data());
    assert!(notes.is_empty(), "{notes:?}");
    state
}

fn figure(query: &str, id: &str) -> KeyFigure {
    key_figures(data(), &state(query))
        .into_iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no key figure {id}"))
}

/// (count, n) of one type's part.
fn counts(figure: &KeyFigure, org_type: OrgType) -> Option<(u32, u32)> {
    let part = figure.parts.iter().find(|p| p.org_type == org_type)?;
    part.estimate().map(|e| (e.count, e.n))
}

fn percent(figure: &KeyFigure, org_type: OrgType) -> f64 {
    let (count, n) = counts(figure, org_type).unwrap();
    (count as f64 / n as f64 * 100.0).round()
}

#[test]
fn the_codebook_lists_the_seven_headline_findings() {
    let ids: Vec<_> = data()
        .codebook
        .key_figures
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "ikt_medarbeidere",
            "kompetansestrategi",
            "digitalisering_prioritert",
            "ikt_strategi",
            "styringsdata",
            "kvalitet",
            "arbeidsdeling"
        ]
    );
}

#[test]
fn whole_country_reproduces_the_published_figures() {
    // T1, T2: 88 % of kommuner, 13 of 14 fylkeskommuner.
    let ikt = figure("", "ikt_medarbeidere");
    assert_eq!(percent(&ikt, OrgType::Kommune), 88.0);
    assert_eq!(counts(&ikt, OrgType::Fylkeskommune), Some((13, 14)));
    assert_eq!(
        card_sentence(&ikt),
        "88\u{a0}% av kommunene har stort behov for IKT-kompetanse blant medarbeiderne. Blant fylkeskommunene gjelder det 13 av 14."
    );
    // T9, T10; T12, T13; T19, T20, T21.
    assert_eq!(
        percent(&figure("", "digitalisering_prioritert"), OrgType::Kommune),
        66.0
    );
    assert_eq!(
        counts(
            &figure("", "digitalisering_prioritert"),
            OrgType::Fylkeskommune
        ),
        Some((11, 14))
    );
    assert_eq!(percent(&figure("", "ikt_strategi"), OrgType::Kommune), 78.0);
    assert_eq!(
        counts(&figure("", "ikt_strategi"), OrgType::Fylkeskommune),
        Some((13, 14))
    );
    assert_eq!(percent(&figure("", "styringsdata"), OrgType::Kommune), 53.0);
    assert_eq!(percent(&figure("", "kvalitet"), OrgType::Kommune), 48.0);
    assert_eq!(
        counts(&figure("", "kvalitet"), OrgType::Fylkeskommune),
        Some((7, 14))
    );
    let arbeidsdeling = percent(&figure("", "arbeidsdeling"), OrgType::Kommune);
    assert!((46.0..=50.0).contains(&arbeidsdeling), "{arbeidsdeling}");
    // T5: «vel 65 prosent» of kommuner and fylkeskommuner together.
    let strategy = figure("", "kompetansestrategi");
    let (k, kn) = counts(&strategy, OrgType::Kommune).unwrap();
    let (f, fn_) = counts(&strategy, OrgType::Fylkeskommune).unwrap();
    let together = (k + f) as f64 / (kn + fn_) as f64 * 100.0;
    assert!((65.0..66.0).contains(&together), "{together}");
}

/// Counts the answers in `codes` to `column` straight from the answer file, for kommuner
/// whose register row passes `keep` (independent of the core's loaders and filters).
fn raw_count(
    column: &str,
    codes: &[&str],
    keep: impl Fn(&BTreeMap<&str, &str>) -> bool,
) -> (u32, u32) {
    let register_text = include_str!("../data/kommuner_2017.csv");
    let mut lines = register_text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let register: BTreeMap<&str, BTreeMap<&str, &str>> = lines
        .map(|line| {
            let row: BTreeMap<&str, &str> = header.iter().copied().zip(line.split(',')).collect();
            (row["knr"], row)
        })
        .collect();
    let answers = include_str!("../data/respondents.csv");
    let mut lines = answers.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let position = header.iter().position(|h| *h == column).unwrap();
    let (mut count, mut n) = (0, 0);
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        if cells[1] != "kommune" || !keep(&register[cells[0]]) || cells[position].is_empty() {
            continue;
        }
        n += 1;
        if codes.contains(&cells[position]) {
            count += 1;
        }
    }
    (count, n)
}

#[test]
fn filtered_figures_equal_counts_from_the_raw_file() {
    let large =
        |r: &BTreeMap<&str, &str>| r["folkemengde_2017_01_01"].parse::<u32>().unwrap() >= 20_000;
    let vestlandet = |r: &BTreeMap<&str, &str>| r["landsdel_5"] == "Vestlandet";
    assert_eq!(
        counts(
            &figure("type=kommune&size=large", "ikt_medarbeidere"),
            OrgType::Kommune
        ),
        Some(raw_count("komp_med.ikt", &["4", "5"], large))
    );
    assert_eq!(
        counts(
            &figure("type=kommune&landsdel=Vestlandet", "ikt_strategi"),
            OrgType::Kommune
        ),
        Some(raw_count("ikt_strategi", &["1", "2", "3", "4"], vestlandet))
    );
    assert_eq!(
        counts(
            &figure(
                "type=kommune&size=large&landsdel=Vestlandet",
                "styringsdata"
            ),
            OrgType::Kommune
        ),
        Some(raw_count(
            "dig_effekt.styringsdata",
            &["4", "5"],
            |r| large(r) && vestlandet(r)
        ))
    );
    assert_eq!(
        counts(
            &figure("type=kommune&fylke=12", "kompetansestrategi"),
            OrgType::Kommune
        ),
        Some(raw_count("komp_strategi", &["1"], |r| r["fylkesnr"] == "12"))
    );
    // With both types, one fylke has one fylkeskommune: its answer would be the total minus
    // the kommuner, so neither is shown.
    assert_eq!(
        counts(&figure("fylke=12", "kompetansestrategi"), OrgType::Kommune),
        None
    );
}

#[test]
fn one_type_alone_has_one_part_and_small_bases_are_counts() {
    let fk = figure("type=fylkeskommune", "ikt_medarbeidere");
    assert_eq!(fk.parts.len(), 1);
    assert!(matches!(fk.parts[0].figure, Figure::Count(_)));
    assert_eq!(
        card_sentence(&fk),
        "13 av 14 fylkeskommuner har stort behov for IKT-kompetanse blant medarbeiderne."
    );
    let k = figure("type=kommune", "ikt_medarbeidere");
    assert_eq!(k.parts.len(), 1);
    assert!(matches!(k.parts[0].figure, Figure::Share(_)));
    assert_eq!(k.theme, "kompetansebehov");
}

#[test]
fn a_small_type_hides_the_other_so_the_total_cannot_reveal_it() {
    // Find a fylke where the fylkeskommune answered and few kommuner did not matter: any
    // selection with both types where one type has 1–2 answers hides both.
    let hidden_both = data().register.fylker().into_iter().find_map(|(nr, _)| {
        let f = figure(&format!("fylke={nr}&size=large"), "ikt_medarbeidere");
        let primary = f.parts.iter().any(|p| {
            p.figure == Figure::Hidden(arbeidsgivermonitor::stats::aggregate::Suppression::Primary)
        });
        primary.then_some(f)
    });
    let f = hidden_both.expect("some fylke has 1–2 answering large kommuner");
    assert!(f.parts.iter().all(|p| p.estimate().is_none()), "{f:?}");
    let sums: u32 = f
        .parts
        .iter()
        .filter_map(|p| p.estimate())
        .map(|e| e.n)
        .sum();
    assert_eq!(sums, 0);
    assert!(
        card_sentence(&f).contains("For få"),
        "{}",
        card_sentence(&f)
    );
}

#[test]
fn empty_selection_says_so() {
    // Fylkeskommuner have no size class, so «large fylkeskommuner» is empty.
    let f = figure("type=fylkeskommune&size=large", "kvalitet");
    assert_eq!(f.parts[0].population, 0);
    assert_eq!(card_sentence(&f), "Ingen fylkeskommuner i utvalget.");
}

#[test]
fn html_contract_and_escaping() {
    let figures = key_figures(data(), &state(""));
    let html = key_figures_html(&figures, |theme| format!("<{theme}>"));
    assert!(html.starts_with("<ul class=\"key-figures\">"));
    assert_eq!(html.matches("data-key-figure=").count(), 7);
    let ikt = &figures[0];
    let (count, n) = counts(ikt, OrgType::Kommune).unwrap();
    assert!(
        html.contains(&format!(
            "data-type=\"kommune\" data-count=\"{count}\" data-n=\"{n}\""
        )),
        "{html}"
    );
    assert!(html.contains("data-type=\"fylkeskommune\" data-count=\"13\" data-n=\"14\""));
    assert!(html.contains("<span class=\"kf-number\">13 av 14</span>"));
    assert!(html.contains("href=\"#kompetansebehov\">Se hele «&lt;kompetansebehov&gt;»</a>"));
    assert!(!html.contains("<kompetansebehov>"));
}

#[test]
fn selection_in_words_and_chips() {
    let s = state("type=kommune&size=large,small&landsdel=Vestlandet&split=fylke");
    assert_eq!(
        selection::in_short(data(), &s, 42),
        "Kommuner · Små, Store · Vestlandet — 42 svar"
    );
    assert_eq!(
        selection::in_short(data(), &ViewState::default(), 254),
        "Kommuner og fylkeskommuner — 254 svar"
    );
    let many = state("fylke=01,02,03,04");
    assert_eq!(
        selection::in_short(data(), &many, 9),
        "Kommuner og fylkeskommuner · 4 fylker — 9 svar"
    );
    let few = state("fylke=12,01");
    assert_eq!(
        selection::in_short(data(), &few, 9),
        "Kommuner og fylkeskommuner · Østfold, Hordaland — 9 svar"
    );

    let chips = active_filters(data(), &s);
    let labels: Vec<_> = chips.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Kommuner", "Små", "Store", "Vestlandet"]);
    assert_eq!(chips[1].key(), "size:small");
    assert_eq!(
        selection::remove_filter(&chips[1].label),
        "Fjern filteret «Små»"
    );
    assert!(active_filters(data(), &ViewState::default()).is_empty());

    // Removing every chip in turn leaves the comparison and nothing else.
    let mut removed = s.clone();
    for chip in &chips {
        removed.remove_filter(&chip.kind);
    }
    assert_eq!(removed.to_query(), "split=fylke");
    let mut only_size = s.clone();
    only_size.remove_filter(&FilterKind::Size("large".into()));
    assert_eq!(
        only_size.to_query(),
        "type=kommune&size=small&landsdel=Vestlandet&split=fylke"
    );
    let mut no_type = s;
    no_type.remove_filter(&FilterKind::Type);
    assert_eq!(no_type.types, TypeChoice::Both);
}

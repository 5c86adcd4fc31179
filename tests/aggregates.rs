//! Filters and aggregates: exact counts against an independent count straight from the CSV
//! text, partitions that add up, suppression that cannot be undone by differencing, and
//! intervals that behave.

use arbeidsgivermonitor::data::codebook::ColumnId;
use arbeidsgivermonitor::data::dataset::DataFiles;
use arbeidsgivermonitor::data::register::OrgType::{self, Fylkeskommune, Kommune};
use arbeidsgivermonitor::model::page_model::PageModel;
use arbeidsgivermonitor::state::view_state::ViewState;
use arbeidsgivermonitor::stats::aggregate::{
    split, tabulate_all, tabulate_column, Grouping, Suppression,
};
use arbeidsgivermonitor::stats::filter::{Filter, Selection};
use arbeidsgivermonitor::stats::intervals::share_interval;
use proptest::prelude::*;
use std::collections::BTreeMap;

mod common;
use common::data;

/// Counts answers per code with nothing but string splitting, as an independent check.
/// `keep(id, type)` decides which rows count.
fn naive_counts(column: &str, keep: impl Fn(&str, &str) -> bool) -> BTreeMap<u8, u32> {
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let index = header.iter().position(|h| *h == column).unwrap();
    let mut counts = BTreeMap::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        if keep(fields[0], fields[1]) && !fields[index].is_empty() {
            *counts.entry(fields[index].parse().unwrap()).or_insert(0) += 1;
        }
    }
    counts
}

fn core_counts(filter: &Filter, column: &str) -> BTreeMap<u8, u32> {
    let table = tabulate_column(data(), filter, &ColumnId::parse(column)).unwrap();
    table
        .codes
        .iter()
        .copied()
        .zip(table.counts().unwrap().iter().copied())
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn population_of(id: &str, kind: &str) -> u32 {
    data()
        .register
        .get(OrgType::from_key(kind).unwrap(), id)
        .unwrap()
        .population
}

#[test]
fn counts_equal_an_independent_count() {
    let d = data();
    type Keep = Box<dyn Fn(&str, &str) -> bool>;
    let cases: Vec<(Filter, Keep)> = vec![
        (Filter::all(), Box::new(|_, _| true)),
        (Filter::of_type(Kommune), Box::new(|_, t| t == "kommune")),
        (
            Filter::of_type(Fylkeskommune),
            Box::new(|_, t| t == "fylkeskommune"),
        ),
        (
            Filter::of_type(Kommune).with_size("large"),
            Box::new(|id, t| t == "kommune" && population_of(id, t) >= 20_000),
        ),
        (
            Filter::all().with_size("small").with_size("medium"),
            Box::new(|id, t| t == "kommune" && population_of(id, t) < 20_000),
        ),
        (
            Filter::all().with_fylke("12"),
            Box::new(|id, _| id.starts_with("12")),
        ),
        (
            Filter::all().with_landsdel("Nord-Norge"),
            Box::new(|id, _| ["18", "19", "20"].contains(&&id[..2])),
        ),
        (
            Filter::of_type(Kommune)
                .with_fylke("12")
                .with_fylke("14")
                .with_size("small"),
            Box::new(|id, t| {
                t == "kommune"
                    && (id.starts_with("12") || id.starts_with("14"))
                    && population_of(id, t) < 5000
            }),
        ),
    ];
    for column in [
        "komp_med.ikt",
        "komp_strategi",
        "ikt_strategi",
        "ikt_strategi_omfang",
        "dig_effekt.kvalitet",
    ] {
        for (filter, keep) in &cases {
            assert_eq!(
                core_counts(filter, column),
                naive_counts(column, keep),
                "{column} {filter:?}"
            );
        }
    }
    // Population N: organisations of the register in the group, respondents or not.
    assert_eq!(
        Selection::new(d, &Filter::of_type(Kommune).with_size("large")).population,
        57
    );
    assert_eq!(
        Selection::new(d, &Filter::all().with_fylke("12")).population,
        33 + 1
    );
    assert_eq!(Selection::new(d, &Filter::all()).population, 444);
}

#[test]
fn explicit_set_of_organisations() {
    let filter = Filter::all()
        .with_organisation(Kommune, "1201")
        .with_organisation(Kommune, "0301")
        .with_organisation(Fylkeskommune, "12");
    let selection = Selection::new(data(), &filter);
    assert_eq!(selection.population, 3);
    let responded = ["1201", "0301", "12"]
        .iter()
        .filter(|id| DataFiles::BUNDLED.respondents.contains(&format!("\n{id},")))
        .count();
    assert_eq!(selection.respondents() as usize, responded);
}

#[test]
fn empty_result_is_normal() {
    // Fylkeskommuner have no size class, so this combination is empty.
    let filter = Filter::of_type(Fylkeskommune).with_size("small");
    for table in tabulate_all(data(), &filter) {
        assert_eq!((table.population, table.n), (0, 0));
        assert_eq!(table.suppression, Some(Suppression::Empty));
        assert!(table.counts().is_none() && table.share_of(&[4, 5]).is_none());
    }
    let filter = Filter::all().with_fylke("99");
    assert_eq!(Selection::new(data(), &filter).population, 0);
}

#[test]
fn small_groups_are_suppressed() {
    // A single organisation that responded: n = 1 < 3.
    let id = DataFiles::BUNDLED
        .respondents
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let filter = Filter::all().with_organisation(Kommune, id);
    let table = tabulate_column(data(), &filter, &ColumnId::parse("dig_prioritet")).unwrap();
    assert_eq!(table.n, 1);
    assert_eq!(table.suppression, Some(Suppression::Primary));
    assert!(
        table.counts().is_none()
            && table.shares().is_none()
            && table.count_of(&[1, 2, 3, 4, 5, 9]).is_none()
    );
}

/// A split by fylke of three kommuner and one big group: the small group must not be
/// recoverable from the total minus the others.
#[test]
fn suppressed_group_cannot_be_recovered_by_differencing() {
    let d = data();
    let column = d
        .responses
        .column_index(&ColumnId::parse("dig_prioritet"))
        .unwrap();
    // All respondents of fylke 12, plus one responding kommune of fylke 11.
    let eleven = d
        .responses
        .organisation
        .iter()
        .map(|&o| &d.register.organisations[o as usize])
        .find(|o| o.fylkesnr == "11" && o.org_type == Kommune)
        .unwrap();
    let mut filter = Filter::all();
    let mut set = std::collections::BTreeSet::new();
    for o in d
        .register
        .organisations
        .iter()
        .filter(|o| o.fylkesnr == "12")
    {
        set.insert((o.org_type, o.id.clone()));
    }
    set.insert((Kommune, eleven.id.clone()));
    filter.organisations = Some(set);
    let s = split(d, &filter, Grouping::Fylke, column);
    let state: Vec<_> = s
        .groups
        .iter()
        .map(|(v, t)| (v.as_str(), t.suppression, t.n))
        .collect();
    assert!(s.total.is_shown());
    assert_eq!(state.len(), 2, "{state:?}");
    assert_eq!(state[0], ("11", Some(Suppression::Primary), 1));
    // Fylke 12 is hidden too, otherwise total − fylke 12 = fylke 11.
    assert_eq!(state[1].1, Some(Suppression::Secondary));
}

/// Issue 10's example: large kommuner of Oppland (n = 1), Telemark (n = 1) and Hordaland
/// (n = 3), split by fylke. Hiding the two small ones alone would leave total − Hordaland = the
/// two of them (n = 2); Hordaland must be hidden too, in every question.
#[test]
fn two_small_groups_are_not_given_away_by_the_total() {
    let d = data();
    let (state, notes) =
        ViewState::from_query("type=kommune&size=large&fylke=05,08,12&split=fylke", d);
    assert!(notes.is_empty());
    let model = PageModel::new(d, &state);
    for view in &model.questions {
        for (c, total) in view.total.tables.iter().enumerate() {
            let hidden: u32 = view
                .series
                .iter()
                .map(|s| &s.tables[c])
                .filter(|t| !t.is_shown())
                .map(|t| t.n)
                .sum();
            assert!(
                !total.is_shown() || hidden == 0 || hidden >= 3,
                "{} {c}: hidden n = {hidden}",
                view.question.id
            );
        }
    }
    let komp = &model.questions[0];
    let shown: Vec<_> = komp
        .series
        .iter()
        .map(|s| (s.key.as_str(), s.tables[0].n, s.tables[0].is_shown()))
        .collect();
    assert!(komp.total.tables[0].is_shown(), "{shown:?}");
    assert!(
        shown.iter().all(|(_, _, visible)| !visible),
        "every fylke hidden: {shown:?}"
    );
}

#[test]
fn splits_partition_the_whole() {
    let d = data();
    for grouping in [
        Grouping::SizeClass,
        Grouping::Landsdel,
        Grouping::Fylke,
        Grouping::Type,
    ] {
        for column in 0..d.responses.columns.len() {
            let s = split(d, &Filter::all(), grouping, column);
            let population: u32 = s.groups.iter().map(|(_, t)| t.population).sum();
            let n: u32 = s.groups.iter().map(|(_, t)| t.n).sum();
            assert_eq!(
                (population, n),
                (s.total.population, s.total.n),
                "{grouping:?} {column}"
            );
        }
    }
    let s = split(d, &Filter::all(), Grouping::SizeClass, 0);
    let values: Vec<&str> = s.groups.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(values, ["small", "medium", "large", "none"]);
    assert_eq!(
        s.groups
            .iter()
            .map(|(_, t)| t.population)
            .collect::<Vec<_>>(),
        [225, 144, 57, 18]
    );
}

fn arbitrary_filter() -> impl Strategy<Value = Filter> {
    let types = proptest::sample::subsequence(vec![Kommune, Fylkeskommune], 0..=2);
    let sizes = proptest::sample::subsequence(vec!["small", "medium", "large"], 0..=3);
    let fylker = proptest::sample::subsequence(
        (1..=20)
            .filter(|f| *f != 13)
            .map(|f| format!("{f:02}"))
            .collect::<Vec<_>>(),
        0..=4,
    );
    let landsdeler = proptest::sample::subsequence(common::LANDSDELER.to_vec(), 0..=2);
    (types, sizes, fylker, landsdeler).prop_map(|(types, sizes, fylker, landsdeler)| {
        let mut f = Filter::all();
        f.types.extend(types);
        f.size_classes.extend(sizes.into_iter().map(String::from));
        f.fylker.extend(fylker);
        f.landsdeler
            .extend(landsdeler.into_iter().map(String::from));
        f
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn shares_and_intervals_are_sane(filter in arbitrary_filter()) {
        for table in tabulate_all(data(), &filter) {
            prop_assert!(table.n <= table.respondents && table.respondents <= table.population);
            if let Some(shares) = table.shares() {
                let total: f64 = shares.iter().map(|e| e.share).sum();
                prop_assert!((total - 1.0).abs() < 1e-9);
                for e in shares {
                    prop_assert!((0.0..=1.0).contains(&e.share));
                    prop_assert!(e.interval.lower <= e.share && e.share <= e.interval.upper);
                    prop_assert!(e.bonett.lower <= e.bonett.estimate && e.bonett.estimate <= e.bonett.upper);
                    prop_assert!(0.0 <= e.interval.lower && e.interval.upper <= 1.0);
                }
            }
        }
    }

    #[test]
    fn a_split_adds_up_to_its_total(filter in arbitrary_filter(), column in 0usize..24, g in 0usize..4) {
        let grouping = [Grouping::SizeClass, Grouping::Landsdel, Grouping::Fylke, Grouping::Type][g];
        let s = split(data(), &filter, grouping, column);
        let n: u32 = s.groups.iter().map(|(_, t)| t.n).sum();
        prop_assert_eq!(n, s.total.n);
        // Whenever the total is shown, the hidden groups' n sum to 0 or at least 3, so that the
        // total minus the shown groups never gives away a small group (or two).
        let hidden: u32 = s.groups.iter().filter(|(_, t)| !t.is_shown()).map(|(_, t)| t.n).sum();
        prop_assert!(!s.total.is_shown() || hidden == 0 || hidden >= 3, "hidden n = {}", hidden);
    }

    /// The interval narrows as more of the population answers, for the same observed share,
    /// and collapses to the share when everyone has answered.
    #[test]
    fn intervals_narrow_as_n_approaches_population(k in 1u32..20, pct in 0u32..=100, population in 200u32..2000) {
        let mut previous = f64::INFINITY;
        for n in (k * 5..=population).step_by(((population - k * 5) / 7).max(1) as usize) {
            let f = (n as u64 * pct as u64 / 100) as u32;
            let i = arbitrary_interval(f, n, population);
            let width = i.1 - i.0;
            prop_assert!(width <= previous + 0.02, "n={} width={} previous={}", n, width, previous);
            previous = width;
        }
        let f = population * pct / 100;
        let census = arbitrary_interval(f, population, population);
        prop_assert!((census.1 - census.0).abs() < 1e-12);
    }
}

fn arbitrary_interval(f: u32, n: u32, population: u32) -> (f64, f64) {
    let i = share_interval(f, n, population).unwrap();
    (i.lower, i.upper)
}

/// The respondent file read with string splitting alone: per respondent its type, id and every
/// column's cell (empty when blank).
fn respondent_rows() -> Vec<(String, String, BTreeMap<String, String>)> {
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            let cells = header
                .iter()
                .zip(&fields)
                .map(|(h, f)| (h.to_string(), f.to_string()))
                .collect();
            (fields[1].to_string(), fields[0].to_string(), cells)
        })
        .collect()
}

/// A random answer condition: a column (by its index and name) and some of its codes.
fn arbitrary_condition() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (0..data().responses.columns.len(), 1u8..255).prop_map(|(column, mask)| {
        let codes = arbeidsgivermonitor::state::view_state::answer_codes(data(), column);
        let chosen: Vec<u8> = codes
            .iter()
            .enumerate()
            .filter(|(i, _)| mask >> (i % 8) & 1 == 1)
            .map(|(_, c)| *c)
            .collect();
        (
            column,
            if chosen.is_empty() {
                vec![codes[0]]
            } else {
                chosen
            },
        )
    })
}

/// Whether register organisation `(type, id)` passes `filter`'s register part (tested against
/// the CSV above).
fn in_register_filter(filter: &Filter, kind: &str, id: &str) -> bool {
    let d = data();
    let org = d
        .register
        .get(OrgType::from_key(kind).unwrap(), id)
        .unwrap();
    filter.matches(org, &d.codebook.size_class_ids())
}

/// Issue 25: the core's tables under answer conditions (and split by an answer) against counts
/// made here from the CSV text; the population counts everyone who may be in the group.
fn check_answer_conditions(
    filter: &Filter,
    conditions: &[(usize, Vec<u8>)],
    item: usize,
    by: usize,
) -> Result<(), TestCaseError> {
    let d = data();
    let mut filter = filter.clone();
    for (column, codes) in conditions {
        filter = filter.with_answer(*column, codes);
    }
    let name = |c: usize| d.responses.columns[c].name();
    let rows = respondent_rows();
    // Per respondent of the register filter: known to meet the conditions, or contradicting.
    let meets = |cells: &BTreeMap<String, String>| -> Option<bool> {
        let mut known = true;
        for (column, codes) in conditions {
            let cell = &cells[&name(*column)];
            if cell.is_empty() {
                known = false;
            } else if !codes.contains(&cell.parse::<u8>().unwrap()) {
                return None;
            }
        }
        Some(known)
    };
    let mut expected: BTreeMap<u8, u32> = BTreeMap::new();
    let mut possible = 0u32;
    let mut respondents_in_register = 0u32;
    for (kind, id, cells) in &rows {
        if !in_register_filter(&filter, kind, id) {
            continue;
        }
        respondents_in_register += 1;
        match meets(cells) {
            None => {}
            Some(known) => {
                possible += 1;
                let cell = &cells[&name(item)];
                if known && !cell.is_empty() {
                    *expected.entry(cell.parse().unwrap()).or_default() += 1;
                }
            }
        }
    }
    let register_population = d
        .register
        .organisations
        .iter()
        .filter(|o| filter.matches(o, &d.codebook.size_class_ids()))
        .count() as u32;
    let selection = Selection::new(d, &filter);
    // Everyone who may be in the group: non-respondents and those not contradicting.
    prop_assert_eq!(
        selection.population,
        register_population - respondents_in_register + possible
    );
    let table = tabulate_column(d, &filter, &d.responses.columns[item]).unwrap();
    let counted: BTreeMap<u8, u32> = expected.iter().map(|(c, n)| (*c, *n)).collect();
    prop_assert_eq!(table.n, counted.values().sum::<u32>());
    if let Some(counts) = table.counts() {
        let core: BTreeMap<u8, u32> = table
            .codes
            .iter()
            .copied()
            .zip(counts.iter().copied())
            .filter(|(_, n)| *n > 0)
            .collect();
        prop_assert_eq!(&core, &counted);
    }
    // Split by the answer to column `by`: each group's counts, and its population (its own
    // members and every organisation whose answer to `by` is not known).
    let grouping = Grouping::Answer {
        column: by,
        name: arbeidsgivermonitor::text::intern::intern(&name(by)),
    };
    let s = split(d, &filter, grouping, item);
    let mut unknown = register_population - respondents_in_register;
    let mut members: BTreeMap<String, u32> = BTreeMap::new();
    let mut group_counts: BTreeMap<String, u32> = BTreeMap::new();
    for (kind, id, cells) in &rows {
        if !in_register_filter(&filter, kind, id) || meets(cells).is_none() {
            continue;
        }
        let answer = &cells[&name(by)];
        if answer.is_empty() {
            unknown += 1;
            continue;
        }
        *members.entry(answer.clone()).or_default() += 1;
        if meets(cells) == Some(true) && !cells[&name(item)].is_empty() {
            *group_counts.entry(answer.clone()).or_default() += 1;
        }
    }
    let groups: BTreeMap<String, (u32, u32)> = s
        .groups
        .iter()
        .map(|(key, t)| (key.clone(), (t.population, t.n)))
        .collect();
    let wanted: BTreeMap<String, (u32, u32)> = members
        .iter()
        .map(|(key, m)| {
            (
                key.clone(),
                (m + unknown, group_counts.get(key).copied().unwrap_or(0)),
            )
        })
        .collect();
    prop_assert_eq!(groups, wanted);
    // Disclosure: with the total shown, the hidden groups and those outside every group
    // together have no answers or at least three.
    let grouped: u32 = s.groups.iter().map(|(_, t)| t.n).sum();
    let hidden: u32 = s.total.n - grouped
        + s.groups
            .iter()
            .filter(|(_, t)| !t.is_shown())
            .map(|(_, t)| t.n)
            .sum::<u32>();
    prop_assert!(
        !s.total.is_shown() || hidden == 0 || hidden >= 3,
        "hidden n = {}",
        hidden
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn answer_conditions_and_answer_splits_count_as_the_csv_says(
        filter in arbitrary_filter(),
        conditions in proptest::collection::vec(arbitrary_condition(), 1..=2),
        item in 0usize..24,
        by in 0usize..24,
    ) {
        check_answer_conditions(&filter, &conditions, item, by)?;
    }
}

/// An example worked by hand: kommuner with an IKT strategy that is adopted (codes 1 and 2) in
/// Hordaland, their answers to «dig_prioritet», beside the respondent file's lines.
#[test]
fn an_answer_condition_by_hand() {
    let d = data();
    let column = |name: &str| d.responses.column_index(&ColumnId::parse(name)).unwrap();
    let filter = Filter::of_type(Kommune)
        .with_fylke("12")
        .with_answer(column("ikt_strategi"), &[1, 2]);
    let lines: Vec<&str> = DataFiles::BUNDLED.respondents.lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let hordaland: Vec<Vec<&str>> = lines[1..]
        .iter()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| f[1] == "kommune" && f[0].starts_with("12"))
        .collect();
    let adopted = hordaland
        .iter()
        .filter(|f| ["1", "2"].contains(&f[at("ikt_strategi")]))
        .count() as u32;
    let blank = hordaland
        .iter()
        .filter(|f| f[at("ikt_strategi")].is_empty())
        .count() as u32;
    let table = tabulate_column(d, &filter, &ColumnId::parse("dig_prioritet")).unwrap();
    // 33 kommuner in Hordaland in 2017; those that did not answer, or left ikt_strategi blank,
    // may have an adopted strategy.
    assert_eq!(
        table.population,
        33 - hordaland.len() as u32 + adopted + blank
    );
    assert_eq!(table.respondents, adopted);
}

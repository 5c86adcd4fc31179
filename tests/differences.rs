//! Issue 26 §1 through the whole core: a view compared by size class marks the groups whose
//! headline share differs from the rest of the selection exactly where the test, worked
//! out here from the CSV text alone (the groups from the register's populations, the counts from
//! the respondent file, Holm's step by its definition), says they differ.
//! The formulas themselves are checked against worked examples in `stats::difference`.

use arbeidsgivermonitor::data::dataset::DataFiles;
use arbeidsgivermonitor::model::page_model::PageModel;
use arbeidsgivermonitor::model::summary::{summarise, Differences, Summary};
use arbeidsgivermonitor::render::summary_text::summary;
use arbeidsgivermonitor::state::view_state::ViewState;
use arbeidsgivermonitor::stats::difference::{two_sided_p, Direction};
use std::collections::BTreeMap;

mod common;
use common::data;

/// Size class of each kommune, from the register's CSV and the codebook's limits.
fn size_classes() -> BTreeMap<String, String> {
    let limits: Vec<(u32, &str)> = data()
        .codebook
        .size_classes
        .iter()
        .map(|c| (c.min_population, c.id.as_str()))
        .collect();
    let mut lines = DataFiles::BUNDLED.kommuner.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let population = header
        .iter()
        .position(|h| h.starts_with("folkemengde"))
        .unwrap();
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            let people: u32 = fields[population].parse().unwrap();
            let class = limits
                .iter()
                .filter(|(min, _)| people >= *min)
                .map(|(_, id)| *id)
                .next_back()
                .unwrap();
            (fields[0].to_string(), class.to_string())
        })
        .collect()
}

/// (f, n) per size class for one column: headline answers and answers, kommuner only.
fn counts(
    column: &str,
    headline: &[u8],
    class_of: &BTreeMap<String, String>,
) -> BTreeMap<String, (u32, u32)> {
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let index = header.iter().position(|h| *h == column).unwrap();
    let mut out: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        if fields[1] != "kommune" || fields[index].is_empty() {
            continue;
        }
        let code: u8 = fields[index].parse().unwrap();
        let entry = out.entry(class_of[fields[0]].clone()).or_default();
        entry.1 += 1;
        if headline.contains(&code) {
            entry.0 += 1;
        }
    }
    out
}

/// The variance of one side.
fn variance(f: u32, n: u32, big_n: u32) -> f64 {
    let p = (f as f64 + 1.0) / (n as f64 + 2.0);
    if n == big_n {
        0.0
    } else {
        p * (1.0 - p) / (n as f64 + 2.0) * (big_n - n) as f64 / (big_n as f64 - 1.0)
    }
}

/// Holm by its definition: the adjusted p of the i-th smallest is the largest of
/// min(1, (m − j + 1) p_(j)) over j ≤ i.
fn holm_by_definition(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    p.iter()
        .map(|&pi| {
            let mut sorted: Vec<f64> = p.to_vec();
            sorted.sort_by(f64::total_cmp);
            let rank = sorted.iter().position(|&q| q == pi).unwrap();
            (0..=rank)
                .map(|j| ((m - j) as f64 * sorted[j]).min(1.0))
                .fold(0.0, f64::max)
        })
        .collect()
}

#[test]
fn groups_differ_where_the_csv_says() {
    let d = data();
    let class_of = size_classes();
    let mut members: BTreeMap<String, u32> = BTreeMap::new();
    for class in class_of.values() {
        *members.entry(class.clone()).or_default() += 1;
    }
    let all: u32 = members.values().sum();
    let (state, _) = ViewState::from_query("type=kommune&split=size", d);
    let model = PageModel::new(d, &state);
    let (mut higher, mut lower, mut same) = (0, 0, 0);
    for view in &model.questions {
        for (c, column) in view.columns.iter().enumerate() {
            let counts = counts(&column.name(), &view.scale.headline.codes, &class_of);
            let (total_f, total_n) = counts.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            // The test for each group with at least 3 answers.
            let mut tested: Vec<(String, f64, f64)> = Vec::new();
            for (class, &(f, n)) in &counts {
                if n < 3 {
                    continue;
                }
                let big_n = members[class];
                let (rf, rn, rbig) = (total_f - f, total_n - n, all - big_n);
                let pg = (f as f64 + 1.0) / (n as f64 + 2.0);
                let pr = (rf as f64 + 1.0) / (rn as f64 + 2.0);
                let v = variance(f, n, big_n) + variance(rf, rn, rbig);
                if v > 0.0 {
                    let z = (pg - pr) / v.sqrt();
                    tested.push((class.clone(), z, two_sided_p(z)));
                }
            }
            let adjusted = holm_by_definition(&tested.iter().map(|t| t.2).collect::<Vec<_>>());
            for series in &view.series {
                let expected = tested
                    .iter()
                    .zip(&adjusted)
                    .find(|(t, _)| t.0 == series.key)
                    .and_then(|(t, &a)| {
                        (a < 0.05).then_some(if t.1 > 0.0 {
                            Direction::Higher
                        } else {
                            Direction::Lower
                        })
                    });
                let got = series.tests[c].and_then(|t| t.differs());
                assert_eq!(got, expected, "{} {}", column.name(), series.key);
                match got {
                    Some(Direction::Higher) => higher += 1,
                    Some(Direction::Lower) => lower += 1,
                    None => same += 1,
                }
                let test = tested.iter().find(|t| t.0 == series.key);
                assert_eq!(
                    series.tests[c].is_some(),
                    test.is_some(),
                    "{} {}",
                    column.name(),
                    series.key
                );
                if let (Some(core), Some(mine)) = (series.tests[c], test) {
                    assert!(
                        (core.z - mine.1).abs() < 1e-12,
                        "{} {}",
                        column.name(),
                        series.key
                    );
                }
            }
        }
    }
    // The demo data have differences of both kinds and groups without: the test can fail.
    assert!(
        higher > 0 && lower > 0 && same > 0,
        "{higher} {lower} {same}"
    );
}

#[test]
fn the_summary_says_clearly_only_where_a_group_differs() {
    let d = data();
    let (state, _) = ViewState::from_query("type=kommune&split=size", d);
    let model = PageModel::new(d, &state);
    let mut said = (false, false);
    for view in &model.questions {
        let sentence = summary(view);
        match summarise(view) {
            Summary::Figures {
                differences: Differences::NoneFound,
                ..
            } => {
                assert!(!sentence.contains("klart"), "{sentence}");
                assert!(sentence.ends_with(
                    " Forskjellene mellom gruppene er ikke større enn tilfeldig variasjon kan gi."
                ));
                said.0 = true;
            }
            Summary::Figures {
                differences: Differences::Found,
                ..
            } => {
                assert!(!sentence.contains("tilfeldig variasjon"), "{sentence}");
                said.1 = true;
            }
            _ => assert!(!sentence.contains("klart"), "{sentence}"),
        }
    }
    assert!(said.0 || said.1);
    // Not compared: no test, no word of one.
    let (state, _) = ViewState::from_query("type=kommune", d);
    for view in &PageModel::new(d, &state).questions {
        let sentence = summary(view);
        assert!(
            !sentence.contains("klart") && !sentence.contains("tilfeldig"),
            "{sentence}"
        );
    }
}

/// Issue 26 §2: with `vekt=1` each kommune table's headline share is Σ W_h p_h over the size
/// classes, worked out here from the CSV text (the cells from the register's populations, the
/// counts from the respondent file), and its interval the issue's.
#[test]
fn weighted_shares_follow_the_csv() {
    let d = data();
    let class_of = size_classes();
    let mut members: BTreeMap<String, u32> = BTreeMap::new();
    for class in class_of.values() {
        *members.entry(class.clone()).or_default() += 1;
    }
    let all: f64 = members.values().sum::<u32>() as f64;
    let (state, _) = ViewState::from_query("type=kommune&vekt=1", d);
    let model = PageModel::new(d, &state);
    let (unweighted, _) = ViewState::from_query("type=kommune", d);
    let plain = PageModel::new(d, &unweighted);
    let mut moved = 0;
    for (view, plain_view) in model.questions.iter().zip(&plain.questions) {
        for (c, column) in view.columns.iter().enumerate() {
            let counts = counts(&column.name(), &view.scale.headline.codes, &class_of);
            let (mut share, mut variance) = (0.0, 0.0);
            for (class, &(f, n)) in &counts {
                let big_n = members[class] as f64;
                let (w, p, n) = (big_n / all, f as f64 / n as f64, n as f64);
                let s2 = if n == 1.0 {
                    0.25
                } else {
                    n / (n - 1.0) * p * (1.0 - p)
                };
                share += w * p;
                variance += w * w * (1.0 - n / big_n) * s2 / n;
            }
            let e = view.total.tables[c]
                .share_of(&view.scale.headline.codes)
                .unwrap();
            assert!((e.share - share).abs() < 1e-12, "{}", column.name());
            let half = 1.959964 * variance.sqrt();
            assert!((e.interval.lower - (share - half).max(0.0)).abs() < 1e-12);
            assert!((e.interval.upper - (share + half).min(1.0)).abs() < 1e-12);
            // Counts and n stay those answered.
            let p = plain_view.total.tables[c]
                .share_of(&view.scale.headline.codes)
                .unwrap();
            assert_eq!((e.count, e.n, e.population), (p.count, p.n, p.population));
            if (e.share - p.share).abs() > 0.005 {
                moved += 1;
            }
        }
    }
    // Large kommuner answered more often: weighting moves shares (the test can fail).
    assert!(moved > 0);
    // The note on response rates: each size class's respondents of its kommuner.
    let rates: Vec<(u32, u32)> = model.weighting.iter().map(|r| (r.1, r.2)).collect();
    assert_eq!(rates.len(), 3);
    assert_eq!(rates.iter().map(|r| r.1).sum::<u32>() as f64, all);
}

proptest::proptest! {
    /// Weighting with the same response rate in every cell changes no share.
    #[test]
    fn equal_response_rates_change_no_share(
        cells in proptest::collection::vec((1u32..20, 0u32..=100), 1..5),
        (answered, of) in (1u32..=5, 5u32..=6),
    ) {
        use arbeidsgivermonitor::stats::weighting::{post_stratified, Stratum};
        // Cell h: N_h = k_h·of, n_h = k_h·answered, f_h a share of n_h.
        let strata: Vec<Stratum> = cells
            .iter()
            .map(|&(k, pct)| {
                let n = k * answered;
                Stratum { population: k * of, n, f: n * pct / 100 }
            })
            .collect();
        let f: u32 = strata.iter().map(|s| s.f).sum();
        let n: u32 = strata.iter().map(|s| s.n).sum();
        let w = post_stratified(&strata).unwrap();
        proptest::prop_assert!((w.share - f as f64 / n as f64).abs() < 1e-12);
    }
}

/// Weighted, the tables say so; a size group of the selection without answers to a question is
/// left out and the note says that too (found among the fylker: a size class with kommuner
/// but no respondents).
#[test]
fn weighted_tables_say_so_and_name_a_cell_left_out() {
    use arbeidsgivermonitor::render::table_html::question_table_html;
    use arbeidsgivermonitor::wording::selection::described;
    use arbeidsgivermonitor::wording::tables::{CELLS_LEFT_OUT, WEIGHTED_NOTE};
    let d = data();
    let (state, _) = ViewState::from_query("type=kommune&vekt=1", d);
    let model = PageModel::new(d, &state);
    let html = question_table_html(&model.questions[0], "x");
    assert!(html.contains(WEIGHTED_NOTE) && !html.contains(CELLS_LEFT_OUT));
    assert!(described(&state, d).ends_with("; vektet etter kommunestørrelse"));
    let (plain, _) = ViewState::from_query("type=kommune", d);
    let html = question_table_html(&PageModel::new(d, &plain).questions[0], "x");
    assert!(!html.contains(WEIGHTED_NOTE));
    // A fylke where some size class has kommuner but none of them answered.
    let mut found = false;
    for (nr, _) in d.register.fylker() {
        let (state, _) = ViewState::from_query(&format!("type=kommune&fylke={nr}&vekt=1"), d);
        let model = PageModel::new(d, &state);
        if model
            .weighting
            .iter()
            .any(|&(_, n, big_n)| n == 0 && big_n > 0)
        {
            let view = &model.questions[0];
            assert!(view.total.tables[0].cells_left_out(), "{nr}");
            assert!(
                question_table_html(view, "x").contains(CELLS_LEFT_OUT),
                "{nr}"
            );
            // The weight of the cell left out goes to the others: the share is that of the
            // cells with answers.
            found = true;
        }
    }
    assert!(found, "no fylke with a size class without respondents");
}

#[test]
fn fractions_have_six_decimals() {
    use arbeidsgivermonitor::render::table_html::fraction;
    for (x, text) in [
        (0.0, "0.000000"),
        (1.0, "1.000000"),
        (0.6525424, "0.652542"),
        (0.0000006, "0.000001"),
        (0.12345649, "0.123456"),
    ] {
        assert_eq!(fraction(x), text);
        assert_eq!(fraction(x), format!("{x:.6}"));
    }
}

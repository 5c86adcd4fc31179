//! Every calibration target T1–T21 of the codebook, checked against the bundled dataset
//! through the same core functions the page uses.

use arbeidsgivermonitor::data::codebook::ColumnId;
use arbeidsgivermonitor::data::register::OrgType::{Fylkeskommune, Kommune};
use arbeidsgivermonitor::stats::aggregate::{
    split, tabulate_column, Estimate, Grouping, ItemTable,
};
use arbeidsgivermonitor::stats::filter::Filter;
use arbeidsgivermonitor::text::format::format_percent;

mod common;
use common::data;

fn table(filter: &Filter, column: &str) -> ItemTable {
    tabulate_column(data(), filter, &ColumnId::parse(column))
        .unwrap_or_else(|| panic!("no column {column}"))
}

fn share(filter: &Filter, column: &str, codes: &[u8]) -> Estimate {
    table(filter, column)
        .share_of(codes)
        .unwrap_or_else(|| panic!("{column} suppressed"))
}

fn top_two(filter: &Filter, column: &str) -> Estimate {
    share(filter, column, &[4, 5])
}

fn k() -> Filter {
    Filter::of_type(Kommune)
}
fn fk() -> Filter {
    Filter::of_type(Fylkeskommune)
}
fn all() -> Filter {
    Filter::all()
}

/// «x of 14»: the base must be the 14 responding fylkeskommuner.
fn of_14(column: &str, codes: &[u8]) -> u32 {
    let estimate = share(&fk(), column, codes);
    assert_eq!(estimate.n, 14, "{column}: base should be 14 fylkeskommuner");
    estimate.count
}

#[test]
fn t01_ikt_need_employees_kommuner_88_percent() {
    assert_eq!(
        format_percent(top_two(&k(), "komp_med.ikt").share, 0),
        "88\u{a0}%"
    );
}

#[test]
fn t02_ikt_need_employees_13_of_14_fylkeskommuner() {
    assert_eq!(of_14("komp_med.ikt", &[4, 5]), 13);
}

#[test]
fn t03_other_needs_among_employees_over_half() {
    for item in ["innovasjon", "samhandling", "laering"] {
        for filter in [k(), fk()] {
            let e = top_two(&filter, &format!("komp_med.{item}"));
            assert!(e.share > 0.5, "komp_med.{item}: {}", e.share);
        }
    }
}

#[test]
fn t04_leaders_need_the_same_over_half() {
    for item in ["ikt", "innovasjon", "samhandling", "laering"] {
        for filter in [k(), fk()] {
            let e = top_two(&filter, &format!("komp_led.{item}"));
            assert!(e.share > 0.5, "komp_led.{item}: {}", e.share);
        }
    }
}

#[test]
fn t05_competence_strategy_vel_65_percent_together() {
    let e = share(&all(), "komp_strategi", &[1]);
    assert!(e.share >= 0.65 && e.share < 0.66, "{}", e.share);
    // «kommuner og fylkeskommuner» together means both types are in the base.
    assert_eq!(
        e.n,
        table(&k(), "komp_strategi").n + table(&fk(), "komp_strategi").n
    );
}

const TILTAK: [&str; 5] = [
    "heve",
    "nyansette",
    "interkommunalt",
    "leie_inn",
    "sette_ut",
];

fn tiltak_ranking(filter: &Filter) -> Vec<&'static str> {
    let mut ranked: Vec<(&str, f64)> = TILTAK
        .iter()
        .map(|item| (*item, top_two(filter, &format!("tiltak.{item}")).share))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked.into_iter().map(|(item, _)| item).collect()
}

#[test]
fn t06_raising_current_competence_is_most_relevant() {
    for filter in [k(), fk(), all()] {
        assert!(top_two(&filter, "tiltak.heve").share > 0.5);
        assert_eq!(tiltak_ranking(&filter)[0], "heve", "{filter:?}");
    }
}

#[test]
fn t07_new_hires_and_intermunicipal_cooperation_second_and_third() {
    for filter in [k(), fk(), all()] {
        let mut second_third = tiltak_ranking(&filter)[1..3].to_vec();
        second_third.sort();
        assert_eq!(second_third, ["interkommunalt", "nyansette"], "{filter:?}");
    }
}

#[test]
fn t08_experts_and_outsourcing_little_relevant() {
    for item in ["leie_inn", "sette_ut"] {
        for filter in [k(), fk(), all()] {
            let e = share(&filter, &format!("tiltak.{item}"), &[1, 2]);
            assert!(e.share > 0.5, "tiltak.{item} codes 1+2: {}", e.share);
        }
    }
}

#[test]
fn t09_digitalisation_prioritised_66_percent_of_kommuner() {
    assert_eq!(
        format_percent(top_two(&k(), "dig_prioritet").share, 0),
        "66\u{a0}%"
    );
}

#[test]
fn t10_digitalisation_prioritised_11_of_14_fylkeskommuner() {
    assert_eq!(of_14("dig_prioritet", &[4, 5]), 11);
}

fn by_size(column: &str, codes: &[u8]) -> [f64; 3] {
    let split = split(
        data(),
        &k(),
        Grouping::SizeClass,
        data()
            .responses
            .column_index(&ColumnId::parse(column))
            .unwrap(),
    );
    let get = |id: &str| {
        let (_, t) = split.groups.iter().find(|(v, _)| v == id).unwrap();
        t.share_of(codes).unwrap().share
    };
    [get("small"), get("medium"), get("large")]
}

#[test]
fn t11_priority_highest_in_large_kommuner() {
    let [small, medium, large] = by_size("dig_prioritet", &[4, 5]);
    assert!(large > medium && large > small, "{small} {medium} {large}");
}

#[test]
fn t12_ikt_strategy_78_percent_of_kommuner() {
    assert_eq!(
        format_percent(share(&k(), "ikt_strategi", &[1, 2, 3, 4]).share, 0),
        "78\u{a0}%"
    );
}

#[test]
fn t13_ikt_strategy_13_of_14_fylkeskommuner() {
    assert_eq!(of_14("ikt_strategi", &[1, 2, 3, 4]), 13);
}

#[test]
fn t14_most_strategies_adopted_and_covering_whole_organisation() {
    for filter in [k(), fk(), all()] {
        let t = table(&filter, "ikt_strategi");
        let adopted = t.count_of(&[1, 2]).unwrap() as f64;
        let has = t.count_of(&[1, 2, 3]).unwrap() as f64;
        assert!(adopted / has > 0.5, "{filter:?}: {adopted}/{has}");
        let whole = share(&filter, "ikt_strategi_omfang", &[1]);
        assert!(whole.share > 0.5, "{filter:?}: {}", whole.share);
        // Only those with a strategy (codes 1–3) were asked about its scope.
        assert!(whole.n as f64 <= has);
    }
}

#[test]
fn t15_larger_share_of_large_kommuner_have_a_strategy() {
    let [small, medium, large] = by_size("ikt_strategi", &[1, 2, 3]);
    assert!(large > medium && large > small, "{small} {medium} {large}");
}

#[test]
fn t16_fylkeskommuner_simplified_processes_communication_cooperation() {
    for item in ["prosesser", "kommunikasjon", "samhandling"] {
        assert!(of_14(&format!("dig_effekt.{item}"), &[4, 5]) >= 8, "{item}");
    }
}

#[test]
fn t17_half_of_fylkeskommuner_increased_quality() {
    assert_eq!(of_14("dig_effekt.kvalitet", &[4, 5]), 7);
}

#[test]
fn t18_kommuner_gained_most_in_communication_and_processes() {
    let items = [
        "prosesser",
        "kommunikasjon",
        "samhandling",
        "kvalitet",
        "styringsdata",
        "arbeidsdeling",
    ];
    let mut ranked: Vec<(&str, f64)> = items
        .iter()
        .map(|i| (*i, top_two(&k(), &format!("dig_effekt.{i}")).share))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut top: Vec<&str> = ranked[..2].iter().map(|(i, _)| *i).collect();
    top.sort();
    assert_eq!(top, ["kommunikasjon", "prosesser"]);
}

#[test]
fn t19_better_management_data_53_percent() {
    assert_eq!(
        format_percent(top_two(&k(), "dig_effekt.styringsdata").share, 0),
        "53\u{a0}%"
    );
}

#[test]
fn t20_increased_quality_48_percent() {
    assert_eq!(
        format_percent(top_two(&k(), "dig_effekt.kvalitet").share, 0),
        "48\u{a0}%"
    );
}

#[test]
fn t21_self_service_about_the_same() {
    let e = top_two(&k(), "dig_effekt.arbeidsdeling");
    assert!(e.share >= 0.46 && e.share <= 0.50, "{}", e.share);
}

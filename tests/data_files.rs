//! The bundled data files: the register matches the published facts, the demo answers are
//! realistic, reproducible byte for byte, and flagged as demo data.

use arbeidsgivermonitor::data::codebook::ColumnId;
use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
use arbeidsgivermonitor::data::register::OrgType::{Fylkeskommune, Kommune};
use arbeidsgivermonitor::demo::{generate, DEMO_SEED};
use std::collections::BTreeSet;

mod common;
use common::data;

#[test]
fn register_has_426_kommuner_and_18_fylkeskommuner() {
    let d = data();
    assert_eq!(d.register.count(Kommune), 426);
    assert_eq!(d.register.count(Fylkeskommune), 18);
    assert!(
        d.register.get(Fylkeskommune, "03").is_none(),
        "Oslo has no fylkeskommune"
    );
    assert_eq!(d.register.get(Kommune, "0301").unwrap().population, 666_759);
    assert_eq!(d.register.get(Kommune, "1201").unwrap().name, "Bergen");
    let total: u64 = d
        .register
        .organisations
        .iter()
        .filter(|o| o.org_type == Kommune)
        .map(|o| o.population as u64)
        .sum();
    assert_eq!(total, 5_258_317);
}

#[test]
fn size_classes_are_225_144_57() {
    let d = data();
    let count = |class: usize| {
        d.register
            .organisations
            .iter()
            .filter(|o| o.size_class == Some(class))
            .count()
    };
    assert_eq!([count(0), count(1), count(2)], [225, 144, 57]);
    assert!(d
        .register
        .organisations
        .iter()
        .filter(|o| o.org_type == Fylkeskommune)
        .all(|o| o.size_class.is_none()));
}

#[test]
fn successor_map_covers_every_kommune() {
    let d = data();
    assert_eq!(d.register.successors.len(), 429);
    let codes: BTreeSet<_> = d
        .register
        .successors
        .iter()
        .map(|s| s.knr_2024.as_str())
        .collect();
    assert_eq!(codes.len(), 357);
    for org in d
        .register
        .organisations
        .iter()
        .filter(|o| o.org_type == Kommune)
    {
        assert!(
            d.register.successors_of(&org.id).next().is_some(),
            "{} has no successor",
            org.id
        );
    }
    // Snillfjord was split in three.
    assert_eq!(d.register.successors_of("1613").count(), 3);
    // Asker 3203 was formed from Asker, Røyken and Hurum.
    let asker: BTreeSet<_> = d
        .register
        .successors
        .iter()
        .filter(|s| s.knr_2024 == "3203")
        .map(|s| s.knr_2017.as_str())
        .collect();
    assert_eq!(asker, BTreeSet::from(["0220", "0627", "0628"]));
}

#[test]
fn dataset_is_flagged_as_demo() {
    let d = data();
    assert!(d.meta.demo);
    assert!(d.meta.answers_description.nb.contains("Demodata"));
}

#[test]
fn generator_reproduces_the_bundled_file_byte_for_byte() {
    let d = data();
    let generated = generate(&d.codebook, &d.register, DEMO_SEED).unwrap();
    assert_eq!(
        generated.to_csv(&d.register),
        DataFiles::BUNDLED.respondents
    );
    // And a different seed gives different answers.
    let other = generate(&d.codebook, &d.register, DEMO_SEED + 1).unwrap();
    assert_ne!(other.to_csv(&d.register), DataFiles::BUNDLED.respondents);
}

#[test]
fn response_is_realistic_and_rises_with_size() {
    let d = data();
    let responded: BTreeSet<usize> = d
        .responses
        .organisation
        .iter()
        .map(|&o| o as usize)
        .collect();
    let rate = |pred: &dyn Fn(&arbeidsgivermonitor::data::register::Organisation) -> bool| {
        let group: Vec<usize> = (0..d.register.organisations.len())
            .filter(|&i| pred(&d.register.organisations[i]))
            .collect();
        group.iter().filter(|i| responded.contains(i)).count() as f64 / group.len() as f64
    };
    let kommuner = rate(&|o| o.org_type == Kommune);
    assert!((0.50..=0.60).contains(&kommuner), "{kommuner}");
    let small = rate(&|o| o.size_class == Some(0));
    let large = rate(&|o| o.size_class == Some(2));
    assert!(large > small + 0.05, "small {small}, large {large}");
    let fylkeskommuner = responded
        .iter()
        .filter(|&&i| d.register.organisations[i].org_type == Fylkeskommune)
        .count();
    assert_eq!(fylkeskommuner, 14);
}

/// Pearson correlation between two answer columns over respondents who answered both
/// («Vet ikke» left out), for kommuner.
fn correlation(d: &Dataset, a: &str, b: &str) -> f64 {
    let ia = d.responses.column_index(&ColumnId::parse(a)).unwrap();
    let ib = d.responses.column_index(&ColumnId::parse(b)).unwrap();
    let pairs: Vec<(f64, f64)> = (0..d.responses.len())
        .filter(|&r| {
            d.register.organisations[d.responses.organisation[r] as usize].org_type == Kommune
        })
        .map(|r| (d.responses.codes[ia][r], d.responses.codes[ib][r]))
        .filter(|&(x, y)| (1..=5).contains(&x) && (1..=5).contains(&y))
        .map(|(x, y)| (x as f64, y as f64))
        .collect();
    let n = pairs.len() as f64;
    let (mx, my) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let cov: f64 = pairs.iter().map(|(x, y)| (x - mx) * (y - my)).sum();
    let vx: f64 = pairs.iter().map(|(x, _)| (x - mx).powi(2)).sum();
    let vy: f64 = pairs.iter().map(|(_, y)| (y - my).powi(2)).sum();
    cov / (vx * vy).sqrt()
}

#[test]
fn answers_correlate_within_an_organisation_not_coin_flips() {
    let d = data();
    // Items driven by the same trait go together…
    assert!(correlation(d, "komp_med.ikt", "komp_led.ikt") > 0.3);
    assert!(correlation(d, "dig_effekt.prosesser", "dig_effekt.kommunikasjon") > 0.3);
    assert!(correlation(d, "dig_prioritet", "dig_effekt.kvalitet") > 0.2);
    // …unrelated ones much less.
    assert!(correlation(d, "komp_med.ikt", "dig_effekt.kvalitet").abs() < 0.25);
}

#[test]
fn scope_is_only_answered_by_those_with_a_strategy() {
    let d = data();
    let strategy = d
        .responses
        .column_index(&ColumnId::parse("ikt_strategi"))
        .unwrap();
    let scope = d
        .responses
        .column_index(&ColumnId::parse("ikt_strategi_omfang"))
        .unwrap();
    for r in 0..d.responses.len() {
        let has = (1..=3).contains(&d.responses.codes[strategy][r]);
        assert_eq!(d.responses.codes[scope][r] != 0, has, "row {r}");
    }
}

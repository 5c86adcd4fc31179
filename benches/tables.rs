//! How long it takes to compute every item's table for one filter: on the bundled data and on
//! a synthetic table of 1 000 000 respondents. Run: `cargo bench --bench tables`.

use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::demo::synthetic::synthetic_dataset;
use arbeidsgivermonitor::stats::aggregate::{split_selection, tabulate_all, GroupIndex, Grouping};
use arbeidsgivermonitor::stats::filter::{Filter, Selection};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn filters() -> [(&'static str, Filter); 3] {
    [
        ("alle", Filter::all()),
        ("kommuner", Filter::of_type(OrgType::Kommune)),
        (
            "store_vestlandet",
            Filter::of_type(OrgType::Kommune)
                .with_size("large")
                .with_landsdel("Vestlandet"),
        ),
    ]
}

fn bundled(c: &mut Criterion) {
    let data = Dataset::bundled().unwrap();
    for (name, filter) in filters() {
        c.bench_function(&format!("buntet/alle_tabeller/{name}"), |b| {
            b.iter(|| tabulate_all(black_box(&data), black_box(&filter)))
        });
    }
    c.bench_function("buntet/splitt_storrelse_alle_kolonner", |b| {
        b.iter(|| {
            let selection = Selection::new(&data, &Filter::all());
            let index = GroupIndex::new(&data, Grouping::SizeClass);
            (0..data.responses.columns.len())
                .map(|col| split_selection(&data, &selection, &index, col).groups.len())
                .sum::<usize>()
        })
    });
    // What the page does at start: read the snapshot the build wrote.
    c.bench_function("buntet/les_innebygd_snapshot", |b| {
        b.iter(|| Dataset::bundled().unwrap())
    });
    // What the build does once: parse and validate every data file.
    c.bench_function("buntet/last_og_valider_alle_filer", |b| {
        b.iter(|| Dataset::parse(&DataFiles::FULL).unwrap())
    });
}

fn million(c: &mut Criterion) {
    let data = synthetic_dataset(1_000_000, 7);
    let mut group = c.benchmark_group("million");
    group.sample_size(10);
    for (name, filter) in filters() {
        group.bench_function(format!("alle_tabeller/{name}"), |b| {
            b.iter(|| tabulate_all(black_box(&data), black_box(&filter)))
        });
    }
    group.finish();
}

criterion_group!(benches, bundled, million);
criterion_main!(benches);

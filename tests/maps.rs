//! Issue 12: the maps. Every fylke's share equals the count over the raw answer file for the
//! same selection in that fylke (hidden below 3 answers, as the tables hide it); every
//! kommune's colour is its own row of the data; the SVG carries one element per region with the
//! test contract; downloads carry the source and the map credit.

use arbeidsgivermonitor::data::codebook::{ColumnId, Scale};
use arbeidsgivermonitor::data::map_geometry::{MapGeometry, Region};
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::data::responses::NOT_ANSWERED;
use arbeidsgivermonitor::model::map_view::{MapView, OwnAnswer, RegionValue, Shapes};
use arbeidsgivermonitor::render::map_svg::{
    locator_svg, map_svg, share_bin, standalone_svg, text_alternative, ExportTexts,
};
use arbeidsgivermonitor::state::view_state::{MapLevel, ViewState};
use arbeidsgivermonitor::stats::aggregate::{Suppression, MIN_N};
use std::collections::BTreeMap;

mod common;
use common::data;

fn state(query: &str) -> ViewState {
    let (state, notes) = ViewState::from_query(query, data());
    assert!(notes.is_empty(), "{notes:?}");
    state
}

/// A geometry with a small square for every kommune and fylke of the register.
fn geometry() -> MapGeometry {
    let square = |i: usize| Region {
        id: String::new(),
        path: format!("M{} {}l4 0 0 4-4 0z", i % 40 * 5, i / 40 * 5),
    };
    let kommuner = data()
        .register
        .organisations
        .iter()
        .filter(|o| o.org_type == OrgType::Kommune)
        .enumerate()
        .map(|(i, o)| Region {
            id: o.id.clone(),
            ..square(i)
        })
        .collect();
    let fylker = data()
        .register
        .fylker()
        .into_iter()
        .enumerate()
        .map(|(i, (nr, _))| Region {
            id: nr,
            ..square(i)
        })
        .collect();
    MapGeometry {
        width: 200,
        height: 60,
        kommuner,
        fylker,
    }
}

const QUERIES: [&str; 5] = [
    "",
    "type=kommune",
    "type=kommune&size=small",
    "landsdel=Vestlandet,Nord-Norge",
    "type=fylkeskommune",
];

/// The share per fylke, counted from the raw rows: respondents of the selection in the fylke,
/// their answers to the column, and how many gave a headline code.
#[test]
fn every_fylke_share_is_the_count_over_the_raw_answers() {
    let d = data();
    let mut suppressed = 0;
    for query in QUERIES {
        let state = state(query);
        let filter = state.filter();
        let size_ids = d.codebook.size_class_ids();
        for question in &d.codebook.questions {
            let headline = &d.codebook.scale_of(question).headline.codes;
            for column in question.columns() {
                let view = MapView::new(d, &state, MapLevel::Fylke, &column);
                assert_eq!(view.shapes, Shapes::Fylker);
                assert_eq!(view.regions.len(), 19);
                let position = d.responses.column_index(&column).unwrap();
                for region in &view.regions {
                    let (mut count, mut n) = (0u32, 0u32);
                    for (row, &org) in d.responses.organisation.iter().enumerate() {
                        let org = &d.register.organisations[org as usize];
                        if org.fylkesnr != region.id || !filter.matches(org, &size_ids) {
                            continue;
                        }
                        let code = d.responses.codes[position][row];
                        if code != NOT_ANSWERED {
                            n += 1;
                            count += headline.contains(&code) as u32;
                        }
                    }
                    let RegionValue::Share(cell) = region.value else {
                        panic!("a share map")
                    };
                    match cell {
                        Ok(e) => {
                            assert_eq!(
                                (e.count, e.n),
                                (count, n),
                                "{query} {column:?} {}",
                                region.id
                            );
                            assert!(n >= MIN_N);
                        }
                        Err(Suppression::Primary) => {
                            assert!(n > 0 && n < MIN_N, "{query} {}", region.id);
                            suppressed += 1;
                        }
                        Err(Suppression::Secondary) => suppressed += 1,
                        Err(Suppression::Empty) => assert_eq!(n, 0, "{query} {}", region.id),
                    }
                }
            }
        }
    }
    assert!(suppressed > 0, "the filters above hide some fylker");
}

#[test]
fn every_kommune_shows_its_own_row() {
    let d = data();
    for query in QUERIES {
        let state = state(query);
        let filter = state.filter();
        let size_ids = d.codebook.size_class_ids();
        let column = ColumnId::new("dig_prioritet", None);
        let position = d.responses.column_index(&column).unwrap();
        let view = MapView::new(d, &state, MapLevel::Kommune, &column);
        let fylkeskommuner = query == "type=fylkeskommune";
        assert_eq!(
            view.shapes,
            if fylkeskommuner {
                Shapes::Fylker
            } else {
                Shapes::Kommuner
            }
        );
        let org_type = if fylkeskommuner {
            OrgType::Fylkeskommune
        } else {
            OrgType::Kommune
        };
        let expected: Vec<(String, OwnAnswer)> = d
            .register
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| o.org_type == org_type)
            .map(|(i, o)| {
                let id = if fylkeskommuner {
                    o.fylkesnr.clone()
                } else {
                    o.id.clone()
                };
                let answer = if !filter.matches(o, &size_ids) {
                    OwnAnswer::Outside
                } else {
                    match d
                        .responses
                        .organisation
                        .iter()
                        .position(|&r| r as usize == i)
                    {
                        None => OwnAnswer::NotResponded,
                        Some(row) => match d.responses.codes[position][row] {
                            NOT_ANSWERED => OwnAnswer::Blank,
                            code => OwnAnswer::Code(code),
                        },
                    }
                };
                (id, answer)
            })
            .collect();
        let actual: Vec<(String, OwnAnswer)> = view
            .regions
            .iter()
            .map(|r| match r.value {
                RegionValue::Own(a) => (r.id.clone(), a),
                RegionValue::Share(_) => panic!("a map of own answers"),
            })
            .collect();
        assert_eq!(actual, expected, "{query}");
        if !fylkeskommuner {
            assert_eq!(actual.len(), 426);
        }
    }
}

/// The attributes of every `<path>` that names a region, by region id.
fn regions_of(svg: &str, kind: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for tag in svg.split("<path ").skip(1) {
        let tag = &tag[..tag.find("/>").unwrap()];
        let mut attributes = BTreeMap::new();
        for part in tag.split("\" ") {
            if let Some((name, value)) = part.split_once("=\"") {
                attributes.insert(
                    name.trim().to_string(),
                    value.trim_end_matches('"').to_string(),
                );
            }
        }
        if let Some(id) = attributes.get(kind).cloned() {
            assert!(
                out.insert(id, attributes).is_none(),
                "one element per region"
            );
        }
    }
    out
}

#[test]
fn the_svg_carries_the_test_contract() {
    let d = data();
    let geometry = geometry();
    let question = d.codebook.question("dig_prioritet").unwrap();
    let scale = d.codebook.scale_of(question);
    let column = ColumnId::new("dig_prioritet", None);

    let state = state("type=kommune&landsdel=Vestlandet");
    let fylker = MapView::new(d, &state, MapLevel::Fylke, &column);
    let svg = map_svg(&geometry, &fylker, scale, "dig_prioritet", "kart-digi");
    assert!(svg.contains("data-map=\"dig_prioritet\" data-level=\"fylke\""));
    let regions = regions_of(&svg, "data-fylke");
    assert_eq!(regions.len(), 19);
    for region in &fylker.regions {
        let attributes = &regions[&region.id];
        match region.value {
            RegionValue::Share(Ok(e)) => {
                assert_eq!(attributes["data-count"], e.count.to_string());
                assert_eq!(attributes["data-n"], e.n.to_string());
                let bin = share_bin(e.share);
                assert_eq!(
                    attributes["fill"],
                    ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"][bin]
                );
            }
            RegionValue::Share(Err(Suppression::Empty)) => {
                assert_eq!(attributes["data-status"], "tom")
            }
            RegionValue::Share(Err(_)) => {
                assert_eq!(attributes["data-count"], ":");
                assert_eq!(attributes["fill"], "url(#kart-digi-hatch)");
            }
            RegionValue::Own(_) => unreachable!(),
        }
    }
    // Only Vestlandet's four fylker have kommuner in the selection.
    assert_eq!(
        regions
            .values()
            .filter(|a| a.get("data-status").map(String::as_str) != Some("tom"))
            .count(),
        4
    );

    let kommuner = MapView::new(d, &state, MapLevel::Kommune, &column);
    let svg = map_svg(&geometry, &kommuner, scale, "dig_prioritet", "k");
    let regions = regions_of(&svg, "data-knr");
    assert_eq!(regions.len(), 426);
    for region in &kommuner.regions {
        let attributes = &regions[&region.id];
        match region.value {
            RegionValue::Own(OwnAnswer::Code(code)) => {
                assert_eq!(attributes["data-code"], code.to_string())
            }
            RegionValue::Own(OwnAnswer::Blank) => assert_eq!(attributes["data-code"], "0"),
            RegionValue::Own(OwnAnswer::NotResponded) => {
                assert_eq!(attributes["data-status"], "ikke-deltatt");
                assert_eq!(attributes["fill"], "#a8a8a8");
            }
            RegionValue::Own(OwnAnswer::Outside) => {
                assert_eq!(attributes["data-status"], "utenfor")
            }
            RegionValue::Share(_) => unreachable!(),
        }
    }
    // «Vet ikke» is hatched, not only another colour.
    let dont_know = scale.codes.iter().find(|c| c.dont_know).unwrap().code;
    let hatched = regions
        .values()
        .filter(|a| a.get("data-code") == Some(&dont_know.to_string()));
    assert!(hatched.clone().count() > 0);
    assert!(hatched.into_iter().all(|a| a["fill"] == "url(#k-dk)"));
}

/// The fylke map of «dig_prioritet» for the whole country, with its scale.
fn fylke_map_of_dig_prioritet() -> (MapView, &'static Scale) {
    let d = data();
    let scale = d
        .codebook
        .scale_of(d.codebook.question("dig_prioritet").unwrap());
    let column = ColumnId::new("dig_prioritet", None);
    (
        MapView::new(d, &ViewState::default(), MapLevel::Fylke, &column),
        scale,
    )
}

#[test]
fn the_text_alternative_names_the_highest_and_lowest_fylke() {
    let (view, scale) = fylke_map_of_dig_prioritet();
    let text = text_alternative(&view, scale);
    let best = view
        .regions
        .iter()
        .filter_map(|r| match r.value {
            RegionValue::Share(Ok(e)) => Some((r.name.clone(), e.share)),
            _ => None,
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap();
    assert!(text.starts_with("Kart. Andel som svarer «"), "{text}");
    assert!(text.contains(&format!("Høyest i {} ", best.0)), "{text}");
}

#[test]
fn a_download_has_title_selection_source_and_map_credit() {
    let (view, scale) = fylke_map_of_dig_prioritet();
    let (svg, height) = standalone_svg(
        &geometry(),
        &view,
        scale,
        &ExportTexts {
            title: "Hvor høyt prioriteres digitalisering?",
            subtitle: "Andel per fylke",
            filters: "Kommuner og fylkeskommuner",
            source: "Kilde: KS <test> & co",
        },
    );
    assert!(height > 700);
    for text in [
        "Hvor høyt prioriteres digitalisering?",
        "Kommuner og fylkeskommuner",
        "Kilde: KS &lt;test&gt; &amp; co",
        "Kartgrunnlag: Kartverket (forenklet)",
    ] {
        assert!(svg.contains(text), "{text}");
    }
    assert_eq!(regions_of(&svg, "data-fylke").len(), 19);
}

#[test]
fn the_locator_marks_the_kommune_or_the_fylke() {
    let geometry = geometry();
    let svg = locator_svg(&geometry, Some("1201"), "12", "Bergen i Hordaland");
    assert!(svg.contains("data-locator=\"1201\""));
    assert_eq!(svg.matches("class=\"marked\"").count(), 1);
    assert!(svg.contains("class=\"marked\" data-knr=\"1201\""));
    assert!(svg.contains("<circle class=\"locator-ring\""));
    let svg = locator_svg(&geometry, None, "12", "Hordaland fylkeskommune");
    assert!(svg.contains("class=\"marked\" data-fylke=\"12\""));
    assert!(!svg.contains("data-knr"));
}

/// The page redraws a map only when its query changes (`ViewState::map_query`): that query
/// leaves out the comparison, and a map drawn from it is the map of the whole state.
#[test]
fn a_map_does_not_depend_on_the_comparison() {
    let d = data();
    let column = ColumnId::new("dig_prioritet", None);
    for query in [
        "split=fylke&kart=fylke",
        "type=kommune&size=large&split=size&kart=kommune",
        "landsdel=Vestlandet,Nord-Norge&split=landsdel&kart=fylke",
        "type=fylkeskommune&split=none&kart=kommune",
    ] {
        let whole = state(query);
        let map_query = whole.map_query();
        assert!(!map_query.contains("split"), "{map_query}");
        assert!(map_query.contains("kart="), "{map_query}");
        let without = state(&map_query);
        assert_eq!(without.filter(), whole.filter(), "{query}");
        for level in [MapLevel::Fylke, MapLevel::Kommune] {
            assert_eq!(
                MapView::new(d, &without, level, &column),
                MapView::new(d, &whole, level, &column),
                "{query}"
            );
        }
    }
    // Everything else a map shows is kept.
    assert_eq!(
        state("type=kommune&size=large&fylke=12&split=fylke&kart=kommune").map_query(),
        state("type=kommune&size=large&fylke=12&kart=kommune").to_query()
    );
}

/// Issue 22: whatever a question's id, the map writes it escaped — its `data-map`, its patterns'
/// ids and the fills that name them (the core refuses such ids, this is the second wall).
#[test]
fn a_question_id_that_is_markup_stays_text_in_the_map() {
    let d = data();
    let geometry = geometry();
    let question = d.codebook.question("dig_prioritet").unwrap();
    let scale = d.codebook.scale_of(question);
    let column = ColumnId::new("dig_prioritet", None);
    let hostile = r#"q"><img src=x id=pwned><style>main{visibility:hidden}</style><b a=""#;
    let prefix = format!("kart-{hostile}");
    for level in [MapLevel::Fylke, MapLevel::Kommune] {
        let view = MapView::new(d, &state("split=fylke"), level, &column);
        let svg = map_svg(&geometry, &view, scale, hostile, &prefix);
        for raw in ["<img", "<style", "<b ", "id=pwned>"] {
            assert!(!svg.contains(raw), "{raw} in {level:?}'s map");
        }
        assert!(svg.contains("&lt;img src=x id=pwned&gt;"));
    }
}

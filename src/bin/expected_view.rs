//! Prints, as JSON, every table the page should show for a URL query, computed by the core.
//! The browser tests compare the page's tables with this. For an organisation's page
//! (`kommune=1201`), the own answers are read from the raw respondent file and the peer figures
//! tabulated for filters built here, independently of `OrganisationView`.
//! With files after the query (an answer file, and optionally `codebook.json` and
//! `dataset.json`), the explorer's tables for those files opened as «Åpne egne data» opens them
//! (issue 13).
//! Usage: `cargo run --bin expected-view -- 'type=kommune&size=large' [FILE …]`

use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
use arbeidsgivermonitor::data::opened_file::{open_dataset, OpenedFile};
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::model::map_view::{MapView, OwnAnswer, RegionValue, Shapes};
use arbeidsgivermonitor::model::page_model::PageModel;
use arbeidsgivermonitor::model::selection_summary::active_filters;
use arbeidsgivermonitor::render::export::view_csv;
use arbeidsgivermonitor::render::key_figures_html::card_sentence;
use arbeidsgivermonitor::render::summary_text::summary;
use arbeidsgivermonitor::state::route::Route;
use arbeidsgivermonitor::state::view_state::ViewState;
use arbeidsgivermonitor::stats::aggregate::{tabulate_column, Suppression};
use arbeidsgivermonitor::stats::difference::Direction;
use arbeidsgivermonitor::stats::filter::Filter;
use arbeidsgivermonitor::wording::credits::source_line;
use arbeidsgivermonitor::wording::notes;
use arbeidsgivermonitor::wording::selection;
use arbeidsgivermonitor::wording::status::shown_answers;
use serde_json::{json, Value};

fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    let files: Vec<(String, Vec<u8>)> = std::env::args()
        .skip(2)
        .map(|path| {
            let name = std::path::Path::new(&path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(&path).expect("a file to open"))
        })
        .collect();
    let bundled = Dataset::bundled().expect("bundled data");
    if !files.is_empty() {
        let opened: Vec<OpenedFile> = files
            .iter()
            .map(|(name, bytes)| OpenedFile { name, bytes })
            .collect();
        let data = open_dataset(&bundled, &opened).expect("files that open");
        println!("{}", explorer(&query, &data.dataset));
        return;
    }
    let dataset = bundled;
    match Route::from_query(&query, &dataset) {
        Route::Explorer => println!("{}", explorer(&query, &dataset)),
        Route::Organisation(index) => println!("{}", organisation(index, &dataset)),
        // «Sammenlign kommuner»: the organisations the URL names, as 2017 numbers (the browser
        // test reads their answers from the respondent file itself).
        Route::Comparison => {
            let (set, notes) = arbeidsgivermonitor::state::comparison::Compared::from_query(
                &query,
                &dataset.register,
            )
            .unwrap_or_default();
            let ids: Vec<&str> = set
                .members
                .iter()
                .map(|&i| dataset.register.organisations[i].id.as_str())
                .collect();
            println!(
                "{}",
                json!({ "route": "comparison", "organisations": ids, "notes": notes.len() })
            )
        }
        Route::UnknownOrganisation(org_type, value) => {
            println!(
                "{}",
                json!({ "route": "unknown", "message": notes::unknown_organisation(org_type, &value) })
            )
        }
    }
}

/// The organisation page: per question and item, the own answer and every peer group's count
/// and n of the compared answers (`null` where the page must suppress the figure).
fn organisation(index: usize, dataset: &Dataset) -> Value {
    let org = &dataset.register.organisations[index];
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let row: Option<Vec<&str>> = lines
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|f| f[0] == org.id);
    let base = Filter::of_type(org.org_type);
    let mut peers: Vec<(&str, Filter)> = Vec::new();
    if let Some(class) = org.size_class {
        peers.push((
            "size",
            base.clone()
                .with_size(&dataset.codebook.size_classes[class].id),
        ));
    }
    if org.org_type == OrgType::Kommune {
        peers.push(("fylke", base.clone().with_fylke(&org.fylkesnr)));
    }
    peers.push(("landsdel", base.clone().with_landsdel(&org.landsdel)));
    peers.push(("land", base));
    let mut questions = serde_json::Map::new();
    for question in &dataset.codebook.questions {
        let scale = dataset.codebook.scale_of(question);
        let items: Vec<Value> = dataset
            .codebook
            .columns()
            .into_iter()
            .filter(|c| c.question == question.id)
            .map(|column| {
                let position = header.iter().position(|h| *h == column.name()).expect("column in the respondent file");
                let own = row.as_ref().map(|r| r[position]).unwrap_or_default();
                let compared: Vec<u8> = match own.parse::<u8>() {
                    Ok(code) => vec![code],
                    Err(_) => scale.headline.codes.clone(),
                };
                let figures: serde_json::Map<String, Value> = peers
                    .iter()
                    .map(|(key, filter)| {
                        let table = tabulate_column(dataset, filter, &column).expect("known column");
                        let figure = match table.count_of(&compared) {
                            Some(count) => json!({ "count": count, "n": table.n }),
                            None => Value::Null,
                        };
                        (key.to_string(), figure)
                    })
                    .collect();
                json!({ "item": column.item.clone().unwrap_or_default(), "own": own, "peers": figures })
            })
            .collect();
        questions.insert(question.id.clone(), Value::Array(items));
    }
    json!({
        "route": "organisation",
        "name": org.unique_name,
        "responded": row.is_some(),
        "title": format!("{} – Arbeidsgivermonitoren 2017", org.unique_name),
        "questions": questions,
    })
}

fn explorer(query: &str, dataset: &Dataset) -> Value {
    let (state, notes) = ViewState::from_query(query, dataset);
    let model = PageModel::new(dataset, &state);
    let mut questions = serde_json::Map::new();
    for view in &model.questions {
        let mut rows = Vec::new();
        let split = view.grouping.is_some();
        for series in &view.series {
            for (c, table) in series.tables.iter().enumerate() {
                let counts: Value = match table.counts() {
                    Some(counts) => table
                        .codes
                        .iter()
                        .zip(counts)
                        .map(|(code, n)| (code.to_string(), json!(n)))
                        .collect::<serde_json::Map<_, _>>()
                        .into(),
                    None => Value::Null,
                };
                let differs = match series.tests[c].and_then(|t| t.differs()) {
                    Some(Direction::Higher) => Some("higher"),
                    Some(Direction::Lower) => Some("lower"),
                    None => None,
                };
                // The headline share and its interval as the table writes them (six decimals).
                let headline = table.share_of(&view.scale.headline.codes).map(|e| {
                    [e.share, e.interval.lower, e.interval.upper].map(|x| format!("{x:.6}"))
                });
                rows.push(json!({
                    "item": view.columns[c].item.clone().unwrap_or_default(),
                    "group": if split { Some(series.key.clone()) } else { None },
                    "n": table.n,
                    "counts": counts,
                    "differs": differs,
                    "headline": headline,
                }));
            }
        }
        questions.insert(
            view.question.id.clone(),
            json!({ "rows": rows, "csv": view_csv(view, &selection::described(&state, dataset), &source_line(&dataset.meta)), "summary": summary(view) }),
        );
    }
    let key_figures: Vec<Value> = model
        .key_figures
        .iter()
        .map(|f| {
            let parts: Vec<Value> = f
                .parts
                .iter()
                .map(|p| match p.estimate() {
                    Some(e) => json!({ "type": p.org_type.key(), "count": e.count, "n": e.n }),
                    None => json!({ "type": p.org_type.key(), "count": null, "n": null }),
                })
                .collect();
            json!({ "id": f.id, "parts": parts, "sentence": card_sentence(f) })
        })
        .collect();
    // Each question's map (its first item), region by region, as the page's test contract says.
    let maps: serde_json::Map<String, Value> = match state.map {
        None => serde_json::Map::new(),
        Some(level) => dataset
            .codebook
            .questions
            .iter()
            .map(|question| {
                let column = &question.columns()[0];
                let view = MapView::new(dataset, &state, level, column);
                let regions: Vec<Value> = view
                    .regions
                    .iter()
                    .map(|r| match r.value {
                        RegionValue::Share(Ok(e)) => json!({ "id": r.id, "count": e.count.to_string(), "n": e.n.to_string(), "share": format!("{:.6}", e.share) }),
                        RegionValue::Share(Err(Suppression::Empty)) => json!({ "id": r.id, "status": "tom" }),
                        RegionValue::Share(Err(_)) => json!({ "id": r.id, "count": ":" }),
                        RegionValue::Own(OwnAnswer::Code(code)) => json!({ "id": r.id, "code": code.to_string() }),
                        RegionValue::Own(OwnAnswer::Blank) => json!({ "id": r.id, "code": "0" }),
                        RegionValue::Own(OwnAnswer::NotResponded) => json!({ "id": r.id, "status": "ikke-deltatt" }),
                        RegionValue::Own(OwnAnswer::Outside) => json!({ "id": r.id, "status": "utenfor" }),
                    })
                    .collect();
                let shapes = match view.shapes {
                    Shapes::Fylker => "fylke",
                    Shapes::Kommuner => "knr",
                };
                (question.id.clone(), json!({ "level": level.key(), "shapes": shapes, "column": column.name(), "regions": regions }))
            })
            .collect(),
    };
    json!({
        "route": "explorer",
        "maps": maps,
        "query": state.to_query(),
        "selection": selection::in_short(dataset, &state, model.respondents),
        "chips": active_filters(dataset, &state).iter().map(|c| c.label.clone()).collect::<Vec<_>>(),
        "keyFigures": key_figures,
        "notes": notes.iter().map(notes::url_note).collect::<Vec<_>>(),
        "status": shown_answers(&model.answered),
        "questions": questions,
    })
}

//! Prints, as JSON, every table the explorer page should show for a URL query, computed by
//! the core. The browser tests compare the page's tables with this.
//! Usage: `cargo run --bin expected-view -- 'type=kommune&size=large'`

use arbeidsgivermonitor::dataset::Dataset;
use arbeidsgivermonitor::export::{view_csv, SOURCE};
use arbeidsgivermonitor::summary::summary;
use arbeidsgivermonitor::page_model::PageModel;
use arbeidsgivermonitor::view_state::ViewState;
use serde_json::{json, Value};

fn main() {
    let query = std::env::args().nth(1).unwrap_or_default();
    let dataset = Dataset::bundled().expect("bundled data");
    let (state, notes) = ViewState::from_query(&query, &dataset);
    let model = PageModel::new(&dataset, &state);
    let mut questions = serde_json::Map::new();
    for view in &model.questions {
        let mut rows = Vec::new();
        let split = view.grouping.is_some();
        for series in &view.series {
            for (c, table) in series.tables.iter().enumerate() {
                let counts: Value = match table.counts() {
                    Some(counts) => table.codes.iter().zip(counts).map(|(code, n)| (code.to_string(), json!(n))).collect::<serde_json::Map<_, _>>().into(),
                    None => Value::Null,
                };
                rows.push(json!({
                    "item": view.columns[c].item.clone().unwrap_or_default(),
                    "group": if split { Some(series.key.clone()) } else { None },
                    "n": table.n,
                    "counts": counts,
                }));
            }
        }
        questions.insert(
            view.question.id.clone(),
            json!({ "rows": rows, "csv": view_csv(view, &state.describe(&dataset), SOURCE), "summary": summary(view) }),
        );
    }
    let out = json!({
        "query": state.to_query(),
        "notes": notes.iter().map(|n| n.message.clone()).collect::<Vec<_>>(),
        "status": model.status,
        "questions": questions,
    });
    println!("{out}");
}

//! Chart specifications: pure functions from a [`QuestionView`] to an ECharts option.
//! `charming` builds the chart; [`finish`] adds what charming cannot express (per-bar labels
//! and tips in Norwegian number format, label wrapping, the text alternative) on the JSON.
//!
//! A bar's tip is plain text in its data item (`"tip"`), shown by the page's own small tooltip
//! (`web/chart-tip.js`, as text, never as HTML) on hover or tap; ECharts' tooltip component is
//! not in the build (about 9 KB gzip the start does not need).

pub mod palette;

use crate::model::organisation_view::OrganisationView;
use crate::model::presentation::{ChartRow, QuestionView, RowKind};
use crate::render::organisation_text::{item_sentence, peer_labels};
use crate::stats::aggregate::{Estimate, Suppression};
use crate::stats::difference::Direction;
use crate::stats::figure::Figure;
use crate::text::format::with_first_letter;
use crate::wording::charts;
use crate::wording::phrases::{estimate_phrase, figure_text};
use crate::wording::summary::differs as differs_words;
use charming::component::{Aria, Axis, Decal, Grid, Legend, Title};
use charming::datatype::{CompositeValue, DataPoint};
use charming::element::{
    AxisLabel, AxisType, Emphasis, ItemStyle, Label, LabelPosition, LineStyle, SplitLine, TextStyle,
};
use charming::series::Bar;
use serde_json::{json, Value};

/// What a bar chart draws: rows (items or answer codes), a label per series, and the text
/// alternative. Made from a [`QuestionView`] or an [`OrganisationView`] question.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartData {
    pub rows: Vec<ChartRow>,
    pub series: Vec<String>,
    pub description: String,
    /// The headline answer's label where the rows are answer codes (a difference is of the
    /// headline share, not of the one code).
    pub headline: Option<String>,
}

impl ChartData {
    pub fn from_question(view: &QuestionView) -> ChartData {
        ChartData {
            rows: view.chart_rows(),
            // Each group with how many in it answered the survey: «Store kommuner (41 svarte)».
            series: view
                .series
                .iter()
                .map(|s| match s.tables.first() {
                    Some(t) if view.grouping.is_some() => {
                        charts::group_with_respondents(&s.label, t.respondents)
                    }
                    _ => s.label.clone(),
                })
                .collect(),
            description: text_alternative(view),
            headline: headline_of_codes(view).map(str::to_owned),
        }
    }

    /// Question `question` of an organisation view: items as rows, peer groups as series.
    pub fn from_organisation(view: &OrganisationView, question: usize) -> ChartData {
        let (_, items) = &view.questions[question];
        let rows = items
            .iter()
            .map(|item| ChartRow {
                label: item.item_label.clone(),
                cells: item.peers.clone(),
                differs: vec![None; item.peers.len()],
            })
            .collect();
        let series = peer_labels(view)
            .iter()
            .map(|label| with_first_letter(label, true))
            .collect();
        let sentences: Vec<String> = items.iter().map(|i| item_sentence(view, i)).collect();
        ChartData {
            rows,
            series,
            description: charts::bar_chart(&sentences.join(" ")),
            headline: None,
        }
    }
}

/// Height in pixels that fits the chart's rows and series.
pub fn chart_height(data: &ChartData) -> u32 {
    let rows = data.rows.len() as u32;
    let series = data.series.len().max(1) as u32;
    let legend = if series > 1 {
        24 + 22 * ((series - 1) / 3)
    } else {
        0
    };
    40 + legend + rows * (series * 20 + 18)
}

fn bar_value(cell: &Result<Estimate, Suppression>) -> CompositeValue {
    match cell {
        Ok(e) => CompositeValue::from((e.share * 1000.0).round() / 10.0),
        Err(_) => CompositeValue::from("-"),
    }
}

/// The parts of a chart, each a charming type. The option is assembled from them in
/// [`ChartSpec::to_json`] rather than through `charming::Chart`, whose serializer links every
/// series and component type ECharts has (some 35 KB gzip of wasm for types never used).
#[derive(Debug, Clone)]
pub struct ChartSpec {
    pub colors: Vec<String>,
    pub background: Option<String>,
    pub title: Option<Title>,
    pub aria: Aria,
    pub legend: Option<Legend>,
    pub grid: Grid,
    pub x_axis: Axis,
    pub y_axis: Axis,
    pub series: Vec<Bar>,
}

impl ChartSpec {
    pub fn to_json(&self) -> Value {
        let part = |v: &dyn erased::Part| v.json();
        let mut aria = part(&self.aria);
        // charming writes `decals: []`, which ECharts reads as an empty pattern palette.
        if let Some(decal) = aria.get_mut("decal").and_then(Value::as_object_mut) {
            if decal
                .get("decals")
                .and_then(Value::as_array)
                .is_some_and(Vec::is_empty)
            {
                decal.remove("decals");
            }
        }
        let mut option = json!({
            "animation": false,
            "color": self.colors,
            "aria": aria,
            "grid": [part(&self.grid)],
            "xAxis": [part(&self.x_axis)],
            "yAxis": [part(&self.y_axis)],
            "series": self.series.iter().map(|s| part(s)).collect::<Vec<_>>(),
        });
        if let Some(legend) = &self.legend {
            option["legend"] = part(legend);
        }
        if let Some(title) = &self.title {
            option["title"] = json!([part(title)]);
        }
        if let Some(background) = &self.background {
            option["backgroundColor"] = json!(background);
        }
        option
    }
}

mod erased {
    /// Serialises one charming part to JSON.
    pub trait Part {
        fn json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Part for T {
        fn json(&self) -> serde_json::Value {
            serde_json::to_value(self).expect("chart parts serialise")
        }
    }
}

/// A horizontal bar chart: one row per item (or answer code), one series per group.
pub fn bar_chart(data: &ChartData, dark: bool) -> ChartSpec {
    let p = palette::palette(dark);
    let rows = &data.rows;
    let labels: Vec<String> = rows.iter().map(|r| r.label.clone()).collect();
    let several = data.series.len() > 1;
    let series = data
        .series
        .iter()
        .enumerate()
        .map(|(s, name)| {
            let points: Vec<DataPoint> = rows
                .iter()
                .map(|r| DataPoint::from(bar_value(&r.cells[s])))
                .collect();
            Bar::new()
                .name(name.as_str())
                .item_style(ItemStyle::new().color(p.series[s % p.series.len()]))
                // The bar in focus (web/chart-keys.js) or under the pointer: outlined.
                .emphasis(
                    Emphasis::new()
                        .item_style(ItemStyle::new().border_color(p.text).border_width(2)),
                )
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .color(p.text),
                )
                .data(points)
        })
        .collect();
    ChartSpec {
        colors: p.series.iter().map(|c| c.to_string()).collect(),
        background: None,
        title: None,
        aria: Aria::new().enabled(true).decal(Decal::new().show(true)),
        legend: several.then(|| {
            Legend::new()
                .top(0)
                .left(0)
                .text_style(TextStyle::new().color(p.text))
        }),
        grid: Grid::new()
            .left(8)
            .right(68)
            .top(if several { 40 } else { 8 })
            .bottom(24)
            .contain_label(true),
        x_axis: Axis::new()
            .type_(AxisType::Value)
            .min(0)
            .max(100)
            .axis_label(AxisLabel::new().formatter("{value} %").color(p.muted))
            .split_line(SplitLine::new().line_style(LineStyle::new().color(p.grid_line))),
        y_axis: Axis::new()
            .type_(AxisType::Category)
            .inverse(true)
            .data(labels)
            .axis_label(AxisLabel::new().color(p.text)),
        series,
    }
}

/// The mark after a bar's label where its group differs from the rest of the selection.
fn difference_mark(differs: Option<Direction>) -> &'static str {
    match differs {
        Some(Direction::Higher) => " ▲",
        Some(Direction::Lower) => " ▼",
        None => "",
    }
}

/// The headline's label where a chart's rows are answer codes.
fn headline_of_codes(view: &QuestionView) -> Option<&str> {
    (view.row_kind() == RowKind::Codes).then(|| view.scale.headline.label.local())
}

/// A figure in words, and whether its group differs: «61 % (52–70 %, n = 80), klart høyere
/// enn resten av utvalget» (on an answer's row: «…, andelen «I stor grad» klart høyere …»).
fn figure_words(row: &ChartRow, series: usize, headline: Option<&str>) -> String {
    let figure = estimate_phrase(&Figure::of(row.cells[series]));
    match (row.differs.get(series).copied().flatten(), headline) {
        (Some(direction), None) => format!("{figure}, {}", differs_words(direction)),
        (Some(direction), Some(headline)) => {
            format!(
                "{figure}, {}",
                charts::headline_differs(headline, direction)
            )
        }
        (None, _) => figure,
    }
}

/// What the chart values mean, e.g. «Andel som svarer «I stor grad»» or «Andel per
/// svaralternativ».
pub fn measure_label(view: &QuestionView) -> String {
    match view.row_kind() {
        RowKind::Items => charts::share_answering(view.scale.headline.label.local()),
        RowKind::Codes => charts::SHARE_PER_ANSWER.to_string(),
    }
}

/// The text alternative of a chart: what it shows and every figure in it.
pub fn text_alternative(view: &QuestionView) -> String {
    let rows = view.chart_rows();
    let question = view.question.text.local().trim_end_matches(['.', '?']);
    let mut parts = vec![charts::bar_chart(&charts::question_and_measure(
        question,
        &measure_label(view),
    ))];
    for (s, series) in view.series.iter().enumerate() {
        let figures: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{} {}",
                    r.label,
                    figure_words(r, s, headline_of_codes(view))
                )
            })
            .collect();
        parts.push(format!("{}: {}.", series.label, figures.join("; ")));
    }
    parts.join(" ")
}

/// The ECharts option for a question, ready for `setOption`.
pub fn question_option(view: &QuestionView, dark: bool) -> Value {
    chart_option(&ChartData::from_question(view), dark)
}

/// The ECharts option for any chart data.
pub fn chart_option(data: &ChartData, dark: bool) -> Value {
    finish(data, bar_chart(data, dark))
}

/// Adds per-bar labels and tips, label wrapping and the text alternative to the JSON.
pub fn finish(data: &ChartData, chart: ChartSpec) -> Value {
    let mut option = chart.to_json();
    let rows = &data.rows;
    let headline = data.headline.as_deref();
    if let Some(series) = option.get_mut("series").and_then(Value::as_array_mut) {
        for (s, series_json) in series.iter_mut().enumerate() {
            series_json["barMaxWidth"] = json!(28);
            let name = &data.series[s];
            if let Some(data) = series_json.get_mut("data").and_then(Value::as_array_mut) {
                for (r, point) in data.iter_mut().enumerate() {
                    let row = &rows[r];
                    // Plain text: web/chart-tip.js sets it as text, one line per `\n`.
                    let tip = format!("{}\n{name}: {}", row.label, figure_words(row, s, headline));
                    let label = figure_text(&Figure::of(row.cells[s]))
                        + difference_mark(row.differs.get(s).copied().flatten());
                    *point = json!({
                        "value": point.clone(),
                        "label": { "formatter": label.replace(['{', '}'], "") },
                        "tip": tip,
                    });
                }
            }
        }
    }
    if let Some(axis) = option
        .get_mut("yAxis")
        .and_then(|a| a.get_mut(0))
        .and_then(|a| a.get_mut("axisLabel"))
    {
        axis["width"] = json!(130);
        axis["overflow"] = json!("break");
        axis["lineHeight"] = json!(15);
    }
    if let Some(axis) = option
        .get_mut("xAxis")
        .and_then(|a| a.get_mut(0))
        .and_then(|a| a.get_mut("axisLabel"))
    {
        axis["hideOverlap"] = json!(true);
    }
    option["aria"]["label"] = json!({ "enabled": true, "description": data.description });
    option
}

/// The height of a downloaded image ([`export_option`]): the chart's and room for the title,
/// selection and source above it.
pub fn export_height(data: &ChartData) -> u32 {
    chart_height(data) + 110
}

/// The option for a downloaded image: the chart plus title, selection and source line.
pub fn export_option(data: &ChartData, title: &str, filters: &str, source: &str) -> Value {
    let p = palette::palette(false);
    let mut base = bar_chart(data, false);
    base.background = Some(p.background.to_string());
    base.title = Some(
        Title::new()
            .text(title)
            .subtext(format!("{filters}\n{source}"))
            .left(8)
            .top(4)
            .text_style(TextStyle::new().color(p.text).font_size(16))
            .subtext_style(TextStyle::new().color(p.muted).font_size(12)),
    );
    let mut option = finish(data, base);
    let legend_top = 70;
    if option.get("legend").is_some() {
        option["legend"]["top"] = json!(legend_top);
    }
    option["grid"][0]["top"] = json!(if data.series.len() > 1 {
        legend_top + 34
    } else {
        legend_top + 8
    });
    option
}

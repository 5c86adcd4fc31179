//! One question: heading, wording, generated summary, chart (or table), downloads and copies.
//! The summary and the chart's text alternative follow every change; the chart and the table
//! are brought up to date only while the question is near the viewport, and the table is built
//! only when shown — or for print.
//!
//! Print (issue 27 §3): the chart drawn for paper (an SVG, light, at the print width) and the
//! table, brought up to date by `print_prep` while the page is idle and on `beforeprint`, shown
//! only in print (the contract is in `print_prep`).
//!
//! Copy (issue 27 §4): the buttons `button[data-copy="image"|"link"]` are handled by `app::copy`,
//! to which the question registers how its image (the PNG of the downloads: title, selection,
//! source) is drawn.

use super::browser::download_bytes;
use super::chart::Chart;
use super::copy;
use super::image_export::{self, EXPORT_WIDTH};
use super::map;
use super::nearness::near_signal;
use super::print_prep;
use crate::data::dataset::Dataset;
use crate::model::page_model::PageModel;
use crate::render::charts::{chart_height, chart_option, export_height, export_option, ChartData};
use crate::render::export::view_csv;
use crate::render::summary_text::summary;
use crate::render::table_html::question_table_html;
use crate::state::view_state::ViewState;
use crate::wording::credits::source_line;
use crate::wording::page as words;
use crate::wording::selection;
use leptos::prelude::*;

#[component]
pub fn QuestionFigure(
    data: &'static Dataset,
    index: usize,
    model: Memo<PageModel>,
    /// The same model a paint later: what a question far from the viewport follows, so that a
    /// click does not wait for texts nobody sees yet.
    settled_model: Memo<PageModel>,
    state: RwSignal<ViewState>,
    dark: RwSignal<bool>,
    /// «Vis alle som tabeller»: every question shows its table instead of its chart.
    all_tables: RwSignal<bool>,
    /// The page options a link from the question's map keeps.
    link_options: String,
) -> impl IntoView {
    let question = &data.codebook.questions[index];
    let qid = question.id.clone();
    let title = question.text.local().to_owned();
    let article = NodeRef::<leptos::html::Article>::new();
    let near = near_signal(article);
    let view_memo = Memo::new(move |_| {
        let source = if near.get() { model } else { settled_model };
        source.with(|m| m.questions[index].clone())
    });
    let show_table = RwSignal::new(all_tables.get_untracked());
    Effect::new(move |first: Option<()>| {
        let all = all_tables.get();
        if first.is_some() {
            show_table.set(all);
        }
    });
    // Whether the chart and table may show an older selection than the page: set when the
    // selection changes while the question is far from the viewport (and before it is first
    // drawn), cleared when the chart has drawn the current one. The article is then marked
    // `data-stale`, which hides chart and table, so a jump to it never shows old numbers.
    // Changes in view do not mark it: the chart follows a frame later, without a blank.
    let stale = RwSignal::new(true);
    Effect::new(move |_| {
        state.track();
        if !near.get_untracked() {
            stale.set(true);
        }
    });
    let drawn = Callback::new(move |_| stale.set(false));
    // The table's HTML, rebuilt while it is shown and near the viewport (and for print).
    let table_html = RwSignal::new(String::new());
    let build_table = move || {
        let html = view_memo.with_untracked(|v| {
            question_table_html(
                v,
                &format!(
                    "{} – {}",
                    v.question.text.local(),
                    crate::render::charts::measure_label(v)
                ),
            )
        });
        if table_html.with_untracked(|current| *current != html) {
            table_html.set(html);
        }
    };
    Effect::new(move |_| {
        if near.get() && show_table.get() {
            view_memo.track();
            build_table();
        }
    });
    let chart_failed = RwSignal::new(false);
    let download_error = RwSignal::new(None::<String>);

    let chart_data = Memo::new(move |_| view_memo.with(ChartData::from_question));
    let option = Signal::derive(move || chart_data.with(|d| chart_option(d, dark.get())));
    let changes = Signal::derive(move || {
        chart_data.track();
        dark.track();
    });
    let height = Signal::derive(move || chart_data.with(chart_height));
    let label = Signal::derive(move || chart_data.with(|d| d.description.clone()));
    let on_click = Callback::new(move |series: usize| {
        let target = view_memo
            .with_untracked(|v| v.grouping.zip(v.series.get(series).map(|s| s.key.clone())));
        if let Some((grouping, key)) = target {
            state.update(|s| s.select_group(&grouping, &key));
        }
    });
    let empty = move || view_memo.with(|v| v.is_empty_selection());
    // Print: the job brings the table and the chart drawn for print up to date, once ECharts has
    // loaded (the article's `data-print` says when they are; `print_prep`).
    print_prep::register(article, move |article| {
        build_table();
        chart_data.with_untracked(|d| print_prep::show_chart(article, d));
    });
    Effect::new(move |_| {
        view_memo.track();
        print_prep::outdated(article);
    });
    // Nothing to draw: the message is current as soon as it is near.
    Effect::new(move |_| {
        if near.get() && empty() {
            stale.set(false);
        }
    });
    let filters = move || state.with_untracked(|s| selection::described(s, data));
    let heading = title.clone();
    let file_stem = format!("arbeidsgivermonitoren-2017-{qid}");

    let stem = file_stem.clone();
    let download_csv = move |_| {
        let csv = view_memo.with_untracked(|v| view_csv(v, &filters(), &source_line(&data.meta)));
        let result = download_bytes(
            &format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            csv.as_bytes(),
        );
        download_error.set(
            result
                .err()
                .map(|e| format!("{}{e:?}", words::DOWNLOAD_FAILED)),
        );
    };
    let export = move || {
        chart_data.with_untracked(|d| {
            (
                export_option(d, &heading, &filters(), &source_line(&data.meta)),
                export_height(d),
            )
        })
    };
    let export_png = export.clone();
    let export_copy = export.clone();
    let svg_stem = file_stem.clone();
    let download_svg = move |_| {
        let (option, height) = export();
        let filename = format!("{svg_stem}.svg");
        leptos::task::spawn_local(async move {
            let result = image_export::svg(&option, EXPORT_WIDTH, height)
                .await
                .and_then(|svg| download_bytes(&filename, "image/svg+xml", svg.as_bytes()));
            download_error.set(
                result
                    .err()
                    .map(|e| format!("{}{e:?}", words::DOWNLOAD_FAILED)),
            );
        });
    };
    let download_png = move |_| {
        let (option, height) = export_png();
        let filename = format!("{file_stem}.png");
        leptos::task::spawn_local(async move {
            let result = image_export::png(&option, EXPORT_WIDTH, height)
                .await
                .and_then(|bytes| download_bytes(&filename, "image/png", &bytes));
            download_error.set(
                result
                    .err()
                    .map(|e| format!("{}{e:?}", words::DOWNLOAD_FAILED)),
            );
        });
    };
    // «Kopier bilde» draws the image the downloads draw; both buttons are handled by app::copy.
    copy::register(&qid, std::rc::Rc::new(export_copy));
    let map = map::question_map(qid.clone(), state, near.into(), link_options);
    let figure_id = format!("figur-{qid}");
    let table_id = format!("tabell-{qid}");

    view! {
        <article class="question" node_ref=article id=format!("q-{qid}") aria-labelledby=format!("{qid}-tittel")
            data-stale=move || stale.get().then_some("true")>
            <h3 id=format!("{qid}-tittel")>{title}</h3>
            <p class="summary">{move || view_memo.with(summary)}</p>
            <div class="figure-tools">
                {data.meta.demo.then(|| view! { <span class="demo-tag">{words::DEMO_TAG}</span> })}
                <button
                    type="button"
                    class="toggle"
                    aria-controls=format!("{figure_id} {table_id}")
                    on:click=move |_| show_table.update(|t| *t = !*t)
                >
                    {move || if show_table.get() { words::SHOW_CHART } else { words::SHOW_TABLE }}
                </button>
                <button type="button" on:click=download_csv>{words::DOWNLOAD_CSV}</button>
                <button type="button" on:click=download_png>{words::DOWNLOAD_PNG}</button>
                <button type="button" on:click=download_svg>{words::DOWNLOAD_SVG}</button>
                <span class="copy-tools" inner_html=copy::buttons()></span>
            </div>
            <p class="error" role="alert" hidden=move || download_error.with(Option::is_none)>
                {move || download_error.get().unwrap_or_default()}
            </p>
            <div class="figure" id=figure_id hidden=move || show_table.get()>
                <Show
                    when=move || !empty()
                    fallback=|| view! { <p class="empty">{words::EMPTY_SELECTION}</p> }
                >
                    <Chart option changes height label near=near.into() on_click failed=chart_failed on_drawn=drawn/>
                    <p class="hint">
                        {move || if chart_failed.get() { words::CHART_FAILED } else if view_memo.with(|v| v.grouping.is_some()) { words::CLICK_HINT } else { "" }}
                    </p>
                </Show>
            </div>
            {map}
            <div
                class="table-view"
                id=table_id
                hidden=move || !show_table.get()
                inner_html=move || table_html.get()
            ></div>
        </article>
    }
}

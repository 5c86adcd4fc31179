//! Print (issue 27 §3): what paper needs and the screen leaves undrawn — every question's chart
//! drawn for print and its table — is prepared while the page is idle, and what is still due
//! is finished on `beforeprint` (Ctrl+P, the browser's menu, and a headless browser's print
//! to PDF, which fires it too), whose changes the printout still gets.
//!
//! The stylesheet's print rules (`style/main.css`) show the print parts in place of the live
//! chart and the table whether shown or not, keep a chart on one page (at most a page tall; a
//! question's table may run over pages), and use the light colours whatever the screen's
//! scheme (the dark ones are for `screen` only); the organisation page says «Demodata» in its
//! own notice only.
//!
//! Test contract: a question's `article` has `data-print="ready"` while its print chart (a
//! `div.print-chart`, after the question's `.figure` or, on the organisation page, its
//! `.chart`, made by the first [`show`]) and its table
//! show the selection the page shows; a browser test waits for it on every question before it
//! prints to PDF.
//!
//! Each question registers a job ([`register`]) that brings its print part up to date if it is
//! old, and calls [`outdated`] whenever it becomes old. After [`SETTLE`] without a new change
//! ([`START_SETTLE`] at the start), ECharts is loaded (if no chart has loaded it yet) and the
//! jobs run one per idle period (`requestIdleCallback`; a timer where there is none), so a click
//! waits for one question at most. On `beforeprint` every job runs at once; without ECharts
//! (printed before anything loaded it) a job brings the table up to date and leaves the chart
//! out — the printout then has the tables, and the charts that were drawn on screen.

use super::echarts;
use crate::render::charts::{chart_height, chart_option, ChartData};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::time::Duration;

/// How long the page must be without a change before print parts are prepared: several quick
/// changes (a reader trying filters) are prepared once, and not while the reader clicks.
pub const SETTLE: Duration = Duration::from_millis(2000);

/// The same at the start: its first seconds are when a reader begins to scroll and click, and
/// the preparation (ECharts' evaluation, then every chart) would compete with that.
pub const START_SETTLE: Duration = Duration::from_millis(5000);

/// The width a chart is drawn at for print: A4 less the page's margins (180 mm) in CSS px.
const PRINT_WIDTH: u32 = 680;

/// Draws a question's chart for print (light, [`PRINT_WIDTH`] wide; nothing when it has no
/// rows) and [`show`]s it, once ECharts has loaded; before that, does nothing (the question
/// stays due).
pub fn show_chart(article: &web_sys::Element, data: &ChartData) {
    if !echarts::is_loaded() {
        return;
    }
    let svg = if data.rows.is_empty() {
        Ok(String::new())
    } else {
        echarts::svg_of(&chart_option(data, false), PRINT_WIDTH, chart_height(data))
    };
    show(article, &svg.unwrap_or_default());
}

/// A job: brings one question's print part up to date, if it is old.
type Job = Rc<dyn Fn()>;

thread_local! {
    static JOBS: RefCell<Vec<Weak<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// Whether the jobs have run once (after that, [`SETTLE`] is waited for).
    static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The attribute on a question's `article` while its print parts are up to date.
const READY: &str = "data-print";

/// Puts a question's chart drawn for print (`svg`, empty when there is none) in its place and
/// marks the question's print parts up to date.
fn show(article: &web_sys::Element, svg: &str) {
    let holder = match article.query_selector(".print-chart").ok().flatten() {
        Some(holder) => holder,
        None => {
            let Ok(holder) = gloo_utils::document().create_element("div") else {
                return;
            };
            holder.set_class_name("print-chart");
            let _ = holder.set_attribute("aria-hidden", "true");
            // After the explorer's `.figure` (which holds the chart), or the organisation
            // page's `.chart`.
            if let Some(figure) = article.query_selector(".figure, .chart").ok().flatten() {
                let _ = figure.after_with_node_1(&holder);
            }
            holder
        }
    };
    holder.set_inner_html(svg);
    let _ = article.set_attribute(READY, "ready");
}

/// Registers question `article`'s job, for the life of the calling component (a job whose
/// owner is gone is dropped from the list): `update` brings the question's print parts up to
/// date (and calls [`show_chart`]); it runs only while they are old. The first registration
/// listens for `beforeprint`.
pub fn register(
    article: NodeRef<leptos::html::Article>,
    update: impl Fn(&web_sys::Element) + 'static,
) {
    let job: Job = Rc::new(move || {
        if let Some(article) = article.try_get_untracked().flatten() {
            if !article.has_attribute(READY) {
                update(&article);
            }
        }
    });
    JOBS.with(|jobs| {
        let mut jobs = jobs.borrow_mut();
        if jobs.is_empty() {
            gloo_events::EventListener::new(&gloo_utils::window(), "beforeprint", |_| run_all())
                .forget();
        }
        jobs.retain(|job| job.strong_count() > 0);
        jobs.push(Rc::downgrade(&job));
    });
    StoredValue::new_local(job);
}

/// Question `article`'s print parts are old (or not made yet): they are made again after
/// [`SETTLE`] without another change.
pub fn outdated(article: NodeRef<leptos::html::Article>) {
    if let Some(article) = article.get_untracked() {
        let _ = article.remove_attribute(READY);
    }
    due();
}

/// Some print part is old: the jobs run after [`SETTLE`] without another change.
fn due() {
    let settle = if STARTED.get() { SETTLE } else { START_SETTLE };
    let timer = set_timeout_with_handle(
        || {
            STARTED.set(true);
            when_idle(Box::new(|| {
                leptos::task::spawn_local(async {
                    if echarts::load().await.is_ok() {
                        run_from(0);
                    }
                })
            }))
        },
        settle,
    )
    .ok();
    if let Some(previous) = TIMER.with(|t| t.replace(timer)) {
        previous.clear();
    }
}

/// Runs job `index` (if its owner is still there); false past the last.
fn run(index: usize) -> bool {
    let job = JOBS.with(|jobs| jobs.borrow().get(index).map(Weak::upgrade));
    if let Some(Some(job)) = &job {
        job();
    }
    job.is_some()
}

/// Runs job `index` and the rest, one per idle period.
fn run_from(index: usize) {
    if run(index) {
        when_idle(Box::new(move || run_from(index + 1)));
    }
}

/// Calls `f` when the page is next idle (`requestIdleCallback`), or in a task of its own where
/// the browser has no idle callbacks (Safari).
fn when_idle(f: Box<dyn FnOnce()>) {
    let window = gloo_utils::window();
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let callback = wasm_bindgen::JsCast::unchecked_ref(&callback);
    if window.request_idle_callback(callback).is_err() {
        let _ = window.set_timeout_with_callback(callback);
    }
}

/// Runs every job now (before print).
pub fn run_all() {
    let mut index = 0;
    while run(index) {
        index += 1;
    }
}

//! Print (issue 27 §3): what paper needs and the screen leaves undrawn — every question's chart
//! drawn for print and its table — is prepared while the page is idle, and what is still due
//! is finished on `beforeprint` (Ctrl+P, the browser's menu, and a headless browser's print
//! to PDF, which fires it too), whose changes the printout still gets.
//!
//! Test contract: a question's `article` has `data-print="ready"` while its print chart (a
//! `div.print-chart`, after the question's `.figure`, made by the first [`show`]) and its table
//! show the selection the page shows; a browser test waits for it on every question before it
//! prints to PDF.
//!
//! Each question registers a job ([`register`]) that brings its print part up to date if it is
//! old, and calls [`due`] whenever it becomes old. After [`SETTLE`] without a new change,
//! ECharts is loaded (if no chart has loaded it yet) and the jobs run one per task, so a click
//! between two of them waits for one question at most. On `beforeprint` every job runs at once;
//! without ECharts (not loaded yet) a job brings the table up to date and leaves the chart due.

use super::echarts;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::time::Duration;

/// How long the page must be without a change before print parts are prepared: several quick
/// changes (a reader trying filters) are prepared once, and not while the reader clicks. At the
/// start it also keeps ECharts' evaluation out of the page's first seconds.
pub const SETTLE: Duration = Duration::from_millis(2000);

/// A job: brings one question's print part up to date, if it is old.
pub type Job = Rc<dyn Fn()>;

thread_local! {
    static JOBS: RefCell<Vec<Weak<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
}

/// The attribute on a question's `article` while its print parts are up to date.
pub const READY: &str = "data-print";

/// Puts a question's chart drawn for print (`svg`, empty when there is none) in its place and
/// marks the question's print parts up to date.
pub fn show(article: &web_sys::Element, svg: &str) {
    let holder = match article.query_selector(".print-chart").ok().flatten() {
        Some(holder) => holder,
        None => {
            let Ok(holder) = gloo_utils::document().create_element("div") else {
                return;
            };
            holder.set_class_name("print-chart");
            let _ = holder.set_attribute("aria-hidden", "true");
            if let Some(figure) = article.query_selector(".figure").ok().flatten() {
                let _ = figure.after_with_node_1(&holder);
            }
            holder
        }
    };
    holder.set_inner_html(svg);
    let _ = article.set_attribute(READY, "ready");
}

/// Registers a question's job for as long as the caller keeps the `Rc` (a job whose owner is
/// gone is dropped from the list). The first registration listens for `beforeprint`.
pub fn register(job: &Job) {
    JOBS.with(|jobs| {
        let mut jobs = jobs.borrow_mut();
        if jobs.is_empty() {
            gloo_events::EventListener::new(&gloo_utils::window(), "beforeprint", |_| run_all())
                .forget();
        }
        jobs.retain(|job| job.strong_count() > 0);
        jobs.push(Rc::downgrade(job));
    });
}

/// Some print part is old: the jobs run after [`SETTLE`] without another change.
pub fn due() {
    let timer = set_timeout_with_handle(
        || {
            leptos::task::spawn_local(async {
                if echarts::load().await.is_ok() {
                    run_from(0);
                }
            })
        },
        SETTLE,
    )
    .ok();
    if let Some(previous) = TIMER.with(|t| t.replace(timer)) {
        previous.clear();
    }
}

fn live_jobs() -> Vec<Job> {
    JOBS.with(|jobs| jobs.borrow().iter().filter_map(Weak::upgrade).collect())
}

/// Runs job `index` and the rest one per task.
fn run_from(index: usize) {
    if let Some(job) = live_jobs().get(index) {
        job();
        set_timeout(move || run_from(index + 1), Duration::ZERO);
    }
}

/// Runs every job now (before print).
pub fn run_all() {
    for job in live_jobs() {
        job();
    }
}

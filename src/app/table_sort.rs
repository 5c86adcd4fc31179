//! Sorting the tables by a column head (issue 27): one listener on the document hands a press
//! on any table's head button (`button[data-sort-column]`, written by `render::table_html`) to
//! `web/table-sort.js`, part of the ECharts bundle, loaded first if it is not yet (the rows are
//! moved there, the order and `aria-sort` described in that file). The tables drawn anew (a
//! change of the selection, «Nullstill») are in their natural order.

use super::echarts;
use gloo_events::EventListener;
use gloo_utils::document;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Listens for presses on the tables' column heads, for the life of the page.
pub fn listen() {
    EventListener::new(&document(), "click", |event| {
        let button = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("button[data-sort-column]").ok().flatten());
        if let Some(button) = button {
            leptos::task::spawn_local(async move {
                if echarts::load().await.is_ok() {
                    let _ = echarts::sort_table(&button);
                }
            });
        }
    })
    .forget();
}

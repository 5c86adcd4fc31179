//! Sorting the tables by a column head (issue 27): one listener on the document hands a press
//! on any table's head button (`button[data-sort-column]`, written by `render::table_html`) to
//! `web/table-sort.js`, part of the ECharts bundle, loaded first if it is not yet (the rows are
//! moved there, the order, `aria-sort` and how a sort outlives a table drawn anew described in
//! that file). The organisation page's tables (`render::organisation_html`) are sorted the same.

use super::echarts;

/// Listens for presses on the tables' column heads, for the life of the page.
pub fn listen() {
    echarts::on_press("button[data-sort-column]", |button| {
        echarts::sort_table(&button)
    });
}

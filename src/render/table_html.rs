//! The accessible table beside each chart, as HTML text: every answer code with count, share
//! and interval, n and N, for every group. Written by a pure function (tested natively) rather
//! than as a view tree, which keeps the page's wasm smaller. Every text is escaped.
//!
//! Test contract: `<table data-question="QID">`, rows `<tr data-item="ITEM">` (with
//! `data-group` when split, `data-total` for the whole selection), count cells
//! `<td data-code="CODE" data-count="COUNT" data-n="N">` (`data-count=":"` when suppressed).
//! When split, a group's row has `data-differs="higher"` or `"lower"` where its headline share
//! differs from the rest of the selection (`stats::difference`; absent otherwise), and the
//! last column says it in words. Every cell of a shown share (each code's and the headline's)
//! has `data-share`, `data-lower` and `data-upper`: the share and its interval as decimal
//! fractions with six decimals, weighted to the population where the view is (`vekt=1`).
//! Sorting (issue 27, `web/table-sort.js`): every column head holds `<button class="sort"
//! data-sort-column="K">` (K: the cell's place in the row), every row but the total `data-order`
//! (its natural place); a cell sorts by its `data-sort`, else its `data-share`, else its text
//! («:» last).

use crate::model::presentation::{QuestionView, Series};
use crate::stats::aggregate::{Estimate, ItemTable};
use crate::stats::difference::Direction;
use crate::text::format::{format_percent, format_percent_range};
use crate::text::html::escape;
use crate::wording::phrases::{share_with_interval, suppression_phrase};
use crate::wording::tables::*;
use std::fmt::Write;

use crate::wording::tables::table_note;

/// The shown share and its interval as decimal fractions, six decimals (test contract).
fn share_attributes(e: &Estimate) -> String {
    format!(
        " data-share=\"{}\" data-lower=\"{}\" data-upper=\"{}\"",
        fraction(e.share),
        fraction(e.interval.lower),
        fraction(e.interval.upper)
    )
}

/// A fraction in [0, 1] with six decimals, «0.652542», from whole numbers (the float formatter
/// would bring 15 KB of code into the page).
pub fn fraction(x: f64) -> String {
    let millionths = (x.clamp(0.0, 1.0) * 1e6).round() as u32;
    format!("{}.{:06}", millionths / 1_000_000, millionths % 1_000_000)
}

/// A column head that sorts its table (`web/table-sort.js`): `html` is the head's escaped text,
/// `column` the cell's place in the row. The organisation page's tables use it too.
pub fn sortable_head(out: &mut String, column: usize, html: &str) {
    let _ = write!(
        out,
        "<th scope=\"col\"><button type=\"button\" class=\"sort\" data-sort-column=\"{column}\">{html}</button></th>"
    );
}

/// One answer code's cell; `shares` are the table's estimates (computed once per row).
fn code_cell(
    out: &mut String,
    table: &ItemTable,
    shares: Option<&[Estimate]>,
    index: usize,
    code: u8,
) {
    match shares {
        Some(shares) => {
            let e = shares[index];
            let _ = write!(
                out,
                "<td class=\"num\" data-code=\"{code}\" data-count=\"{}\" data-n=\"{}\"{}><span class=\"count\">{}</span><span class=\"share\">{}</span><span class=\"ci\">{}</span></td>",
                e.count,
                table.n,
                share_attributes(&e),
                e.count,
                format_percent(e.share, 1),
                format_percent_range(e.interval.lower, e.interval.upper, 0)
            );
        }
        None => {
            let _ = write!(
                out,
                "<td class=\"num suppressed\" data-code=\"{code}\" data-count=\":\" data-n=\"{}\" title=\"{}\">:</td>",
                table.n,
                escape(table.suppression.map(suppression_phrase).unwrap_or_default())
            );
        }
    }
}

/// The rows of one series; `order` counts the rows written (`data-order`, the natural order a
/// sorted table returns to).
fn rows(out: &mut String, view: &QuestionView, series: &Series, total: bool, order: &mut usize) {
    let split = view.grouping.is_some();
    for (c, column) in view.columns.iter().enumerate() {
        let table = &series.tables[c];
        let item = escape(column.item.as_deref().unwrap_or(""));
        let _ = write!(out, "<tr data-item=\"{item}\"");
        if !total {
            let _ = write!(out, " data-order=\"{order}\"");
            *order += 1;
        }
        let differs = series.tests[c].and_then(|t| t.differs());
        if split && !total {
            let _ = write!(out, " data-group=\"{}\"", escape(&series.key));
            match differs {
                Some(Direction::Higher) => out.push_str(" data-differs=\"higher\""),
                Some(Direction::Lower) => out.push_str(" data-differs=\"lower\""),
                None => {}
            }
        }
        if total {
            out.push_str(" data-total=\"true\"");
        }
        let _ = write!(
            out,
            "><th scope=\"row\">{}</th>",
            escape(&view.item_label(c))
        );
        if split {
            let label = if total {
                TABLE_TOTAL
            } else {
                series.label.as_str()
            };
            let _ = write!(out, "<td>{}</td>", escape(label));
        }
        let _ = write!(
            out,
            "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
            table.n, table.population
        );
        let shares = table.shares();
        for (i, code) in view.scale.codes.iter().enumerate() {
            code_cell(out, table, shares.as_deref(), i, code.code);
        }
        let headline = table.share_of(&view.scale.headline.codes);
        let _ = write!(
            out,
            "<td class=\"num headline\"{}>{}</td>",
            headline.as_ref().map(share_attributes).unwrap_or_default(),
            escape(
                &headline
                    .map(|e| share_with_interval(&e))
                    .unwrap_or_else(|| ":".to_string())
            )
        );
        if split {
            let tested = series.tests[c].map(|t| t.differs());
            let (word, key) = match (total, tested) {
                (true, _) => ("", ":"),
                (false, Some(Some(Direction::Higher))) => (differs_word(tested), "1"),
                (false, Some(Some(Direction::Lower))) => (differs_word(tested), "-1"),
                (false, Some(None)) => (differs_word(tested), "0"),
                (false, None) => (differs_word(tested), ":"),
            };
            // Sorted as higher, no difference, lower, untested.
            let _ = write!(out, "<td class=\"differs\" data-sort=\"{key}\">{word}</td>");
        }
        out.push_str("</tr>");
    }
}

/// The note under the table: what a cell holds, and when weighted, that the shares are.
fn note(view: &QuestionView) -> String {
    let mut note = table_note();
    let tables = || {
        view.series
            .iter()
            .chain([&view.total])
            .flat_map(|s| &s.tables)
    };
    if tables().any(ItemTable::is_weighted) {
        note.push(' ');
        note.push_str(WEIGHTED_NOTE);
        if tables().any(ItemTable::cells_left_out) {
            note.push(' ');
            note.push_str(CELLS_LEFT_OUT);
        }
    }
    note
}

/// The table (in a focusable, labelled scroll region) and its note.
pub fn question_table_html(view: &QuestionView, caption: &str) -> String {
    let split = view.grouping.is_some();
    let caption = escape(caption);
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"{caption}\" tabindex=\"0\"><table class=\"data\" data-question=\"{}\"><caption>{caption}</caption><thead><tr>",
        escape(&view.question.id)
    );
    // Every column head is a button that sorts by it (`app::table_sort`).
    let mut heads: Vec<String> = vec![TABLE_ITEM.to_string()];
    if split {
        heads.push(TABLE_GROUP.to_string());
    }
    heads.extend(["n".to_string(), "N".to_string()]);
    heads.extend(view.scale.codes.iter().map(|c| c.label.local().to_string()));
    heads.push(with_interval(view.scale.headline.label.local()));
    if split {
        heads.push(DIFFERS_HEAD.to_string());
    }
    for (column, head) in heads.iter().enumerate() {
        sortable_head(&mut out, column, &escape(head));
    }
    out.push_str("</tr></thead><tbody>");
    let mut order = 0;
    for series in &view.series {
        rows(&mut out, view, series, false, &mut order);
    }
    if split {
        rows(&mut out, view, &view.total, true, &mut order);
    }
    let _ = write!(
        out,
        "</tbody></table><p class=\"table-note\">{}</p></div>",
        escape(&note(view))
    );
    out
}

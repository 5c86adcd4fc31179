//! Sorting the tables by a column head (issue 27): a press on a head's button
//! (`button[data-sort-column]`, written by `render::table_html`) sorts the rows of that table
//! by the column's keys (`state::table_sort`), sets `aria-sort` on the head (and takes it off
//! the others), and moves the rows; the total row stays last. One listener on the document
//! serves every table, however often the tables are drawn anew (which gives the natural order
//! back, as «Nullstill» does).

use crate::state::table_sort::{after_press, order, Direction, Key};
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
            sort_by(&button);
        }
    })
    .forget();
}

/// The elements a selector finds under `root`, in document order.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// A cell's key: its `data-sort`, else its `data-share`, else its text.
fn key(cell: Option<Element>) -> Key {
    let Some(cell) = cell else {
        return Key::Missing;
    };
    let value = cell
        .get_attribute("data-sort")
        .or_else(|| cell.get_attribute("data-share"))
        .or_else(|| cell.text_content())
        .unwrap_or_default();
    Key::parse(&value)
}

fn sort_by(button: &Element) -> Option<()> {
    let head = button.parent_element()?;
    let table = head.closest("table").ok()??;
    let body = table.query_selector("tbody").ok()??;
    let column: u32 = button.get_attribute("data-sort-column")?.parse().ok()?;
    // The rows in their natural order, whatever order they are shown in now.
    let shown = all(&body, "tr[data-order]");
    let places: Vec<Key> = shown
        .iter()
        .map(|r| Key::parse(&r.get_attribute("data-order").unwrap_or_default()))
        .collect();
    let natural: Vec<&Element> = order(&places, Direction::Ascending)
        .into_iter()
        .map(|i| &shown[i])
        .collect();
    let keys: Vec<Key> = natural
        .iter()
        .map(|row| key(row.children().item(column)))
        .collect();
    let current = head
        .get_attribute("aria-sort")
        .and_then(|v| Direction::from_aria(&v));
    let next = after_press(current, Key::all_numeric(&keys));
    for other in all(&table, "th[aria-sort]") {
        let _ = other.remove_attribute("aria-sort");
    }
    let sequence: Vec<usize> = match next {
        Some(direction) => {
            let _ = head.set_attribute("aria-sort", direction.aria());
            order(&keys, direction)
        }
        None => (0..natural.len()).collect(),
    };
    // Each row in turn before the total row (or at the end), which leaves them in order.
    let total = body.query_selector("tr[data-total]").ok().flatten();
    for i in sequence {
        let _ = body.insert_before(natural[i], total.as_ref().map(|t| t.as_ref()));
    }
    Some(())
}

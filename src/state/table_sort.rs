//! Sorting a table by one of its columns (issue 27): what a press on a column head does, and
//! the order of the rows. Pure; the page's glue (`app::table_sort`) reads each cell's key
//! (`data-sort`, written by `render::table_html`) and moves the rows.
//!
//! A first press sorts numbers largest first and text from A to Å; the next press reverses; a
//! third gives the natural order back (as does «Nullstill», which draws the tables anew).
//! Equal keys keep their natural order; cells without a figure («:») come last either way.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

impl Direction {
    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }

    pub fn from_aria(value: &str) -> Option<Direction> {
        match value {
            "ascending" => Some(Direction::Ascending),
            "descending" => Some(Direction::Descending),
            _ => None,
        }
    }
}

/// The sort after a press on a column head that is sorted `current` (`None`: not sorted by it).
pub fn after_press(current: Option<Direction>, numeric: bool) -> Option<Direction> {
    let first = if numeric {
        Direction::Descending
    } else {
        Direction::Ascending
    };
    match current {
        None => Some(first),
        Some(d) if d == first => Some(match first {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        }),
        Some(_) => None,
    }
}

/// A cell's sort key.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Number(f64),
    Text(String),
    /// No figure (suppressed): last whichever way.
    Missing,
}

impl Key {
    /// From a cell's `data-sort`: a number where it reads as one, «:» or nothing as missing,
    /// otherwise text compared as Norwegian is (æ, ø, å after z).
    pub fn parse(value: &str) -> Key {
        let value = value.trim();
        if value.is_empty() || value == ":" {
            return Key::Missing;
        }
        match value.parse::<f64>() {
            Ok(number) if number.is_finite() => Key::Number(number),
            _ => Key::Text(
                value
                    .to_lowercase()
                    .chars()
                    .map(|c| match c {
                        'æ' => '\u{7b}',
                        'ø' | 'ö' => '\u{7c}',
                        'å' => '\u{7d}',
                        'ä' => '\u{7b}',
                        c => c,
                    })
                    .collect(),
            ),
        }
    }

    /// Whether a column of these keys sorts as numbers (every key with a value is a number).
    pub fn all_numeric(keys: &[Key]) -> bool {
        keys.iter().all(|k| !matches!(k, Key::Text(_)))
    }
}

/// Whether `a` goes before `b` in `direction` (missing keys last).
fn before(a: &Key, b: &Key, direction: Direction) -> bool {
    let ascending = match (a, b) {
        (Key::Missing, _) => return false,
        (_, Key::Missing) => return true,
        (Key::Number(x), Key::Number(y)) => x < y,
        (Key::Text(x), Key::Text(y)) => x < y,
        // Numbers before text (a column mixes them only by mistake).
        (Key::Number(_), Key::Text(_)) => true,
        (Key::Text(_), Key::Number(_)) => false,
    };
    let descending = match (a, b) {
        (Key::Number(x), Key::Number(y)) => x > y,
        (Key::Text(x), Key::Text(y)) => x > y,
        _ => ascending,
    };
    match direction {
        Direction::Ascending => ascending,
        Direction::Descending => descending,
    }
}

/// The rows' places in sorted order: `order[i]` is the natural index of the row shown i-th.
/// Stable (an insertion sort: tables have a few hundred rows at most, and a library sort of a
/// new type costs the page KBs of code).
pub fn order(keys: &[Key], direction: Direction) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(keys.len());
    for i in 0..keys.len() {
        let mut at = order.len();
        while at > 0 && before(&keys[i], &keys[order[at - 1]], direction) {
            at -= 1;
        }
        order.insert(at, i);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presses_cycle_through_both_directions_and_back() {
        use Direction::*;
        assert_eq!(after_press(None, true), Some(Descending));
        assert_eq!(after_press(Some(Descending), true), Some(Ascending));
        assert_eq!(after_press(Some(Ascending), true), None);
        assert_eq!(after_press(None, false), Some(Ascending));
        assert_eq!(after_press(Some(Ascending), false), Some(Descending));
        assert_eq!(after_press(Some(Descending), false), None);
    }

    #[test]
    fn numbers_text_and_missing_sort_as_readers_expect() {
        let keys: Vec<Key> = ["0.5", ":", "0.75", "0.5", "0.1"].map(Key::parse).to_vec();
        assert!(Key::all_numeric(&keys));
        // Equal keys in natural order; the missing cell last both ways.
        assert_eq!(order(&keys, Direction::Descending), vec![2, 0, 3, 4, 1]);
        assert_eq!(order(&keys, Direction::Ascending), vec![4, 0, 3, 2, 1]);
        let names: Vec<Key> = [
            "Østfold",
            "Aust-Agder",
            "Akershus",
            "Ålesund",
            "Vestfold",
            "Ærøy",
        ]
        .map(Key::parse)
        .to_vec();
        assert!(!Key::all_numeric(&names));
        // Norwegian order: … V, Æ, Ø, Å.
        assert_eq!(order(&names, Direction::Ascending), vec![2, 1, 4, 5, 0, 3]);
        assert_eq!(order(&names, Direction::Descending), vec![3, 0, 5, 4, 1, 2]);
        assert!(order(&[], Direction::Ascending).is_empty());
    }
}

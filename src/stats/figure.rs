//! How a figure is shown, decided once for every view and language (issue 26): a share with
//! its interval and n, a count for a small base («13 av 14»), or hidden and why. The wording
//! modules only word these values; none of them compares n with a limit.

use crate::stats::aggregate::{Estimate, Suppression, SHOW_COUNTS_BELOW};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    /// A share with its interval and n: «88 % (85–90 %, n = 235)».
    Share(Estimate),
    /// A base below [`SHOW_COUNTS_BELOW`], told as a count first: «13 av 14 (93 %)».
    Count(Estimate),
    /// No figure, and why.
    Hidden(Suppression),
}

impl Figure {
    /// The figure for a table cell: its estimate, or why there is none.
    pub fn of(cell: Result<Estimate, Suppression>) -> Figure {
        match cell {
            Ok(e) if e.n < SHOW_COUNTS_BELOW => Figure::Count(e),
            Ok(e) => Figure::Share(e),
            Err(why) => Figure::Hidden(why),
        }
    }

    pub fn estimate(&self) -> Option<&Estimate> {
        match self {
            Figure::Share(e) | Figure::Count(e) => Some(e),
            Figure::Hidden(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_base_is_a_count_and_a_missing_one_hidden() {
        let e = |n| Estimate::new(1, n, 100).unwrap();
        assert_eq!(Figure::of(Ok(e(29))), Figure::Count(e(29)));
        assert_eq!(Figure::of(Ok(e(30))), Figure::Share(e(30)));
        assert_eq!(
            Figure::of(Err(Suppression::Primary)),
            Figure::Hidden(Suppression::Primary)
        );
        assert_eq!(Figure::of(Ok(e(30))).estimate(), Some(&e(30)));
    }
}

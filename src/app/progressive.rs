//! Drawing a long page in parts: the first parts at once, then one more per task, so that the
//! page appears without one long task blocking the reader's input.

use leptos::prelude::*;
use std::time::Duration;

/// A count of parts to show: `initial` now, then one more per task until `count`.
pub fn reveal_one_per_task(count: usize, initial: usize) -> RwSignal<usize> {
    let shown = RwSignal::new(initial.min(count));
    reveal_next(shown, count);
    shown
}

/// Stops when the part's owner is gone (the page was mounted anew on other data).
fn reveal_next(shown: RwSignal<usize>, count: usize) {
    if shown.try_get_untracked().is_some_and(|n| n < count) {
        set_timeout(
            move || {
                shown.update(|n| *n += 1);
                reveal_next(shown, count);
            },
            Duration::ZERO,
        );
    }
}

//! Browser glue: whether the note in `localStorage` (`agm-egne-data`, written by the page's
//! «Åpne egne data» script, `web/own-data-view.js`) says that the reader's own data are kept on
//! this machine and shown (issue 13), so that a page knows at its start whether to ask for
//! them, and every other visit loads nothing of it. The data themselves are in IndexedDB.

use gloo_storage::{LocalStorage, Storage};

const KEY: &str = "agm-egne-data";

/// Whether the page should show the reader's kept data (the note's first line is `vist`).
pub fn shows_kept() -> bool {
    LocalStorage::raw()
        .get_item(KEY)
        .ok()
        .flatten()
        .is_some_and(|note| note.lines().next() == Some("vist"))
}

//! Browser glue: whether the note in `localStorage` (`agm-egne-data`, written by the page's
//! «Åpne egne data» script, `web/own-data-view.js`) says that the reader's own data are kept on
//! this machine and shown (issue 13), so that a page knows at its start whether to ask for
//! them, and every other visit loads nothing of it. The data themselves are in IndexedDB.
//! Read through web-sys rather than gloo-storage, whose `LocalStorage` panics where storage is
//! refused (a browser set to block site data throws on `window.localStorage`): then there is
//! no note, and the page shows the published data.

const KEY: &str = "agm-egne-data";

/// Whether the page should show the reader's kept data (the note's first line is `vist`).
pub fn shows_kept() -> bool {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(KEY).ok().flatten())
        .is_some_and(|note| note.lines().next() == Some("vist"))
}

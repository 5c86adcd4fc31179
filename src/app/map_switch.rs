//! Where the maps enter the page. They are built in with the cargo feature `maps`. Their
//! code runs in the map worker, loaded on first need, but the page's side (the frame filled in,
//! the worker messages, the control) still adds 12.3 KB gzip to every first load where issue 12
//! allows 10, and with a kommune map in view the interaction benchmark's p95 is 104–128 ms
//! where 100 is allowed (docs/PERFORMANCE.md). So the published build leaves them out for now;
//! the test command builds and tests a second page with them (`target/dist-maps`). Without the
//! feature these show nothing, and post-build leaves the map file and worker out of the build.

#[cfg(feature = "maps")]
pub use super::map::{locator, map_choice, question_map};

#[cfg(not(feature = "maps"))]
mod without {
    use crate::data::dataset::Dataset;
    use crate::state::view_state::ViewState;
    use leptos::prelude::*;

    pub fn map_choice(_state: RwSignal<ViewState>) -> impl IntoView {}

    pub fn question_map(
        _data: &'static Dataset,
        _index: usize,
        _state: RwSignal<ViewState>,
        _near: Signal<bool>,
        _link_options: String,
    ) -> impl IntoView {
    }

    pub fn locator(_data: &'static Dataset, _index: usize) -> impl IntoView {}
}

#[cfg(not(feature = "maps"))]
pub use without::{locator, map_choice, question_map};

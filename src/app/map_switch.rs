//! Where the maps enter the page. They are built in with the cargo feature `maps`: the
//! published build leaves them out until their code loads on demand, because compiled into the
//! page they add about 22 KB gzip to every first load where issue 12 allows 10 (see
//! docs/PERFORMANCE.md). The test command builds and tests a second page with them
//! (`target/dist-maps`). Without the feature these show nothing.

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

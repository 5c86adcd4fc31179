//! Layer 5, model: what each view shows, as numbers, ids and labels from the data — a question
//! (`presentation`), the page (`page_model`), the key figures, the selection, summaries, an
//! organisation's page and the search.

pub mod comparison_view;
pub mod key_figures;
pub mod map_view;
pub mod organisation_view;
pub mod page_model;
pub mod presentation;
pub mod search;
pub mod selection_summary;
pub mod summary;

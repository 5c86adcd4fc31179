//! Arbeidsgivermonitoren 2017: the pure core of the explorer (data loading, validation,
//! filtering, aggregation, statistics, formatting) and, on wasm32 only, the browser view.
//!
//! Nothing outside `app` touches a browser type, so the core is tested natively with
//! `cargo test`.

pub mod about_html;
pub mod aggregate;
pub mod bundled;
pub mod charts;
pub mod codebook;
pub mod csv;
pub mod dataset;
pub mod demo;
pub mod embed;
pub mod error;
pub mod export;
pub mod filter;
pub mod filter_controls;
pub mod format;
pub mod html;
pub mod json;
pub mod key_figures;
pub mod key_figures_html;
pub mod organisation_html;
pub mod organisation_view;
pub mod page_model;
pub mod presentation;
pub mod register;
pub mod responses;
pub mod route;
pub mod search;
pub mod selection_summary;
pub mod snapshot;
pub mod stats;
pub mod summary;
pub mod table_html;
pub mod url_query;
pub mod view_state;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod app;

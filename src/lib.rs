//! Arbeidsgivermonitoren 2017: the explorer's pure core and, on wasm32 only, its browser view.
//!
//! The layers, lowest first; a module imports only from its own layer and those below
//! (checked by `tests/layers.rs`):
//!
//! | layer | what |
//! |---|---|
//! | [`text`] | number formatting, HTML escaping, URL encoding |
//! | [`data`] | data files, formats, checks, the embedded snapshot |
//! | [`stats`] | filters, aggregates with disclosure control, intervals |
//! | [`state`] | the reader's choices in the URL: filters, page options, route |
//! | [`wording`] | the words, one module per language: fixed texts, and sentences as functions of numbers and names |
//! | [`model`] | what each view shows |
//! | [`render`] | HTML, chart options, downloads |
//! | [`demo`] | the demo-data generator (a tool beside the page) |
//! | `app` | the browser view (wasm32 only) |
//!
//! Nothing below `app` touches a browser type, so the core is tested natively with `cargo test`.

pub mod data;
pub mod demo;
pub mod model;
pub mod render;
pub mod state;
pub mod stats;
pub mod text;
pub mod wording;

#[cfg(target_arch = "wasm32")]
pub mod app;

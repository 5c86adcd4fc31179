//! Layer 5, wording: the words of the page, one module per language (bokmål: `nb`).

pub mod nb;

pub use nb::{about, credits, filters, key_figures, organisation, page, tables};

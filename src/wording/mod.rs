//! Layer 2, wording: the words of the page, one module per language (bokmål: `nb`): fixed
//! texts, and sentences as functions of numbers and names. Below statistics, state and models,
//! which call it; above the data, whose types (organisation type, dataset description) it names.

pub mod nb;

pub use nb::{
    about, credits, filters, key_figures, notes, nouns, organisation, page, status, tables,
};

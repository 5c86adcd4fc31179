//! Layer 3, wording: the words of the page, one module per language (bokmål: `nb`): fixed
//! texts, and sentences as functions of numbers and names. Below the state and the models,
//! which call it; above the data and the statistics, whose types (organisation type, dataset
//! description, an estimate, why a figure is hidden) its sentences take.

pub mod nb;

// Bokmål is the only language so far: its modules are the wording.
pub use nb::*;

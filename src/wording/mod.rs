//! Layer 4, wording: every user-facing word, one module per language (bokmål: `nb`): fixed
//! texts, and sentences as functions of numbers, names and states. Below the models and the
//! renderers, which call it; above the data, the statistics and the state, whose types
//! (organisation type, a data file's problem, an estimate, why a figure is hidden, a note on
//! the URL, the reader's selection) its sentences take. `tests/wording_place.rs` finds text
//! outside it.

/// English (issue 14): written, not yet chosen by any build.
pub mod en;
pub mod nb;
/// Nynorsk (issue 14): written, not yet chosen by any build.
pub mod nn;
/// What every language's sentences share (quoting, code lists, lists of names).
pub mod shared;

// Bokmål is the only language so far: its modules are the wording.
pub use nb::*;

//! Layer 4, wording: every user-facing word, one module per language (bokmål: `nb`): fixed
//! texts, and sentences as functions of numbers, names and states. Below the models and the
//! renderers, which call it; above the data, the statistics and the state, whose types
//! (organisation type, a data file's problem, an estimate, why a figure is hidden, a note on
//! the URL, the reader's selection) its sentences take. `tests/wording_place.rs` finds text
//! outside it.
//!
//! A build speaks one language, chosen by a cargo feature (`lang-nn`, `lang-en`; bokmål
//! without), and the page's wording is that language's module: the others are not in its wasm.

/// English (issue 14).
pub mod en;
/// Bokmål, the default.
pub mod nb;
/// Nynorsk (issue 14).
pub mod nn;
/// What every language's sentences share (quoting, code lists, lists of names).
pub mod shared;

#[cfg(all(feature = "lang-nn", feature = "lang-en"))]
compile_error!("a build speaks one language: choose the feature lang-nn or lang-en, not both");

#[cfg(feature = "lang-en")]
pub use en::*;
#[cfg(not(any(feature = "lang-nn", feature = "lang-en")))]
pub use nb::*;
#[cfg(all(feature = "lang-nn", not(feature = "lang-en")))]
pub use nn::*;

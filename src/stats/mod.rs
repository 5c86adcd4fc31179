//! Layer 2, statistics: which organisations a selection holds (`filter`), counts and shares per
//! group with disclosure control (`aggregate`), confidence intervals (`intervals`), and whether a
//! group differs from the rest of the selection by more than chance (`difference`); how a figure
//! is shown (`figure`); shares weighted to the population (`weighting`).

pub mod aggregate;
pub mod difference;
pub mod figure;
pub mod filter;
pub mod intervals;
pub mod weighting;

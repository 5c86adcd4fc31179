//! Layer 2, statistics: which organisations a selection holds (`filter`), counts and shares per
//! group with disclosure control (`aggregate`), and confidence intervals (`intervals`).

pub mod aggregate;
pub mod filter;
pub mod intervals;

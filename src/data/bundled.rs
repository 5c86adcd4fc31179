//! The data embedded in the build. `build.rs` parses and validates the files of `data/` (or
//! `AGM_DATA_DIR`) with `Dataset::parse` and writes them as a snapshot (`super::snapshot`),
//! which is all the page reads; a bad file stops the build with the parser's message. The
//! files themselves are embedded too, for the native tools that need their text (the test
//! oracle, the demo generator), and are left out of the page's wasm because it never reads them.

use super::dataset::{DataFiles, Dataset};
use super::snapshot;

/// The snapshot `build.rs` wrote.
pub const SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

impl DataFiles<'static> {
    /// The files the build was made from (`data/`, or `AGM_DATA_DIR`).
    pub const BUNDLED: DataFiles<'static> = DataFiles {
        dataset: include_str!(concat!(env!("OUT_DIR"), "/dataset.json")),
        codebook: include_str!(concat!(env!("OUT_DIR"), "/codebook.json")),
        kommuner: include_str!(concat!(env!("OUT_DIR"), "/kommuner_2017.csv")),
        fylker: include_str!(concat!(env!("OUT_DIR"), "/fylker_2017.csv")),
        successors: include_str!(concat!(env!("OUT_DIR"), "/kommuner_2017_til_2024.csv")),
        respondents: include_str!(concat!(env!("OUT_DIR"), "/respondents.csv")),
    };
}

impl Dataset {
    /// The dataset bundled with the build, read from its snapshot.
    pub fn bundled() -> Result<Dataset, snapshot::Damaged> {
        snapshot::decode(SNAPSHOT)
    }
}

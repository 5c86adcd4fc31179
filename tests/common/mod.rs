//! The fixture the native tests share: the bundled dataset, read once per test binary.

use arbeidsgivermonitor::data::dataset::Dataset;
use std::sync::OnceLock;

/// The dataset the build embeds (`Dataset::bundled`).
pub fn data() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| Dataset::bundled().expect("the bundled data load"))
}

/// The five traditional landsdeler of the register, for generated filters.
#[allow(dead_code)] // not every test binary generates filters
pub const LANDSDELER: [&str; 5] = [
    "Østlandet",
    "Sørlandet",
    "Vestlandet",
    "Trøndelag",
    "Nord-Norge",
];

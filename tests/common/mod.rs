//! What the native tests share: the bundled dataset, read once per test binary, and the
//! source files of a folder (for the tests that read the code).

use arbeidsgivermonitor::data::dataset::Dataset;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The dataset the build embeds (`Dataset::bundled`).
#[allow(dead_code)] // the tests that read the code need no data
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

/// Every `.rs` file under `dir`, appended to `out`.
#[allow(dead_code)] // only the tests that read the code
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

//! Prepares the data the build embeds: parses and validates the data files with the crate's own
//! loaders (every check of `Dataset::parse`) and writes them as a compact snapshot
//! (`src/snapshot.rs`) that the page reads at start instead of parsing text. A file that does
//! not pass stops the build with the loader's Norwegian message (file, line, column, value).
//! The files are also copied as they are, for the native tools (`crate::bundled`).
//!
//! `AGM_DATA_DIR` builds with the files of another directory (the browser tests use it for a
//! data set with hostile labels).
//!
//! A release build (the page for publishing) stops unless `dataset.json` says the answers may
//! be published per organisation (`answers_public`); other builds only warn.

#[path = "src/data/codebook.rs"]
#[allow(dead_code)]
mod codebook;
#[path = "src/data/csv.rs"]
#[allow(dead_code)]
mod csv;
/// The words of a data error, as the page says them (they name `crate::data::…`).
#[path = "src/wording/nb/data_errors.rs"]
#[allow(dead_code)]
mod data_errors;
#[path = "src/data/dataset.rs"]
#[allow(dead_code)]
mod dataset;
#[path = "src/data/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "src/data/json.rs"]
#[allow(dead_code)]
mod json;
#[path = "src/data/register.rs"]
#[allow(dead_code)]
mod register;
#[path = "src/data/responses.rs"]
#[allow(dead_code)]
mod responses;
#[path = "src/data/snapshot.rs"]
#[allow(dead_code)]
mod snapshot;
mod data {
    pub(crate) use super::{error, register, snapshot};
}
#[path = "src/text/fold.rs"]
mod fold;
#[path = "src/text/shorten.rs"]
mod shorten;
mod text {
    pub(crate) use super::{fold, shorten};
}

use std::path::Path;

const FILES: [&str; 6] = [
    "dataset.json",
    "codebook.json",
    "kommuner_2017.csv",
    "fylker_2017.csv",
    "kommuner_2017_til_2024.csv",
    "respondents.csv",
];

fn main() {
    println!("cargo:rerun-if-env-changed=AGM_DATA_DIR");
    for module in [
        "codebook",
        "csv",
        "dataset",
        "error",
        "json",
        "register",
        "responses",
        "snapshot",
    ] {
        println!("cargo:rerun-if-changed=src/data/{module}.rs");
    }
    println!("cargo:rerun-if-changed=src/wording/nb/data_errors.rs");
    println!("cargo:rerun-if-changed=src/text/shorten.rs");
    let dir = std::env::var("AGM_DATA_DIR").unwrap_or_else(|_| "data".to_string());
    let out = std::env::var("OUT_DIR").unwrap();
    let mut texts = Vec::new();
    for name in FILES {
        let source = format!("{dir}/{name}");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("{source}: filen kan ikke leses ({e})"));
        std::fs::write(Path::new(&out).join(name), &text).unwrap();
        texts.push(text);
    }
    let files = dataset::DataFiles {
        dataset: &texts[0],
        codebook: &texts[1],
        kommuner: &texts[2],
        fylker: &texts[3],
        successors: &texts[4],
        respondents: &texts[5],
    };
    match dataset::Dataset::parse(&files) {
        Ok(data) => {
            if let Err(message) = data.meta.check_publishable(&format!("{dir}/dataset.json")) {
                // A page for publishing carries every answer row: only from public answers.
                if std::env::var("PROFILE").as_deref() == Ok("release") {
                    eprintln!(
                        "Dataene i {dir}/ kan ikke publiseres: {}",
                        data_errors::message(&message)
                    );
                    std::process::exit(1);
                }
                println!(
                    "cargo:warning=Lokal bygging (ikke for publisering): {}",
                    data_errors::message(&message)
                );
            }
            // The snapshot carries the labels of the page's language only (and bokmål's).
            let mut data = data;
            data.keep_language(codebook::LANGUAGE);
            std::fs::write(Path::new(&out).join("dataset.bin"), snapshot::encode(&data)).unwrap()
        }
        Err(error) => {
            // Shown by cargo and trunk as the reason the build stopped.
            eprintln!(
                "Dataene i {dir}/ kan ikke brukes: {}",
                data_errors::message(&error)
            );
            std::process::exit(1);
        }
    }
}

//! Whether the answers may be published is a property of the data (`dataset.json`,
//! `answers_public`), and a release build respects it (`build.rs`).

use arbeidsgivermonitor::data::dataset::{DataFiles, DatasetMeta, DATASET_FILE};
use arbeidsgivermonitor::wording::data_errors::message;
use std::path::Path;
use std::process::Command;

fn meta(text: &str) -> DatasetMeta {
    DatasetMeta::parse(DATASET_FILE, text).expect("dataset.json parses")
}

#[test]
fn the_bundled_answers_say_they_may_be_published() {
    let bundled = meta(DataFiles::BUNDLED.dataset);
    assert!(bundled.answers_public);
    assert_eq!(bundled.check_publishable(DATASET_FILE), Ok(()));
}

#[test]
fn answers_without_the_statement_are_not_publishable() {
    let silent = DataFiles::BUNDLED
        .dataset
        .replace("\"answers_public\": true,", "");
    assert_ne!(silent, DataFiles::BUNDLED.dataset, "the field was removed");
    for text in [
        silent.to_string(),
        DataFiles::BUNDLED
            .dataset
            .replace("\"answers_public\": true", "\"answers_public\": false"),
    ] {
        let meta = meta(text.as_str());
        assert!(!meta.answers_public);
        let message = message(&meta.check_publishable("eget/dataset.json").unwrap_err());
        assert!(
            message.starts_with("eget/dataset.json sier ikke at svarene kan publiseres"),
            "{message}"
        );
        assert!(message.contains("«answers_public»: true"), "{message}");
    }
    // Anything but a boolean is an error of the file.
    let wrong = DataFiles::BUNDLED
        .dataset
        .replace("\"answers_public\": true", "\"answers_public\": \"ja\"");
    let error = DatasetMeta::parse(DATASET_FILE, &wrong).unwrap_err();
    assert_eq!(
        (error.file.as_str(), error.line),
        (DATASET_FILE, 4),
        "{error:?}"
    );
}

/// The real build: `cargo build --release` from a copy of data/ whose `dataset.json` does not
/// say the answers are public stops in the build script with the message (the crates it needs
/// are not built: the build script fails first).
#[test]
fn a_release_build_from_confidential_answers_stops() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("target/confidential-data");
    std::fs::create_dir_all(&data).unwrap();
    for entry in std::fs::read_dir(root.join("data")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, data.join(path.file_name().unwrap())).unwrap();
        }
    }
    let dataset = DataFiles::BUNDLED
        .dataset
        .replace("\"answers_public\": true,", "");
    std::fs::write(data.join("dataset.json"), dataset).unwrap();
    let output = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["build", "--release", "--lib", "--locked", "--quiet"])
        .env("AGM_DATA_DIR", &data)
        .env("CARGO_TARGET_DIR", root.join("target/confidential-check"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the build must stop: {stderr}");
    assert!(
        stderr.contains(&format!(
            "Dataene i {}/ kan ikke publiseres: {}/dataset.json sier ikke at svarene kan publiseres",
            data.display(),
            data.display()
        )),
        "{stderr}"
    );
}

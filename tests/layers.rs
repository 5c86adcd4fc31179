//! The layers of the code, lowest first, and the rule that holds them apart: a module imports
//! only from its own layer or the layers below (`crate::<layer>::…`). The browser view (`app`)
//! is compiled for wasm32 only and sits on top.

use std::path::Path;

mod common;
use common::rust_files;

/// The layers of `src/`, lowest first (see `src/lib.rs`).
const LAYERS: [&str; 9] = [
    "text", "data", "stats", "state", "wording", "model", "render", "demo", "app",
];

/// The layers a file names as `crate::<layer>`.
fn imported_layers(text: &str) -> Vec<&'static str> {
    LAYERS
        .iter()
        .copied()
        .filter(|layer| {
            text.match_indices(&format!("crate::{layer}"))
                .any(|(i, _)| {
                    let after = text[i + "crate::".len() + layer.len()..].chars().next();
                    !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
        })
        .collect()
}

#[test]
fn every_module_imports_only_from_its_own_layer_or_below() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    let mut upward = Vec::new();
    for layer in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer}/ has no files");
        let rank = LAYERS.iter().position(|l| *l == layer).unwrap();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for imported in imported_layers(&text) {
                if LAYERS.iter().position(|l| *l == imported).unwrap() > rank {
                    upward.push(format!("{} imports crate::{imported}", file.display()));
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 40, "{checked} files");
    assert!(upward.is_empty(), "imports upward:\n{}", upward.join("\n"));
}

#[test]
fn nothing_lies_outside_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let allowed = LAYERS.contains(&name.as_str())
            || ["lib.rs", "main.rs", "bin"].contains(&name.as_str());
        assert!(allowed, "src/{name} is in no layer");
    }
}

#[test]
fn the_check_sees_an_upward_import() {
    assert_eq!(
        imported_layers("use crate::model::presentation;\nuse crate::text::format;"),
        vec!["text", "model"]
    );
    assert!(imported_layers("use crate::statsx::y;").is_empty());
}

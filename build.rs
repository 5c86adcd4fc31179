//! Prepares the data files the page embeds (`DataFiles::BUNDLED`): the register files with only
//! the columns the explorer reads, to keep the page small (about 5 KB gzip less), the others as
//! they are. The files in `data/` stay complete. A file that does not parse is embedded as it
//! is, so the page reports the error exactly as it would for the full file.
//!
//! `AGM_DATA_DIR` builds the page with the files of another directory (the browser tests use it
//! for a data set with hostile labels).

#[path = "src/error.rs"]
#[allow(dead_code)]
mod error;
#[path = "src/csv.rs"]
#[allow(dead_code)]
mod csv;

use std::path::Path;

fn data_dir() -> String {
    std::env::var("AGM_DATA_DIR").unwrap_or_else(|_| "data".to_string())
}

fn copy(name: &str) {
    let source = format!("{}/{name}", data_dir());
    println!("cargo:rerun-if-changed={source}");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join(name);
    std::fs::write(target, std::fs::read_to_string(&source).unwrap_or_default()).unwrap();
}

fn slim(name: &str, keep: &[&str]) {
    let source = format!("{}/{name}", data_dir());
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(&source).unwrap_or_default();
    let out = match csv::Table::parse(&source, &text) {
        Ok(table) if keep.iter().all(|k| table.header.iter().any(|h| h == k)) => {
            let columns: Vec<usize> = keep.iter().map(|k| table.header.iter().position(|h| h == k).unwrap()).collect();
            let mut out = keep.join(",") + "\n";
            let mut line = 2;
            for record in &table.records {
                // Keep line numbers: multi-line records and skipped blank lines keep their place.
                while line < record.line {
                    out.push('\n');
                    line += 1;
                }
                let fields: Vec<String> = columns.iter().map(|&c| csv::quote(&record.fields[c])).collect();
                out.push_str(&fields.join(","));
                out.push('\n');
                line += 1 + record.fields.iter().map(|f| f.matches('\n').count()).sum::<usize>();
            }
            out
        }
        _ => text,
    };
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join(name);
    std::fs::write(target, out).unwrap();
}

fn main() {
    println!("cargo:rerun-if-env-changed=AGM_DATA_DIR");
    for name in ["dataset.json", "codebook.json", "fylker_2017.csv", "respondents.csv"] {
        copy(name);
    }
    slim("kommuner_2017.csv", &["knr", "kommune", "kommune_unik", "fylkesnr", "folkemengde_2017_01_01"]);
    slim("kommuner_2017_til_2024.csv", &["knr_2017", "knr_2024", "kommune_2024", "fylke_2024", "andel"]);
}

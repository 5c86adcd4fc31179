//! Large synthetic datasets for benchmarks: many organisations, all responding, with answers
//! drawn uniformly. Not used by the page.

use super::rng::Rng;
use crate::data::codebook::CODEBOOK_FILE;
use crate::data::codebook::{Codebook, Text};
use crate::data::dataset::{DataFiles, Dataset, DatasetMeta};
use crate::data::register::{OrgType, Organisation, Register};
use crate::data::responses::{Responses, NOT_ANSWERED};

/// A dataset of `size` synthetic kommuner in 19 fylker, using the bundled codebook.
pub fn synthetic_dataset(size: usize, seed: u64) -> Dataset {
    let codebook =
        Codebook::parse(CODEBOOK_FILE, DataFiles::BUNDLED.codebook).expect("bundled codebook");
    let landsdeler = [
        "Østlandet",
        "Sørlandet",
        "Vestlandet",
        "Trøndelag",
        "Nord-Norge",
    ];
    let mut rng = Rng::new(seed);
    let organisations: Vec<Organisation> = (0..size)
        .map(|i| {
            let fylke = 1 + i % 19;
            let population = 500 + rng.below(60_000) as u32;
            let size_class = codebook
                .size_class_for(population)
                .and_then(|c| codebook.size_classes.iter().position(|d| d.id == c.id));
            Organisation {
                id: format!("{i:07}"),
                org_type: OrgType::Kommune,
                name: format!("Syntetisk {i}"),
                unique_name: format!("Syntetisk {i}"),
                fylkesnr: format!("{fylke:02}"),
                fylke: format!("Fylke {fylke:02}"),
                landsdel: landsdeler[fylke % 5].to_string(),
                ssb_landsdel: landsdeler[fylke % 5].to_string(),
                population,
                size_class,
            }
        })
        .collect();
    let register = Register::from_organisations(organisations, Vec::new());
    let columns = codebook.columns();
    let codes = columns
        .iter()
        .map(|column| {
            let scale = codebook.scale_of(
                codebook
                    .question(&column.question)
                    .expect("codebook column"),
            );
            (0..size)
                .map(|_| {
                    if rng.uniform() < 0.03 {
                        NOT_ANSWERED
                    } else {
                        scale.codes[rng.below(scale.codes.len())].code
                    }
                })
                .collect()
        })
        .collect();
    let responses = Responses {
        columns,
        organisation: (0..size as u32).collect(),
        codes,
    };
    let meta = DatasetMeta {
        format: "arbeidsgivermonitor-datasett/1".into(),
        demo: true,
        answers_public: true,
        title: "Syntetisk ytelsestest".into(),
        year: 2017,
        source: "syntetisk".into(),
        answers_description: Text {
            nb: "syntetisk".into(),
            nn: None,
            en: None,
        },
        generator: None,
        seed: Some(seed),
    };
    Dataset {
        meta,
        codebook,
        register,
        responses,
    }
}

//! The whole dataset: metadata, codebook, register and answers, parsed from files of the
//! documented formats (`docs/DATA.md`). What the build embeds is in `super::bundled`.

use super::codebook::{read_text_or_string, Codebook, Text, CODEBOOK_FILE};
use super::error::{DataError, Problem};
use super::json::{self, Field};
use super::register::Register;
use super::responses::Responses;

pub const DATASET_FILE: &str = "data/dataset.json";

/// `data/dataset.json`: what the answers are, and whether they are demo data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetMeta {
    pub format: String,
    /// True while the answers are synthetic. The page says so wherever answers are shown.
    pub demo: bool,
    /// True when the answers may be published organisation by organisation (`answers_public`).
    /// The page carries every answer row, so a release build stops without it
    /// ([`DatasetMeta::check_publishable`]).
    pub answers_public: bool,
    pub title: String,
    pub year: u16,
    pub source: String,
    /// What the answers are, in bokmål and optionally nynorsk and English (a string in
    /// `dataset.json`, or `{nb, nn, en}` as the codebook's texts).
    pub answers_description: Text,
    pub generator: Option<String>,
    pub seed: Option<u64>,
}

impl DatasetMeta {
    /// Parses `dataset.json` (unknown fields are errors).
    pub fn parse(file: &str, text: &str) -> Result<DatasetMeta, DataError> {
        let json = json::parse(file, text)?;
        Field::root(file, &json).object(
            &[
                "format",
                "demo",
                "answers_public",
                "title",
                "year",
                "source",
                "answers_description",
                "generator",
                "seed",
            ],
            |o| {
                Ok(DatasetMeta {
                    format: o.required("format", |f| f.string())?,
                    demo: o.required("demo", |f| f.bool())?,
                    answers_public: o.optional("answers_public", |f| f.bool())?.unwrap_or(false),
                    title: o.required("title", |f| f.string())?,
                    year: o.required("year", |f| f.int())?,
                    source: o.required("source", |f| f.string())?,
                    answers_description: o.required("answers_description", read_text_or_string)?,
                    generator: o.optional("generator", |f| f.string())?,
                    seed: o.optional("seed", |f| f.int())?,
                })
            },
        )
    }
}

impl DatasetMeta {
    /// May a page that carries every answer row be published from these data? Only when
    /// `dataset.json` says the answers are public per organisation; confidential answers belong
    /// in a local analysis. `file` names the dataset file in the message.
    pub fn check_publishable(&self, file: &str) -> Result<(), DataError> {
        if self.answers_public {
            Ok(())
        } else {
            Err(DataError::new(file, 0, Problem::NotPublishable))
        }
    }
}

/// The text of every data file.
#[derive(Debug, Clone, Copy)]
pub struct DataFiles<'a> {
    pub dataset: &'a str,
    pub codebook: &'a str,
    pub kommuner: &'a str,
    pub fylker: &'a str,
    pub successors: &'a str,
    pub respondents: &'a str,
}

impl DataFiles<'static> {
    /// The complete files in `data/`, as KS would deliver them.
    pub const FULL: DataFiles<'static> = DataFiles {
        dataset: include_str!("../../data/dataset.json"),
        codebook: include_str!("../../data/codebook.json"),
        kommuner: include_str!("../../data/kommuner_2017.csv"),
        fylker: include_str!("../../data/fylker_2017.csv"),
        successors: include_str!("../../data/kommuner_2017_til_2024.csv"),
        respondents: include_str!("../../data/respondents.csv"),
    };
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub meta: DatasetMeta,
    pub codebook: Codebook,
    pub register: Register,
    pub responses: Responses,
}

impl Dataset {
    /// Keeps bokmål and `language` in every text (the codebook's and the answers'
    /// description): what a page built in `language` carries.
    pub fn keep_language(&mut self, language: super::codebook::Language) {
        self.codebook.keep_language(language);
        self.meta.answers_description.keep_language(language);
    }
}

impl Dataset {
    pub fn parse(files: &DataFiles<'_>) -> Result<Dataset, DataError> {
        let meta = DatasetMeta::parse(DATASET_FILE, files.dataset)?;
        let codebook = Codebook::parse(CODEBOOK_FILE, files.codebook)?;
        let register = Register::parse(files.kommuner, files.fylker, files.successors, &codebook)?;
        let responses = Responses::parse(files.respondents, &codebook, &register)?;
        Ok(Dataset {
            meta,
            codebook,
            register,
            responses,
        })
    }
}

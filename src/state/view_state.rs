//! The state of the explorer page, and its URL form. Everything a reader sets (type, size
//! classes, fylker, landsdeler, comparison) lives in the query string, so a link reproduces
//! the view exactly. Unknown or malformed values are dropped with a note, never an error.
//!
//! Query parameters (version 1):
//! - `type`: `kommune`, `fylkeskommune` or `alle` (default `alle`)
//! - `size`: comma list of size-class ids (`small`, `medium`, `large`)
//! - `fylke`: comma list of two-digit fylkesnummer
//! - `landsdel`: comma list of traditional landsdeler (`Østlandet`, …)
//! - `svar`: `COLUMN:CODES`, repeatable (issue 25): only those who answered answer column
//!   `COLUMN` (a question id, or `question.item` for a question with items) with one of
//!   `CODES` (answer codes separated by commas), e.g. `svar=ikt_strategi:1,2,3`; every such
//!   condition must hold. Written sorted by column, one per column (two for the same column
//!   hold together: their codes in common)
//! - `split`: `type`, `size`, `landsdel`, `fylke`, `svar:COLUMN` (a group per answer to
//!   `COLUMN`) or `none`; default `type` when both types are shown, otherwise `none`
//! - `kart`: `fylke` (the share per fylke) or `kommune` (each organisation's own answer): a map
//!   under every chart; none by default
//! - `vekt`: `1` weights the shares to the population by size class (issue 26,
//!   `stats::weighting`); `0` or absent: unweighted, as KS published them

use crate::data::codebook::{ColumnId, SizeClassDef};
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::stats::aggregate::{Grouping, ANSWER_KEY};
use crate::stats::filter::{AnswerCondition, CodeSet, Filter};
use crate::text::format::to_lower;
use crate::text::url_query::{encode, parse_pairs};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TypeChoice {
    /// Kommuner and fylkeskommuner (shown side by side by default).
    #[default]
    Both,
    Kommune,
    Fylkeskommune,
}

impl TypeChoice {
    pub const ALL: [TypeChoice; 3] = [
        TypeChoice::Both,
        TypeChoice::Kommune,
        TypeChoice::Fylkeskommune,
    ];

    pub fn key(self) -> &'static str {
        match self {
            TypeChoice::Both => "alle",
            TypeChoice::Kommune => "kommune",
            TypeChoice::Fylkeskommune => "fylkeskommune",
        }
    }

    pub fn from_key(key: &str) -> Option<TypeChoice> {
        TypeChoice::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn org_type(self) -> Option<OrgType> {
        match self {
            TypeChoice::Both => None,
            TypeChoice::Kommune => Some(OrgType::Kommune),
            TypeChoice::Fylkeskommune => Some(OrgType::Fylkeskommune),
        }
    }
}

/// How charts are split for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    None,
    By(Grouping),
}

impl Split {
    pub const CHOICES: [Split; 5] = [
        Split::By(Grouping::Type),
        Split::By(Grouping::SizeClass),
        Split::By(Grouping::Landsdel),
        Split::By(Grouping::Fylke),
        Split::None,
    ];

    pub fn key(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Split::None => "none".into(),
            Split::By(grouping) => grouping.key(),
        }
    }

    /// The split a URL or control names: one of [`Split::CHOICES`], or `svar:COLUMN` for an
    /// answer column of `dataset`.
    pub fn from_key(key: &str, dataset: &Dataset) -> Option<Split> {
        if let Some(name) = key.strip_prefix(ANSWER_KEY) {
            let (column, _) = answer_column(dataset, name)?;
            return Some(Split::By(Grouping::Answer {
                column,
                name: crate::text::intern::intern(name),
            }));
        }
        Split::CHOICES.into_iter().find(|s| s.key() == key)
    }
}

/// An answer column by its URL name (`question` for a question without items, `question.item`
/// otherwise): its index in the respondent file and its id.
pub fn answer_column(dataset: &Dataset, name: &str) -> Option<(usize, ColumnId)> {
    let id = ColumnId::parse(name);
    Some((dataset.responses.column_index(&id)?, id))
}

/// «Only those who answered …» (issue 25): answer column `column` (`index` in the respondent
/// file) answered with one of `codes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AnswerFilter {
    pub index: usize,
    /// The column's URL name (`question` or `question.item`).
    pub name: &'static str,
    pub codes: CodeSet,
}

/// Which map each question shows under its chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapLevel {
    /// Each fylke coloured by the share of the selection's answers there.
    Fylke,
    /// Each organisation coloured by its own answer (kommuner; fylkeskommuner on the fylker).
    Kommune,
}

impl MapLevel {
    pub const CHOICES: [MapLevel; 2] = [MapLevel::Fylke, MapLevel::Kommune];

    pub fn key(self) -> &'static str {
        match self {
            MapLevel::Fylke => "fylke",
            MapLevel::Kommune => "kommune",
        }
    }

    pub fn from_key(key: &str) -> Option<MapLevel> {
        MapLevel::CHOICES.into_iter().find(|m| m.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub types: TypeChoice,
    pub sizes: BTreeSet<String>,
    pub fylker: BTreeSet<String>,
    pub landsdeler: BTreeSet<String>,
    /// `None`: the default for the type choice (see [`ViewState::split`]).
    pub split_choice: Option<Split>,
    /// The map under every chart, if any (a way to show, not a filter).
    pub map: Option<MapLevel>,
    /// Answer conditions, sorted by column, one per column.
    pub answers: Vec<AnswerFilter>,
    /// Shares weighted to the population (`vekt=1`).
    pub weighted: bool,
}

/// Something in the URL that was ignored, and why (worded by `wording::notes::url_note`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlNote {
    /// `value` for `key` is not one of the valid values.
    Unknown {
        key: String,
        value: String,
        valid: Valid,
    },
    /// The last line of a bounded list: how many more notes there were.
    More(usize),
    /// More organisations to compare than the page shows (`state::comparison`): `cut` of them
    /// were left out, the first `max` kept.
    TooManyCompared { max: usize, cut: usize },
}

/// The values a key accepts, as a note names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Valid {
    /// These, as the URL writes them («small, medium, large»).
    List(String),
    /// Two-digit fylke numbers of 2017.
    FylkeNumbers,
    /// Kommune numbers (2017 or today's) or names.
    KommuneNumbers,
    /// Fylkeskommune numbers of 2017 or names.
    FylkeskommuneNumbers,
    /// `COLUMN:CODES` with an answer column of the codebook (issue 25).
    AnswerColumns,
    /// The answer codes of the column, as the URL writes them («1, 2, 3»).
    AnswerCodes(String),
}

/// At most this many notes are listed; the rest are counted in one more line.
pub const MAX_NOTES: usize = 10;

/// The notes for one URL: each distinct value once, at most [`MAX_NOTES`] of them and then
/// one line that counts the rest, so that a hostile or broken link cannot flood the page.
#[derive(Debug, Default)]
pub struct UrlNotes {
    notes: Vec<UrlNote>,
    seen: std::collections::HashSet<(String, String)>,
    more: usize,
}

impl UrlNotes {
    /// Notes an unknown `value` for `key`, with the valid values.
    pub fn unknown(&mut self, key: &str, value: &str, valid: Valid) {
        if !self.seen.insert((key.to_string(), value.to_string())) {
            return;
        }
        if self.notes.len() >= MAX_NOTES {
            self.more += 1;
            return;
        }
        self.notes.push(UrlNote::Unknown {
            key: key.to_string(),
            value: value.to_string(),
            valid,
        });
    }

    /// The notes, with «… og N til» when some were left out.
    pub fn finish(mut self) -> Vec<UrlNote> {
        if self.more > 0 {
            self.notes.push(UrlNote::More(self.more));
        }
        self.notes
    }
}

/// Two lists of notes as one, within the same limits (their counted rests added up).
pub fn join_notes(first: Vec<UrlNote>, second: Vec<UrlNote>) -> Vec<UrlNote> {
    let mut more = 0;
    let mut notes = Vec::new();
    for note in first.into_iter().chain(second) {
        match note {
            UrlNote::More(count) => more += count,
            unknown => notes.push(unknown),
        }
    }
    if notes.len() > MAX_NOTES {
        more += notes.len() - MAX_NOTES;
        notes.truncate(MAX_NOTES);
    }
    if more > 0 {
        notes.push(UrlNote::More(more));
    }
    notes
}

const KEYS: [&str; 8] = [
    "type", "size", "fylke", "landsdel", "svar", "split", "vekt", "kart",
];

/// The answer codes of answer column `index`, in the scale's order.
pub fn answer_codes(dataset: &Dataset, index: usize) -> Vec<u8> {
    let column = &dataset.responses.columns[index];
    dataset
        .codebook
        .question(&column.question)
        .map(|q| {
            dataset
                .codebook
                .scale_of(q)
                .codes
                .iter()
                .map(|c| c.code)
                .collect()
        })
        .unwrap_or_default()
}

impl ViewState {
    /// The comparison in effect: the explicit choice, or by type when both types are shown.
    pub fn split(&self) -> Split {
        self.split_choice.unwrap_or(match self.types {
            TypeChoice::Both => Split::By(Grouping::Type),
            _ => Split::None,
        })
    }

    /// The chosen size classes, in the codebook's order.
    pub fn chosen_size_classes<'a>(
        &'a self,
        dataset: &'a Dataset,
    ) -> impl Iterator<Item = &'a SizeClassDef> {
        dataset
            .codebook
            .size_classes
            .iter()
            .filter(|c| self.sizes.contains(&c.id))
    }

    /// The chosen fylker in number order, with their names.
    pub fn fylke_names(&self, dataset: &Dataset) -> Vec<(String, String)> {
        self.fylker
            .iter()
            .filter_map(|nr| Some((nr.clone(), dataset.register.fylke_name(nr)?.to_string())))
            .collect()
    }

    pub fn grouping(&self) -> Option<Grouping> {
        match self.split() {
            Split::None => None,
            Split::By(grouping) => Some(grouping),
        }
    }

    pub fn filter(&self) -> Filter {
        let mut filter = Filter::all();
        if let Some(org_type) = self.types.org_type() {
            filter.types.insert(org_type);
        }
        filter.size_classes = self.sizes.clone();
        filter.fylker = self.fylker.clone();
        filter.landsdeler = self.landsdeler.clone();
        filter.answers = self
            .answers
            .iter()
            .map(|a| AnswerCondition {
                column: a.index,
                codes: a.codes,
            })
            .collect();
        filter.weighted = self.weighted;
        filter
    }

    /// Adds «only those who answered `codes` to column `index`» (held together with a
    /// condition on the same column already set: the codes in common).
    pub fn add_answer_filter(&mut self, index: usize, name: &'static str, codes: CodeSet) {
        match self.answers.iter_mut().find(|a| a.index == index) {
            Some(present) => present.codes = present.codes.intersection(codes),
            None => {
                // Kept in column order without a sort (each sort of a new type costs the page
                // KBs of code).
                let at = self
                    .answers
                    .iter()
                    .position(|a| a.index > index)
                    .unwrap_or(self.answers.len());
                self.answers.insert(at, AnswerFilter { index, name, codes });
            }
        }
    }

    /// Whether no restriction is set (for «Nullstill»; the map is not a restriction).
    pub fn is_default(&self) -> bool {
        *self == self.reset()
    }

    /// The state without restrictions, showing what it showed (the map kept).
    pub fn reset(&self) -> ViewState {
        ViewState {
            map: self.map,
            ..ViewState::default()
        }
    }

    /// The query string of what a map shows: the state without its comparison, which no map
    /// depends on (so a change of comparison does not redraw the maps).
    pub fn map_query(&self) -> String {
        ViewState {
            split_choice: None,
            ..self.clone()
        }
        .to_query()
    }

    /// The query string for this state, without `?`; empty for the default view. Parameters in
    /// a fixed order, values sorted, so equal states give equal URLs.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.types != TypeChoice::Both {
            parts.push(format!("type={}", self.types.key()));
        }
        for (key, values) in [
            ("size", &self.sizes),
            ("fylke", &self.fylker),
            ("landsdel", &self.landsdeler),
        ] {
            if !values.is_empty() {
                let joined: Vec<String> = values.iter().map(|v| encode(v)).collect();
                parts.push(format!("{key}={}", joined.join(",")));
            }
        }
        for answer in &self.answers {
            let codes: Vec<String> = answer.codes.iter().map(|c| c.to_string()).collect();
            parts.push(format!("svar={}:{}", encode(answer.name), codes.join(",")));
        }
        if let Some(split) = &self.split_choice {
            let default = ViewState {
                split_choice: None,
                ..self.clone()
            }
            .split();
            if *split != default {
                let key = match split {
                    Split::By(Grouping::Answer { name, .. }) => {
                        format!("{ANSWER_KEY}{}", encode(name))
                    }
                    _ => split.key().into_owned(),
                };
                parts.push(format!("split={key}"));
            }
        }
        if self.weighted {
            parts.push("vekt=1".to_string());
        }
        if let Some(map) = self.map {
            parts.push(format!("kart={}", map.key()));
        }
        parts.join("&")
    }

    /// Reads a query string. Parameters it does not know are left for other parts of the page;
    /// bad values of known parameters are dropped with a note.
    pub fn from_query(query: &str, dataset: &Dataset) -> (ViewState, Vec<UrlNote>) {
        let mut state = ViewState::default();
        let mut notes = UrlNotes::default();
        let size_ids = dataset.codebook.size_class_ids();
        let fylker: Vec<String> = dataset
            .register
            .fylker()
            .into_iter()
            .map(|(nr, _)| nr)
            .collect();
        let landsdeler = dataset.register.landsdeler();
        for (key, value) in parse_pairs(query) {
            if !KEYS.contains(&key.as_str()) {
                continue;
            }
            let mut note = |value: &str, valid: Valid| notes.unknown(&key, value, valid);
            match key.as_str() {
                "type" => match TypeChoice::from_key(value.trim()) {
                    Some(choice) => state.types = choice,
                    None => note(&value, Valid::List("kommune, fylkeskommune, alle".into())),
                },
                "vekt" => match value.trim() {
                    "1" => state.weighted = true,
                    "0" => state.weighted = false,
                    _ => note(&value, Valid::List("1, 0".into())),
                },
                "kart" => match MapLevel::from_key(value.trim()) {
                    Some(map) => state.map = Some(map),
                    None => note(
                        &value,
                        Valid::List(MapLevel::CHOICES.map(MapLevel::key).join(", ")),
                    ),
                },
                "split" => match Split::from_key(value.trim(), dataset) {
                    Some(split) => state.split_choice = Some(split),
                    None => {
                        let mut keys: Vec<String> = Split::CHOICES
                            .iter()
                            .map(|s| s.key().into_owned())
                            .collect();
                        keys.insert(keys.len() - 1, format!("{ANSWER_KEY}…"));
                        note(&value, Valid::List(keys.join(", ")))
                    }
                },
                "svar" => {
                    let (name, codes) = value.split_once(':').unwrap_or((&value, ""));
                    let Some((index, column)) = answer_column(dataset, name.trim()) else {
                        note(&value, Valid::AnswerColumns);
                        continue;
                    };
                    let scale = answer_codes(dataset, index);
                    let mut chosen = CodeSet::default();
                    for code in codes.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                        match code.parse::<u8>().ok().filter(|c| scale.contains(c)) {
                            Some(code) => {
                                chosen.insert(code);
                            }
                            None => {
                                let codes: Vec<String> = scale.iter().map(u8::to_string).collect();
                                note(
                                    &format!("{}:{code}", column.name()),
                                    Valid::AnswerCodes(codes.join(", ")),
                                )
                            }
                        }
                    }
                    if chosen.is_empty() {
                        if codes.trim().is_empty() {
                            note(&value, Valid::AnswerColumns);
                        }
                        continue;
                    }
                    state.add_answer_filter(
                        index,
                        crate::text::intern::intern(&column.name()),
                        chosen,
                    );
                }
                list_key => {
                    for item in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                        match list_key {
                            "size" if size_ids.contains(&item) => {
                                state.sizes.insert(item.to_string());
                            }
                            "size" => note(item, Valid::List(size_ids.join(", "))),
                            "fylke" if fylker.iter().any(|f| f == item) => {
                                state.fylker.insert(item.to_string());
                            }
                            "fylke" => note(item, Valid::FylkeNumbers),
                            _ => match landsdeler.iter().find(|l| to_lower(l) == to_lower(item)) {
                                Some(landsdel) => {
                                    state.landsdeler.insert(landsdel.clone());
                                }
                                None => note(item, Valid::List(landsdeler.join(", "))),
                            },
                        }
                    }
                }
            }
        }
        (state, notes.finish())
    }
}

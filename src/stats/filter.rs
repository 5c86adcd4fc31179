//! Which organisations a view is about: type, size class, fylke, landsdel, an explicit set and
//! answers to questions (issue 25), in any combination. An empty set of values means «no
//! restriction» for that dimension.
//!
//! An answer condition is known only for the organisations that answered: of the others (they
//! did not take part, or left the question blank) it is not known whether they belong to the
//! group. [`Selection`] counts them in the group's population and leaves their rows out: the
//! shares are those of the organisations known to meet the conditions, and the population is
//! the largest the group can be, so the finite-population correction and the interval's
//! logical bounds (`stats::intervals`) stay on the safe side.

use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
use crate::data::responses::NOT_ANSWERED;
use std::collections::BTreeSet;

/// A set of answer codes as bits: small and cheap to copy, compare and go through in order
/// (a `BTreeSet<u8>` brought several KB of code into the page).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeSet([u64; 4]);

impl CodeSet {
    /// The set of `code` alone.
    pub fn one(code: u8) -> CodeSet {
        let mut set = CodeSet::default();
        set.insert(code);
        set
    }

    pub fn insert(&mut self, code: u8) {
        self.0[(code >> 6) as usize] |= 1 << (code & 63);
    }

    pub fn remove(&mut self, code: u8) {
        self.0[(code >> 6) as usize] &= !(1 << (code & 63));
    }

    pub fn contains(&self, code: u8) -> bool {
        self.0[(code >> 6) as usize] >> (code & 63) & 1 == 1
    }

    pub fn is_empty(&self) -> bool {
        self.0 == [0; 4]
    }

    /// The codes in both.
    pub fn intersection(self, other: CodeSet) -> CodeSet {
        CodeSet(std::array::from_fn(|i| self.0[i] & other.0[i]))
    }

    /// The codes, smallest first.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        (0..=255u8).filter(move |&c| self.contains(c))
    }
}

impl FromIterator<u8> for CodeSet {
    fn from_iter<I: IntoIterator<Item = u8>>(codes: I) -> CodeSet {
        let mut set = CodeSet::default();
        for code in codes {
            set.insert(code);
        }
        set
    }
}

/// «Only those who answered …»: answer column `column` (its index in the respondent file) has
/// one of `codes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AnswerCondition {
    pub column: usize,
    pub codes: CodeSet,
}

/// Whether one organisation's answers meet a filter's answer conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meets {
    /// It answered every conditioned question, each with one of the codes.
    Known,
    /// Nothing it answered contradicts them, but it left one blank or did not take part.
    Unknown,
    /// It answered one with another code.
    Not,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub types: BTreeSet<OrgType>,
    /// Size-class ids from the codebook (`small`, `medium`, `large`). Organisations without a
    /// size class (fylkeskommuner) never match a size restriction.
    pub size_classes: BTreeSet<String>,
    /// Two-digit fylkesnummer.
    pub fylker: BTreeSet<String>,
    /// Traditional landsdel names (5).
    pub landsdeler: BTreeSet<String>,
    /// An explicit set of organisations as (type, id).
    pub organisations: Option<BTreeSet<(OrgType, String)>>,
    /// Answer conditions, all of which must hold.
    pub answers: Vec<AnswerCondition>,
    /// Not a restriction: the selection's shares are weighted to the population
    /// (`stats::weighting`, `vekt=1`).
    pub weighted: bool,
}

impl Filter {
    /// Everyone.
    pub fn all() -> Filter {
        Filter::default()
    }

    pub fn of_type(org_type: OrgType) -> Filter {
        Filter::default().with_type(org_type)
    }

    pub fn with_type(mut self, org_type: OrgType) -> Filter {
        self.types.insert(org_type);
        self
    }

    pub fn with_size(mut self, size_class: &str) -> Filter {
        self.size_classes.insert(size_class.to_string());
        self
    }

    pub fn with_fylke(mut self, fylkesnr: &str) -> Filter {
        self.fylker.insert(fylkesnr.to_string());
        self
    }

    pub fn with_landsdel(mut self, landsdel: &str) -> Filter {
        self.landsdeler.insert(landsdel.to_string());
        self
    }

    pub fn with_organisation(mut self, org_type: OrgType, id: &str) -> Filter {
        self.organisations
            .get_or_insert_with(BTreeSet::new)
            .insert((org_type, id.to_string()));
        self
    }

    pub fn with_answer(mut self, column: usize, codes: &[u8]) -> Filter {
        self.answers.push(AnswerCondition {
            column,
            codes: codes.iter().copied().collect(),
        });
        self
    }

    /// Whether respondent `row`'s answers meet the answer conditions (`None`: it did not take
    /// part).
    pub fn meets(&self, dataset: &Dataset, row: Option<usize>) -> Meets {
        let Some(row) = row else {
            return if self.answers.is_empty() {
                Meets::Known
            } else {
                Meets::Unknown
            };
        };
        let mut meets = Meets::Known;
        for condition in &self.answers {
            match dataset.responses.codes[condition.column][row] {
                NOT_ANSWERED => meets = Meets::Unknown,
                code if condition.codes.contains(code) => {}
                _ => return Meets::Not,
            }
        }
        meets
    }

    /// Whether `org` is in the filtered group by who it is (not by its answers). `size_ids`
    /// are the codebook's size-class ids.
    pub fn matches(&self, org: &Organisation, size_ids: &[&str]) -> bool {
        (self.types.is_empty() || self.types.contains(&org.org_type))
            && (self.size_classes.is_empty()
                || org
                    .size_class
                    .is_some_and(|class| self.size_classes.contains(size_ids[class])))
            && (self.fylker.is_empty() || self.fylker.contains(&org.fylkesnr))
            && (self.landsdeler.is_empty() || self.landsdeler.contains(&org.landsdel))
            && self
                .organisations
                .as_ref()
                .is_none_or(|set| set.contains(&(org.org_type, org.id.clone())))
    }
}

/// The result of applying a filter: which register organisations are in the group (the
/// population; with answer conditions, every one that may be), and which respondent rows
/// belong to them (with answer conditions, those known to meet them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// `in_population[org]` for every register organisation.
    pub in_population: Vec<bool>,
    /// Number of organisations in the group (N, for the finite-population correction).
    pub population: u32,
    /// Respondent rows in the group.
    pub rows: Vec<u32>,
    /// Shares are weighted to the population (`Filter::weighted`).
    pub weighted: bool,
}

impl Selection {
    pub fn new(dataset: &Dataset, filter: &Filter) -> Selection {
        let size_ids = dataset.codebook.size_class_ids();
        let responses = &dataset.responses;
        let mut row_of = vec![None; dataset.register.organisations.len()];
        for (row, &org) in responses.organisation.iter().enumerate() {
            row_of[org as usize] = Some(row);
        }
        let mut known = vec![false; row_of.len()];
        let in_population: Vec<bool> = dataset
            .register
            .organisations
            .iter()
            .enumerate()
            .map(|(index, org)| {
                if !filter.matches(org, &size_ids) {
                    return false;
                }
                match filter.meets(dataset, row_of[index]) {
                    Meets::Known => {
                        known[index] = true;
                        true
                    }
                    Meets::Unknown => true,
                    Meets::Not => false,
                }
            })
            .collect();
        let population = in_population.iter().filter(|&&m| m).count() as u32;
        let rows = responses
            .organisation
            .iter()
            .enumerate()
            .filter(|(_, &org)| known[org as usize])
            .map(|(row, _)| row as u32)
            .collect();
        Selection {
            in_population,
            population,
            rows,
            weighted: filter.weighted,
        }
    }

    /// Number of responding organisations in the group.
    pub fn respondents(&self) -> u32 {
        self.rows.len() as u32
    }
}

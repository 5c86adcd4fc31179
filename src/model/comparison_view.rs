//! «Sammenlign kommuner» (issue 24): the organisations a reader chose, side by side — for every
//! question item each one's own answer, beside the share of the scale's headline answer among
//! all organisations of the compared types (and in the reader's filter, when one is set) as the
//! reference. Worded when rendered (`render::comparison_html`, `wording::comparison`).

use crate::data::codebook::{ColumnId, Scale};
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::data::responses::NOT_ANSWERED;
use crate::stats::aggregate::{tabulate, Estimate, Suppression};
use crate::stats::filter::{Filter, Selection};

/// One organisation's answer to one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The organisation did not take part in the survey.
    NotParticipating,
    /// It took part but left this item blank (or was not asked it).
    Blank,
    /// Its answer: the code, the code's label, and the code's place in the scale (0 first),
    /// which the table shows as a shade of the scale's order beside the words.
    Given {
        code: u8,
        label: String,
        rank: usize,
        dont_know: bool,
    },
}

impl Answer {
    /// The answer code, when there is one.
    pub fn code(&self) -> Option<u8> {
        match self {
            Answer::Given { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// An organisation compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparedOrganisation {
    /// Its index in the register.
    pub index: usize,
    pub org_type: OrgType,
    /// Its 2017 number.
    pub id: String,
    /// The name as commonly written («Bergen»), for sentences.
    pub name: String,
    /// The name that tells same-named kommuner apart («Bø (Telemark)»), for tables and chips.
    pub unique_name: String,
    pub responded: bool,
}

/// Which organisations the reference share is computed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceScope {
    /// All kommuner (only kommuner are compared).
    Kommuner,
    /// All fylkeskommuner.
    Fylkeskommuner,
    /// Both types (both are compared).
    Both,
}

/// One question item across the compared organisations.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedItem {
    pub column: ColumnId,
    /// The item's label (the question's text for a question without items).
    pub label: String,
    /// Per compared organisation, in [`ComparisonView::organisations`] order.
    pub answers: Vec<Answer>,
    /// The share of the headline answer among all organisations of the reference scope.
    pub country: Result<Estimate, Suppression>,
    /// The same in the reader's filter (within the reference scope), when a filter is set.
    pub filtered: Option<Result<Estimate, Suppression>>,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedQuestion {
    pub id: String,
    pub text: String,
    /// The headline answer's label («I stor grad»), and its codes.
    pub headline_label: String,
    pub headline_codes: Vec<u8>,
    /// How many answer codes the scale has.
    pub scale_len: usize,
    /// How many of them are answers in the scale's order (all but «Vet ikke»): the shades.
    pub ordered_len: usize,
    /// Whether the headline answer is the scale's last («I stor grad» of GRAD5) rather than its
    /// first («Ja»): sentences name the answers from the headline end.
    pub headline_last: bool,
    /// Whether the question has items (a matrix) or not (a row per organisation).
    pub has_items: bool,
    pub items: Vec<ComparedItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonView {
    pub organisations: Vec<ComparedOrganisation>,
    pub reference: ReferenceScope,
    pub questions: Vec<ComparedQuestion>,
}

fn answer(scale: &Scale, code: u8) -> Answer {
    match scale.index_of(code) {
        Some(rank) => {
            let c = &scale.codes[rank];
            Answer::Given {
                code,
                label: c.label.local().to_owned(),
                rank,
                dont_know: c.dont_know,
            }
        }
        // A code the scale does not have cannot pass the data checks; shown as blank.
        None => Answer::Blank,
    }
}

impl ComparisonView {
    /// The comparison of register organisations `members`; `filter` is the reader's filter
    /// (None when none is set), applied within the reference scope.
    pub fn new(dataset: &Dataset, members: &[usize], filter: Option<&Filter>) -> ComparisonView {
        let register = &dataset.register;
        let organisations: Vec<ComparedOrganisation> = members
            .iter()
            .map(|&index| {
                let org = &register.organisations[index];
                ComparedOrganisation {
                    index,
                    org_type: org.org_type,
                    id: org.id.clone(),
                    name: org.name.clone(),
                    unique_name: org.unique_name.clone(),
                    responded: dataset.responses.row_of(index).is_some(),
                }
            })
            .collect();
        let has = |t: OrgType| organisations.iter().any(|o| o.org_type == t);
        let (reference, base) = match (has(OrgType::Kommune), has(OrgType::Fylkeskommune)) {
            (true, false) => (ReferenceScope::Kommuner, Filter::of_type(OrgType::Kommune)),
            (false, true) => (
                ReferenceScope::Fylkeskommuner,
                Filter::of_type(OrgType::Fylkeskommune),
            ),
            _ => (ReferenceScope::Both, Filter::all()),
        };
        let country = Selection::new(dataset, &base);
        // The reader's filter within the reference scope: its types narrowed to those compared.
        let filtered = filter.map(|f| {
            let mut within = f.clone();
            if within.types.is_empty() {
                within.types = base.types.clone();
            } else if !base.types.is_empty() {
                within.types.retain(|t| base.types.contains(t));
            }
            Selection::new(dataset, &within)
        });
        let rows: Vec<Option<usize>> = members
            .iter()
            .map(|&i| dataset.responses.row_of(i))
            .collect();
        let questions = dataset
            .codebook
            .questions
            .iter()
            .map(|question| {
                let scale = dataset.codebook.scale_of(question);
                let headline = &scale.headline.codes;
                let items = question
                    .columns()
                    .into_iter()
                    .map(|column| {
                        let position = dataset
                            .responses
                            .column_index(&column)
                            .expect("codebook column");
                        let answers = rows
                            .iter()
                            .map(|row| match row {
                                None => Answer::NotParticipating,
                                Some(r) => match dataset.responses.codes[position][*r] {
                                    NOT_ANSWERED => Answer::Blank,
                                    code => answer(scale, code),
                                },
                            })
                            .collect();
                        let label = dataset
                            .codebook
                            .item_label(&column)
                            .map(|t| t.local().to_owned())
                            .unwrap_or_else(|| question.text.local().to_owned());
                        ComparedItem {
                            column,
                            label,
                            answers,
                            country: tabulate(dataset, &country, position).cell(headline),
                            filtered: filtered
                                .as_ref()
                                .map(|s| tabulate(dataset, s, position).cell(headline)),
                        }
                    })
                    .collect();
                ComparedQuestion {
                    id: question.id.clone(),
                    text: question.text.local().to_owned(),
                    headline_label: scale.headline.label.local().to_owned(),
                    headline_codes: headline.clone(),
                    scale_len: scale.codes.len(),
                    ordered_len: scale.codes.iter().filter(|c| !c.dont_know).count(),
                    headline_last: scale
                        .codes
                        .iter()
                        .rfind(|c| !c.dont_know)
                        .is_some_and(|c| headline.contains(&c.code)),
                    has_items: !question.items.is_empty(),
                    items,
                }
            })
            .collect();
        ComparisonView {
            organisations,
            reference,
            questions,
        }
    }
}

/// Organisations to compare register organisation `index` with, most alike first: for a
/// kommune, the other kommuner of its fylke and size class that answered; for a fylkeskommune,
/// the other fylkeskommuner of its landsdel that answered. At most `limit`, nearest in
/// population first.
pub fn suggestions(dataset: &Dataset, index: usize, limit: usize) -> Vec<usize> {
    let register = &dataset.register;
    let org = &register.organisations[index];
    let mut alike: Vec<usize> = register
        .organisations
        .iter()
        .enumerate()
        .filter(|&(i, o)| {
            i != index
                && o.org_type == org.org_type
                && dataset.responses.row_of(i).is_some()
                && match org.org_type {
                    OrgType::Kommune => {
                        o.fylkesnr == org.fylkesnr && o.size_class == org.size_class
                    }
                    OrgType::Fylkeskommune => o.landsdel == org.landsdel,
                }
        })
        .map(|(i, _)| i)
        .collect();
    // The `limit` nearest in population, picked one by one (no sort: the page's wasm carries
    // each sort it instantiates).
    let distance = |i: usize| {
        (
            register.organisations[i]
                .population
                .abs_diff(org.population),
            i,
        )
    };
    let mut nearest = Vec::new();
    while nearest.len() < limit {
        let Some(best) = alike.iter().copied().min_by_key(|&i| distance(i)) else {
            break;
        };
        alike.retain(|&i| i != best);
        nearest.push(best);
    }
    nearest
}

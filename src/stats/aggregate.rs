//! Frequency tables for any filter and answer column: counts per code, base n («Vet ikke»
//! included), shares with confidence intervals, and the same split by a grouping.
//!
//! Small cells are suppressed (SSB's «:»): a group with 1 or 2 answers shows no distribution,
//! and when a split would let a suppressed group be recovered by subtracting the other groups
//! from the total, the next-smallest group is suppressed as well.

use crate::data::codebook::{ColumnId, Scale};
use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
use crate::data::responses::NOT_ANSWERED;
use crate::stats::filter::{Filter, Selection};
use crate::stats::intervals::{bonett_fpc, share_interval, BonettFpc, Interval};
use crate::stats::weighting::{post_stratified, stratum_of, Stratum};

/// Groups with fewer answers than this (and more than zero) are suppressed.
pub const MIN_N: u32 = 3;

/// Bases below this are also shown as counts («13 av 14»), not only as shares.
pub const SHOW_COUNTS_BELOW: u32 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suppression {
    /// No answers in the group: nothing to show, nothing to hide.
    Empty,
    /// Fewer than [`MIN_N`] answers.
    Primary,
    /// Hidden so that a primary-suppressed group cannot be recovered by differencing.
    Secondary,
}

/// A share with its base and 95 % confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub count: u32,
    pub n: u32,
    pub population: u32,
    /// count / n.
    pub share: f64,
    /// The interval shown (see [`share_interval`]).
    pub interval: Interval,
    /// statpsych's ci.prop.fpc for the same numbers.
    pub bonett: BonettFpc,
}

impl Estimate {
    pub fn new(count: u32, n: u32, population: u32) -> Option<Estimate> {
        Some(Estimate {
            count,
            n,
            population,
            share: count as f64 / n as f64,
            interval: share_interval(count, n, population)?,
            bonett: bonett_fpc(count, n, population)?,
        })
    }

    /// The share weighted to the population (`stats::weighting`) from the cells' counts; the
    /// count, n and N stay those answered. `None` when nobody answered.
    pub fn weighted(strata: &[Stratum]) -> Option<Estimate> {
        let w = post_stratified(strata)?;
        let sum = |part: fn(&Stratum) -> u32| strata.iter().map(part).sum::<u32>();
        let (count, n, population) = (sum(|s| s.f), sum(|s| s.n), sum(|s| s.population));
        Some(Estimate {
            share: w.share,
            interval: Interval {
                lower: w.lower,
                upper: w.upper,
            },
            ..Estimate::new(count, n, population)?
        })
    }
}

/// The distribution of one answer column in one group.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemTable {
    pub column: ColumnId,
    /// The scale's codes, in codebook order.
    pub codes: Vec<u8>,
    /// Organisations in the group (N).
    pub population: u32,
    /// Organisations in the group that responded to the survey.
    pub respondents: u32,
    /// Answered this item, «Vet ikke» included.
    pub n: u32,
    /// Why the table is hidden; `None` when it is shown.
    pub suppression: Option<Suppression>,
    counts: Vec<u32>,
    /// Weighted to the population: each cell's N and counts per code (`stats::weighting`);
    /// empty when not weighted.
    strata: Vec<(u32, Vec<u32>)>,
}

impl ItemTable {
    fn new(
        column: ColumnId,
        scale: &Scale,
        population: u32,
        respondents: u32,
        counts: Vec<u32>,
        strata: Vec<(u32, Vec<u32>)>,
    ) -> ItemTable {
        let n = counts.iter().sum();
        let suppression = match n {
            0 => Some(Suppression::Empty),
            n if n < MIN_N => Some(Suppression::Primary),
            _ => None,
        };
        let codes = scale.codes.iter().map(|c| c.code).collect();
        ItemTable {
            column,
            codes,
            population,
            respondents,
            n,
            suppression,
            counts,
            strata,
        }
    }

    pub fn is_shown(&self) -> bool {
        self.suppression.is_none()
    }

    /// Counts per code in scale order; `None` unless shown.
    pub fn counts(&self) -> Option<&[u32]> {
        self.is_shown().then_some(self.counts.as_slice())
    }

    /// Number who answered any of `codes`; `None` unless shown.
    pub fn count_of(&self, codes: &[u8]) -> Option<u32> {
        let counts = self.counts()?;
        Some(
            self.codes
                .iter()
                .zip(counts)
                .filter(|(c, _)| codes.contains(c))
                .map(|(_, n)| n)
                .sum(),
        )
    }

    /// Share who answered any of `codes`, with its interval (weighted to the population when
    /// the selection is); `None` unless shown.
    pub fn share_of(&self, codes: &[u8]) -> Option<Estimate> {
        let count = self.count_of(codes)?;
        if self.strata.is_empty() {
            return Estimate::new(count, self.n, self.population);
        }
        let strata: Vec<Stratum> = self
            .strata
            .iter()
            .map(|(population, counts)| Stratum {
                population: *population,
                n: counts.iter().sum(),
                f: self
                    .codes
                    .iter()
                    .zip(counts)
                    .filter(|(c, _)| codes.contains(c))
                    .map(|(_, n)| n)
                    .sum(),
            })
            .collect();
        Estimate::weighted(&strata)
    }

    /// Whether the shares are weighted to the population.
    pub fn is_weighted(&self) -> bool {
        !self.strata.is_empty()
    }

    /// Weighted, a cell of the selection had no answers and was left out (its weight spread
    /// over the others).
    pub fn cells_left_out(&self) -> bool {
        self.strata
            .iter()
            .any(|(population, counts)| *population > 0 && counts.iter().all(|&n| n == 0))
    }

    /// The share who answered any of `codes`, or why it is hidden.
    pub fn cell(&self, codes: &[u8]) -> Result<Estimate, Suppression> {
        match self.suppression {
            Some(why) => Err(why),
            // A shown table has answers, so the estimate exists.
            None => self.share_of(codes).ok_or(Suppression::Empty),
        }
    }

    /// Estimates for every code in scale order; `None` unless shown.
    pub fn shares(&self) -> Option<Vec<Estimate>> {
        self.codes
            .iter()
            .map(|&code| self.share_of(&[code]))
            .collect()
    }

    fn suppress(&mut self, how: Suppression) {
        self.suppression = Some(how);
    }
}

/// Tabulates one column for a selection.
pub fn tabulate(dataset: &Dataset, selection: &Selection, column: usize) -> ItemTable {
    let scale = scale_of_column(dataset, column);
    let lookup = code_lookup(scale);
    let mut counts = vec![0u32; scale.codes.len()];
    let codes = &dataset.responses.codes[column];
    for &row in &selection.rows {
        let code = codes[row as usize];
        if code != NOT_ANSWERED {
            counts[lookup[code as usize] as usize] += 1;
        }
    }
    let strata = if selection.weighted {
        strata_of(dataset, selection, column, None)
    } else {
        Vec::new()
    };
    ItemTable::new(
        dataset.responses.columns[column].clone(),
        scale,
        selection.population,
        selection.respondents(),
        counts,
        strata,
    )
}

/// Each weighting cell's N and counts per code, for the whole selection or for one `group` of a
/// group index (`group_of`, the group): N counts those that may be in it (an answer grouping's
/// unknown too), the counts those known to be.
fn strata_of(
    dataset: &Dataset,
    selection: &Selection,
    column: usize,
    group: Option<(&[u16], u16)>,
) -> Vec<(u32, Vec<u32>)> {
    let is_in = |org: usize| group.is_none_or(|(group_of, g)| group_of[org] == g);
    let may_be_in = |org: usize| {
        group.is_none_or(|(group_of, g)| {
            matches!(group_of[org], UNKNOWN_GROUP) || group_of[org] == g
        })
    };
    let classes = dataset.codebook.size_classes.len();
    let scale = scale_of_column(dataset, column);
    let lookup = code_lookup(scale);
    let organisations = &dataset.register.organisations;
    let mut strata = vec![(0u32, vec![0u32; scale.codes.len()]); classes + 1];
    for (org, &inside) in selection.in_population.iter().enumerate() {
        if inside && may_be_in(org) {
            strata[stratum_of(&organisations[org], classes)].0 += 1;
        }
    }
    let codes = &dataset.responses.codes[column];
    for &row in &selection.rows {
        let org = dataset.responses.organisation[row as usize] as usize;
        let code = codes[row as usize];
        if code != NOT_ANSWERED && is_in(org) {
            strata[stratum_of(&organisations[org], classes)].1[lookup[code as usize] as usize] += 1;
        }
    }
    strata
}

/// Every column's table for one filter.
pub fn tabulate_all(dataset: &Dataset, filter: &Filter) -> Vec<ItemTable> {
    let selection = Selection::new(dataset, filter);
    (0..dataset.responses.columns.len())
        .map(|column| tabulate(dataset, &selection, column))
        .collect()
}

/// The table for one column, by name.
pub fn tabulate_column(dataset: &Dataset, filter: &Filter, column: &ColumnId) -> Option<ItemTable> {
    let index = dataset.responses.column_index(column)?;
    Some(tabulate(dataset, &Selection::new(dataset, filter), index))
}

/// What a comparison splits by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    SizeClass,
    Landsdel,
    Fylke,
    Type,
    /// The answer to a question (issue 25): a group per answer code of answer column `column`
    /// (its index in the respondent file; `name` as the URL writes it, `question.item`).
    /// Organisations whose answer is not known (they did not take part, or left it blank) are
    /// in no group, and may be in each: they count in every group's population.
    Answer {
        column: usize,
        name: &'static str,
    },
}

/// Prefix of an answer grouping's URL key: `svar:COLUMN`.
pub const ANSWER_KEY: &str = "svar:";

/// Group key for organisations without a size class (fylkeskommuner) in a size split.
pub const NO_SIZE_CLASS: &str = "none";

impl Grouping {
    /// The value used in URLs.
    pub fn key(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Grouping::SizeClass => "size".into(),
            Grouping::Landsdel => "landsdel".into(),
            Grouping::Fylke => "fylke".into(),
            Grouping::Type => "type".into(),
            Grouping::Answer { name, .. } => format!("{ANSWER_KEY}{name}").into(),
        }
    }

    /// Every group value in display order. Together the groups partition the register (an
    /// answer grouping: those whose answer is known).
    pub fn values(&self, dataset: &Dataset) -> Vec<String> {
        let register = &dataset.register;
        match self {
            Grouping::SizeClass => {
                let mut values: Vec<String> = dataset
                    .codebook
                    .size_classes
                    .iter()
                    .map(|c| c.id.clone())
                    .collect();
                if register
                    .organisations
                    .iter()
                    .any(|o| o.size_class.is_none())
                {
                    values.push(NO_SIZE_CLASS.to_string());
                }
                values
            }
            Grouping::Landsdel => register.landsdeler(),
            Grouping::Fylke => register.fylker().into_iter().map(|(nr, _)| nr).collect(),
            Grouping::Type => OrgType::ALL.iter().map(|t| t.key().to_string()).collect(),
            Grouping::Answer { column, .. } => scale_of_column(dataset, *column)
                .codes
                .iter()
                .map(|c| c.code.to_string())
                .collect(),
        }
    }

    /// The group value of one organisation by who it is; `None` for an answer grouping (see
    /// [`GroupIndex::new`]).
    pub fn value_of<'a>(&self, org: &'a Organisation, dataset: &'a Dataset) -> Option<&'a str> {
        Some(match self {
            Grouping::SizeClass => match org.size_class {
                Some(class) => &dataset.codebook.size_classes[class].id,
                None => NO_SIZE_CLASS,
            },
            Grouping::Landsdel => &org.landsdel,
            Grouping::Fylke => &org.fylkesnr,
            Grouping::Type => org.org_type.key(),
            Grouping::Answer { .. } => return None,
        })
    }
}

/// One column split by a grouping: the whole filtered group and each non-empty subgroup.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitTable {
    pub grouping: Grouping,
    pub total: ItemTable,
    /// (group value, table), in display order; only groups with population > 0.
    pub groups: Vec<(String, ItemTable)>,
    /// Organisations of the selection that may be in any group (an answer grouping: their
    /// answer is not known); counted in every group's population.
    pub unknown: u32,
}

/// Which group every register organisation belongs to under one grouping. Computed once and
/// reused for every column of a view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupIndex {
    pub grouping: Grouping,
    /// Group values in display order.
    pub values: Vec<String>,
    /// `group_of[org]`: index into `values`, or [`UNKNOWN_GROUP`].
    group_of: Vec<u16>,
}

/// The group of an organisation whose answer is not known (an answer grouping).
const UNKNOWN_GROUP: u16 = u16::MAX;

impl GroupIndex {
    pub fn new(dataset: &Dataset, grouping: Grouping) -> GroupIndex {
        let values = grouping.values(dataset);
        let group_of: Vec<u16> = match &grouping {
            // By the answer: the code's place in the scale; unknown without an answer.
            Grouping::Answer { column, .. } => {
                let codes = &dataset.responses.codes[*column];
                // The groups are the scale's codes in order: a code's place in the scale.
                let mut place = [UNKNOWN_GROUP; 256];
                for (i, code) in scale_of_column(dataset, *column).codes.iter().enumerate() {
                    place[code.code as usize] = i as u16;
                }
                let mut group_of = vec![UNKNOWN_GROUP; dataset.register.organisations.len()];
                for (row, &org) in dataset.responses.organisation.iter().enumerate() {
                    // A blank (code 0) is not a code of the scale: unknown.
                    group_of[org as usize] = place[codes[row] as usize];
                }
                group_of
            }
            _ => dataset
                .register
                .organisations
                .iter()
                .map(|org| {
                    let value = grouping.value_of(org, dataset).unwrap_or_default();
                    values
                        .iter()
                        .position(|v| v == value)
                        .expect("every organisation has a group value") as u16
                })
                .collect(),
        };
        GroupIndex {
            grouping,
            values,
            group_of,
        }
    }
}

/// Splits one column of a filtered group by `grouping`, with complementary suppression.
pub fn split(dataset: &Dataset, filter: &Filter, grouping: Grouping, column: usize) -> SplitTable {
    let selection = Selection::new(dataset, filter);
    split_selection(
        dataset,
        &selection,
        &GroupIndex::new(dataset, grouping),
        column,
    )
}

/// [`split`] for a selection and group index that are already computed.
pub fn split_selection(
    dataset: &Dataset,
    selection: &Selection,
    index: &GroupIndex,
    column: usize,
) -> SplitTable {
    let scale = scale_of_column(dataset, column);
    let lookup = code_lookup(scale);
    let groups = index.values.len();
    // Organisations known to be in each group, and those that may be in any (answer unknown).
    let mut members = vec![0u32; groups];
    let mut unknown = 0u32;
    for (org, &inside) in selection.in_population.iter().enumerate() {
        if inside {
            match index.group_of[org] {
                UNKNOWN_GROUP => unknown += 1,
                group => members[group as usize] += 1,
            }
        }
    }
    let population: Vec<u32> = members.iter().map(|m| m + unknown).collect();
    let mut respondents = vec![0u32; groups];
    let mut counts = vec![vec![0u32; scale.codes.len()]; groups];
    let codes = &dataset.responses.codes[column];
    for &row in &selection.rows {
        let group = index.group_of[dataset.responses.organisation[row as usize] as usize];
        if group == UNKNOWN_GROUP {
            continue;
        }
        respondents[group as usize] += 1;
        let code = codes[row as usize];
        if code != NOT_ANSWERED {
            counts[group as usize][lookup[code as usize] as usize] += 1;
        }
    }
    let column_id = &dataset.responses.columns[column];
    let total = tabulate(dataset, selection, column);
    let mut groups: Vec<(String, ItemTable)> = index
        .values
        .iter()
        .zip(counts)
        .enumerate()
        .filter(|(g, _)| members[*g] > 0)
        .map(|(g, (value, counts))| {
            (
                value.clone(),
                ItemTable::new(
                    column_id.clone(),
                    scale,
                    population[g],
                    respondents[g],
                    counts,
                    if selection.weighted {
                        strata_of(
                            dataset,
                            selection,
                            column,
                            Some((&index.group_of, g as u16)),
                        )
                    } else {
                        Vec::new()
                    },
                ),
            )
        })
        .collect();
    suppress_complementary(&total, &mut groups);
    SplitTable {
        grouping: index.grouping,
        total,
        groups,
        unknown,
    }
}

/// While the total is shown, the hidden groups together must be none or at least [`MIN_N`]
/// answers: otherwise the total minus the shown groups gives them away (one small group, or
/// two of one answer each). Hides the smallest shown group until that holds. The answers of
/// those in no group (an answer grouping: the answer to the grouping's question is not known)
/// count as hidden: the total gives them away as well.
fn suppress_complementary(total: &ItemTable, groups: &mut [(String, ItemTable)]) {
    if !total.is_shown() {
        return;
    }
    let outside = total.n - groups.iter().map(|(_, t)| t.n).sum::<u32>();
    loop {
        let hidden: u32 = outside
            + groups
                .iter()
                .filter(|(_, t)| !t.is_shown())
                .map(|(_, t)| t.n)
                .sum::<u32>();
        if hidden == 0 || hidden >= MIN_N {
            return;
        }
        match groups
            .iter_mut()
            .filter(|(_, t)| t.is_shown())
            .min_by_key(|(_, t)| t.n)
        {
            Some((_, smallest)) => smallest.suppress(Suppression::Secondary),
            None => return,
        }
    }
}

fn scale_of_column(dataset: &Dataset, column: usize) -> &Scale {
    let question = dataset
        .codebook
        .question(&dataset.responses.columns[column].question)
        .expect("response columns come from the codebook");
    dataset.codebook.scale_of(question)
}

/// Maps an answer code to its position in the scale.
fn code_lookup(scale: &Scale) -> [u8; 256] {
    let mut lookup = [0u8; 256];
    for (index, code) in scale.codes.iter().enumerate() {
        lookup[code.code as usize] = index as u8;
    }
    lookup
}

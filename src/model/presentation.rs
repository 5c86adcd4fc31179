//! What one question looks like under one view state: a series per group (or one for the whole
//! selection), each with a table per item, and the rows a chart draws. Pure data; the chart
//! spec, the HTML table, the summary sentence and the CSV are all made from this.

use crate::data::codebook::{ColumnId, Question, Scale};
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::state::view_state::ViewState;
use crate::stats::aggregate::{
    split_selection, tabulate, Estimate, GroupIndex, Grouping, ItemTable, Suppression,
    NO_SIZE_CLASS,
};
use crate::stats::difference::{test_groups, Direction, Test};
use crate::stats::filter::Selection;
use crate::wording::{nouns, tables};

/// One group's tables: one per column of the question, in item order.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Group value (as in URLs and `data-group`), or `alle` when not split.
    pub key: String,
    pub label: String,
    pub tables: Vec<ItemTable>,
    /// Per table: the group's headline share tested against the rest of the selection
    /// (`stats::difference`); `None` when not split, or not tested.
    pub tests: Vec<Option<Test>>,
}

/// What a chart row stands for: an item (multi-item questions, headline share) or an answer
/// code (single-item questions, full distribution).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Items,
    Codes,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub label: String,
    /// Per series: the estimate, or why there is none.
    pub cells: Vec<Result<Estimate, Suppression>>,
    /// Per series: whether the group's headline share differs from the rest of the selection
    /// (on an answer code's row: where the code is one of the headline's).
    pub differs: Vec<Option<Direction>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub question: Question,
    pub scale: Scale,
    pub columns: Vec<ColumnId>,
    pub grouping: Option<Grouping>,
    pub series: Vec<Series>,
    /// The whole selection, unsplit (shown in the table beside a split).
    pub total: Series,
}

/// Label for a group value, e.g. `small` → «Små kommuner», `12` → «Hordaland».
pub fn group_label(dataset: &Dataset, grouping: &Grouping, value: &str) -> String {
    match grouping {
        Grouping::SizeClass if value == NO_SIZE_CLASS => {
            nouns::selection(Some(OrgType::Fylkeskommune)).to_string()
        }
        Grouping::SizeClass => dataset
            .codebook
            .size_classes
            .iter()
            .find(|c| c.id == value)
            .map(|c| nouns::size_group(c.short.local()))
            .unwrap_or_else(|| value.to_string()),
        Grouping::Type => nouns::selection(OrgType::from_key(value)).to_string(),
        Grouping::Fylke => dataset
            .register
            .fylke_name(value)
            .unwrap_or(value)
            .to_string(),
        Grouping::Landsdel => value.to_string(),
        Grouping::Answer { column, .. } => value
            .parse::<u8>()
            .ok()
            .and_then(|code| {
                dataset
                    .codebook
                    .answer_label(&dataset.responses.columns[*column].question, code)
            })
            .unwrap_or(value)
            .to_string(),
    }
}

impl QuestionView {
    /// Builds the view of `question` for `state`. `selection` and `index` are shared by all
    /// questions of a page.
    pub fn new(
        dataset: &Dataset,
        state: &ViewState,
        selection: &Selection,
        index: Option<&GroupIndex>,
        question: &Question,
    ) -> QuestionView {
        let columns = question.columns();
        let positions: Vec<usize> = columns
            .iter()
            .map(|c| {
                dataset
                    .responses
                    .column_index(c)
                    .expect("question columns exist in the answers")
            })
            .collect();
        let total = Series {
            key: "alle".to_string(),
            label: nouns::selection(state.types.org_type()).to_string(),
            tables: positions
                .iter()
                .map(|&p| tabulate(dataset, selection, p))
                .collect(),
            tests: vec![None; positions.len()],
        };
        let scale = dataset.codebook.scale_of(question);
        let series = match index {
            None => vec![total.clone()],
            Some(index) => {
                let splits: Vec<_> = positions
                    .iter()
                    .map(|&p| split_selection(dataset, selection, index, p))
                    .collect();
                let keys: Vec<String> = splits
                    .first()
                    .map(|s| s.groups.iter().map(|(v, _)| v.clone()).collect())
                    .unwrap_or_default();
                // Per column, each group's test; the adjustment is over the groups of a column.
                let tests: Vec<Vec<Option<Test>>> = splits
                    .iter()
                    .map(|s| {
                        let groups: Vec<&ItemTable> = s.groups.iter().map(|(_, t)| t).collect();
                        test_groups(&s.total, &groups, s.unknown, &scale.headline.codes)
                    })
                    .collect();
                keys.iter()
                    .enumerate()
                    .map(|(g, key)| Series {
                        key: key.clone(),
                        label: group_label(dataset, &index.grouping, key),
                        tables: splits.iter().map(|s| s.groups[g].1.clone()).collect(),
                        tests: tests.iter().map(|t| t[g]).collect(),
                    })
                    .collect()
            }
        };
        QuestionView {
            question: question.clone(),
            scale: scale.clone(),
            columns,
            grouping: index.map(|i| i.grouping),
            series,
            total,
        }
    }

    pub fn row_kind(&self) -> RowKind {
        if self.question.items.is_empty() {
            RowKind::Codes
        } else {
            RowKind::Items
        }
    }

    /// Label of item `column`, or «Svar» for a single-item question.
    pub fn item_label(&self, column: usize) -> String {
        self.question
            .items
            .get(column)
            .map(|i| i.label.local().to_owned())
            .unwrap_or_else(|| tables::SINGLE_ITEM.to_string())
    }

    /// The rows a chart draws: the headline share of each item, or the share of each answer
    /// code of a single-item question.
    pub fn chart_rows(&self) -> Vec<ChartRow> {
        let cell = |table: &ItemTable, codes: &[u8]| table.cell(codes);
        let differs = |column: usize| -> Vec<Option<Direction>> {
            self.series
                .iter()
                .map(|s| s.tests[column].and_then(|t| t.differs()))
                .collect()
        };
        match self.row_kind() {
            RowKind::Items => (0..self.columns.len())
                .map(|c| ChartRow {
                    label: self.item_label(c),
                    cells: self
                        .series
                        .iter()
                        .map(|s| cell(&s.tables[c], &self.scale.headline.codes))
                        .collect(),
                    differs: differs(c),
                })
                .collect(),
            RowKind::Codes => self
                .scale
                .codes
                .iter()
                .map(|code| ChartRow {
                    label: code.label.local().to_owned(),
                    cells: self
                        .series
                        .iter()
                        .map(|s| cell(&s.tables[0], &[code.code]))
                        .collect(),
                    differs: if self.scale.headline.codes.contains(&code.code) {
                        differs(0)
                    } else {
                        vec![None; self.series.len()]
                    },
                })
                .collect(),
        }
    }

    /// Whether nobody in the selection could have answered (no organisations at all).
    pub fn is_empty_selection(&self) -> bool {
        self.total.tables.iter().all(|t| t.population == 0)
    }
}

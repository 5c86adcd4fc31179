//! What the one-sentence summary beside each chart says, chosen from the figures (never
//! hand-written): which item or answer leads, and which groups' figures follow. Worded by
//! `render::summary_text`.

use crate::model::presentation::{QuestionView, RowKind};
use crate::stats::aggregate::{Grouping, Suppression};
use crate::stats::difference::Direction;
use crate::stats::figure::Figure;

/// What the sentence leads with.
#[derive(Debug, Clone, PartialEq)]
pub enum Lead {
    /// The item with the highest share of the headline answer.
    HighestItem { answer: String, item: String },
    /// The share giving the headline answer of a single-item question.
    HeadlineShare { answer: String },
}

/// One group's figure in the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupFigure {
    pub name: String,
    /// Whether the name is a common noun («kommuner», «store kommuner»), written in lower case
    /// inside a sentence; a proper name («Hordaland») is not.
    pub common_noun: bool,
    pub figure: Figure,
    /// Whether the group differs from the rest of the selection (`stats::difference`).
    pub differs: Option<Direction>,
}

impl GroupFigure {
    fn share(&self) -> f64 {
        self.figure.estimate().map(|e| e.share).unwrap_or_default()
    }

    fn is_shown(&self) -> bool {
        self.figure.estimate().is_some()
    }
}

/// What the tests of the groups found, for the sentence's close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Differences {
    /// Not compared, or no group could be tested.
    NotTested,
    /// Groups were tested and none differs: the sentence says so.
    NoneFound,
    /// At least one group differs (said at the group).
    Found,
}

/// The groups' figures after the lead.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Every group (up to four).
    Each(Vec<GroupFigure>),
    /// Many groups: the highest and the lowest shown figure.
    HighestAndLowest(Box<(GroupFigure, GroupFigure)>),
    /// Many groups, none with a figure to show.
    TooFewInGroups,
    /// Compared by an answer (issue 25): the group with the highest figure against the one with
    /// the lowest (by the answers' labels).
    Contrast(Box<(GroupFigure, GroupFigure)>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Summary {
    /// Nothing matches the filters.
    EmptySelection,
    /// The whole selection has too few answers.
    TooFew,
    Figures {
        lead: Lead,
        body: Body,
        differences: Differences,
    },
}

/// What a summary talks about: one chart row (an item), or the headline answer of a
/// single-item question (which may span several codes).
#[derive(Clone, Copy)]
enum Subject {
    Row(usize),
    Headline,
}

/// Up to this many groups are named one by one; more are told as highest and lowest.
const GROUPS_NAMED: usize = 4;

/// The summary of one question under the current selection.
pub fn summarise(view: &QuestionView) -> Summary {
    if view.is_empty_selection() {
        return Summary::EmptySelection;
    }
    let rows = view.chart_rows();
    let headline = &view.scale.headline;
    // Which row to talk about: the item with the highest headline share for the whole
    // selection, or the headline answer of a single-item question.
    let (subject, lead) = match view.row_kind() {
        RowKind::Items => {
            let best = (0..view.columns.len())
                .filter_map(|c| {
                    view.total.tables[c]
                        .share_of(&headline.codes)
                        .map(|e| (c, e.share))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            match best {
                Some((c, _)) => (
                    Subject::Row(c),
                    Lead::HighestItem {
                        answer: headline.label.local().to_owned(),
                        item: view.item_label(c),
                    },
                ),
                None => return Summary::TooFew,
            }
        }
        RowKind::Codes => {
            if view.total.tables[0].share_of(&headline.codes).is_none() {
                return Summary::TooFew;
            }
            // The headline may span several codes; the sentence uses their sum.
            (
                Subject::Headline,
                Lead::HeadlineShare {
                    answer: headline.label.local().to_owned(),
                },
            )
        }
    };
    let common_noun = matches!(
        view.grouping,
        None | Some(Grouping::Type) | Some(Grouping::SizeClass)
    );
    // The subject's test per group: the item's, or the headline's of a single-item question.
    let column = match subject {
        Subject::Row(row) => row,
        Subject::Headline => 0,
    };
    let tests: Vec<_> = view.series.iter().map(|s| s.tests[column]).collect();
    let differences = if tests.iter().all(Option::is_none) {
        Differences::NotTested
    } else if tests.iter().flatten().any(|t| t.differs().is_some()) {
        Differences::Found
    } else {
        Differences::NoneFound
    };
    let mut figures: Vec<GroupFigure> = view
        .series
        .iter()
        .enumerate()
        .map(|(s, series)| GroupFigure {
            name: series.label.clone(),
            common_noun,
            figure: Figure::of(match subject {
                Subject::Headline => series.tables[0].cell(&headline.codes),
                Subject::Row(row) => rows[row].cells[s],
            }),
            differs: tests[s].and_then(|t| t.differs()),
        })
        .filter(|figure| figure.figure != Figure::Hidden(Suppression::Empty))
        .collect();
    // Compared by an answer, two or more figures are told as a contrast: the highest against
    // the lowest (the first of equal figures in the scale's order).
    let by_answer = matches!(view.grouping, Some(Grouping::Answer { .. }))
        && figures.iter().filter(|f| f.is_shown()).count() >= 2;
    let body = if figures.len() <= GROUPS_NAMED && !by_answer {
        Body::Each(figures)
    } else {
        figures.retain(GroupFigure::is_shown);
        figures.sort_by(|a, b| b.share().total_cmp(&a.share()));
        match (figures.first(), figures.last()) {
            // Every group the same: no contrast to tell, each is named.
            (Some(high), Some(low)) if by_answer && high.share() == low.share() => {
                Body::Each(figures)
            }
            (Some(high), Some(low)) if by_answer => {
                Body::Contrast(Box::new((high.clone(), low.clone())))
            }
            (Some(high), Some(low)) => {
                Body::HighestAndLowest(Box::new((high.clone(), low.clone())))
            }
            _ => Body::TooFewInGroups,
        }
    };
    Summary::Figures {
        lead,
        body,
        differences,
    }
}

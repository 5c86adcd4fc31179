//! The one-sentence summary beside each chart, worded from what `model::summary` chose.

use crate::model::presentation::QuestionView;
use crate::model::summary::{summarise, Body, GroupFigure, Lead, Summary};
use crate::stats::aggregate::{Estimate, Suppression};
use crate::text::format::with_first_letter;
use crate::wording::lists::join_and;
use crate::wording::phrases::{estimate_phrase, suppression_phrase};
use crate::wording::summary as words;

fn figure(figure: &GroupFigure) -> String {
    let name = if figure.common_noun {
        with_first_letter(&figure.name, false)
    } else {
        figure.name.clone()
    };
    words::group_figure(&name, &figure.cell)
}

/// A figure, or why it is hidden.
fn phrase(cell: &Result<Estimate, Suppression>) -> String {
    match cell {
        Ok(e) => estimate_phrase(e),
        Err(s) => suppression_phrase(*s).to_string(),
    }
}

/// The sentence for a summary.
pub fn sentence(summary: &Summary) -> String {
    match summary {
        Summary::EmptySelection => words::EMPTY_SELECTION.to_string(),
        Summary::TooFew => words::too_few(),
        Summary::Figures { lead, body } => {
            let lead = match lead {
                Lead::HighestItem { answer, item } => words::highest_item(answer, item),
                Lead::HeadlineShare { answer } => words::headline_share(answer),
            };
            let body = match body {
                Body::Each(figures) => join_and(&figures.iter().map(figure).collect::<Vec<_>>()),
                Body::HighestAndLowest(pair) => {
                    words::highest_and_lowest(&figure(&pair.0), &figure(&pair.1))
                }
                Body::TooFewInGroups => words::TOO_FEW_IN_GROUPS.to_string(),
                Body::Contrast(pair) => words::contrast(
                    &pair.0.name,
                    &phrase(&pair.0.cell),
                    &pair.1.name,
                    &phrase(&pair.1.cell),
                ),
            };
            words::sentence(&lead, &body)
        }
    }
}

/// The sentence for one question under the current selection.
pub fn summary(view: &QuestionView) -> String {
    sentence(&summarise(view))
}

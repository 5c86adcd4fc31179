//! The one-sentence summary beside each chart, worded from what `model::summary` chose.

use crate::model::presentation::QuestionView;
use crate::model::summary::{summarise, Body, GroupFigure, Lead, Summary};
use crate::text::format::with_first_letter;
use crate::wording::lists::join_and;
use crate::wording::summary as words;

fn figure(figure: &GroupFigure) -> String {
    let name = if figure.common_noun {
        with_first_letter(&figure.name, false)
    } else {
        figure.name.clone()
    };
    words::group_figure(&name, &figure.cell)
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
            };
            words::sentence(&lead, &body)
        }
    }
}

/// The sentence for one question under the current selection.
pub fn summary(view: &QuestionView) -> String {
    sentence(&summarise(view))
}

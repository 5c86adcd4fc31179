//! The one-sentence summary beside each chart, worded from what `model::summary` chose.

use crate::model::presentation::QuestionView;
use crate::model::summary::{summarise, Body, Differences, GroupFigure, Lead, Summary};
use crate::stats::difference::Direction;
use crate::text::format::with_first_letter;
use crate::wording::lists::join_and;
use crate::wording::phrases::estimate_phrase;
use crate::wording::summary as words;

/// A group's name and figure: «store kommuner 61 % (52–70 %, n = 80)».
fn named(figure: &GroupFigure) -> String {
    let name = if figure.common_noun {
        with_first_letter(&figure.name, false)
    } else {
        figure.name.clone()
    };
    words::group_figure(&name, &figure.figure)
}

/// A group's figure, and after it whether it differs from the rest.
fn figure(figure: &GroupFigure) -> String {
    with_difference(named(figure), figure)
}

/// `text`, then «, klart høyere enn resten av utvalget» where the group differs.
fn with_difference(text: String, figure: &GroupFigure) -> String {
    match figure.differs {
        Some(direction) => format!("{text}, {}", words::differs(direction)),
        None => text,
    }
}

/// The sentence for a summary.
pub fn sentence(summary: &Summary) -> String {
    match summary {
        Summary::EmptySelection => words::EMPTY_SELECTION.to_string(),
        Summary::TooFew => words::too_few(),
        Summary::Figures {
            lead,
            body,
            differences,
        } => {
            let lead = match lead {
                Lead::HighestItem { answer, item } => words::highest_item(answer, item),
                Lead::HeadlineShare { answer } => words::headline_share(answer),
            };
            let body = match body {
                Body::Each(figures) => join_and(&figures.iter().map(figure).collect::<Vec<_>>()),
                Body::HighestAndLowest(pair) => words::highest_and_lowest(
                    &named(&pair.0),
                    &named(&pair.1),
                    pair.0.differs == Some(Direction::Higher),
                    pair.1.differs == Some(Direction::Lower),
                ),
                Body::TooFewInGroups => words::TOO_FEW_IN_GROUPS.to_string(),
                Body::Contrast(pair) => words::contrast(
                    &pair.0.name,
                    &with_difference(estimate_phrase(&pair.0.figure), &pair.0),
                    &pair.1.name,
                    &with_difference(estimate_phrase(&pair.1.figure), &pair.1),
                ),
            };
            let sentence = words::sentence(&lead, &body);
            match differences {
                Differences::NoneFound => format!("{sentence} {}", words::NO_DIFFERENCES),
                _ => sentence,
            }
        }
    }
}

/// The sentence for one question under the current selection.
pub fn summary(view: &QuestionView) -> String {
    sentence(&summarise(view))
}

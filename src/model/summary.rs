//! The one-sentence summary beside each chart, computed from the figures (never hand-written):
//! what to say is chosen here, the words come from `wording::summary`.

use crate::model::presentation::{QuestionView, RowKind};
use crate::stats::aggregate::{Estimate, Grouping, Suppression};
use crate::text::format::with_first_letter;
use crate::wording::lists::join_and;
use crate::wording::summary as words;

fn series_name(view: &QuestionView, label: &str) -> String {
    let common_noun = matches!(
        view.grouping,
        None | Some(Grouping::Type) | Some(Grouping::SizeClass)
    );
    if common_noun {
        with_first_letter(label, false)
    } else {
        label.to_string()
    }
}

/// What a summary talks about: one chart row (an item), or the headline answer of a
/// single-item question (which may span several codes).
#[derive(Clone, Copy)]
enum Subject {
    Row(usize),
    Headline,
}

/// The sentence for one question under the current selection.
pub fn summary(view: &QuestionView) -> String {
    if view.is_empty_selection() {
        return words::EMPTY_SELECTION.to_string();
    }
    let rows = view.chart_rows();
    // Which row to talk about: the item with the highest headline share for the whole
    // selection, or the headline answer of a single-item question.
    let (subject, lead) = match view.row_kind() {
        RowKind::Items => {
            let best = (0..view.columns.len())
                .filter_map(|c| {
                    view.total.tables[c]
                        .share_of(&view.scale.headline.codes)
                        .map(|e| (c, e.share))
                })
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            match best {
                Some((c, _)) => (
                    Subject::Row(c),
                    words::highest_item(&view.scale.headline.label.nb, &view.item_label(c)),
                ),
                None => return words::too_few(),
            }
        }
        RowKind::Codes => {
            let headline = &view.scale.headline;
            if view.total.tables[0].share_of(&headline.codes).is_none() {
                return words::too_few();
            }
            // The headline may span several codes; the sentence uses their sum.
            (Subject::Headline, words::headline_share(&headline.label.nb))
        }
    };
    let mut cells: Vec<(String, Result<Estimate, Suppression>)> = view
        .series
        .iter()
        .enumerate()
        .map(|(s, series)| {
            let cell = match subject {
                Subject::Headline => series.tables[0].cell(&view.scale.headline.codes),
                Subject::Row(row) => rows[row].cells[s],
            };
            (series_name(view, &series.label), cell)
        })
        .filter(|(_, cell)| !matches!(cell, Err(Suppression::Empty)))
        .collect();
    let phrase =
        |(name, cell): &(String, Result<Estimate, Suppression>)| words::group_figure(name, cell);
    let body = if cells.len() <= 4 {
        join_and(&cells.iter().map(phrase).collect::<Vec<_>>())
    } else {
        cells.retain(|(_, c)| c.is_ok());
        cells.sort_by(|a, b| {
            b.1.as_ref()
                .unwrap()
                .share
                .total_cmp(&a.1.as_ref().unwrap().share)
        });
        match (cells.first(), cells.last()) {
            (Some(high), Some(low)) => words::highest_and_lowest(&phrase(high), &phrase(low)),
            _ => words::TOO_FEW_IN_GROUPS.to_string(),
        }
    };
    words::sentence(&lead, &body)
}

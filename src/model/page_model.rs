//! Everything the explorer page shows for one view state, computed at once: the selection,
//! its status line, and a [`QuestionView`] per question. The page and the test oracle
//! (`src/bin/expected_view.rs`) both use this, so they cannot drift apart.

use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::model::key_figures::{key_figures, KeyFigure};
use crate::model::presentation::QuestionView;
use crate::state::view_state::ViewState;
use crate::stats::aggregate::GroupIndex;
use crate::stats::filter::Selection;
use crate::stats::weighting::stratum_of;
use crate::wording::nouns;

#[derive(Debug, Clone, PartialEq)]
pub struct PageModel {
    pub state: ViewState,
    pub questions: Vec<QuestionView>,
    /// For each type shown: how many respondents are in the selection, of how many who
    /// answered (the status line, `wording::status::shown_answers`).
    pub answered: Vec<AnsweredCount>,
    /// Respondents in the selection.
    pub respondents: u32,
    /// The headline findings for the selection.
    pub key_figures: Vec<KeyFigure>,
    /// Weighted to the population (`vekt=1`): each weighting cell of the selection with its
    /// respondents and organisations (the note on response rates); empty otherwise.
    pub weighting: Vec<CellRate>,
}

/// A weighting cell's name, respondents (n) and organisations (N) in the selection.
pub type CellRate = (String, u32, u32);

/// The response rate of each weighting cell the selection holds (`stats::weighting`).
pub fn cell_rates(dataset: &Dataset, selection: &Selection) -> Vec<CellRate> {
    let classes = &dataset.codebook.size_classes;
    let organisations = &dataset.register.organisations;
    let mut rates: Vec<CellRate> = classes
        .iter()
        .map(|c| nouns::size_group(c.short.local()))
        .chain([nouns::selection(Some(OrgType::Fylkeskommune)).to_string()])
        .map(|name| (name, 0, 0))
        .collect();
    for (org, &inside) in selection.in_population.iter().enumerate() {
        if inside {
            rates[stratum_of(&organisations[org], classes.len())].2 += 1;
        }
    }
    for &row in &selection.rows {
        let org = dataset.responses.organisation[row as usize] as usize;
        rates[stratum_of(&organisations[org], classes.len())].1 += 1;
    }
    rates.retain(|r| r.2 > 0);
    rates
}

impl PageModel {
    pub fn new(dataset: &Dataset, state: &ViewState) -> PageModel {
        let selection = Selection::new(dataset, &state.filter());
        let index = state.grouping().map(|g| GroupIndex::new(dataset, g));
        let questions = dataset
            .codebook
            .questions
            .iter()
            .map(|q| QuestionView::new(dataset, state, &selection, index.as_ref(), q))
            .collect();
        PageModel {
            state: state.clone(),
            questions,
            answered: answered_counts(dataset, state, &selection),
            respondents: selection.respondents(),
            key_figures: key_figures(dataset, state),
            weighting: if state.weighted {
                cell_rates(dataset, &selection)
            } else {
                Vec::new()
            },
        }
    }
}

/// Respondents of one type in the selection (`shown`) and in all (`all`).
pub type AnsweredCount = (usize, usize, OrgType);

/// For each type the selection may hold, its respondents in the selection and in all.
pub fn answered_counts(
    dataset: &Dataset,
    state: &ViewState,
    selection: &Selection,
) -> Vec<AnsweredCount> {
    let type_of_row = |row: usize| {
        dataset.register.organisations[dataset.responses.organisation[row] as usize].org_type
    };
    OrgType::ALL
        .iter()
        .filter(|t| state.types.org_type().is_none_or(|chosen| chosen == **t))
        .map(|&t| {
            let all = (0..dataset.responses.len())
                .filter(|&r| type_of_row(r) == t)
                .count();
            let shown = selection
                .rows
                .iter()
                .filter(|&&r| type_of_row(r as usize) == t)
                .count();
            (shown, all, t)
        })
        .collect()
}

//! The active filters as removable chips, each with the state change that removes it. Pure,
//! so the chips' behaviour is tested natively. (The selection in words is
//! `wording::selection`.)

use crate::data::dataset::Dataset;
use crate::state::view_state::{TypeChoice, ViewState};
use crate::wording::nouns;

/// Which restriction a chip stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterKind {
    Type,
    Size(String),
    Landsdel(String),
    Fylke(String),
    /// An answer condition, by its column's name (`question.item`).
    Answer(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterChip {
    pub kind: FilterKind,
    pub label: String,
}

impl FilterChip {
    /// Stable key for the page (`data-chip`), e.g. `size:large`.
    pub fn key(&self) -> String {
        match &self.kind {
            FilterKind::Type => "type".to_string(),
            FilterKind::Size(v) => format!("size:{v}"),
            FilterKind::Landsdel(v) => format!("landsdel:{v}"),
            FilterKind::Fylke(v) => format!("fylke:{v}"),
            FilterKind::Answer(v) => format!("svar:{v}"),
        }
    }
}

/// The restrictions in effect, in the order of the filter panel.
pub fn active_filters(dataset: &Dataset, state: &ViewState) -> Vec<FilterChip> {
    let mut chips = Vec::new();
    if state.types != TypeChoice::Both {
        chips.push(FilterChip {
            kind: FilterKind::Type,
            label: nouns::selection(state.types.org_type()).to_string(),
        });
    }
    for class in state.chosen_size_classes(dataset) {
        chips.push(FilterChip {
            kind: FilterKind::Size(class.id.clone()),
            label: class.short.local().to_owned(),
        });
    }
    for landsdel in &state.landsdeler {
        chips.push(FilterChip {
            kind: FilterKind::Landsdel(landsdel.clone()),
            label: landsdel.clone(),
        });
    }
    for (nr, name) in state.fylke_names(dataset) {
        chips.push(FilterChip {
            kind: FilterKind::Fylke(nr),
            label: name,
        });
    }
    for answer in &state.answers {
        chips.push(FilterChip {
            kind: FilterKind::Answer(answer.name.to_string()),
            label: crate::wording::shared::answer_condition(dataset, answer),
        });
    }
    chips
}

impl ViewState {
    /// Lifts one restriction; the comparison is kept unless it was only the default for the
    /// type choice.
    pub fn remove_filter(&mut self, kind: &FilterKind) {
        match kind {
            FilterKind::Type => self.types = TypeChoice::Both,
            FilterKind::Size(v) => {
                self.sizes.remove(v);
            }
            FilterKind::Landsdel(v) => {
                self.landsdeler.remove(v);
            }
            FilterKind::Fylke(v) => {
                self.fylker.remove(v);
            }
            FilterKind::Answer(name) => self.answers.retain(|a| a.name != name),
        }
    }
}

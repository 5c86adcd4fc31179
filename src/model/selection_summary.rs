//! The selection in short words for the compact bar («Kommuner · Store · Vestlandet — 42
//! svar»), and the active filters as removable chips, each with the state change that removes
//! it. Pure, so the chips' behaviour is tested natively.

use crate::data::codebook::SizeClassDef;
use crate::data::dataset::Dataset;
use crate::model::presentation::selection_label;
use crate::state::view_state::{Split, TypeChoice, ViewState};
use crate::text::format::to_lower;
use crate::wording::selection as words;

/// Fylker are named one by one up to this many, then counted («5 fylker»).
const FYLKER_NAMED: usize = 3;

/// Which restriction a chip stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterKind {
    Type,
    Size(String),
    Landsdel(String),
    Fylke(String),
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
        }
    }

    /// The button's accessible name: «Fjern filteret «Store»».
    pub fn remove_label(&self) -> String {
        words::remove_filter(&self.label)
    }
}

fn size_label(dataset: &Dataset, id: &str) -> String {
    dataset
        .codebook
        .size_classes
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.short.nb.clone())
        .unwrap_or_else(|| id.to_string())
}

fn fylke_names(dataset: &Dataset, state: &ViewState) -> Vec<(String, String)> {
    // The selected fylker in number order (a set), named without building the register's list.
    state
        .fylker
        .iter()
        .filter_map(|nr| Some((nr.clone(), dataset.register.fylke_name(nr)?.to_string())))
        .collect()
}

/// The chosen size classes, in the codebook's order.
fn chosen_sizes<'a>(
    dataset: &'a Dataset,
    state: &'a ViewState,
) -> impl Iterator<Item = &'a SizeClassDef> {
    dataset
        .codebook
        .size_classes
        .iter()
        .filter(|c| state.sizes.contains(&c.id))
}

/// The chosen landsdeler, «Vestlandet, Nord-Norge».
fn landsdel_list(state: &ViewState) -> String {
    state
        .landsdeler
        .iter()
        .cloned()
        .collect::<Vec<_>>()
        .join(", ")
}

/// The restrictions in effect, in the order of the filter panel.
pub fn active_filters(dataset: &Dataset, state: &ViewState) -> Vec<FilterChip> {
    let mut chips = Vec::new();
    if state.types != TypeChoice::Both {
        chips.push(FilterChip {
            kind: FilterKind::Type,
            label: selection_label(state),
        });
    }
    for class in dataset
        .codebook
        .size_classes
        .iter()
        .filter(|c| state.sizes.contains(&c.id))
    {
        chips.push(FilterChip {
            kind: FilterKind::Size(class.id.clone()),
            label: class.short.nb.clone(),
        });
    }
    for landsdel in &state.landsdeler {
        chips.push(FilterChip {
            kind: FilterKind::Landsdel(landsdel.clone()),
            label: landsdel.clone(),
        });
    }
    for (nr, name) in fylke_names(dataset, state) {
        chips.push(FilterChip {
            kind: FilterKind::Fylke(nr),
            label: name,
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
        }
    }
}

/// «Kommuner · Store, Mellomstore · Vestlandet — 42 svar».
pub fn selection_in_words(dataset: &Dataset, state: &ViewState, respondents: u32) -> String {
    let mut parts = vec![selection_label(state)];
    let sizes: Vec<String> = chosen_sizes(dataset, state)
        .map(|c| size_label(dataset, &c.id))
        .collect();
    if !sizes.is_empty() {
        parts.push(sizes.join(", "));
    }
    if !state.landsdeler.is_empty() {
        parts.push(landsdel_list(state));
    }
    let fylker = fylke_names(dataset, state);
    match fylker.len() {
        0 => {}
        n if n <= FYLKER_NAMED => parts.push(
            fylker
                .into_iter()
                .map(|(_, name)| name)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        n => parts.push(words::fylke_count(n)),
    }
    words::in_short(&parts, respondents)
}

/// The selection in words, for downloads and print: «Kommuner; størrelse: Store; …».
pub fn describe_selection(state: &ViewState, dataset: &Dataset) -> String {
    let mut parts = vec![selection_label(state)];
    let sizes: Vec<String> = chosen_sizes(dataset, state)
        .map(|c| to_lower(&c.short.nb))
        .collect();
    if !sizes.is_empty() {
        parts.push(words::labelled(words::SIZE, &sizes));
    }
    if !state.landsdeler.is_empty() {
        parts.push(words::labelled(words::LANDSDEL, &[landsdel_list(state)]));
    }
    if !state.fylker.is_empty() {
        let names: Vec<String> = fylke_names(dataset, state)
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        parts.push(words::labelled(words::FYLKE, &names));
    }
    match state.split() {
        Split::None => {}
        Split::By(grouping) => parts.push(words::compared_by(grouping)),
    }
    words::described(&parts)
}

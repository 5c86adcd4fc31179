//! The headline findings at the top of the explorer («nøkkeltall»): for each finding the
//! codebook lists, the share of the current selection with its n and 95 % interval, and one
//! plain sentence. Kommuner and fylkeskommuner are never mixed in one figure (as in KS's
//! article): with both types selected a card gives each type's figure.

use crate::data::codebook::KeyFigureDef;
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::state::view_state::ViewState;
use crate::stats::aggregate::{tabulate, Estimate, Suppression};
use crate::stats::figure::Figure;
use crate::stats::filter::Selection;

/// One type's figure on a card.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigurePart {
    pub org_type: OrgType,
    /// Organisations of this type in the selection (N).
    pub population: u32,
    /// The share (a small base told as a count, as the tables do), or why it is not shown.
    pub figure: Figure,
}

impl KeyFigurePart {
    pub fn estimate(&self) -> Option<&Estimate> {
        self.figure.estimate()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub id: String,
    /// The section (theme id) the finding belongs to.
    pub theme: String,
    pub label: String,
    /// One part per type in the selection, kommuner first.
    pub parts: Vec<KeyFigurePart>,
    /// What the share is of, as the codebook says it («har en strategi for …»); the card's
    /// sentence is worded from it and the parts when rendered.
    pub predicate: String,
}

impl KeyFigure {
    fn new(
        dataset: &Dataset,
        def: &KeyFigureDef,
        selections: &[(OrgType, Selection)],
    ) -> KeyFigure {
        let question = dataset
            .codebook
            .question(&def.question)
            .expect("key figures name known questions (validated)");
        let position = dataset
            .responses
            .column_index(&def.column())
            .expect("key figure columns exist in the answers");
        let mut parts: Vec<KeyFigurePart> = selections
            .iter()
            .map(|(org_type, selection)| {
                let table = tabulate(dataset, selection, position);
                let figure = Figure::of(table.cell(&def.codes));
                KeyFigurePart {
                    org_type: *org_type,
                    population: table.population,
                    figure,
                }
            })
            .collect();
        // The tables show the two types' total: one type hidden for a small base would be the
        // total minus the other, so the other is hidden too.
        if parts.len() > 1
            && parts
                .iter()
                .any(|p| p.figure == Figure::Hidden(Suppression::Primary))
        {
            for part in &mut parts {
                if part.estimate().is_some() {
                    part.figure = Figure::Hidden(Suppression::Secondary);
                }
            }
        }
        KeyFigure {
            id: def.id.clone(),
            theme: question.theme.clone(),
            label: def.label.local().to_owned(),
            parts,
            predicate: def.sentence.local().to_owned(),
        }
    }
}

/// Every key figure of the codebook for the selection of `state`.
pub fn key_figures(dataset: &Dataset, state: &ViewState) -> Vec<KeyFigure> {
    let filter = state.filter();
    let selections: Vec<(OrgType, Selection)> = OrgType::ALL
        .iter()
        .filter(|t| state.types.org_type().is_none_or(|chosen| chosen == **t))
        .map(|&t| (t, Selection::new(dataset, &filter.clone().with_type(t))))
        .collect();
    dataset
        .codebook
        .key_figures
        .iter()
        .map(|def| KeyFigure::new(dataset, def, &selections))
        .collect()
}

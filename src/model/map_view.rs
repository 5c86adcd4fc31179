//! What a question's map shows under the current selection, region by region.
//!
//! - Fylke level: each fylke coloured by the share of the selection's organisations there who
//!   gave the scale's headline answer to the chosen item, with n and interval, and suppressed
//!   exactly as the table split by fylke suppresses it.
//! - Kommune level: each kommune by its own answer (fylkeskommuner, when only they are chosen,
//!   on the fylker), organisations outside the selection and those who did not take part
//!   marked as such.

use crate::data::codebook::ColumnId;
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::data::responses::NOT_ANSWERED;
use crate::state::view_state::{MapLevel, TypeChoice, ViewState};
use crate::stats::aggregate::{split_selection, Estimate, GroupIndex, Grouping, Suppression};
use crate::stats::filter::Selection;

/// Which shapes a map draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shapes {
    Fylker,
    Kommuner,
}

/// One organisation on a map of own answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnAnswer {
    /// Its answer code (a code of the scale).
    Code(u8),
    /// It took part but left this item blank (or was not asked it).
    Blank,
    /// It did not take part in the survey.
    NotResponded,
    /// It is outside the selection.
    Outside,
}

/// What one region shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RegionValue {
    /// The share giving the headline answer, or why it is not shown.
    Share(Result<Estimate, Suppression>),
    Own(OwnAnswer),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapRegion {
    /// `knr` or `fylkesnr`: the region's id in the geometry.
    pub id: String,
    /// The name shown on hover: the kommune, the fylke or the fylkeskommune.
    pub name: String,
    /// The register index of the organisation, where the region is one (a click opens it).
    pub organisation: Option<usize>,
    pub value: RegionValue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    pub level: MapLevel,
    pub shapes: Shapes,
    /// The column drawn (the chosen item of a question with items).
    pub column: ColumnId,
    /// One per region of the shapes, in the register's order.
    pub regions: Vec<MapRegion>,
}

impl MapView {
    /// The map of `column` at `level` for the selection of `state`.
    pub fn new(dataset: &Dataset, state: &ViewState, level: MapLevel, column: &ColumnId) -> Self {
        let position = dataset
            .responses
            .column_index(column)
            .expect("map columns come from the codebook");
        let selection = Selection::new(dataset, &state.filter());
        let regions = match level {
            MapLevel::Fylke => fylke_shares(dataset, &selection, position),
            MapLevel::Kommune => {
                let org_type = match state.types {
                    TypeChoice::Fylkeskommune => OrgType::Fylkeskommune,
                    _ => OrgType::Kommune,
                };
                own_answers(dataset, &selection, position, org_type)
            }
        };
        let shapes = match (level, state.types) {
            (MapLevel::Kommune, TypeChoice::Kommune | TypeChoice::Both) => Shapes::Kommuner,
            _ => Shapes::Fylker,
        };
        MapView {
            level,
            shapes,
            column: column.clone(),
            regions,
        }
    }

    pub fn region(&self, id: &str) -> Option<&MapRegion> {
        self.regions.iter().find(|r| r.id == id)
    }
}

fn fylke_shares(dataset: &Dataset, selection: &Selection, position: usize) -> Vec<MapRegion> {
    let index = GroupIndex::new(dataset, Grouping::Fylke);
    let split = split_selection(dataset, selection, &index, position);
    let headline = &dataset
        .codebook
        .scale_of(
            dataset
                .codebook
                .question(&dataset.responses.columns[position].question)
                .expect("answer columns come from the codebook"),
        )
        .headline
        .codes;
    dataset
        .register
        .fylker()
        .into_iter()
        .map(|(nr, name)| {
            let cell = split
                .groups
                .iter()
                .find(|(value, _)| *value == nr)
                .map(|(_, table)| table.cell(headline))
                .unwrap_or(Err(Suppression::Empty));
            MapRegion {
                id: nr,
                name,
                organisation: None,
                value: RegionValue::Share(cell),
            }
        })
        .collect()
}

fn own_answers(
    dataset: &Dataset,
    selection: &Selection,
    position: usize,
    org_type: OrgType,
) -> Vec<MapRegion> {
    let codes = &dataset.responses.codes[position];
    // Respondents of the selection; with answer conditions, those known to meet them. One who
    // may meet them (a conditioned question left blank) is drawn as outside, not as in.
    let mut in_rows = vec![false; dataset.responses.organisation.len()];
    for &row in &selection.rows {
        in_rows[row as usize] = true;
    }
    dataset
        .register
        .organisations
        .iter()
        .enumerate()
        .filter(|(_, org)| org.org_type == org_type)
        .map(|(index, org)| {
            let answer = if !selection.in_population[index] {
                OwnAnswer::Outside
            } else {
                match dataset.responses.row_of(index) {
                    None => OwnAnswer::NotResponded,
                    Some(row) if !in_rows[row] => OwnAnswer::Outside,
                    Some(row) if codes[row] == NOT_ANSWERED => OwnAnswer::Blank,
                    Some(row) => OwnAnswer::Code(codes[row]),
                }
            };
            MapRegion {
                // A fylkeskommune is drawn on its fylke.
                id: match org_type {
                    OrgType::Kommune => org.id.clone(),
                    OrgType::Fylkeskommune => org.fylkesnr.clone(),
                },
                name: org.unique_name.clone(),
                organisation: Some(index),
                value: RegionValue::Own(answer),
            }
        })
        .collect()
}

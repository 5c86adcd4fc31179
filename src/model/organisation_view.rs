//! «Se data for din kommune»: one organisation's own answers beside the shares of comparable
//! organisations of the same type — same size class, same fylke, same landsdel, the whole
//! country — each with n and interval. The groups' names and the sentence per item are
//! worded when rendered (`render::organisation_text`).

use crate::data::codebook::{ColumnId, Scale};
use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
use crate::data::responses::NOT_ANSWERED;
use crate::stats::aggregate::{tabulate, Estimate, Suppression};
use crate::stats::filter::{Filter, Selection};

/// Which organisations of the same type a peer group holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PeerScope {
    /// Of the same size class (its short label, «Store»).
    Size(String),
    /// In the same fylke (its name).
    Fylke(String),
    /// In the same landsdel.
    Landsdel(String),
    /// The whole country.
    Country,
}

/// A group the organisation is compared with.
#[derive(Debug, Clone, PartialEq)]
pub struct PeerGroup {
    /// `size`, `fylke`, `landsdel` or `land`.
    pub key: &'static str,
    pub scope: PeerScope,
    pub filter: Filter,
}

/// One item: the organisation's answer and how often each peer group gave the same answer
/// (or, when it did not answer, the headline share).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemComparison {
    pub column: ColumnId,
    pub item_label: String,
    /// The organisation's answer code, if it answered this item.
    pub own: Option<u8>,
    pub own_label: Option<String>,
    /// The codes compared: the own answer, or the scale's headline codes.
    pub compared_codes: Vec<u8>,
    /// Per peer group, in [`OrganisationView::peers`] order.
    pub peers: Vec<Result<Estimate, Suppression>>,
    /// The label of the scale's headline answer («I stor grad»), compared when there is no
    /// own answer.
    pub headline_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationView {
    pub organisation: Organisation,
    pub responded: bool,
    pub size_label: Option<String>,
    pub peers: Vec<PeerGroup>,
    /// Per question, its items.
    pub questions: Vec<(String, Vec<ItemComparison>)>,
}

/// The peer groups of an organisation, all of its own type.
pub fn peer_groups(dataset: &Dataset, org: &Organisation) -> Vec<PeerGroup> {
    let base = Filter::of_type(org.org_type);
    let mut groups = Vec::new();
    if let Some(class) = org.size_class {
        let def = &dataset.codebook.size_classes[class];
        groups.push(PeerGroup {
            key: "size",
            scope: PeerScope::Size(def.short.local().to_owned()),
            filter: base.clone().with_size(&def.id),
        });
    }
    if org.org_type == OrgType::Kommune {
        groups.push(PeerGroup {
            key: "fylke",
            scope: PeerScope::Fylke(org.fylke.clone()),
            filter: base.clone().with_fylke(&org.fylkesnr),
        });
    }
    groups.push(PeerGroup {
        key: "landsdel",
        scope: PeerScope::Landsdel(org.landsdel.clone()),
        filter: base.clone().with_landsdel(&org.landsdel),
    });
    groups.push(PeerGroup {
        key: "land",
        scope: PeerScope::Country,
        filter: base,
    });
    groups
}

fn code_label(scale: &Scale, code: u8) -> String {
    scale
        .codes
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.label.local().to_owned())
        .unwrap_or_default()
}

impl OrganisationView {
    /// The view for register organisation `index`.
    pub fn new(dataset: &Dataset, index: usize) -> OrganisationView {
        let org = dataset.register.organisations[index].clone();
        let row = dataset.responses.row_of(index);
        let peers = peer_groups(dataset, &org);
        let selections: Vec<Selection> = peers
            .iter()
            .map(|p| Selection::new(dataset, &p.filter))
            .collect();
        let questions = dataset
            .codebook
            .questions
            .iter()
            .map(|question| {
                let scale = dataset.codebook.scale_of(question);
                let columns = question.columns();
                let items = columns
                    .into_iter()
                    .map(|column| {
                        let position = dataset
                            .responses
                            .column_index(&column)
                            .expect("codebook column");
                        let own = row
                            .map(|r| dataset.responses.codes[position][r])
                            .filter(|&c| c != NOT_ANSWERED);
                        let compared_codes = own
                            .map(|c| vec![c])
                            .unwrap_or_else(|| scale.headline.codes.clone());
                        let peer_cells: Vec<Result<Estimate, Suppression>> = selections
                            .iter()
                            .map(|s| {
                                let table = tabulate(dataset, s, position);
                                table.cell(&compared_codes)
                            })
                            .collect();
                        let item_label = dataset
                            .codebook
                            .item_label(&column)
                            .map(|t| t.local().to_owned())
                            .unwrap_or_default();
                        let own_label = own.map(|c| code_label(scale, c));
                        ItemComparison {
                            column,
                            item_label,
                            own,
                            own_label,
                            compared_codes,
                            peers: peer_cells,
                            headline_label: scale.headline.label.local().to_owned(),
                        }
                    })
                    .collect();
                (question.id.clone(), items)
            })
            .collect();
        let size_label = org
            .size_class
            .map(|c| dataset.codebook.size_classes[c].label.local().to_owned());
        OrganisationView {
            organisation: org,
            responded: row.is_some(),
            size_label,
            peers,
            questions,
        }
    }
}

//! Which organisations a view is about: type, size class, fylke, landsdel and an explicit set,
//! in any combination. An empty set of values means «no restriction» for that dimension.

use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub types: BTreeSet<OrgType>,
    /// Size-class ids from the codebook (`small`, `medium`, `large`). Organisations without a
    /// size class (fylkeskommuner) never match a size restriction.
    pub size_classes: BTreeSet<String>,
    /// Two-digit fylkesnummer.
    pub fylker: BTreeSet<String>,
    /// Traditional landsdel names (5).
    pub landsdeler: BTreeSet<String>,
    /// An explicit set of organisations as (type, id).
    pub organisations: Option<BTreeSet<(OrgType, String)>>,
}

impl Filter {
    /// Everyone.
    pub fn all() -> Filter {
        Filter::default()
    }

    pub fn of_type(org_type: OrgType) -> Filter {
        Filter::default().with_type(org_type)
    }

    pub fn with_type(mut self, org_type: OrgType) -> Filter {
        self.types.insert(org_type);
        self
    }

    pub fn with_size(mut self, size_class: &str) -> Filter {
        self.size_classes.insert(size_class.to_string());
        self
    }

    pub fn with_fylke(mut self, fylkesnr: &str) -> Filter {
        self.fylker.insert(fylkesnr.to_string());
        self
    }

    pub fn with_landsdel(mut self, landsdel: &str) -> Filter {
        self.landsdeler.insert(landsdel.to_string());
        self
    }

    pub fn with_organisation(mut self, org_type: OrgType, id: &str) -> Filter {
        self.organisations
            .get_or_insert_with(BTreeSet::new)
            .insert((org_type, id.to_string()));
        self
    }

    /// Whether `org` is in the filtered group. `size_ids` are the codebook's size-class ids.
    pub fn matches(&self, org: &Organisation, size_ids: &[&str]) -> bool {
        (self.types.is_empty() || self.types.contains(&org.org_type))
            && (self.size_classes.is_empty()
                || org
                    .size_class
                    .is_some_and(|class| self.size_classes.contains(size_ids[class])))
            && (self.fylker.is_empty() || self.fylker.contains(&org.fylkesnr))
            && (self.landsdeler.is_empty() || self.landsdeler.contains(&org.landsdel))
            && self
                .organisations
                .as_ref()
                .is_none_or(|set| set.contains(&(org.org_type, org.id.clone())))
    }
}

/// The result of applying a filter: which register organisations are in the group (the
/// population), and which respondent rows belong to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// `in_population[org]` for every register organisation.
    pub in_population: Vec<bool>,
    /// Number of organisations in the group (N, for the finite-population correction).
    pub population: u32,
    /// Respondent rows in the group.
    pub rows: Vec<u32>,
}

impl Selection {
    pub fn new(dataset: &Dataset, filter: &Filter) -> Selection {
        let size_ids = dataset.codebook.size_class_ids();
        let in_population: Vec<bool> = dataset
            .register
            .organisations
            .iter()
            .map(|org| filter.matches(org, &size_ids))
            .collect();
        let population = in_population.iter().filter(|&&m| m).count() as u32;
        let rows = dataset
            .responses
            .organisation
            .iter()
            .enumerate()
            .filter(|(_, &org)| in_population[org as usize])
            .map(|(row, _)| row as u32)
            .collect();
        Selection {
            in_population,
            population,
            rows,
        }
    }

    /// Number of responding organisations in the group.
    pub fn respondents(&self) -> u32 {
        self.rows.len() as u32
    }
}

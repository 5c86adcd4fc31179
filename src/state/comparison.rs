//! «Sammenlign kommuner» (issue 24): the organisations a reader compares, kept in the URL.
//!
//! URL form (a test contract): `kommuner=1201,0301,1103&fylkeskommuner=12` — 2017 numbers
//! separated by commas, in the order chosen, kommuner before fylkeskommuner; a key may also be
//! repeated. A value may be today's (2024) kommunenummer or a name, resolved as the search
//! resolves them ([`Register::resolve`]); a 2024 kommune made of several 2017 kommuner stands for
//! all of them. At most [`MAX_COMPARED`] are kept; the rest are cut with a note, and values the
//! register does not know get the bounded URL note ([`UrlNotes`]). Written back with 2017 numbers.

use super::view_state::{UrlNote, UrlNotes, Valid};
use crate::data::register::{OrgType, Register};
use crate::text::url_query::parse_pairs;

/// The most organisations compared at once.
pub const MAX_COMPARED: usize = 6;

/// The URL key for each type's list.
pub fn list_key(org_type: OrgType) -> &'static str {
    match org_type {
        OrgType::Kommune => "kommuner",
        OrgType::Fylkeskommune => "fylkeskommuner",
    }
}

/// The organisations compared, as register indices: kommuner first, each type in the order
/// chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compared {
    pub members: Vec<usize>,
}

impl Compared {
    /// The set a query names, or None when it has neither `kommuner=` nor `fylkeskommuner=`.
    pub fn from_query(query: &str, register: &Register) -> Option<(Compared, Vec<UrlNote>)> {
        let mut present = false;
        let mut wanted: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        let mut notes = UrlNotes::default();
        for (key, value) in parse_pairs(query) {
            let org_type = match key.as_str() {
                "kommuner" => OrgType::Kommune,
                "fylkeskommuner" => OrgType::Fylkeskommune,
                _ => continue,
            };
            present = true;
            let list = &mut wanted[usize::from(org_type == OrgType::Fylkeskommune)];
            for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let found = register.resolve(org_type, part);
                if found.is_empty() {
                    let valid = match org_type {
                        OrgType::Kommune => Valid::KommuneNumbers,
                        OrgType::Fylkeskommune => Valid::FylkeskommuneNumbers,
                    };
                    notes.unknown(list_key(org_type), part, valid);
                }
                for index in found {
                    if !list.contains(&index) {
                        list.push(index);
                    }
                }
            }
        }
        if !present {
            return None;
        }
        let [mut members, fylkeskommuner] = wanted;
        members.extend(fylkeskommuner);
        let mut notes = notes.finish();
        if members.len() > MAX_COMPARED {
            let cut = members.split_off(MAX_COMPARED);
            notes.insert(
                0,
                UrlNote::TooManyCompared {
                    max: MAX_COMPARED,
                    cut: cut.len(),
                },
            );
        }
        Some((Compared { members }, notes))
    }

    /// The query that names the set (empty for an empty set).
    pub fn to_query(&self, register: &Register) -> String {
        [OrgType::Kommune, OrgType::Fylkeskommune]
            .into_iter()
            .filter_map(|org_type| {
                let ids: Vec<&str> = self
                    .members
                    .iter()
                    .map(|&i| &register.organisations[i])
                    .filter(|o| o.org_type == org_type)
                    .map(|o| o.id.as_str())
                    .collect();
                (!ids.is_empty()).then(|| format!("{}={}", list_key(org_type), ids.join(",")))
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Whether another organisation can be added.
    pub fn is_full(&self) -> bool {
        self.members.len() >= MAX_COMPARED
    }

    /// The set with `index` added (after the others of its type), unless it is in it or full.
    pub fn with(&self, index: usize, register: &Register) -> Compared {
        let mut members = self.members.clone();
        if members.contains(&index) || self.is_full() {
            return Compared { members };
        }
        let kind = register.organisations[index].org_type;
        let at = match kind {
            OrgType::Kommune => members
                .iter()
                .position(|&i| register.organisations[i].org_type == OrgType::Fylkeskommune)
                .unwrap_or(members.len()),
            OrgType::Fylkeskommune => members.len(),
        };
        members.insert(at, index);
        Compared { members }
    }

    /// The set without `index`.
    pub fn without(&self, index: usize) -> Compared {
        Compared {
            members: self
                .members
                .iter()
                .copied()
                .filter(|&i| i != index)
                .collect(),
        }
    }
}

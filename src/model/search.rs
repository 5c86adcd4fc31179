//! Finding a kommune or fylkeskommune by name or number, the way people type: any case, part
//! of a name, Norwegian letters typed as `o`, `a`, `ae`, Sami letters without diacritics, the
//! 2017 number, or today's (2024) name or number, which leads to the 2017 kommuner it came from.

use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
pub use crate::text::fold::fold;

/// One search result: a 2017 organisation, and why it was found when that is not obvious.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Index in the register.
    pub organisation: usize,
    pub org_type: OrgType,
    pub id: String,
    /// Name that tells it apart, e.g. «Bø (Telemark)».
    pub label: String,
    /// The fylke it lies in (for a kommune), which tells same-named kommuner apart.
    pub fylke: String,
    /// How a 2024 name or number leads here, or where a split kommune went.
    pub note: Option<HitNote>,
}

/// Why a hit is there when its 2017 name does not say it (worded by `render::search_html`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HitNote {
    /// A 2024 kommune that did not exist in 2017, made of these 2017 kommuner.
    Merged {
        name: String,
        number: String,
        fylke: String,
        predecessors: Vec<String>,
    },
    /// A 2017 kommune later split between these 2024 kommuner (name, number).
    Split {
        name: String,
        successors: Vec<(String, String)>,
    },
}

fn hit(dataset: &Dataset, index: usize, note: Option<HitNote>) -> SearchHit {
    let org = &dataset.register.organisations[index];
    SearchHit {
        organisation: index,
        org_type: org.org_type,
        id: org.id.clone(),
        label: org.unique_name.clone(),
        fylke: org.fylke.clone(),
        note,
    }
}

/// How well `query` (folded) matches `name` (folded): lower is better.
fn rank(name: &str, query: &str) -> Option<u8> {
    if name == query {
        Some(0)
    } else if name.starts_with(query) {
        Some(1)
    } else if name.split(' ').any(|word| word.starts_with(query)) {
        Some(2)
    } else if name.contains(query) {
        Some(3)
    } else {
        None
    }
}

fn names_of(org: &Organisation) -> [String; 2] {
    [fold(&org.name), fold(&org.unique_name)]
}

/// Up to `limit` organisations matching `query`, best first.
pub fn search(dataset: &Dataset, query: &str, limit: usize) -> Vec<SearchHit> {
    let query = fold(query.trim());
    if query.is_empty() {
        return Vec::new();
    }
    let register = &dataset.register;
    let mut ranked: Vec<(u8, usize, Option<HitNote>)> = Vec::new();
    let numeric = query.chars().all(|c| c.is_ascii_digit());

    // 2017 organisations by number or name.
    for (index, org) in register.organisations.iter().enumerate() {
        let score = if numeric {
            if org.id == query {
                Some(0)
            } else if org.id.starts_with(&query) {
                Some(1)
            } else {
                None
            }
        } else {
            names_of(org).iter().filter_map(|n| rank(n, &query)).min()
        };
        if let Some(score) = score {
            ranked.push((score, index, None));
        }
    }

    // Today's kommuner (2024) by name or number: the 2017 kommuner they came from.
    let mut seen_2024: Vec<&str> = Vec::new();
    for successor in &register.successors {
        if seen_2024.contains(&successor.knr_2024.as_str()) {
            continue;
        }
        let score = if numeric {
            (successor.knr_2024 == query).then_some(0)
        } else {
            rank(&fold(&successor.name_2024), &query)
        };
        let Some(score) = score else { continue };
        seen_2024.push(&successor.knr_2024);
        let predecessors: Vec<&str> = register
            .successors
            .iter()
            .filter(|s| s.knr_2024 == successor.knr_2024)
            .map(|s| s.knr_2017.as_str())
            .collect();
        let unchanged = predecessors.len() == 1
            && register
                .get(OrgType::Kommune, predecessors[0])
                .is_some_and(|o| o.name == successor.name_2024)
            && register.successors_of(predecessors[0]).count() == 1;
        if unchanged {
            continue;
        }
        let names: Vec<String> = predecessors
            .iter()
            .filter_map(|id| register.get(OrgType::Kommune, id))
            .map(|o| o.unique_name.clone())
            .collect();
        let note = HitNote::Merged {
            name: successor.name_2024.clone(),
            number: successor.knr_2024.clone(),
            fylke: successor.fylke_2024.clone(),
            predecessors: names,
        };
        for id in predecessors {
            if let Some(index) = register.position(OrgType::Kommune, id) {
                ranked.push((score + 1, index, Some(note.clone())));
            }
        }
    }

    // A 2017 kommune that was split: say where it went.
    for (_, index, note) in ranked.iter_mut() {
        let org = &register.organisations[*index];
        if note.is_none() && org.org_type == OrgType::Kommune {
            let successors: Vec<(String, String)> = register
                .successors_of(&org.id)
                .map(|s| (s.name_2024.clone(), s.knr_2024.clone()))
                .collect();
            if successors.len() > 1 {
                *note = Some(HitNote::Split {
                    name: org.name.clone(),
                    successors,
                });
            }
        }
    }

    ranked.sort_by(|a, b| {
        let (oa, ob) = (&register.organisations[a.1], &register.organisations[b.1]);
        a.0.cmp(&b.0)
            .then(oa.unique_name.cmp(&ob.unique_name))
            .then(oa.org_type.cmp(&ob.org_type))
    });
    let mut hits: Vec<SearchHit> = Vec::new();
    for (_, index, note) in ranked {
        if let Some(existing) = hits.iter_mut().find(|h| h.organisation == index) {
            if existing.note.is_none() {
                existing.note = note;
            }
            continue;
        }
        if hits.len() == limit {
            break;
        }
        hits.push(hit(dataset, index, note));
    }
    hits
}

//! The register of organisations in the survey population: the 426 kommuner and 18
//! fylkeskommuner of 1 January 2017, with population, fylke, landsdel and size class, and
//! the map from each 2017 kommune to its 2024 successor(s).

use super::codebook::Codebook;
use super::csv::Table;
use super::error::{DataError, Form, Missing, Problem, Repeated};
use crate::text::fold::fold;
use std::collections::BTreeMap;

pub const KOMMUNER_FILE: &str = "data/kommuner_2017.csv";
pub const FYLKER_FILE: &str = "data/fylker_2017.csv";
pub const SUCCESSORS_FILE: &str = "data/kommuner_2017_til_2024.csv";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum OrgType {
    #[default]
    Kommune,
    Fylkeskommune,
}

impl OrgType {
    pub const ALL: [OrgType; 2] = [OrgType::Kommune, OrgType::Fylkeskommune];

    /// The value used in data files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            OrgType::Kommune => "kommune",
            OrgType::Fylkeskommune => "fylkeskommune",
        }
    }

    pub fn from_key(key: &str) -> Option<OrgType> {
        OrgType::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// One kommune or fylkeskommune.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Organisation {
    /// 4-digit kommunenummer or 2-digit fylkesnummer, with leading zeros.
    pub id: String,
    pub org_type: OrgType,
    /// Name as commonly written (e.g. «Bø»).
    pub name: String,
    /// Name that tells the 2017 kommuner with the same name apart (e.g. «Bø (Telemark)»).
    pub unique_name: String,
    pub fylkesnr: String,
    pub fylke: String,
    /// Traditional landsdel (5).
    pub landsdel: String,
    /// SSB landsdel / NUTS-2 (7).
    pub ssb_landsdel: String,
    /// Population 1 January 2017.
    pub population: u32,
    /// Index into the codebook's size classes; kommuner only.
    pub size_class: Option<usize>,
}

/// A 2017 kommune's 2024 successor. Split kommuner have several.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Successor {
    pub knr_2017: String,
    pub knr_2024: String,
    pub name_2024: String,
    pub fylke_2024: String,
    /// Rough weight of the 2017 kommune going to this successor (not a population share).
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Register {
    pub organisations: Vec<Organisation>,
    pub successors: Vec<Successor>,
    index: BTreeMap<(OrgType, String), usize>,
}

/// The index of the codebook's size class for a kommune of `population`.
fn size_class_index(codebook: &Codebook, population: u32) -> Option<usize> {
    codebook
        .size_class_for(population)
        .and_then(|c| codebook.size_classes.iter().position(|d| d.id == c.id))
}

impl Register {
    /// The same register with each kommune's size class taken from `codebook` (an opened
    /// codebook may class the kommuner otherwise than the bundled one).
    pub fn with_size_classes(&self, codebook: &Codebook) -> Register {
        let mut register = self.clone();
        for org in &mut register.organisations {
            if org.org_type == OrgType::Kommune {
                org.size_class = size_class_index(codebook, org.population);
            }
        }
        register
    }

    /// Builds a register directly (used for synthetic benchmark data).
    pub fn from_organisations(
        organisations: Vec<Organisation>,
        successors: Vec<Successor>,
    ) -> Register {
        let index = organisations
            .iter()
            .enumerate()
            .map(|(i, o)| ((o.org_type, o.id.clone()), i))
            .collect();
        Register {
            organisations,
            successors,
            index,
        }
    }

    /// Parses the three register files, validating every row.
    pub fn parse(
        kommuner: &str,
        fylker: &str,
        successors: &str,
        codebook: &Codebook,
    ) -> Result<Register, DataError> {
        let fylker = Table::parse(FYLKER_FILE, fylker)?;
        fylker.require_columns(&[
            "fylkesnr",
            "fylke",
            "landsdel_5",
            "landsdel_7_ssb_nuts2",
            "folkemengde_2017_01_01",
            "har_egen_fylkeskommune",
        ])?;
        let mut organisations = Vec::new();
        let mut fylke_rows: BTreeMap<String, (String, String, String)> = BTreeMap::new();
        for row in fylker.rows() {
            let nr = row.digits("fylkesnr", 2)?;
            let name = non_empty(&row, "fylke")?;
            let landsdel = non_empty(&row, "landsdel_5")?;
            let ssb_landsdel = non_empty(&row, "landsdel_7_ssb_nuts2")?;
            let population: u32 = row.parse("folkemengde_2017_01_01", Form::Count)?;
            if fylke_rows
                .insert(
                    nr.to_string(),
                    (
                        name.to_string(),
                        landsdel.to_string(),
                        ssb_landsdel.to_string(),
                    ),
                )
                .is_some()
            {
                return Err(row.error("fylkesnr", nr, Problem::Repeated(Repeated::Fylkesnummer)));
            }
            if row.boolean("har_egen_fylkeskommune")? {
                organisations.push(Organisation {
                    id: nr.to_string(),
                    org_type: OrgType::Fylkeskommune,
                    name: format!("{name} fylkeskommune"),
                    unique_name: format!("{name} fylkeskommune"),
                    fylkesnr: nr.to_string(),
                    fylke: name.to_string(),
                    landsdel: landsdel.to_string(),
                    ssb_landsdel: ssb_landsdel.to_string(),
                    population,
                    size_class: None,
                });
            }
        }

        let kommuner = Table::parse(KOMMUNER_FILE, kommuner)?;
        kommuner.require_columns(&[
            "knr",
            "kommune",
            "kommune_unik",
            "fylkesnr",
            "folkemengde_2017_01_01",
        ])?;
        let mut kommune_orgs = Vec::new();
        for row in kommuner.rows() {
            let knr = row.digits("knr", 4)?;
            let fylkesnr = row.digits("fylkesnr", 2)?;
            if !knr.starts_with(fylkesnr) {
                return Err(row.error(
                    "fylkesnr",
                    fylkesnr,
                    Problem::KommuneOutsideFylke {
                        knr: knr.into(),
                        fylkesnr: fylkesnr.into(),
                    },
                ));
            }
            let Some((fylke, landsdel, ssb_landsdel)) = fylke_rows.get(fylkesnr) else {
                return Err(row.error(
                    "fylkesnr",
                    fylkesnr,
                    Problem::Unknown(Missing::Fylke { file: FYLKER_FILE }),
                ));
            };
            let population: u32 = row.parse("folkemengde_2017_01_01", Form::Count)?;
            let size_class = size_class_index(codebook, population);
            kommune_orgs.push(Organisation {
                id: knr.to_string(),
                org_type: OrgType::Kommune,
                name: non_empty(&row, "kommune")?.to_string(),
                unique_name: non_empty(&row, "kommune_unik")?.to_string(),
                fylkesnr: fylkesnr.to_string(),
                fylke: fylke.clone(),
                landsdel: landsdel.clone(),
                ssb_landsdel: ssb_landsdel.clone(),
                population,
                size_class,
            });
            if kommune_orgs[..kommune_orgs.len() - 1]
                .iter()
                .any(|o| o.id == knr)
            {
                return Err(row.error("knr", knr, Problem::Repeated(Repeated::Kommunenummer)));
            }
        }
        kommune_orgs.append(&mut organisations);
        let organisations = kommune_orgs;

        let successor_table = Table::parse(SUCCESSORS_FILE, successors)?;
        successor_table.require_columns(&[
            "knr_2017",
            "knr_2024",
            "kommune_2024",
            "andel",
            "fylke_2024",
        ])?;
        let mut successors = Vec::new();
        for row in successor_table.rows() {
            let knr_2017 = row.digits("knr_2017", 4)?;
            if !organisations
                .iter()
                .any(|o| o.org_type == OrgType::Kommune && o.id == knr_2017)
            {
                return Err(row.error(
                    "knr_2017",
                    knr_2017,
                    Problem::Unknown(Missing::Kommune {
                        file: KOMMUNER_FILE,
                    }),
                ));
            }
            let share = row.decimal("andel", Form::Fraction)?;
            if !(share > 0.0 && share <= 1.0) {
                return Err(row.error("andel", row.get("andel")?, Problem::ShareOutOfRange));
            }
            successors.push(Successor {
                knr_2017: knr_2017.to_string(),
                knr_2024: row.digits("knr_2024", 4)?.to_string(),
                name_2024: non_empty(&row, "kommune_2024")?.to_string(),
                fylke_2024: non_empty(&row, "fylke_2024")?.to_string(),
                share,
            });
        }
        Ok(Register::from_organisations(organisations, successors))
    }

    /// Index of the organisation with this type and id.
    pub fn position(&self, org_type: OrgType, id: &str) -> Option<usize> {
        self.index.get(&(org_type, id.to_string())).copied()
    }

    /// The 2017 organisations of `org_type` that `value` names, as the search finds them: a 2017
    /// number; for kommuner, today's (2024) number, which names every 2017 kommune it came from;
    /// or a name, folded as the search folds it (the 2017 name, the name that tells same-named
    /// kommuner apart, or today's name; a fylkeskommune also by its fylke's name). Empty when nothing matches, or when a name fits
    /// several 2017 organisations that are not one kommune of today (as «Bø»).
    pub fn resolve(&self, org_type: OrgType, value: &str) -> Vec<usize> {
        let value = value.trim();
        if let Some(index) = self.position(org_type, value) {
            return vec![index];
        }
        let predecessors = |matches: &dyn Fn(&Successor) -> bool| -> Vec<usize> {
            let mut found = Vec::new();
            for successor in self.successors.iter().filter(|s| matches(s)) {
                if let Some(index) = self.position(OrgType::Kommune, &successor.knr_2017) {
                    if !found.contains(&index) {
                        found.push(index);
                    }
                }
            }
            found
        };
        if value.chars().all(|c| c.is_ascii_digit()) {
            return match org_type {
                OrgType::Kommune => predecessors(&|s| s.knr_2024 == value),
                OrgType::Fylkeskommune => Vec::new(),
            };
        }
        let name = fold(value);
        if name.is_empty() {
            return Vec::new();
        }
        let by_unique: Vec<usize> = self
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| o.org_type == org_type && fold(&o.unique_name) == name)
            .map(|(i, _)| i)
            .collect();
        if by_unique.len() == 1 {
            return by_unique;
        }
        let by_name: Vec<usize> = self
            .organisations
            .iter()
            .enumerate()
            .filter(|(_, o)| {
                o.org_type == org_type
                    && (fold(&o.name) == name
                        || (org_type == OrgType::Fylkeskommune && fold(&o.fylke) == name))
            })
            .map(|(i, _)| i)
            .collect();
        match (by_name.len(), org_type) {
            (1, _) => by_name,
            (0, OrgType::Kommune) => predecessors(&|s| fold(&s.name_2024) == name),
            _ => Vec::new(),
        }
    }

    pub fn get(&self, org_type: OrgType, id: &str) -> Option<&Organisation> {
        self.position(org_type, id).map(|i| &self.organisations[i])
    }

    pub fn count(&self, org_type: OrgType) -> usize {
        self.organisations
            .iter()
            .filter(|o| o.org_type == org_type)
            .count()
    }

    /// The 2024 successors of a 2017 kommune.
    pub fn successors_of(&self, knr_2017: &str) -> impl Iterator<Item = &Successor> {
        let knr = knr_2017.to_string();
        self.successors.iter().filter(move |s| s.knr_2017 == knr)
    }

    /// The name of fylke `nr` (the first organisation's in it), without building the list.
    pub fn fylke_name(&self, nr: &str) -> Option<&str> {
        self.organisations
            .iter()
            .find(|o| o.fylkesnr == nr)
            .map(|o| o.fylke.as_str())
    }

    /// Distinct fylker (number, name), sorted by number.
    pub fn fylker(&self) -> Vec<(String, String)> {
        let set: BTreeMap<_, _> = self
            .organisations
            .iter()
            .map(|o| (o.fylkesnr.clone(), o.fylke.clone()))
            .collect();
        set.into_iter().collect()
    }

    /// Distinct traditional landsdeler, in the order they first appear (by fylkesnummer).
    pub fn landsdeler(&self) -> Vec<String> {
        self.distinct_by_fylke(|o| &o.landsdel)
    }

    fn distinct_by_fylke(&self, value: impl Fn(&Organisation) -> &String) -> Vec<String> {
        let mut by_fylke: Vec<(&str, &String)> = self
            .organisations
            .iter()
            .map(|o| (o.fylkesnr.as_str(), value(o)))
            .collect();
        by_fylke.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, v) in by_fylke {
            if !out.contains(v) {
                out.push(v.clone());
            }
        }
        out
    }
}

fn non_empty<'a>(row: &super::csv::Row<'a>, column: &str) -> Result<&'a str, DataError> {
    let value = row.get(column)?;
    if value.is_empty() {
        Err(row.error(column, value, Problem::EmptyValue))
    } else {
        Ok(value)
    }
}

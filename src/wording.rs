//! User-facing words (bokmål) that the core's HTML writers need; the page's own words are in
//! `app::text`, which re-exports these.

/// The filter controls.
pub mod filters {
    pub const HEADING: &str = "Velg utvalg";
    pub const TYPE_LEGEND: &str = "Hvem";
    pub const TYPE_BOTH: &str = "Kommuner og fylkeskommuner";
    pub const TYPE_KOMMUNE: &str = "Kommuner";
    pub const TYPE_FYLKESKOMMUNE: &str = "Fylkeskommuner";
    pub const SIZE_LEGEND: &str = "Kommunestørrelse (innbyggere 1.1.2017)";
    pub const LANDSDEL_LEGEND: &str = "Landsdel";
    pub const FYLKE_LEGEND: &str = "Fylke";
    pub const FYLKE_SUMMARY: &str = "Fylke";
    pub const SELECTED: &str = "valgt";
    pub const SPLIT_LEGEND: &str = "Sammenlign etter";
    pub const SPLIT_TYPE: &str = "Type";
    pub const SPLIT_SIZE: &str = "Størrelse";
    pub const SPLIT_LANDSDEL: &str = "Landsdel";
    pub const SPLIT_FYLKE: &str = "Fylke";
    pub const SPLIT_NONE: &str = "Ingen (samlet)";
}

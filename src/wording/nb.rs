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

/// Credits, citation and the demo label, all from `dataset.json`: demo wording appears only
/// when its `demo` is true.
pub mod credits {
    use crate::data::dataset::DatasetMeta;

    /// Added to the source and the citation while the answers are demo data.
    pub const DEMO_SUFFIX: &str = " (demodata)";

    fn demo_suffix(meta: &DatasetMeta) -> &'static str {
        if meta.demo {
            DEMO_SUFFIX
        } else {
            ""
        }
    }

    /// The credit line on every download and on the organisation page, e.g.
    /// «Kilde: KS, Arbeidsgivermonitoren 2017 (demodata)».
    pub fn source_line(meta: &DatasetMeta) -> String {
        format!("Kilde: {}{}", meta.source, demo_suffix(meta))
    }

    /// How to cite the figures («Om dataene»); KS publishes the survey.
    pub fn citation(meta: &DatasetMeta) -> String {
        format!(
            "KS ({}): {}. Tall hentet fra Arbeidsgivermonitoren {} – utforsker{}.",
            meta.year,
            meta.title,
            meta.year,
            demo_suffix(meta)
        )
    }
}

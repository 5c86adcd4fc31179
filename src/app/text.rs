//! Every Norwegian (bokmål) text of the page, in one place, ready for nynorsk and English.
//! (Texts made from data — summaries, labels — come from the core and the codebook.)

// The page title, subtitle and skip link are static HTML in index.html (painted before the app
// loads); its <title> and description are there too.
pub const DEMO_NOTICE: &str = "Demodata: svarene er syntetiske og viser ikke hva den enkelte kommune faktisk svarte. Tallene for hele landet stemmer med det KS har publisert.";
pub const DEMO_TAG: &str = "Demodata";
pub const DEMO_LINK: &str = "Les om dataene";
pub const DATA_ERROR: &str = "Dataene kunne ikke lastes: ";
pub const NAV_LABEL: &str = "Temaer";
pub const URL_NOTES_HEADING: &str = "Noe i lenken ble ikke forstått";

pub use crate::wording::filters::SPLIT_LEGEND;
pub const RESET: &str = "Nullstill utvalget";
pub const SELECTION_BAR_LABEL: &str = "Utvalget";
pub const CHIPS_LABEL: &str = "Aktive filtre";
pub const CHANGE_SELECTION: &str = "Endre utvalg";
pub const SHOW_RESULT: &str = "Vis";
pub const ANSWERS: &str = "svar";
pub const ALL_TABLES: &str = "Vis alle som tabeller";

pub use crate::render::key_figures_html::KEY_FIGURES_HEADING;

pub const SHOW_TABLE: &str = "Vis tabell";
pub const SHOW_CHART: &str = "Vis figur";
pub const DOWNLOAD_CSV: &str = "Last ned tall (CSV)";
pub const DOWNLOAD_PNG: &str = "Last ned bilde (PNG)";
pub const DOWNLOAD_SVG: &str = "Last ned bilde (SVG)";
pub const DOWNLOAD_FAILED: &str = "Nedlastingen mislyktes: ";
pub const CHART_FAILED: &str = "Figuren kunne ikke tegnes. Tabellen viser de samme tallene.";
pub const EMPTY_SELECTION: &str = "Ingen kommuner eller fylkeskommuner passer til utvalget, så det er ingenting å vise. Fjern noen av valgene, eller trykk «Nullstill utvalget».";
pub const CLICK_HINT: &str = "Trykk på en stolpe for å velge den gruppen.";

pub const FOOTER: &str = "Arbeidsgivermonitoren 2017 – utforsker. Alle tall regnes ut i nettleseren; siden henter ingenting fra andre nettsteder.";

pub const SEARCH_HEADING: &str = "Se data for din kommune";
pub const SEARCH_LABEL: &str =
    "Søk etter kommune eller fylkeskommune (navn eller nummer, også dagens navn)";
pub const SEARCH_LIST: &str = "Treff";
pub const SEARCH_NONE: &str = "Ingen treff.";
pub const SEARCH_ONE: &str = "1 treff. Trykk Enter for å åpne.";
pub const SEARCH_MANY: &str = "treff. Bruk pil opp og ned, og Enter for å åpne.";

pub const PRINT: &str = "Skriv ut";
pub const SITE_TITLE: &str = "Arbeidsgivermonitoren 2017";
pub use crate::render::organisation_html::BACK_TO_OVERVIEW;

// Offline and updates (shown by web/pwa.js, which finds them by id).
pub const OFFLINE: &str = "Frakoblet: du ser den lagrede utgaven. Alt virker som før.";
pub const UPDATE_READY: &str = "En ny versjon av utforskeren er klar.";
pub const UPDATE_NOW: &str = "Oppdater nå";

// «Bygg inn» (embedding).
pub const EMBED_OPEN: &str = "Bygg inn";
pub const EMBED_HEADING: &str = "Bygg inn denne visningen";
pub const EMBED_HELP: &str = "Lim inn koden på en nettside. Visningen beholder filtrene, virker uten nett etter første besøk, og høyden tilpasser seg innholdet.";
pub const EMBED_CODE_LABEL: &str = "Kode å lime inn";
pub const EMBED_COPY: &str = "Kopier koden";
pub const EMBED_COPIED: &str = "Koden er kopiert.";
pub const EMBED_COPY_FAILED: &str = "Kunne ikke kopiere. Merk koden og kopier den selv.";
pub const CLOSE: &str = "Lukk";

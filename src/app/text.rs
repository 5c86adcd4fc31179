//! Every Norwegian (bokmål) text of the page, in one place, ready for nynorsk and English.

pub const PAGE_TITLE: &str = "Arbeidsgivermonitoren 2017";
pub const SUBTITLE: &str = "Kommunesektorens arbeidsgivermonitor: kompetansebehov og digitalisering i kommuner og fylkeskommuner";
pub const DEMO_NOTICE: &str = "Demodata: svarene er syntetiske og viser ikke hva den enkelte kommune faktisk svarte. Tallene for hele landet er laget slik at de stemmer med det KS har publisert.";
pub const DATA_ERROR: &str = "Dataene kunne ikke lastes: ";
pub const OVERVIEW_CAPTION: &str = "Hovedtall per spørsmål: kommuner og fylkeskommuner";
pub const COLUMN_QUESTION: &str = "Spørsmål";
pub const COLUMN_MEASURE: &str = "Mål";
pub const COLUMN_KOMMUNER: &str = "Kommuner";
pub const COLUMN_FYLKESKOMMUNER: &str = "Fylkeskommuner";
pub const SUPPRESSED: &str = ":";
pub const RESPONDENTS: &str = "svarte";
pub const OF: &str = "av";
pub const SOURCE: &str = "Kilde: KS, Arbeidsgivermonitoren 2017 (demodata)";
pub const WHOLE_QUESTION: &str = "Svar";

//! Every fixed word of the page in nynorsk (issue 14), of the same shape as `nb`: the page and
//! its controls, the filter controls, tables, key figures, the organisation page, «Om dataa»,
//! the credits, the sentences. Nynorsk by the official norm, in the terms of
//! `docs/GLOSSARY.md` («kommunar», «verksemder», «utval»), with a data file's faults
//! (`data_errors`) and «Opne eigne data» (`own_data`).

pub mod data_errors;
pub mod own_data;

/// The filter controls.
pub mod filters {
    /// The weighting control (issue 26).
    pub const WEIGHT_LEGEND: &str = "Vekting";
    pub const WEIGHT: &str = "Vekt etter kommunestorleik";
    pub const HEADING: &str = "Vel utval";
    pub const TYPE_LEGEND: &str = "Kven";
    pub const TYPE_BOTH: &str = "Kommunar og fylkeskommunar";
    pub const TYPE_KOMMUNE: &str = "Kommunar";
    pub const TYPE_FYLKESKOMMUNE: &str = "Fylkeskommunar";
    pub const SIZE_LEGEND: &str = "Kommunestorleik (innbyggjarar 1.1.2017)";
    pub const LANDSDEL_LEGEND: &str = "Landsdel";
    pub const FYLKE_LEGEND: &str = "Fylke";
    pub const FYLKE_SUMMARY: &str = "Fylke";
    pub const SELECTED: &str = "vald";
    pub const SPLIT_LEGEND: &str = "Samanlikn etter";
    pub const SPLIT_TYPE: &str = "Type";
    pub const SPLIT_SIZE: &str = "Storleik";
    pub const SPLIT_LANDSDEL: &str = "Landsdel";
    pub const SPLIT_FYLKE: &str = "Fylke";
    pub const SPLIT_NONE: &str = "Ingen (samla)";
    pub const SPLIT_ANSWER: &str = "Svar på …";
    pub const SPLIT_ANSWER_NONE: &str = "(vel spørsmål)";
    pub const ANSWER_LEGEND: &str = "Berre dei som svarte …";
    pub const ANSWER_COLUMN: &str = "Spørsmål";
    pub const ANSWER_COLUMN_NONE: &str = "Vel eit spørsmål";
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
        format!("Kjelde: {}{}", meta.source, demo_suffix(meta))
    }

    /// How to cite the figures («Om dataene»); KS publishes the survey.
    pub fn citation(meta: &DatasetMeta) -> String {
        format!(
            "KS ({}): {}. Tal henta frå Arbeidsgivermonitoren {} – utforskar{}.",
            meta.year,
            meta.title,
            meta.year,
            demo_suffix(meta)
        )
    }
}

/// The page: notices, controls, search, downloads, offline and update notices, «Bygg inn».
/// (The page title, subtitle and skip link are static HTML in index.html, painted before the app
/// loads; its `<title>` and description are there too.)
pub mod page {
    /// The page was asked for in a language whose build is not on this machine, and the
    /// network cannot be had: it is shown in nynorsk (the page's loader, issue 23).
    pub fn language_unavailable(wanted: crate::data::codebook::Language) -> String {
        use crate::data::codebook::Language;
        let name = match wanted {
            Language::Bokmal => "bokmål",
            Language::Nynorsk => "nynorsk",
            Language::English => "engelsk",
        };
        format!("Sida er ikkje lagra på {name} på denne maskinen og kan ikkje hentast utan nett, så ho blir vist på nynorsk. Vel språket igjen når du er på nett.")
    }
    // The page title, subtitle and skip link are static HTML in index.html (painted before the app
    // loads); its <title> and description are there too.
    pub const DEMO_NOTICE: &str = "Demodata: svara er syntetiske og viser ikkje kva den einskilde kommunen faktisk svarte. Tala for heile landet stemmer med det KS har publisert.";
    pub const DEMO_TAG: &str = "Demodata";
    pub const DEMO_LINK: &str = "Les om dataa";
    pub const DATA_ERROR: &str = "Dataa kunne ikkje lastast: ";
    pub const NAV_LABEL: &str = "Tema";
    pub const URL_NOTES_HEADING: &str = "Noko i lenkja vart ikkje forstått";

    pub use super::filters::SPLIT_LEGEND;
    pub const RESET: &str = "Nullstill utvalet";
    pub const SELECTION_BAR_LABEL: &str = "Utvalet";
    pub const CHIPS_LABEL: &str = "Aktive filter";
    pub const CHANGE_SELECTION: &str = "Endre utvalet";
    pub const SHOW_RESULT: &str = "Vis";
    pub const ANSWERS: &str = "svar";
    pub const ALL_TABLES: &str = "Vis alle som tabellar";

    pub use super::key_figures::HEADING as KEY_FIGURES_HEADING;

    pub const SHOW_TABLE: &str = "Vis tabell";
    pub const SHOW_CHART: &str = "Vis figur";
    pub const DOWNLOAD_CSV: &str = "Last ned tal (CSV)";
    pub const DOWNLOAD_PNG: &str = "Last ned bilete (PNG)";
    pub const DOWNLOAD_SVG: &str = "Last ned bilete (SVG)";
    pub const COPY_IMAGE: &str = "Kopier bilete";
    pub const COPY_LINK: &str = "Kopier lenkje";
    pub const IMAGE_COPIED: &str = "Biletet er kopiert. Lim det inn der du vil ha det.";
    pub const LINK_COPIED: &str =
        "Lenkja er kopiert. Ho opnar sida med dette utvalet, ved dette spørsmålet.";
    pub const IMAGE_DOWNLOADED: &str =
        "Nettlesaren lét ikkje sida kopiere biletet, så det er lasta ned i staden.";
    pub const LINK_FIELD: &str = "Nettlesaren lét ikkje sida kopiere lenkja. Ho er merkt i feltet her; kopier ho med Ctrl+C (⌘C på Mac):";
    pub const DOWNLOAD_FAILED: &str = "Nedlastinga mislukkast: ";
    pub const CHART_FAILED: &str = "Figuren kunne ikkje teiknast. Tabellen viser dei same tala.";
    pub const EMPTY_SELECTION: &str = "Ingen kommunar eller fylkeskommunar passar til utvalet, så det er ingenting å vise. Fjern nokre av vala, eller trykk «Nullstill utvalet».";
    pub const CLICK_HINT: &str = "Trykk på ein stolpe for å velje den gruppa.";

    pub const FOOTER: &str = "Arbeidsgivermonitoren 2017 – utforskar. Alle tal blir rekna ut i nettlesaren; sida hentar ingenting frå andre nettstader.";

    pub const SEARCH_HEADING: &str = "Sjå data for kommunen din";
    pub const SEARCH_LABEL: &str =
        "Søk etter kommune eller fylkeskommune (namn eller nummer, også dagens namn)";
    pub const SEARCH_LIST: &str = "Treff";
    pub const SEARCH_NONE: &str = "Ingen treff.";
    pub const SEARCH_ONE: &str = "1 treff. Trykk Enter for å opne.";
    pub const SEARCH_MANY: &str = "treff. Bruk pil opp og ned, og Enter for å opne.";

    pub const PRINT: &str = "Skriv ut";
    pub const SITE_TITLE: &str = "Arbeidsgivermonitoren 2017";
    // The page's static texts in index.html are bokmål's; a page in another language sets its
    // own at the start (app::page_language).
    pub const SUBTITLE: &str = "Kompetansebehov og digitalisering i kommunar og fylkeskommunar. Utforsk tala frå Kommunesektorens arbeidsgivermonitor 2017.";
    pub const DESCRIPTION: &str = "Utforsk Kommunesektorens arbeidsgivermonitor 2017 frå KS: kompetansebehov og digitalisering i kommunar og fylkeskommunar.";
    pub const SKIP_LINK: &str = "Hopp til innhaldet";
    pub const LANGUAGE_SWITCH: &str = "Språk";
    pub use super::organisation::BACK_TO_OVERVIEW;

    // Offline and updates (shown by web/pwa.js, which finds them by id).
    pub const OFFLINE: &str = "Fråkopla: du ser den lagra utgåva. Alt verkar som før.";
    pub const UPDATE_READY: &str = "Ein ny versjon av utforskaren er klar.";
    pub const UPDATE_NOW: &str = "Oppdater no";

    // «Bygg inn» (embedding).
    pub const EMBED_OPEN: &str = "Bygg inn";
    pub const EMBED_HEADING: &str = "Bygg inn denne visinga";
    pub const EMBED_HELP: &str = "Lim inn koden på ei nettside. Visinga held på filtera, verkar utan nett etter første besøk, og høgda tilpassar seg innhaldet.";
    pub const EMBED_CODE_LABEL: &str = "Kode å lime inn";
    pub const EMBED_COPY: &str = "Kopier koden";
    pub const EMBED_COPIED: &str = "Koden er kopiert.";
    pub const EMBED_COPY_FAILED: &str = "Kunne ikkje kopiere. Merk koden og kopier han sjølv.";
    pub const CLOSE: &str = "Lukk";
}

/// The tables beside the charts.
pub mod tables {
    pub const TABLE_ITEM: &str = "Punkt";
    pub const TABLE_GROUP: &str = "Gruppe";
    pub const TABLE_TOTAL: &str = "Alle i utvalet";
    /// The row of a question without items.
    pub const SINGLE_ITEM: &str = "Svar";
    /// The head of the column that says whether a group differs from the rest (issue 26).
    pub const DIFFERS_HEAD: &str = "Mot resten av utvalet";

    use crate::stats::difference::Direction;

    /// The word in that column: a difference, none, or no test (`None`).
    pub fn differs_word(tested: Option<Option<Direction>>) -> &'static str {
        match tested {
            Some(Some(Direction::Higher)) => "klart høgare",
            Some(Some(Direction::Lower)) => "klart lågare",
            Some(None) => "ingen klar skilnad",
            None => "–",
        }
    }

    /// The headline column of a table: «I stor grad (95 % KI)».
    pub fn with_interval(headline: &str) -> String {
        format!("{headline} (95 % KI)")
    }

    use crate::stats::aggregate::MIN_N;

    /// The note under every table; the limit comes from [`MIN_N`].
    /// After the table note when the shares are weighted (`vekt=1`).
    pub const WEIGHTED_NOTE: &str = "Andelane er vekta etter kommunestorleik (svardelen per storleik står over tabellane); tala er dei som svarte.";
    /// … and when a size group without answers to the question was left out.
    pub const CELLS_LEFT_OUT: &str = "Ei storleiksgruppe utan svar på spørsmålet er utelaten, og vektene er fordelte på dei andre.";

    pub fn table_note() -> String {
        format!("Kvar celle: talet, delen og 95 % konfidensintervall. n = talet på dei som svarte (inkludert «Veit ikkje»), N = talet i populasjonen. «:» = for få svar til å visast (færre enn {MIN_N}), eller skjult for å verne ei lita gruppe.")
    }
}

/// The key figures at the top.
pub mod key_figures {
    pub const HEADING: &str = "Nøkkeltal for utvalet";
    /// The card's link to its section: «Sjå heile «Kompetansebehov»».
    pub fn see_section(title: &str) -> String {
        format!("Sjå heile «{title}»")
    }

    use super::nouns;
    use super::phrases::figure_text;
    use crate::data::register::OrgType;
    use crate::stats::aggregate::{Suppression, MIN_N};
    use crate::stats::figure::Figure;
    use crate::text::format::{format_percent, format_percent_range};

    /// «88 % av kommunane har …», «13 av 14 fylkeskommunar har …».
    pub fn lead_sentence(figure: &Figure, org_type: OrgType, predicate: &str) -> String {
        if let Figure::Count(e) = figure {
            format!(
                "{} av {} {predicate}.",
                e.count,
                nouns::count(e.n as usize, org_type)
            )
        } else {
            format!(
                "{} av {} {predicate}.",
                figure_text(figure),
                nouns::plural_definite(org_type)
            )
        }
    }

    /// Under the figure: «95 %-intervall 80–93 %, n = 240», or for a small base told as a
    /// count, its share first: «93 %, 95 %-intervall 69–99 %».
    pub fn basis(figure: &Figure) -> String {
        let Some(e) = figure.estimate() else {
            return String::new();
        };
        let interval = format_percent_range(e.interval.lower, e.interval.upper, 0);
        if let Figure::Count(_) = figure {
            format!("{}, 95 %-intervall {interval}", format_percent(e.share, 0))
        } else {
            format!("95 %-intervall {interval}, n = {}", e.n)
        }
    }

    /// «Blant fylkeskommunane gjeld det 13 av 14.»
    pub fn follow_sentence(figure: &Figure, org_type: OrgType) -> String {
        format!(
            "Blant {} gjeld det {}.",
            nouns::plural_definite(org_type),
            figure_text(figure)
        )
    }

    /// «For få fylkeskommuner i utvalget har svart til å vise tall.» and the like.
    pub fn hidden_sentence(suppression: Suppression, org_type: OrgType, population: u32) -> String {
        let noun = nouns::plural(org_type);
        match suppression {
            Suppression::Empty if population == 0 => format!("Ingen {noun} i utvalet."),
            Suppression::Empty => format!("Ingen {noun} i utvalet har svart."),
            Suppression::Primary => {
                format!(
                    "For få {noun} i utvalet har svart til at tal kan visast (færre enn {MIN_N})."
                )
            }
            Suppression::Secondary => {
                format!("Talet for {noun} er skjult for å verne ei lita gruppe.")
            }
        }
    }
}

/// An organisation's page («Se data for din kommune»).
pub mod organisation {
    pub const BACK_TO_OVERVIEW: &str = "Til oversikta over alle kommunar";
    pub const FACT_FYLKE: &str = "Fylke";
    pub const FACT_LANDSDEL: &str = "Landsdel";
    pub const FACT_SIZE: &str = "Storleik";
    pub const FACT_POPULATION: &str = "Innbyggjarar 1.1.2017";
    pub const FACT_RESPONDED: &str = "Svarte på undersøkinga";
    pub const YES: &str = "Ja";
    pub const NO: &str = "Nei";
    pub const NOT_RESPONDED: &str = "svarte ikkje på undersøkinga i 2017. Under ser du korleis samanliknbare organisasjonar svarte.";
    pub const ORG_DEMO: &str = "Demodata: svara til denne organisasjonen og gruppene han blir samanlikna med, er syntetiske, ikkje dei verkelege svara frå 2017.";
    pub const OWN_ANSWER: &str = "Eige svar";
    pub const NOT_ANSWERED: &str = "Ikkje svart";
    pub const TABLE_NOTE: &str = "Tala viser kor stor del i kvar gruppe som gav same svar (utan eige svar: delen «I stor grad» o.l.), med 95 % konfidensintervall og n. «:» = for få svar til å visast.";
}

/// «Om dataene».
pub mod about {
    pub const SOURCE: &str = "Kommunesektorens arbeidsgivermonitor 2017 frå KS. Undersøkinga går til rådmannen eller fylkesrådmannen i alle kommunar og fylkeskommunar: éin respondent per organisasjon. Tala KS har publisert, står i artikkelen «Stort behov for å utvikle digitale ferdigheter». Register og folketal 1. januar 2017: Statistisk sentralbyrå (SSB).";

    use crate::stats::aggregate::MIN_N;

    /// How the figures are computed («Slik blir tala rekna ut»).
    pub const METHODS: [&str; 7] = [
        "Delar blir rekna av dei som svarte på spørsmålet, inkludert «Veit ikkje». Talet på dei som svarte (n), står alltid ved talet. Spørsmål utan svar blir ikkje talde.",
        "«I stor grad» er summen av «I ganske stor grad» og «I svært stor grad».",
        "Konfidensintervallet (95 %) tek omsyn til at populasjonen er endeleg og kjend (N = alle kommunar eller fylkeskommunar i utvalet): Bonetts justerte Wald-intervall med endelegkorreksjon. Intervallet held seg innanfor det som er logisk mogleg, og omfattar alltid den observerte delen. Har alle svart, er det inga utvalsuvisse.",
        "Små grupper blir også viste som tal («13 av 14»), fordi ein prosent av få svar lett villeier.",
        "Avgrensar du etter svar («Berre dei som svarte …») eller samanliknar etter eit svar, veit vi ikkje om dei som ikkje var med eller ikkje svarte på det spørsmålet, høyrer til gruppa. Dei blir difor rekna med i N for kvar slik gruppe (den største gruppa kan vere), så intervallet aldri blir for smalt; delane blir rekna av dei som ein veit høyrer til.",
        "Samanliknar du grupper, blir andelen med hovudsvaret (som «I stor grad») i kvar gruppe testa mot resten av utvalet: andelane blir estimerte som (f + 1)/(n + 2), variansen med endelegkorreksjon, og skilnaden gir ein z-test med tosidig p-verdi.",
        "p-verdiane blir justerte med metoden til Holm over gruppene for kvart punkt, og berre ein justert p under 0,05 blir kalla ein klar skilnad (merkt ▲ eller ▼); grupper med for få svar blir ikkje testa.",
    ];

    /// The disclosure rule, from the limit itself.
    pub fn disclosure_note() -> String {
        format!("Grupper med færre enn {MIN_N} svar blir viste som «:» (SSB sitt teikn for skjult tal). Ville totalen minus dei viste gruppene avsløre dei, blir også dei minste av dei andre gruppene skjulte, til dei skjulte gruppene til saman har minst {MIN_N} svar.")
    }

    pub const HEADING: &str = "Om dataa";
    pub const SOURCE_HEADING: &str = "Kjelde";
    pub const RESPONDENTS_HEADING: &str = "Kven svarte";
    pub const COVERAGE_LABEL: &str = "Populasjon og svar per gruppe";
    pub const COVERAGE_CAPTION: &str = "Talet på organisasjonar (N) og talet på dei som svarte (n)";
    pub const COVERAGE_GROUP: &str = "Gruppe";
    pub const COVERAGE_RESPONDED: &str = "Svarte";
    pub const COVERAGE_RATE: &str = "Svardel";
    pub const METHODS_HEADING: &str = "Slik blir tala rekna ut";
    pub const QUESTIONS_HEADING: &str = "Spørsmåla";
    pub const ITEMS: &str = "Punkt";
    pub const ANSWER_CODES: &str = "Svaralternativ";
    pub const CITE_HEADING: &str = "Slik siterer du";

    /// The demo paragraph: what the answers are (from `dataset.json`) and how they were made.
    pub fn demo_paragraph(description: &str, seed: &str) -> String {
        format!("{description} Svara er laga med ein fast startverdi ({seed}) slik at alle publiserte tal stemmer; tal for einskildkommunar, fylke og undergrupper er ikkje verkelege funn. KS kan byte inn dei ekte svara utan å endre programmet.")
    }
}

/// Names for the two kinds of organisation, in the forms sentences need.
pub mod nouns {
    use crate::data::register::OrgType;

    /// «kommunar», «fylkeskommunar» («1 av 3 kommunar»).
    pub fn plural(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "kommunar",
            OrgType::Fylkeskommune => "fylkeskommunar",
        }
    }

    /// «kommunane», «fylkeskommunane».
    pub fn plural_definite(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "kommunane",
            OrgType::Fylkeskommune => "fylkeskommunane",
        }
    }

    /// A size class's group: «Små kommunar» (`short` is the codebook's short label).
    pub fn size_group(short: &str) -> String {
        format!("{short} kommunar")
    }

    /// A number of organisations: «1 kommune», «240 kommunar», «1 fylkeskommune».
    pub fn count(n: usize, org_type: OrgType) -> String {
        match (n, org_type) {
            (1, OrgType::Kommune) => "1 kommune".to_owned(),
            (1, OrgType::Fylkeskommune) => "1 fylkeskommune".to_owned(),
            _ => format!(
                "{} {}",
                crate::text::format::format_integer(n as i64),
                plural(org_type)
            ),
        }
    }

    /// A selection's heading: «Kommunar», «Fylkeskommunar», or both (`None`).
    pub fn selection(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "Kommunar",
            Some(OrgType::Fylkeskommune) => "Fylkeskommunar",
            None => "Kommunar og fylkeskommunar",
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn each_form_names_its_type() {
            assert_eq!(plural(OrgType::Kommune), "kommunar");
            assert_eq!(plural_definite(OrgType::Fylkeskommune), "fylkeskommunane");
            assert_eq!(selection(None), "Kommunar og fylkeskommunar");
            assert_eq!(selection(Some(OrgType::Fylkeskommune)), "Fylkeskommunar");
        }
    }
}

/// Notes on a link's query: what was not understood, and what the page did.
pub mod notes {
    use crate::data::register::OrgType;
    use crate::state::view_state::{UrlNote, Valid};
    use crate::text::format::format_integer;

    pub use super::super::shared::{quoted_value, MAX_NOTE_VALUE};

    /// The sentence for one note on the URL.
    pub fn url_note(note: &UrlNote) -> String {
        match note {
            UrlNote::Unknown { key, value, valid } => {
                let valid = match valid {
                    Valid::List(values) => values.as_str(),
                    Valid::FylkeNumbers => "tosifra fylkesnummer frå 2017, t.d. 12 eller 03",
                    Valid::KommuneNumbers => "firsifra kommunenummer frå 2017 eller i dag, eller kommunenamn, t.d. 1201 eller Bergen",
                    Valid::FylkeskommuneNumbers => "tosifra fylkesnummer frå 2017, eller namn, t.d. 12 eller Hordaland",
                    Valid::AnswerColumns => "SPØRSMÅL:SVARKODAR med eit spørsmål eller delspørsmål frå kodeboka, t.d. ikt_strategi:1,2 eller komp_med.ikt:4,5",
                    Valid::AnswerCodes(codes) => codes.as_str(),
                };
                unknown_value(value, key, valid)
            }
            UrlNote::More(count) => more_unknown(*count),
            UrlNote::TooManyCompared { max, cut } => format!("Du kan samanlikne høgst {max} kommunar og fylkeskommunar om gongen; dei {max} første blir viste, {} til vart utelatne.", format_integer(*cut as i64)),
        }
    }

    /// A value the page ignored, with the valid values; value and key are quoted cut to length.
    pub fn unknown_value(value: &str, key: &str, valid: &str) -> String {
        let (value, key) = (quoted_value(value), quoted_value(key));
        format!("Verdien «{value}» for «{key}» i nettadressa er ukjend og vart ignorert. Gyldige verdiar: {valid}.")
    }

    /// The last line of a bounded list of notes: how many more there were.
    pub fn more_unknown(count: usize) -> String {
        format!("… og {} ukjende verdiar til.", format_integer(count as i64))
    }

    /// An organisation number that is not in the register (quoted cut to length).
    pub fn unknown_organisation(org_type: OrgType, value: &str) -> String {
        let value = quoted_value(value);
        let (noun, digits) = match org_type {
            OrgType::Kommune => ("kommune", "firesifra kommunenummer, t.d. 1201"),
            OrgType::Fylkeskommune => ("fylkeskommune", "tosifra fylkesnummer, t.d. 12"),
        };
        format!("Fann ingen {noun} med nummer «{value}» i 2017. Bruk eit {digits}, eller søk etter namnet.")
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn words_a_note_on_the_url() {
            let note = UrlNote::Unknown {
                key: "section".into(),
                value: "x".into(),
                valid: Valid::List("kompetansebehov, strategi, effekter".into()),
            };
            assert_eq!(url_note(&note), "Verdien «x» for «section» i nettadressa er ukjend og vart ignorert. Gyldige verdiar: kompetansebehov, strategi, effekter.");
        }
    }
}

/// The line under the filters that says whose answers are shown.
pub mod status {
    use super::nouns;
    use crate::data::register::OrgType;

    /// «Viser svar frå 8 av 240 kommunar og 3 av 14 fylkeskommunar som svarte.»: for each type,
    /// how many of those who answered are in the selection.
    pub fn shown_answers(parts: &[(usize, usize, OrgType)]) -> String {
        let parts: Vec<String> = parts
            .iter()
            .map(|&(shown, all, org_type)| format!("{shown} av {}", nouns::count(all, org_type)))
            .collect();
        format!("Viser svar frå {} som svarte.", parts.join(" og "))
    }

    /// The note when shares are weighted: each cell's response rate («små kommuner 48 % (108
    /// av 225)»); a cell without respondents is left out.
    pub fn weighted(cells: &[(String, u32, u32)]) -> String {
        let parts: Vec<String> = cells
            .iter()
            .map(|(name, n, big_n)| {
                let name = crate::text::format::with_first_letter(name, false);
                if *n == 0 {
                    format!("{name} ingen svar, utelaten og vektene fordelte på dei andre")
                } else {
                    format!(
                        "{name} {} ({n} av {big_n})",
                        crate::text::format::format_percent(*n as f64 / *big_n as f64, 0)
                    )
                }
            })
            .collect();
        format!(
            "Vekta etter kommunestorleik. Svardel: {}.",
            parts.join(", ")
        )
    }
}

/// Phrases for a figure: a share with its interval and base, a count for a small base, and
/// why a figure is hidden.
pub mod phrases {
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::stats::figure::Figure;
    use crate::text::format::{format_percent, format_percent_range};

    /// «88 % (85–90 %)».
    pub fn share_with_interval(e: &Estimate) -> String {
        format!(
            "{} ({})",
            format_percent(e.share, 0),
            format_percent_range(e.interval.lower, e.interval.upper, 0)
        )
    }

    /// «88 % (85–90 %, n = 235)», or «13 av 14 (93 %)» for a small base.
    pub fn estimate_phrase(figure: &Figure) -> String {
        match figure {
            Figure::Count(e) => format!("{} av {} ({})", e.count, e.n, format_percent(e.share, 0)),
            Figure::Share(e) => format!(
                "{} ({}, n = {})",
                format_percent(e.share, 0),
                format_percent_range(e.interval.lower, e.interval.upper, 0),
                e.n
            ),
            Figure::Hidden(why) => suppression_phrase(*why).to_string(),
        }
    }

    /// Short text for a cell without a figure.
    pub fn suppression_phrase(suppression: Suppression) -> &'static str {
        match suppression {
            Suppression::Empty => "ingen svar",
            Suppression::Primary => "for få svar til å visast",
            Suppression::Secondary => "skjult for å verne små grupper",
        }
    }

    /// «88 %» or «13 av 14».
    pub fn figure_text(figure: &Figure) -> String {
        match figure {
            Figure::Count(e) => format!("{} av {}", e.count, e.n),
            Figure::Share(e) => format_percent(e.share, 0),
            Figure::Hidden(Suppression::Empty) => String::new(),
            Figure::Hidden(_) => ":".to_string(),
        }
    }
}

/// The one-sentence summary beside each chart: its parts, as functions of names and figures.
pub mod summary {
    use super::phrases::{estimate_phrase, suppression_phrase};
    use crate::stats::aggregate::MIN_N;
    use crate::stats::difference::Direction;
    use crate::stats::figure::Figure;

    /// When nothing matches the filters.
    pub const EMPTY_SELECTION: &str =
        "Ingen kommunar eller fylkeskommunar passar til utvalet. Endre filtera for å sjå tal.";
    /// When the groups are all too small.
    pub const TOO_FEW_IN_GROUPS: &str = "for få svar i gruppene";

    /// When the whole selection has too few answers.
    pub fn too_few() -> String {
        format!("For få svar i utvalet til å vise tal (færre enn {MIN_N} per gruppe).")
    }

    /// «Høgast del «I stor grad» gjeld «IKT-ferdigheiter»».
    pub fn highest_item(answer: &str, item: &str) -> String {
        format!("Høgast del «{answer}» gjeld «{item}»")
    }

    /// «Delen som svarer «Ja»».
    pub fn headline_share(answer: &str) -> String {
        format!("Delen som svarer «{answer}»")
    }

    /// One group's figure: «kommunar 88 % (85–90 %, n = 235)» or «Oslo: for få svar …».
    pub fn group_figure(name: &str, figure: &Figure) -> String {
        match figure {
            Figure::Hidden(why) => format!("{name}: {}", suppression_phrase(*why)),
            shown => format!("{name} {}", estimate_phrase(shown)),
        }
    }

    /// «høgast for …, lågast for …» (many groups).
    pub fn highest_and_lowest(
        highest: &str,
        lowest: &str,
        clearly_highest: bool,
        clearly_lowest: bool,
    ) -> String {
        let clearly = |yes: bool| if yes { "klart " } else { "" };
        format!(
            "{}høgast for {highest}, {}lågast for {lowest}",
            clearly(clearly_highest),
            clearly(clearly_lowest)
        )
    }

    /// After a group's figure that differs from the rest of the selection.
    pub fn differs(direction: Direction) -> &'static str {
        match direction {
            Direction::Higher => "klart høgare enn resten av utvalet",
            Direction::Lower => "klart lågare enn resten av utvalet",
        }
    }

    /// When groups were tested and none differs.
    pub const NO_DIFFERENCES: &str =
        "Skilnadene mellom gruppene er ikkje større enn tilfeldig variasjon kan gi.";

    /// «blant dei som svarte «Ja» 61 % (…), mot 32 % (…) blant dei som svarte «Nei»»
    /// (compared by an answer: the highest group against the lowest).
    pub fn contrast(high: &str, high_figure: &str, low: &str, low_figure: &str) -> String {
        format!("blant dei som svarte «{high}» {high_figure}, mot {low_figure} blant dei som svarte «{low}»")
    }

    /// The whole sentence: «{lead}: {body}.»
    pub fn sentence(lead: &str, body: &str) -> String {
        format!("{lead}: {body}.")
    }
}

/// The selection in words: the compact bar, the chips and the line on downloads and print.
pub mod selection {
    use super::super::shared::{answer_condition, grouping_column, labelled, name_list};
    use super::nouns;
    use crate::data::codebook::Language;
    use crate::data::dataset::Dataset;
    use crate::state::view_state::{Split, ViewState};
    use crate::stats::aggregate::Grouping;
    use crate::text::format::to_lower;

    /// Fylke are named one by one up to this many, then counted («5 fylke»).
    const FYLKER_NAMED: usize = 3;

    /// The compact bar: «Kommunar · Store, Mellomstore · Vestlandet — 42 svar».
    pub fn in_short(dataset: &Dataset, state: &ViewState, respondents: u32) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| c.short.get(Language::Nynorsk).to_owned())
            .collect();
        if !sizes.is_empty() {
            parts.push(sizes.join(", "));
        }
        if !state.landsdeler.is_empty() {
            parts.push(name_list(&state.landsdeler));
        }
        let fylker = state.fylke_names(dataset);
        match fylker.len() {
            0 => {}
            n if n <= FYLKER_NAMED => parts.push(
                fylker
                    .into_iter()
                    .map(|(_, name)| name)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            n => parts.push(fylke_count(n)),
        }
        if !state.answers.is_empty() {
            parts.push("avgrensa etter svar".to_string());
        }
        format!("{} — {respondents} svar", parts.join(" · "))
    }

    /// The selection on downloads and print: «Kommunar; storleik: store; …».
    pub fn described(state: &ViewState, dataset: &Dataset) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| to_lower(c.short.get(Language::Nynorsk)))
            .collect();
        if !sizes.is_empty() {
            parts.push(labelled(SIZE, &sizes));
        }
        if !state.landsdeler.is_empty() {
            parts.push(labelled(LANDSDEL, &[name_list(&state.landsdeler)]));
        }
        if !state.fylker.is_empty() {
            let names: Vec<String> = state
                .fylke_names(dataset)
                .into_iter()
                .map(|(_, name)| name)
                .collect();
            parts.push(labelled(FYLKE, &names));
        }
        for answer in &state.answers {
            parts.push(answer_condition(dataset, answer));
        }
        match state.split() {
            Split::None => {}
            Split::By(grouping) => parts.push(compared_by(&grouping, dataset)),
        }
        if state.weighted {
            parts.push("vekta etter kommunestorleik".to_string());
        }
        parts.join("; ")
    }

    /// The chip's accessible name: «Fjern filteret «Store»».
    pub fn remove_filter(label: &str) -> String {
        format!("Fjern filteret «{label}»")
    }

    /// «5 fylke», when too many to name.
    fn fylke_count(count: usize) -> String {
        format!("{count} fylke")
    }

    const SIZE: &str = "storleik";
    const LANDSDEL: &str = "landsdel";
    const FYLKE: &str = "fylke";

    /// «samanlikna etter landsdel».
    fn compared_by(grouping: &Grouping, dataset: &Dataset) -> String {
        let noun = match grouping {
            Grouping::SizeClass => SIZE,
            Grouping::Landsdel => LANDSDEL,
            Grouping::Fylke => FYLKE,
            Grouping::Type => "type",
            Grouping::Answer { .. } => {
                return format!(
                    "samanlikna etter svaret på «{}»",
                    grouping_column(dataset, grouping)
                );
            }
        };
        format!("samanlikna etter {noun}")
    }
}

/// Lists in a sentence.
pub mod lists {
    /// «a», «a og b», «a, b og c».
    pub fn join_and(parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} og {last}", rest.join(", ")),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn joins_with_og() {
            assert_eq!(join_and(&["a".into(), "b".into(), "c".into()]), "a, b og c");
            assert_eq!(join_and(&["a".into(), "b".into()]), "a og b");
            assert_eq!(join_and(&["a".into()]), "a");
            assert_eq!(join_and(&[]), "");
        }
    }
}

/// An organisation's page: its peer groups and the sentence under each item.
pub mod organisation_sentences {
    use super::phrases::suppression_phrase;
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::text::format::{format_percent, format_percent_range, with_first_letter};

    /// «på Vestlandet», «i Nord-Norge».
    pub fn in_landsdel(landsdel: &str) -> String {
        let preposition = if ["Trøndelag", "Nord-Norge"].contains(&landsdel) {
            "i"
        } else {
            "på"
        };
        format!("{preposition} {landsdel}")
    }

    /// «store kommunar» (`size` as the codebook's short label).
    pub fn of_size(size: &str, noun: &str) -> String {
        format!("{} {noun}", crate::text::format::to_lower(size))
    }

    /// «kommunar i Hordaland».
    pub fn in_fylke(noun: &str, fylke: &str) -> String {
        format!("{noun} i {fylke}")
    }

    /// «kommunar på Vestlandet».
    pub fn of_landsdel(noun: &str, landsdel: &str) -> String {
        format!("{noun} {}", in_landsdel(landsdel))
    }

    /// «alle kommunar».
    pub fn all(noun: &str) -> String {
        format!("alle {noun}")
    }

    /// «64 % (55–72 %) av store kommunar», or why the figure is hidden.
    pub fn peer(label: &str, cell: &Result<Estimate, Suppression>) -> String {
        match cell {
            Ok(e) => format!(
                "{} ({}) av {label}",
                format_percent(e.share, 0),
                format_percent_range(e.interval.lower, e.interval.upper, 0)
            ),
            Err(s) => format!("{label}: {}", suppression_phrase(*s)),
        }
    }

    /// «Bergen svarte «Ja». 64 % (…) av store kommunar svarte det same.»
    pub fn own_answer(name: &str, answer: &str, peer: &str) -> String {
        format!(
            "{name} svarte «{answer}». {} svarte det same.",
            with_first_letter(peer, true)
        )
    }

    /// «Bergen svarte ikkje på dette. «I stor grad»: 64 % (…) av store kommunar.»
    pub fn not_answered(name: &str, headline: &str, peer: &str) -> String {
        format!("{name} svarte ikkje på dette. «{headline}»: {peer}.")
    }

    /// ««I stor grad»: 64 % (…) av store kommunar.» (the organisation did not take part).
    pub fn headline_only(headline: &str, peer: &str) -> String {
        format!("«{headline}»: {peer}.")
    }
}

/// The search's notes on kommuner that changed after 2017.
pub mod search {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    /// «Bjørnafjorden (4624) i Vestland fanst ikkje i 2017. Kommunen omfattar Os og Fusa, som
    /// var eigne kommunar i 2017.»
    pub fn merged(name: &str, number: &str, fylke: &str, predecessors: &[String]) -> String {
        format!(
            "{name} ({number}) i {fylke} fanst ikkje i 2017. Kommunen omfattar {}, som var eigne kommunar i 2017.",
            join_and(predecessors)
        )
    }

    /// «Snillfjord vart seinare delt mellom …».
    pub fn split(name: &str, successors: &[String]) -> String {
        format!("{name} vart seinare delt mellom {}.", join_and(successors))
    }

    /// «Orkland (5059)».
    pub fn with_number(name: &str, number: &str) -> String {
        format!("{name} ({number})")
    }

    /// The second line of a hit: «Kommune i Hordaland (1201)», «Fylkeskommune (12)».
    pub fn detail(org_type: OrgType, fylke: &str, id: &str) -> String {
        match org_type {
            OrgType::Kommune => format!("Kommune i {fylke} ({id})"),
            OrgType::Fylkeskommune => format!("Fylkeskommune ({id})"),
        }
    }
}

/// The charts' words.
pub mod charts {
    /// After a chart's text alternative: how to reach its bars by keyboard (issue 27).
    pub const KEYS_HINT: &str =
        "Piltastane går frå stolpe til stolpe; Enter vel gruppa til stolpen.";

    /// What a chart's values mean for a question with items: «Del som svarer «I stor grad»».
    pub fn share_answering(answer: &str) -> String {
        format!("Del som svarer «{answer}»")
    }

    /// … and for a question with one item: one bar per answer.
    pub const SHARE_PER_ANSWER: &str = "Del per svaralternativ";

    /// A group in the legend with how many in it answered: «Store kommunar (41 svarte)».
    pub fn group_with_respondents(label: &str, respondents: u32) -> String {
        format!("{label} ({respondents} svarte)")
    }

    /// On an answer's bar where the group's headline share differs from the rest: «andelen «I
    /// stor grad» klart høyere enn resten av utvalget».
    pub fn headline_differs(
        headline: &str,
        direction: crate::stats::difference::Direction,
    ) -> String {
        format!(
            "andelen «{headline}» {}",
            super::summary::differs(direction)
        )
    }

    /// The start of a text alternative: «Stolpediagram. …».
    pub fn bar_chart(rest: &str) -> String {
        format!("Stolpediagram. {rest}")
    }

    /// «Har kommunen ein strategi? Del som svarer «Ja».» (`question` without its end mark).
    pub fn question_and_measure(question: &str, measure: &str) -> String {
        format!("{question}? {measure}.")
    }
}

/// Downloads: the CSV's header and its last line.
pub mod downloads {
    /// The CSV's header row (semicolon-separated, as Norwegian Excel reads it).
    pub const CSV_HEADER: &str =
        "spørsmål;punkt;gruppe;svarkode;svar;tal;n;del;ki_nedre_95;ki_øvre_95;populasjon_N;merknad";

    /// The last line of a CSV: «Kjelde: …. Utval: Kommunar; storleik: store.»
    pub fn source_and_selection(source: &str, selection: &str) -> String {
        format!("{source}. Utval: {selection}.")
    }
}

/// «Last ned mal»: the guide that goes with the template for one's own answers (issue 13).
pub mod template {
    /// The guide's first lines.
    pub const INTRO: &[&str] = &[
        "Mal for eigne svar til Arbeidsgivermonitoren-utforskaren",
        "",
        "Malen har éi linje for kvar kommune og fylkeskommune i 2017. Fyll inn svarkodane for dei som svarte, og slett linjene for dei som ikkje svarte (ei linje utan svar blir rekna som eit svar der ingen spørsmål er svarte på).",
        "Kolonnane id og type må stå først og ikkje endrast; namn er berre til hjelp og blir ikkje lese.",
        "Lagre som CSV (semikolon- eller kommaseparert, UTF-8 eller Windows-1252) eller som Excel-arbeidsbok (.xlsx, første ark eller arket «svar»), og opne fila med «Opne eigne data». Fila blir berre lesen i nettlesaren og blir ikkje send nokon stad.",
        "",
        "Svarkodar per kolonne (tom celle: ikkje svart eller ikkje spurt):",
    ];

    pub use super::super::shared::column_line;
}

/// The maps: the choice, the legend, what a region says on hover, the text alternative and
/// the credit line.
pub mod maps {
    use super::phrases::estimate_phrase;
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::stats::figure::Figure;
    use crate::text::format::format_integer;

    pub const CONTROL_LABEL: &str = "Kart";
    pub const CHOICE_NONE: &str = "Utan kart";
    pub const CHOICE_FYLKE: &str = "Del per fylke";
    pub const CHOICE_KOMMUNE: &str = "Svar per kommune";
    pub const ITEM_LABEL: &str = "Punkt på kartet";
    pub const CREDIT: &str = "Kartgrunnlag: Kartverket (forenkla)";
    pub const LOADING: &str = "Kartet blir lasta …";
    pub const FAILED: &str =
        "Kartet kunne ikkje lastast. Tala står i tabellen; prøv igjen når du er på nett.";
    pub const BROKEN: &str = "Kartfila er skadd; bygg sida på nytt.";
    pub const CLICK_HINT: &str = "Trykk på ein kommune for å sjå svara til kommunen.";
    pub const LEGEND_TOO_FEW: &str = "For få svar (:)";
    pub const LEGEND_NONE: &str = "Ingen i utvalet";
    pub const LEGEND_BLANK: &str = "Svarte ikkje på spørsmålet";
    pub const LEGEND_NOT_RESPONDED: &str = "Deltok ikkje i undersøkinga";
    pub const LEGEND_OUTSIDE: &str = "Utanfor utvalet";
    pub const LEGEND_NO_FYLKESKOMMUNE: &str = "Ingen fylkeskommune";
    pub const DOWNLOAD_PNG: &str = "Last ned kart (PNG)";
    pub const DOWNLOAD_SVG: &str = "Last ned kart (SVG)";

    /// A kommune's title on the comparison's map: «Bergen – valt», «Moss – var ikkje med i undersøkinga».
    pub fn pick_title(name: &str, chosen: bool, took_part: bool) -> String {
        match (chosen, took_part) {
            (true, _) => format!("{name} – valt"),
            (false, false) => format!("{name} – var ikkje med i undersøkinga"),
            (false, true) => name.to_string(),
        }
    }

    /// The locator map's text alternative: «Kart: Bergen, i Hordaland».
    /// «Kart: Bergen, Oslo og Hordaland fylkeskommune».
    pub fn locator_many_text(names: &[String]) -> String {
        format!("Kart: {}", super::lists::join_and(names))
    }

    pub fn locator_text(name: &str, fylke: &str) -> String {
        if name.contains(fylke) {
            format!("Kart: {name}")
        } else {
            format!("Kart: {name}, i {fylke}")
        }
    }

    /// A legend class of shares: «40–60 %».
    pub fn share_bin(lower: u32, upper: u32) -> String {
        format!("{lower}–{upper} %")
    }

    /// What a region of the share map says: «Hordaland: 64 % (55–72 %, n = 33)».
    pub fn share_region(name: &str, cell: &Result<Estimate, Suppression>) -> String {
        format!("{name}: {}", estimate_phrase(&Figure::of(*cell)))
    }

    /// «Bergen: I stor grad».
    pub fn own_region(name: &str, answer: &str) -> String {
        format!("{name}: {answer}")
    }

    /// The map's heading line: «Del som svarer «I stor grad», per fylke».
    pub fn share_title(headline: &str) -> String {
        format!("Del som svarer «{headline}», per fylke")
    }

    /// «Svaret til kvar kommune» / «Svaret til kvar fylkeskommune».
    pub fn own_title(fylkeskommuner: bool) -> &'static str {
        if fylkeskommuner {
            "Svaret til kvar fylkeskommune"
        } else {
            "Svaret til kvar kommune"
        }
    }

    /// The text alternative of a share map: «Kart. Del som svarer «Ja», per fylke. Høgast i
    /// Hordaland: …; lågast i Finnmark: …. 4 fylke blir ikkje viste …»
    pub fn share_alternative(
        title: &str,
        highest: Option<String>,
        lowest: Option<String>,
        hidden: usize,
    ) -> String {
        let mut text = format!("Kart. {title}.");
        if let (Some(high), Some(low)) = (highest, lowest) {
            text.push_str(&format!(" Høgast i {high}; lågast i {low}."));
        }
        match hidden {
            0 => {}
            1 => text.push_str(" 1 fylke blir ikkje vist (for få svar eller ingen i utvalet)."),
            _ => text.push_str(&format!(
                " {hidden} fylke blir ikkje viste (for få svar eller ingen i utvalet)."
            )),
        }
        text
    }

    /// The text alternative of a map of own answers: how many gave each answer.
    pub fn own_alternative(title: &str, counts: &[(String, usize)]) -> String {
        let parts: Vec<String> = counts
            .iter()
            .map(|(label, count)| format!("{label}: {}", format_integer(*count as i64)))
            .collect();
        format!("Kart. {title}. {}.", parts.join("; "))
    }
}

/// «Samanlikn kommunar» (issue 24): the view's words and its sentence per question, built from
/// clauses (`render::comparison_text` puts them together).
pub mod comparison {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    pub const HEADING: &str = "Samanlikn kommunar";
    pub const INTRO: &str = "Svara til kommunane og fylkeskommunane du har valt, side om side, med delen som svarer det same i heile landet som referanse.";
    pub const ADD: &str = "Legg til i samanlikninga";
    pub const COMPARE_WITH: &str = "Samanlikn med …";
    pub const PICK_HINT: &str =
        "Trykk på ein kommune i kartet for å leggje han til eller ta han bort.";
    pub const CHOSEN: &str = "Valt til samanlikninga";
    pub const ADD_MORE: &str =
        "Legg til minst éin kommune eller fylkeskommune til for å samanlikne.";
    pub const FULL: &str =
        "Du samanliknar seks, det største talet. Fjern éin for å leggje til ein annan.";
    pub const SUGGESTIONS_PEERS: &str = "Same fylke og storleik";
    pub const SUGGESTIONS_NEIGHBOURS: &str = "Naboar på kartet";
    pub const SUGGESTIONS_LANDSDEL: &str = "Same landsdel";
    pub const SUGGESTIONS_HEADING: &str = "Forslag";
    pub const ORGANISATION: &str = "Kommune eller fylkeskommune";
    pub const ANSWER: &str = "Svar";
    pub const NOT_PARTICIPATING: &str = "var ikkje med i undersøkinga";
    pub const BLANK: &str = "svarte ikkje på spørsmålet";
    pub const DEMO: &str = "Demodata: svara til desse organisasjonane er syntetiske, ikkje dei verkelege svara frå 2017.";
    pub const OPEN: &str = "Opne samanlikninga";
    pub const LOADING: &str = "Hentar samanlikninga …";
    pub const UNAVAILABLE: &str = "Samanlikninga kunne ikkje lastast. Er du utan nett? Ho blir lagra på maskina første gongen ho blir vist.";
    pub const CSV_NAME: &str = "samanlikning";
    /// The CSV's first columns, and the ending of an item's label column.
    pub const CSV_HEAD: [&str; 3] = ["nummer", "type", "namn"];
    pub const CSV_TEXT_SUFFIX: &str = "_tekst";

    /// «Fjern Bergen frå samanlikninga».
    pub fn remove(name: &str) -> String {
        format!("Fjern {name} frå samanlikninga")
    }

    /// The compared, named in print (where the chips are hidden): «Samanlikna: Bergen og Oslo.»
    pub fn compared_line(names: &[String]) -> String {
        format!("Samanlikna: {}.", join_and(names))
    }

    /// A suggestion's link: «Sammenlign Bergen med Os».
    pub fn compare_pair(name: &str, other: &str) -> String {
        format!("Samanlikn {name} med {other}")
    }

    /// «alle kommunar», «alle fylkeskommunar», «heile landet».
    pub fn reference_scope(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "alle kommunar",
            Some(OrgType::Fylkeskommune) => "alle fylkeskommunar",
            None => "heile landet",
        }
    }

    /// «i heile landet», or «blant …» the reference scope.
    fn reference_place(org_type: Option<OrgType>) -> String {
        match org_type {
            None => "i heile landet".to_string(),
            Some(_) => format!("blant {}", reference_scope(org_type)),
        }
    }

    /// «Alle kommunar: I stor grad».
    pub fn reference_head(org_type: Option<OrgType>, headline: &str) -> String {
        crate::text::format::with_first_letter(
            &format!("{}: {headline}", reference_scope(org_type)),
            true,
        )
    }

    /// «Utvalet ditt: I stor grad».
    pub fn filtered_head(headline: &str) -> String {
        format!("Utvalet ditt: {headline}")
    }

    /// «Bergen og Oslo svarer «I svært stor grad»».
    pub fn answered_first(names: &[String], label: &str) -> String {
        format!("{} svarer «{label}»", join_and(names))
    }

    /// «Trondheim «I ganske stor grad»».
    pub fn answered_next(names: &[String], label: &str) -> String {
        format!("{} «{label}»", join_and(names))
    }

    /// «Moss var ikkje med i undersøkinga».
    pub fn not_participating(names: &[String]) -> String {
        format!("{} var ikkje med i undersøkinga", join_and(names))
    }

    /// «Asker svarte ikkje på spørsmålet».
    pub fn blank(names: &[String]) -> String {
        format!("{} svarte ikkje på spørsmålet", join_and(names))
    }

    /// «Bergen svarer «I stor grad» på 4 av 5 delspørsmål».
    pub fn items_first(name: &str, count: usize, total: usize, headline: &str) -> String {
        format!("{name} svarer «{headline}» på {count} av {total} delspørsmål")
    }

    /// «Oslo på 2 av 5».
    pub fn items_next(name: &str, count: usize, total: usize) -> String {
        format!("{name} på {count} av {total}")
    }

    /// «i heile landet svarer 66 % «I stor grad»».
    pub fn reference(org_type: Option<OrgType>, figure: &str, headline: &str) -> String {
        let scope = reference_place(org_type);
        format!("{scope} svarer {figure} «{headline}»")
    }

    /// «blant alle kommunar svarer mellom 40 % og 75 % «I stor grad» på dei einskilde
    /// delspørsmåla».
    pub fn reference_range(
        org_type: Option<OrgType>,
        low: &str,
        high: &str,
        headline: &str,
    ) -> String {
        let scope = reference_place(org_type);
        format!("{scope} svarer mellom {low} og {high} «{headline}» på dei einskilde delspørsmåla")
    }

    /// «i utvalet ditt 60 %».
    pub fn filtered(figure: &str) -> String {
        format!("i utvalet ditt {figure}")
    }
}

//! Every fixed word of the page in bokmål, by where it appears: the page and its controls
//! (`page`), the filter controls, tables, key figures, the organisation page, «Om dataene», and
//! the credits made from `dataset.json`, and what is wrong with a data file
//! (`data_errors`). Sentences with numbers and names are functions here; the models give
//! them numbers, ids and names. Nynorsk and English get a module of the same shape.

pub mod data_errors;
pub mod own_data;

/// The filter controls.
pub mod filters {
    /// The weighting control (issue 26).
    pub const WEIGHT_LEGEND: &str = "Vekting";
    pub const WEIGHT: &str = "Vekt etter kommunestørrelse";
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
    pub const SPLIT_ANSWER: &str = "Svar på …";
    pub const SPLIT_ANSWER_NONE: &str = "(velg spørsmål)";
    pub const ANSWER_LEGEND: &str = "Bare de som svarte …";
    pub const ANSWER_COLUMN: &str = "Spørsmål";
    pub const ANSWER_COLUMN_NONE: &str = "Velg et spørsmål";
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

/// The page: notices, controls, search, downloads, offline and update notices, «Bygg inn».
/// (The page title, subtitle and skip link are static HTML in index.html, painted before the app
/// loads; its `<title>` and description are there too.)
pub mod page {
    /// The page was asked for in a language whose build is not on this machine, and the
    /// network cannot be had: it is shown in bokmål (the page's loader, issue 23).
    pub fn language_unavailable(wanted: crate::data::codebook::Language) -> String {
        use crate::data::codebook::Language;
        let name = match wanted {
            Language::Bokmal => "bokmål",
            Language::Nynorsk => "nynorsk",
            Language::English => "engelsk",
        };
        format!("Siden er ikke lagret på {name} på denne maskinen og kan ikke hentes uten nett, så den vises på bokmål. Velg språket igjen når du er på nett.")
    }
    // The page title, subtitle and skip link are static HTML in index.html (painted before the app
    // loads); its <title> and description are there too.
    pub const DEMO_NOTICE: &str = "Demodata: svarene er syntetiske og viser ikke hva den enkelte kommune faktisk svarte. Tallene for hele landet stemmer med det KS har publisert.";
    pub const DEMO_TAG: &str = "Demodata";
    pub const DEMO_LINK: &str = "Les om dataene";
    pub const DATA_ERROR: &str = "Dataene kunne ikke lastes: ";
    pub const NAV_LABEL: &str = "Temaer";
    pub const URL_NOTES_HEADING: &str = "Noe i lenken ble ikke forstått";

    pub use super::filters::SPLIT_LEGEND;
    pub const RESET: &str = "Nullstill utvalget";
    pub const SELECTION_BAR_LABEL: &str = "Utvalget";
    pub const CHIPS_LABEL: &str = "Aktive filtre";
    pub const CHANGE_SELECTION: &str = "Endre utvalg";
    pub const SHOW_RESULT: &str = "Vis";
    pub const ANSWERS: &str = "svar";
    pub const ALL_TABLES: &str = "Vis alle som tabeller";

    pub use super::key_figures::HEADING as KEY_FIGURES_HEADING;

    pub const SHOW_TABLE: &str = "Vis tabell";
    pub const SHOW_CHART: &str = "Vis figur";
    pub const DOWNLOAD_CSV: &str = "Last ned tall (CSV)";
    pub const DOWNLOAD_PNG: &str = "Last ned bilde (PNG)";
    pub const DOWNLOAD_SVG: &str = "Last ned bilde (SVG)";
    pub const COPY_IMAGE: &str = "Kopier bilde";
    pub const COPY_LINK: &str = "Kopier lenke";
    pub const IMAGE_COPIED: &str = "Bildet er kopiert. Lim det inn der du vil ha det.";
    pub const LINK_COPIED: &str =
        "Lenken er kopiert. Den åpner siden med dette utvalget, ved dette spørsmålet.";
    pub const IMAGE_DOWNLOADED: &str =
        "Nettleseren lot ikke siden kopiere bildet, så det er lastet ned i stedet.";
    pub const LINK_FIELD: &str = "Nettleseren lot ikke siden kopiere lenken. Den er merket i feltet her; kopier den med Ctrl+C (⌘C på Mac):";
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
    // The page's static texts in index.html are bokmål's; a page in another language sets its
    // own at the start (app::page_language).
    pub const SUBTITLE: &str = "Kompetansebehov og digitalisering i kommuner og fylkeskommuner. Utforsk tallene fra Kommunesektorens arbeidsgivermonitor 2017.";
    pub const DESCRIPTION: &str = "Utforsk Kommunesektorens arbeidsgivermonitor 2017 fra KS: kompetansebehov og digitalisering i kommuner og fylkeskommuner.";
    pub const SKIP_LINK: &str = "Hopp til innholdet";
    pub const LANGUAGE_SWITCH: &str = "Språk";
    pub use super::organisation::BACK_TO_OVERVIEW;

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
}

/// The tables beside the charts.
pub mod tables {
    pub const TABLE_ITEM: &str = "Punkt";
    pub const TABLE_GROUP: &str = "Gruppe";
    pub const TABLE_TOTAL: &str = "Alle i utvalget";
    /// The row of a question without items.
    pub const SINGLE_ITEM: &str = "Svar";
    /// The head of the column that says whether a group differs from the rest (issue 26).
    pub const DIFFERS_HEAD: &str = "Mot resten av utvalget";

    use crate::stats::difference::Direction;

    /// The word in that column: a difference, none, or no test (`None`).
    pub fn differs_word(tested: Option<Option<Direction>>) -> &'static str {
        match tested {
            Some(Some(Direction::Higher)) => "klart høyere",
            Some(Some(Direction::Lower)) => "klart lavere",
            Some(None) => "ingen klar forskjell",
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
    pub const WEIGHTED_NOTE: &str = "Andelene er vektet etter kommunestørrelse (svarandelen per størrelse står over tabellene); antallene er dem som svarte.";
    /// … and when a size group without answers to the question was left out.
    pub const CELLS_LEFT_OUT: &str = "En størrelsesgruppe uten svar på spørsmålet er utelatt, og vektene er fordelt på de andre.";

    pub fn table_note() -> String {
        format!("Hver celle: antall, andel og 95 % konfidensintervall. n = antall som svarte (inkludert «Vet ikke»), N = antall i populasjonen. «:» = for få svar til å vises (færre enn {MIN_N}), eller skjult for å verne en liten gruppe.")
    }
}

/// The key figures at the top.
pub mod key_figures {
    pub const HEADING: &str = "Nøkkeltall for utvalget";
    /// The card's link to its section: «Se hele «Kompetansebehov»».
    pub fn see_section(title: &str) -> String {
        format!("Se hele «{title}»")
    }

    use super::nouns;
    use super::phrases::figure_text;
    use crate::data::register::OrgType;
    use crate::stats::aggregate::{Suppression, MIN_N};
    use crate::stats::figure::Figure;
    use crate::text::format::{format_percent, format_percent_range};

    /// «88 % av kommunene har …», «13 av 14 fylkeskommuner har …».
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

    /// «Blant fylkeskommunene gjelder det 13 av 14.»
    pub fn follow_sentence(figure: &Figure, org_type: OrgType) -> String {
        format!(
            "Blant {} gjelder det {}.",
            nouns::plural_definite(org_type),
            figure_text(figure)
        )
    }

    /// «For få fylkeskommuner i utvalget har svart til å vise tall.» and the like.
    pub fn hidden_sentence(suppression: Suppression, org_type: OrgType, population: u32) -> String {
        let noun = nouns::plural(org_type);
        match suppression {
            Suppression::Empty if population == 0 => format!("Ingen {noun} i utvalget."),
            Suppression::Empty => format!("Ingen {noun} i utvalget har svart."),
            Suppression::Primary => {
                format!("For få {noun} i utvalget har svart til å vise tall (færre enn {MIN_N}).")
            }
            Suppression::Secondary => {
                format!("Tallet for {noun} er skjult for å verne en liten gruppe.")
            }
        }
    }
}

/// An organisation's page («Se data for din kommune»).
pub mod organisation {
    pub const BACK_TO_OVERVIEW: &str = "Til oversikten over alle kommuner";
    pub const FACT_FYLKE: &str = "Fylke";
    pub const FACT_LANDSDEL: &str = "Landsdel";
    pub const FACT_SIZE: &str = "Størrelse";
    pub const FACT_POPULATION: &str = "Innbyggere 1.1.2017";
    pub const FACT_RESPONDED: &str = "Svarte på undersøkelsen";
    pub const YES: &str = "Ja";
    pub const NO: &str = "Nei";
    pub const NOT_RESPONDED: &str = "svarte ikke på undersøkelsen i 2017. Under ser du hvordan sammenlignbare organisasjoner svarte.";
    pub const ORG_DEMO: &str = "Demodata: svarene til denne organisasjonen og gruppene den sammenlignes med er syntetiske, ikke de virkelige svarene fra 2017.";
    pub const OWN_ANSWER: &str = "Eget svar";
    pub const NOT_ANSWERED: &str = "Ikke besvart";
    pub const TABLE_NOTE: &str = "Tallene viser hvor stor andel i hver gruppe som ga samme svar (uten eget svar: andelen «I stor grad» o.l.), med 95 % konfidensintervall og n. «:» = for få svar til å vises.";
}

/// «Om dataene».
pub mod about {
    pub const SOURCE: &str = "Kommunesektorens arbeidsgivermonitor 2017 fra KS. Undersøkelsen går til rådmannen eller fylkesrådmannen i alle kommuner og fylkeskommuner: én respondent per organisasjon. Tallene KS har publisert står i artikkelen «Stort behov for å utvikle digitale ferdigheter». Register og folketall 1. januar 2017: Statistisk sentralbyrå (SSB).";

    use crate::stats::aggregate::MIN_N;

    /// How the figures are computed («Slik regnes tallene ut»).
    pub const METHODS: [&str; 7] = [
        "Andeler regnes av dem som svarte på spørsmålet, inkludert «Vet ikke». Antallet som svarte (n) står alltid ved tallet. Ubesvarte spørsmål telles ikke.",
        "«I stor grad» er summen av «I ganske stor grad» og «I svært stor grad».",
        "Konfidensintervallet (95 %) tar hensyn til at populasjonen er endelig og kjent (N = alle kommuner eller fylkeskommuner i utvalget): Bonetts justerte Wald-intervall med endelighetskorreksjon. Intervallet holdes innenfor det som er logisk mulig og omfatter alltid den observerte andelen. Har alle svart, er det ingen utvalgsusikkerhet.",
        "Små grupper vises også som antall («13 av 14»), fordi en prosent av få svar lett villeder.",
        "Avgrenser du etter svar («Bare de som svarte …») eller sammenligner etter et svar, vet vi ikke om de som ikke deltok eller ikke svarte på det spørsmålet, hører til gruppa. De regnes derfor med i N for hver slik gruppe (den største gruppa kan være), så intervallet aldri blir for smalt; andelene regnes av dem som vet å høre til.",
        "Sammenligner du grupper, testes hver gruppes andel med hovedsvaret (som «I stor grad») mot resten av utvalget: andelene anslås som (f + 1)/(n + 2), variansen med endelighetskorreksjon, og forskjellen gir en z-test med tosidig p-verdi.",
        "p-verdiene justeres med Holms metode over gruppene for hvert punkt, og bare en justert p under 0,05 kalles en klar forskjell (merket ▲ eller ▼); grupper med for få svar testes ikke.",
    ];

    /// The disclosure rule, from the limit itself.
    pub fn disclosure_note() -> String {
        format!("Grupper med færre enn {MIN_N} svar vises som «:» (SSBs tegn for skjult tall). Ville totalen minus de viste gruppene gi dem bort, skjules også de minste av de andre gruppene, til de skjulte gruppene til sammen har minst {MIN_N} svar.")
    }

    pub const HEADING: &str = "Om dataene";
    pub const SOURCE_HEADING: &str = "Kilde";
    pub const RESPONDENTS_HEADING: &str = "Hvem svarte";
    pub const COVERAGE_LABEL: &str = "Populasjon og svar per gruppe";
    pub const COVERAGE_CAPTION: &str = "Antall organisasjoner (N) og antall som svarte (n)";
    pub const COVERAGE_GROUP: &str = "Gruppe";
    pub const COVERAGE_RESPONDED: &str = "Svarte";
    pub const COVERAGE_RATE: &str = "Svarandel";
    pub const METHODS_HEADING: &str = "Slik regnes tallene ut";
    pub const QUESTIONS_HEADING: &str = "Spørsmålene";
    pub const ITEMS: &str = "Punkter";
    pub const ANSWER_CODES: &str = "Svaralternativer";
    pub const CITE_HEADING: &str = "Slik siterer du";

    /// The demo paragraph: what the answers are (from `dataset.json`) and how they were made.
    pub fn demo_paragraph(description: &str, seed: &str) -> String {
        format!("{description} Svarene er laget med en fast startverdi ({seed}) slik at alle publiserte tall stemmer; tall for enkeltkommuner, fylker og undergrupper er ikke virkelige funn. KS kan bytte inn de ekte svarene uten å endre programmet.")
    }
}

/// Names for the two kinds of organisation, in the forms sentences need.
pub mod nouns {
    use crate::data::register::OrgType;

    /// «kommuner», «fylkeskommuner» («1 av 3 kommuner»).
    pub fn plural(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "kommuner",
            OrgType::Fylkeskommune => "fylkeskommuner",
        }
    }

    /// «kommunene», «fylkeskommunene».
    pub fn plural_definite(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "kommunene",
            OrgType::Fylkeskommune => "fylkeskommunene",
        }
    }

    /// A size class's group: «Små kommuner» (`short` is the codebook's short label).
    pub fn size_group(short: &str) -> String {
        format!("{short} kommuner")
    }

    /// A number of organisations: «1 kommune», «240 kommuner», «1 fylkeskommune».
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

    /// A selection's heading: «Kommuner», «Fylkeskommuner», or both (`None`).
    pub fn selection(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "Kommuner",
            Some(OrgType::Fylkeskommune) => "Fylkeskommuner",
            None => "Kommuner og fylkeskommuner",
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn each_form_names_its_type() {
            assert_eq!(plural(OrgType::Kommune), "kommuner");
            assert_eq!(plural_definite(OrgType::Fylkeskommune), "fylkeskommunene");
            assert_eq!(selection(None), "Kommuner og fylkeskommuner");
            assert_eq!(selection(Some(OrgType::Fylkeskommune)), "Fylkeskommuner");
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
                    Valid::FylkeNumbers => "tosifrede fylkesnummer fra 2017, f.eks. 12 eller 03",
                    Valid::KommuneNumbers => "firesifrede kommunenummer fra 2017 eller i dag, eller kommunenavn, f.eks. 1201 eller Bergen",
                    Valid::FylkeskommuneNumbers => "tosifrede fylkesnummer fra 2017, eller navn, f.eks. 12 eller Hordaland",
                    Valid::AnswerColumns => "SPØRSMÅL:SVARKODER med et spørsmål eller delspørsmål fra kodeboka, f.eks. ikt_strategi:1,2 eller komp_med.ikt:4,5",
                    Valid::AnswerCodes(codes) => codes.as_str(),
                };
                unknown_value(value, key, valid)
            }
            UrlNote::More(count) => more_unknown(*count),
            UrlNote::TooManyCompared { max, cut } => format!("Du kan sammenligne høyst {max} kommuner og fylkeskommuner om gangen; de {max} første vises, {} til ble utelatt.", format_integer(*cut as i64)),
        }
    }

    /// A value the page ignored, with the valid values; value and key are quoted cut to length.
    pub fn unknown_value(value: &str, key: &str, valid: &str) -> String {
        let (value, key) = (quoted_value(value), quoted_value(key));
        format!("Verdien «{value}» for «{key}» i nettadressen er ukjent og ble ignorert. Gyldige verdier: {valid}.")
    }

    /// The last line of a bounded list of notes: how many more there were.
    pub fn more_unknown(count: usize) -> String {
        format!("… og {} ukjente verdier til.", format_integer(count as i64))
    }

    /// An organisation number that is not in the register (quoted cut to length).
    pub fn unknown_organisation(org_type: OrgType, value: &str) -> String {
        let value = quoted_value(value);
        let (noun, digits) = match org_type {
            OrgType::Kommune => ("kommune", "firesifret kommunenummer, f.eks. 1201"),
            OrgType::Fylkeskommune => ("fylkeskommune", "tosifret fylkesnummer, f.eks. 12"),
        };
        format!("Fant ingen {noun} med nummer «{value}» i 2017. Bruk et {digits}, eller søk etter navnet.")
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
            assert_eq!(url_note(&note), "Verdien «x» for «section» i nettadressen er ukjent og ble ignorert. Gyldige verdier: kompetansebehov, strategi, effekter.");
        }
    }
}

/// The line under the filters that says whose answers are shown.
pub mod status {
    use super::nouns;
    use crate::data::register::OrgType;

    /// «Viser svar fra 8 av 240 kommuner og 3 av 14 fylkeskommuner som svarte.»: for each type,
    /// how many of those who answered are in the selection.
    pub fn shown_answers(parts: &[(usize, usize, OrgType)]) -> String {
        let parts: Vec<String> = parts
            .iter()
            .map(|&(shown, all, org_type)| format!("{shown} av {}", nouns::count(all, org_type)))
            .collect();
        format!("Viser svar fra {} som svarte.", parts.join(" og "))
    }

    /// The note when shares are weighted: each cell's response rate («små kommuner 48 % (108
    /// av 225)»); a cell without respondents is left out.
    pub fn weighted(cells: &[(String, u32, u32)]) -> String {
        let parts: Vec<String> = cells
            .iter()
            .map(|(name, n, big_n)| {
                let name = crate::text::format::with_first_letter(name, false);
                if *n == 0 {
                    format!("{name} ingen svar, utelatt og vektene fordelt på de andre")
                } else {
                    format!(
                        "{name} {} ({n} av {big_n})",
                        crate::text::format::format_percent(*n as f64 / *big_n as f64, 0)
                    )
                }
            })
            .collect();
        format!(
            "Vektet etter kommunestørrelse. Svarandel: {}.",
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
            Suppression::Primary => "for få svar til å vises",
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
        "Ingen kommuner eller fylkeskommuner passer til utvalget. Endre filtrene for å se tall.";
    /// When the groups are all too small.
    pub const TOO_FEW_IN_GROUPS: &str = "for få svar i gruppene";

    /// When the whole selection has too few answers.
    pub fn too_few() -> String {
        format!("For få svar i utvalget til å vise tall (færre enn {MIN_N} per gruppe).")
    }

    /// «Høyest andel «I stor grad» gjelder «IKT-ferdigheter»».
    pub fn highest_item(answer: &str, item: &str) -> String {
        format!("Høyest andel «{answer}» gjelder «{item}»")
    }

    /// «Andelen som svarer «Ja»».
    pub fn headline_share(answer: &str) -> String {
        format!("Andelen som svarer «{answer}»")
    }

    /// One group's figure: «kommuner 88 % (85–90 %, n = 235)» or «Oslo: for få svar …».
    pub fn group_figure(name: &str, figure: &Figure) -> String {
        match figure {
            Figure::Hidden(why) => format!("{name}: {}", suppression_phrase(*why)),
            shown => format!("{name} {}", estimate_phrase(shown)),
        }
    }

    /// «høyest for …, lavest for …» (many groups).
    pub fn highest_and_lowest(
        highest: &str,
        lowest: &str,
        clearly_highest: bool,
        clearly_lowest: bool,
    ) -> String {
        let clearly = |yes: bool| if yes { "klart " } else { "" };
        format!(
            "{}høyest for {highest}, {}lavest for {lowest}",
            clearly(clearly_highest),
            clearly(clearly_lowest)
        )
    }

    /// After a group's figure that differs from the rest of the selection.
    pub fn differs(direction: Direction) -> &'static str {
        match direction {
            Direction::Higher => "klart høyere enn resten av utvalget",
            Direction::Lower => "klart lavere enn resten av utvalget",
        }
    }

    /// When groups were tested and none differs.
    pub const NO_DIFFERENCES: &str =
        "Forskjellene mellom gruppene er ikke større enn tilfeldig variasjon kan gi.";

    /// «blant dem som svarte «Ja» 61 % (…), mot 32 % (…) blant dem som svarte «Nei»»
    /// (compared by an answer: the highest group against the lowest).
    pub fn contrast(high: &str, high_figure: &str, low: &str, low_figure: &str) -> String {
        format!("blant dem som svarte «{high}» {high_figure}, mot {low_figure} blant dem som svarte «{low}»")
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
    use crate::data::dataset::Dataset;
    use crate::state::view_state::{Split, ViewState};
    use crate::stats::aggregate::Grouping;
    use crate::text::format::to_lower;

    /// Fylker are named one by one up to this many, then counted («5 fylker»).
    const FYLKER_NAMED: usize = 3;

    /// The compact bar: «Kommuner · Store, Mellomstore · Vestlandet — 42 svar».
    pub fn in_short(dataset: &Dataset, state: &ViewState, respondents: u32) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| c.short.nb.clone())
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
            parts.push("avgrenset etter svar".to_string());
        }
        format!("{} — {respondents} svar", parts.join(" · "))
    }

    /// The selection on downloads and print: «Kommuner; størrelse: store; …».
    pub fn described(state: &ViewState, dataset: &Dataset) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| to_lower(&c.short.nb))
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
            parts.push("vektet etter kommunestørrelse".to_string());
        }
        parts.join("; ")
    }

    /// The chip's accessible name: «Fjern filteret «Store»».
    pub fn remove_filter(label: &str) -> String {
        format!("Fjern filteret «{label}»")
    }

    /// «5 fylker», when too many to name.
    fn fylke_count(count: usize) -> String {
        format!("{count} fylker")
    }

    const SIZE: &str = "størrelse";
    const LANDSDEL: &str = "landsdel";
    const FYLKE: &str = "fylke";

    /// «sammenlignet etter landsdel».
    fn compared_by(grouping: &Grouping, dataset: &Dataset) -> String {
        let noun = match grouping {
            Grouping::SizeClass => SIZE,
            Grouping::Landsdel => LANDSDEL,
            Grouping::Fylke => FYLKE,
            Grouping::Type => "type",
            Grouping::Answer { .. } => {
                return format!(
                    "sammenlignet etter svaret på «{}»",
                    grouping_column(dataset, grouping)
                );
            }
        };
        format!("sammenlignet etter {noun}")
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

    /// «store kommuner» (`size` as the codebook's short label).
    pub fn of_size(size: &str, noun: &str) -> String {
        format!("{} {noun}", crate::text::format::to_lower(size))
    }

    /// «kommuner i Hordaland».
    pub fn in_fylke(noun: &str, fylke: &str) -> String {
        format!("{noun} i {fylke}")
    }

    /// «kommuner på Vestlandet».
    pub fn of_landsdel(noun: &str, landsdel: &str) -> String {
        format!("{noun} {}", in_landsdel(landsdel))
    }

    /// «alle kommuner».
    pub fn all(noun: &str) -> String {
        format!("alle {noun}")
    }

    /// «64 % (55–72 %) av store kommuner», or why the figure is hidden.
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

    /// «Bergen svarte «Ja». 64 % (…) av store kommuner svarte det samme.»
    pub fn own_answer(name: &str, answer: &str, peer: &str) -> String {
        format!(
            "{name} svarte «{answer}». {} svarte det samme.",
            with_first_letter(peer, true)
        )
    }

    /// «Bergen svarte ikke på dette. «I stor grad»: 64 % (…) av store kommuner.»
    pub fn not_answered(name: &str, headline: &str, peer: &str) -> String {
        format!("{name} svarte ikke på dette. «{headline}»: {peer}.")
    }

    /// ««I stor grad»: 64 % (…) av store kommuner.» (the organisation did not take part).
    pub fn headline_only(headline: &str, peer: &str) -> String {
        format!("«{headline}»: {peer}.")
    }
}

/// The search's notes on kommuner that changed after 2017.
pub mod search {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    /// «Bjørnafjorden (4624) i Vestland fantes ikke i 2017. Den omfatter Os og Fusa, som var
    /// egne kommuner i 2017.»
    pub fn merged(name: &str, number: &str, fylke: &str, predecessors: &[String]) -> String {
        format!(
            "{name} ({number}) i {fylke} fantes ikke i 2017. Den omfatter {}, som var egne kommuner i 2017.",
            join_and(predecessors)
        )
    }

    /// «Snillfjord ble senere delt mellom …».
    pub fn split(name: &str, successors: &[String]) -> String {
        format!("{name} ble senere delt mellom {}.", join_and(successors))
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
        "Piltastene går fra stolpe til stolpe; Enter velger stolpens gruppe.";

    /// What a chart's values mean for a question with items: «Andel som svarer «I stor grad»».
    pub fn share_answering(answer: &str) -> String {
        format!("Andel som svarer «{answer}»")
    }

    /// … and for a question with one item: one bar per answer.
    pub const SHARE_PER_ANSWER: &str = "Andel per svaralternativ";

    /// A group in the legend with how many in it answered: «Store kommuner (41 svarte)».
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

    /// «Har kommunen en strategi? Andel som svarer «Ja».» (`question` without its end mark).
    pub fn question_and_measure(question: &str, measure: &str) -> String {
        format!("{question}? {measure}.")
    }
}

/// Downloads: the CSV's header and its last line.
pub mod downloads {
    /// The CSV's header row (semicolon-separated, as Norwegian Excel reads it).
    pub const CSV_HEADER: &str =
        "spørsmål;punkt;gruppe;svarkode;svar;antall;n;andel;ki_nedre_95;ki_øvre_95;populasjon_N;merknad";

    /// The last line of a CSV: «Kilde: …. Utvalg: Kommuner; størrelse: store.»
    pub fn source_and_selection(source: &str, selection: &str) -> String {
        format!("{source}. Utvalg: {selection}.")
    }
}

/// «Last ned mal»: the guide that goes with the template for one's own answers (issue 13).
pub mod template {
    /// The guide's first lines.
    pub const INTRO: &[&str] = &[
        "Mal for egne svar til Arbeidsgivermonitoren-utforskeren",
        "",
        "Malen har én linje for hver kommune og fylkeskommune i 2017. Fyll inn svarkodene for dem som svarte, og slett linjene for dem som ikke svarte (en linje uten svar regnes som et svar der ingen spørsmål er besvart).",
        "Kolonnene id og type må stå først og ikke endres; navn er bare til hjelp og leses ikke.",
        "Lagre som CSV (semikolon- eller kommaseparert, UTF-8 eller Windows-1252) eller som Excel-arbeidsbok (.xlsx, første ark eller arket «svar»), og åpne filen med «Åpne egne data». Filen leses bare i nettleseren og sendes ingen steder.",
        "",
        "Svarkoder per kolonne (tom celle: ikke svart eller ikke spurt):",
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
    pub const CHOICE_NONE: &str = "Uten kart";
    pub const CHOICE_FYLKE: &str = "Andel per fylke";
    pub const CHOICE_KOMMUNE: &str = "Svar per kommune";
    pub const ITEM_LABEL: &str = "Punkt på kartet";
    pub const CREDIT: &str = "Kartgrunnlag: Kartverket (forenklet)";
    pub const LOADING: &str = "Kartet lastes …";
    pub const FAILED: &str =
        "Kartet kunne ikke lastes. Tallene står i tabellen; prøv igjen når du er på nett.";
    pub const BROKEN: &str = "Kartfilen er skadet; bygg siden på nytt.";
    pub const CLICK_HINT: &str = "Trykk på en kommune for å se dens egne svar.";
    pub const LEGEND_TOO_FEW: &str = "For få svar (:)";
    pub const LEGEND_NONE: &str = "Ingen i utvalget";
    pub const LEGEND_BLANK: &str = "Svarte ikke på spørsmålet";
    pub const LEGEND_NOT_RESPONDED: &str = "Deltok ikke i undersøkelsen";
    pub const LEGEND_OUTSIDE: &str = "Utenfor utvalget";
    pub const LEGEND_NO_FYLKESKOMMUNE: &str = "Ingen fylkeskommune";
    pub const DOWNLOAD_PNG: &str = "Last ned kart (PNG)";
    pub const DOWNLOAD_SVG: &str = "Last ned kart (SVG)";

    /// A kommune's title on the comparison's map: «Bergen – valgt», «Moss – deltok ikke i undersøkelsen».
    pub fn pick_title(name: &str, chosen: bool, took_part: bool) -> String {
        match (chosen, took_part) {
            (true, _) => format!("{name} – valgt"),
            (false, false) => format!("{name} – deltok ikke i undersøkelsen"),
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

    /// The map's heading line: «Andel som svarer «I stor grad», per fylke».
    pub fn share_title(headline: &str) -> String {
        format!("Andel som svarer «{headline}», per fylke")
    }

    /// «Hver kommunes svar» / «Hver fylkeskommunes svar».
    pub fn own_title(fylkeskommuner: bool) -> &'static str {
        if fylkeskommuner {
            "Hver fylkeskommunes svar"
        } else {
            "Hver kommunes svar"
        }
    }

    /// The text alternative of a share map: «Kart. Andel som svarer «Ja», per fylke. Høyest i
    /// Hordaland: …; lavest i Finnmark: …. 4 fylker har for få svar til å vises.»
    pub fn share_alternative(
        title: &str,
        highest: Option<String>,
        lowest: Option<String>,
        hidden: usize,
    ) -> String {
        let mut text = format!("Kart. {title}.");
        if let (Some(high), Some(low)) = (highest, lowest) {
            text.push_str(&format!(" Høyest i {high}; lavest i {low}."));
        }
        match hidden {
            0 => {}
            1 => text.push_str(" 1 fylke vises ikke (for få svar eller ingen i utvalget)."),
            _ => text.push_str(&format!(
                " {hidden} fylker vises ikke (for få svar eller ingen i utvalget)."
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

/// «Sammenlign kommuner» (issue 24): the view's words and its sentence per question, built from
/// clauses (`render::comparison_text` puts them together).
pub mod comparison {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    pub const HEADING: &str = "Sammenlign kommuner";
    pub const INTRO: &str = "Svarene til kommunene og fylkeskommunene du har valgt, side om side, med andelen som svarer det samme i hele landet som referanse.";
    pub const ADD: &str = "Legg til i sammenligningen";
    pub const COMPARE_WITH: &str = "Sammenlign med …";
    pub const PICK_HINT: &str =
        "Trykk på en kommune i kartet for å legge den til eller ta den bort.";
    pub const CHOSEN: &str = "Valgt til sammenligningen";
    pub const ADD_MORE: &str =
        "Legg til minst én kommune eller fylkeskommune til for å sammenligne.";
    pub const FULL: &str =
        "Du sammenligner seks, det største antallet. Fjern én for å legge til en annen.";
    pub const SUGGESTIONS_PEERS: &str = "Samme fylke og størrelse";
    pub const SUGGESTIONS_NEIGHBOURS: &str = "Naboer på kartet";
    pub const SUGGESTIONS_LANDSDEL: &str = "Samme landsdel";
    pub const SUGGESTIONS_HEADING: &str = "Forslag";
    pub const ORGANISATION: &str = "Kommune eller fylkeskommune";
    pub const ANSWER: &str = "Svar";
    pub const NOT_PARTICIPATING: &str = "deltok ikke i undersøkelsen";
    pub const BLANK: &str = "svarte ikke på spørsmålet";
    pub const DEMO: &str = "Demodata: svarene til disse organisasjonene er syntetiske, ikke de virkelige svarene fra 2017.";
    pub const OPEN: &str = "Åpne sammenligningen";
    pub const LOADING: &str = "Henter sammenligningen …";
    pub const UNAVAILABLE: &str = "Sammenligningen kunne ikke lastes. Er du uten nett? Den lagres på maskinen første gang den vises.";
    pub const CSV_NAME: &str = "sammenligning";
    /// The CSV's first columns, and the ending of an item's label column.
    pub const CSV_HEAD: [&str; 3] = ["nummer", "type", "navn"];
    pub const CSV_TEXT_SUFFIX: &str = "_tekst";

    /// «Fjern Bergen fra sammenligningen» (the chip's button).
    pub fn remove(name: &str) -> String {
        format!("Fjern {name} fra sammenligningen")
    }

    /// The compared, named in print (where the chips are hidden): «Sammenlignet: Bergen og Oslo.»
    pub fn compared_line(names: &[String]) -> String {
        format!("Sammenlignet: {}.", join_and(names))
    }

    /// A suggestion's link: «Sammenlign Bergen med Os».
    pub fn compare_pair(name: &str, other: &str) -> String {
        format!("Sammenlign {name} med {other}")
    }

    /// Who the reference share is computed over: «alle kommuner», «alle fylkeskommuner», «hele
    /// landet» (`None`: both types).
    pub fn reference_scope(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "alle kommuner",
            Some(OrgType::Fylkeskommune) => "alle fylkeskommuner",
            None => "hele landet",
        }
    }

    /// «i hele landet», or «blant …» the reference scope.
    fn reference_place(org_type: Option<OrgType>) -> String {
        match org_type {
            None => "i hele landet".to_string(),
            Some(_) => format!("blant {}", reference_scope(org_type)),
        }
    }

    /// A reference column's head: «Alle kommuner: I stor grad».
    pub fn reference_head(org_type: Option<OrgType>, headline: &str) -> String {
        crate::text::format::with_first_letter(
            &format!("{}: {headline}", reference_scope(org_type)),
            true,
        )
    }

    /// The filtered reference column's head: «Ditt utvalg: I stor grad».
    pub fn filtered_head(headline: &str) -> String {
        format!("Ditt utvalg: {headline}")
    }

    /// «Bergen og Oslo svarer «I svært stor grad»» (the first group of a sentence).
    pub fn answered_first(names: &[String], label: &str) -> String {
        format!("{} svarer «{label}»", join_and(names))
    }

    /// «Trondheim «I ganske stor grad»» (a later group).
    pub fn answered_next(names: &[String], label: &str) -> String {
        format!("{} «{label}»", join_and(names))
    }

    /// «Moss deltok ikke i undersøkelsen».
    pub fn not_participating(names: &[String]) -> String {
        format!("{} deltok ikke i undersøkelsen", join_and(names))
    }

    /// «Asker svarte ikke på spørsmålet».
    pub fn blank(names: &[String]) -> String {
        format!("{} svarte ikke på spørsmålet", join_and(names))
    }

    /// «Bergen svarer «I stor grad» på 4 av 5 delspørsmål» (the first of a question with items).
    pub fn items_first(name: &str, count: usize, total: usize, headline: &str) -> String {
        format!("{name} svarer «{headline}» på {count} av {total} delspørsmål")
    }

    /// «Oslo på 2 av 5».
    pub fn items_next(name: &str, count: usize, total: usize) -> String {
        format!("{name} på {count} av {total}")
    }

    /// «i hele landet svarer 66 % «I stor grad»».
    pub fn reference(org_type: Option<OrgType>, figure: &str, headline: &str) -> String {
        let scope = reference_place(org_type);
        format!("{scope} svarer {figure} «{headline}»")
    }

    /// «blant alle kommuner svarer mellom 40 % og 75 % «I stor grad» på de enkelte
    /// delspørsmålene».
    pub fn reference_range(
        org_type: Option<OrgType>,
        low: &str,
        high: &str,
        headline: &str,
    ) -> String {
        let scope = reference_place(org_type);
        format!("{scope} svarer mellom {low} og {high} «{headline}» på de enkelte delspørsmålene")
    }

    /// «i ditt utvalg 60 %».
    pub fn filtered(figure: &str) -> String {
        format!("i ditt utvalg {figure}")
    }
}

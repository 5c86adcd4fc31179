//! Every fixed word of the page in English (issue 14), of the same shape as `nb`: plain British
//! public-sector English in the terms of `docs/GLOSSARY.md` («municipality», «county
//! authority», «digitalisation»), numbers in English form («88%», «1,234.5») and English
//! agreement («1 of 14 county authorities has»), with a data file's faults (`data_errors`) and
//! «Open your own data» (`own_data`).

pub mod data_errors;
pub mod own_data;

/// Numbers in English form for the sentences below.
mod numbers {
    use crate::text::format::{self, NumberStyle::English};

    pub fn format_percent(share: f64, decimals: usize) -> String {
        format::format_percent_in(English, share, decimals)
    }

    pub fn format_percent_range(lower: f64, upper: f64, decimals: usize) -> String {
        format::format_percent_range_in(English, lower, upper, decimals)
    }

    pub fn format_integer(value: i64) -> String {
        format::format_integer_in(English, value)
    }
}

/// A predicate written for a plural subject, made to agree with a singular one («1 of 14 …
/// has»): its first verb «have», «say» or «are» as «has», «says», «is».
fn singular(predicate: &str) -> String {
    for (plural, one) in [("have ", "has "), ("say ", "says "), ("are ", "is ")] {
        if let Some(rest) = predicate.strip_prefix(plural) {
            return format!("{one}{rest}");
        }
    }
    predicate.to_owned()
}

/// The filter controls.
pub mod filters {
    /// The weighting control (issue 26).
    pub const WEIGHT_LEGEND: &str = "Weighting";
    pub const WEIGHT: &str = "Weight by municipality size";
    pub const HEADING: &str = "Choose a selection";
    pub const TYPE_LEGEND: &str = "Who";
    pub const TYPE_BOTH: &str = "Municipalities and county authorities";
    pub const TYPE_KOMMUNE: &str = "Municipalities";
    pub const TYPE_FYLKESKOMMUNE: &str = "County authorities";
    pub const SIZE_LEGEND: &str = "Municipality size (inhabitants, 1 January 2017)";
    pub const LANDSDEL_LEGEND: &str = "Region";
    pub const FYLKE_LEGEND: &str = "County";
    pub const FYLKE_SUMMARY: &str = "County";
    pub const SELECTED: &str = "selected";
    pub const SPLIT_LEGEND: &str = "Compare by";
    pub const SPLIT_TYPE: &str = "Type";
    pub const SPLIT_SIZE: &str = "Size";
    pub const SPLIT_LANDSDEL: &str = "Region";
    pub const SPLIT_FYLKE: &str = "County";
    pub const SPLIT_NONE: &str = "None (all together)";
    pub const SPLIT_ANSWER: &str = "Answer to …";
    pub const SPLIT_ANSWER_NONE: &str = "(choose a question)";
    pub const ANSWER_LEGEND: &str = "Only those who answered …";
    pub const ANSWER_COLUMN: &str = "Question";
    pub const ANSWER_COLUMN_NONE: &str = "Choose a question";
}

/// Credits, citation and the demo label, all from `dataset.json`: demo wording appears only
/// when its `demo` is true.
pub mod credits {
    use crate::data::dataset::DatasetMeta;

    /// Added to the source and the citation while the answers are demo data.
    pub const DEMO_SUFFIX: &str = " (demo data)";

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
        format!("Source: {}{}", meta.source, demo_suffix(meta))
    }

    /// How to cite the figures («Om dataene»); KS publishes the survey.
    pub fn citation(meta: &DatasetMeta) -> String {
        format!(
            "KS ({}): {}. Figures from The Employer Monitor {} – explorer{}.",
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
    /// network cannot be had: it is shown in English (the page's loader, issue 23).
    pub fn language_unavailable(wanted: crate::data::codebook::Language) -> String {
        // The language as it names itself («Nynorsk», «Bokmål»), as the language switch does.
        let name = super::super::shared::language_name(wanted);
        format!("The page is not stored in {name} on this machine and cannot be fetched offline, so it is shown in English. Choose the language again when you are online.")
    }
    // The page title, subtitle and skip link are static HTML in index.html (painted before the app
    // loads); its <title> and description are there too.
    pub const DEMO_NOTICE: &str = "Demo data: the answers are synthetic and do not show what each municipality actually answered. The figures for the whole country match those KS has published.";
    pub const DEMO_TAG: &str = "Demo data";
    pub const DEMO_LINK: &str = "Read about the data";
    pub const DATA_ERROR: &str = "The data could not be loaded: ";
    pub const NAV_LABEL: &str = "Themes";
    pub const URL_NOTES_HEADING: &str = "Something in the link was not understood";

    pub use super::filters::SPLIT_LEGEND;
    pub const RESET: &str = "Reset the selection";
    pub const SELECTION_BAR_LABEL: &str = "The selection";
    pub const CHIPS_LABEL: &str = "Active filters";
    pub const CHANGE_SELECTION: &str = "Change selection";
    pub const SHOW_RESULT: &str = "Show";
    pub const ANSWERS: &str = "answers";
    pub const ALL_TABLES: &str = "Show all as tables";

    pub use super::key_figures::HEADING as KEY_FIGURES_HEADING;

    pub const SHOW_TABLE: &str = "Show table";
    pub const SHOW_CHART: &str = "Show chart";
    pub const DOWNLOAD_CSV: &str = "Download figures (CSV)";
    pub const DOWNLOAD_PNG: &str = "Download image (PNG)";
    pub const DOWNLOAD_SVG: &str = "Download image (SVG)";
    pub const COPY_IMAGE: &str = "Copy image";
    pub const COPY_LINK: &str = "Copy link";
    pub const IMAGE_COPIED: &str = "The image is copied. Paste it where you want it.";
    pub const LINK_COPIED: &str =
        "The link is copied. It opens the page with this selection, at this question.";
    pub const IMAGE_DOWNLOADED: &str =
        "The browser did not let the page copy the image, so it has been downloaded instead.";
    pub const LINK_FIELD: &str = "The browser did not let the page copy the link. It is selected in the field here; copy it with Ctrl+C (⌘C on a Mac):";
    pub const DOWNLOAD_FAILED: &str = "The download failed: ";
    pub const CHART_FAILED: &str =
        "The chart could not be drawn. The table shows the same figures.";
    pub const EMPTY_SELECTION: &str = "No municipalities or county authorities match the selection, so there is nothing to show. Remove some of the choices, or select “Reset the selection”.";
    pub const CLICK_HINT: &str = "Select a bar to choose that group.";

    pub const FOOTER: &str = "The Employer Monitor 2017 – explorer. All figures are computed in your browser; the page fetches nothing from other sites.";

    pub const SEARCH_HEADING: &str = "See the data for your municipality";
    pub const SEARCH_LABEL: &str =
        "Search for a municipality or county authority (name or number, also today's name)";
    pub const SEARCH_LIST: &str = "Results";
    pub const SEARCH_NONE: &str = "No results.";
    pub const SEARCH_ONE: &str = "1 result. Press Enter to open it.";
    pub const SEARCH_MANY: &str = "results. Use the up and down arrows, and Enter to open one.";

    pub const PRINT: &str = "Print";
    pub const SITE_TITLE: &str = "The Employer Monitor 2017";
    // The page's static texts in index.html are bokmål's; a page in another language sets its
    // own at the start (app::page_language).
    pub const SUBTITLE: &str = "Competence needs and digitalisation in municipalities and county authorities. Explore the figures of Kommunesektorens arbeidsgivermonitor 2017, the employer survey of KS.";
    pub const DESCRIPTION: &str = "Explore Kommunesektorens arbeidsgivermonitor 2017 from KS: competence needs and digitalisation in Norway's municipalities and county authorities.";
    pub const SKIP_LINK: &str = "Skip to the content";
    pub const LANGUAGE_SWITCH: &str = "Language";
    pub use super::organisation::BACK_TO_OVERVIEW;

    // Offline and updates (shown by web/pwa.js, which finds them by id).
    pub const OFFLINE: &str =
        "Offline: you are seeing the saved version. Everything works as before.";
    pub const UPDATE_READY: &str = "A new version of the explorer is ready.";
    pub const UPDATE_NOW: &str = "Update now";

    // «Bygg inn» (embedding).
    pub const EMBED_OPEN: &str = "Embed";
    pub const EMBED_HEADING: &str = "Embed this view";
    pub const EMBED_HELP: &str = "Paste the code into a web page. The view keeps its filters, works offline after the first visit, and its height adjusts to its content.";
    pub const EMBED_CODE_LABEL: &str = "Code to paste";
    pub const EMBED_COPY: &str = "Copy the code";
    pub const EMBED_COPIED: &str = "The code has been copied.";
    pub const EMBED_COPY_FAILED: &str = "Could not copy. Select the code and copy it yourself.";
    pub const CLOSE: &str = "Close";
}

/// The tables beside the charts.
pub mod tables {
    pub const TABLE_ITEM: &str = "Item";
    pub const TABLE_GROUP: &str = "Group";
    pub const TABLE_TOTAL: &str = "All in the selection";
    /// The row of a question without items.
    pub const SINGLE_ITEM: &str = "Answer";
    /// The head of the column that says whether a group differs from the rest (issue 26).
    pub const DIFFERS_HEAD: &str = "Against the rest of the selection";

    use crate::stats::difference::Direction;

    /// The word in that column: a difference, none, or no test (`None`).
    pub fn differs_word(tested: Option<Option<Direction>>) -> &'static str {
        match tested {
            Some(Some(Direction::Higher)) => "clearly higher",
            Some(Some(Direction::Lower)) => "clearly lower",
            Some(None) => "no clear difference",
            None => "–",
        }
    }

    /// The headline column of a table: «To a large extent (95% CI)».
    pub fn with_interval(headline: &str) -> String {
        format!("{headline} (95% CI)")
    }

    use crate::stats::aggregate::MIN_N;

    /// The note under every table; the limit comes from [`MIN_N`].
    /// After the table note when the shares are weighted (`vekt=1`).
    pub const WEIGHTED_NOTE: &str = "The shares are weighted by municipality size (the response rate per size is above the tables); the counts are those who answered.";
    /// … and when a size group without answers to the question was left out.
    pub const CELLS_LEFT_OUT: &str = "A size group without answers to the question is left out, and the weights are spread over the others.";

    pub fn table_note() -> String {
        format!("Each cell: count, share and 95% confidence interval. n = number who answered (including “Don't know”), N = number in the population. “:” = too few answers to show (fewer than {MIN_N}), or hidden to protect a small group.")
    }
}

/// The key figures at the top.
pub mod key_figures {
    pub const HEADING: &str = "Key figures for the selection";
    /// The card's link to its section: «See all “Competence needs”».
    pub fn see_section(title: &str) -> String {
        format!("See all \u{201c}{title}\u{201d}")
    }

    use super::numbers::{format_percent, format_percent_range};
    use super::phrases::figure_text;
    use super::{nouns, singular};
    use crate::data::register::OrgType;
    use crate::stats::aggregate::{Suppression, MIN_N};
    use crate::stats::figure::Figure;

    /// «88% of the municipalities have …», «13 of 14 county authorities have …», «1 of 14
    /// county authorities has …» (`predicate` is written for a plural subject).
    pub fn lead_sentence(figure: &Figure, org_type: OrgType, predicate: &str) -> String {
        if let Figure::Count(e) = figure {
            let predicate = if e.count == 1 {
                singular(predicate)
            } else {
                predicate.to_owned()
            };
            format!(
                "{} of {} {predicate}.",
                e.count,
                nouns::count(e.n as usize, org_type)
            )
        } else {
            format!(
                "{} of {} {predicate}.",
                figure_text(figure),
                nouns::plural_definite(org_type)
            )
        }
    }

    /// Under the figure: «95% interval 80–93%, n = 240», or for a small base told as a count,
    /// its share first: «93%, 95% interval 69–99%».
    pub fn basis(figure: &Figure) -> String {
        let Some(e) = figure.estimate() else {
            return String::new();
        };
        let interval = format_percent_range(e.interval.lower, e.interval.upper, 0);
        if let Figure::Count(_) = figure {
            format!("{}, 95% interval {interval}", format_percent(e.share, 0))
        } else {
            format!("95% interval {interval}, n = {}", e.n)
        }
    }

    /// «Among the county authorities, it is 13 of 14.»
    pub fn follow_sentence(figure: &Figure, org_type: OrgType) -> String {
        format!(
            "Among {}, it is {}.",
            nouns::plural_definite(org_type),
            figure_text(figure)
        )
    }

    /// «Too few county authorities in the selection have answered to show figures.» and the like.
    pub fn hidden_sentence(suppression: Suppression, org_type: OrgType, population: u32) -> String {
        let noun = nouns::plural(org_type);
        match suppression {
            Suppression::Empty if population == 0 => format!("No {noun} in the selection."),
            Suppression::Empty => format!("No {noun} in the selection have answered."),
            Suppression::Primary => {
                format!("Too few {noun} in the selection have answered to show figures (fewer than {MIN_N}).")
            }
            Suppression::Secondary => {
                format!("The figure for {noun} is hidden to protect a small group.")
            }
        }
    }
}

/// An organisation's page («Se data for din kommune»).
pub mod organisation {
    pub const BACK_TO_OVERVIEW: &str = "To the overview of all municipalities";
    pub const FACT_FYLKE: &str = "County";
    pub const FACT_LANDSDEL: &str = "Region";
    pub const FACT_SIZE: &str = "Size";
    pub const FACT_POPULATION: &str = "Inhabitants, 1 January 2017";
    pub const FACT_RESPONDED: &str = "Answered the survey";
    pub const YES: &str = "Yes";
    pub const NO: &str = "No";
    pub const NOT_RESPONDED: &str = "did not answer the survey in 2017. Below you can see how comparable organisations answered.";
    pub const ORG_DEMO: &str = "Demo data: the answers of this organisation and of the groups it is compared with are synthetic, not the real answers from 2017.";
    pub const OWN_ANSWER: &str = "Own answer";
    pub const NOT_ANSWERED: &str = "Not answered";
    pub const TABLE_NOTE: &str = "The figures show the share in each group that gave the same answer (without an own answer: the share “To a large extent” and the like), with the 95% confidence interval and n. “:” = too few answers to show.";
}

/// «Om dataene».
pub mod about {
    pub const SOURCE: &str = "Kommunesektorens arbeidsgivermonitor 2017, the employer survey of KS (the Norwegian Association of Local and Regional Authorities). The survey goes to the chief municipal executive or the chief county executive of every municipality and county authority: one respondent per organisation. The figures KS has published are in the article “Stort behov for å utvikle digitale ferdigheter” (a great need to develop digital skills). Register and population on 1 January 2017: Statistics Norway (SSB).";

    use crate::stats::aggregate::MIN_N;

    /// How the figures are computed.
    pub const METHODS: [&str; 7] = [
        "Shares are computed of those who answered the question, including “Don't know”. The number who answered (n) is always given with the figure. Questions left unanswered are not counted.",
        "“To a large extent” is the sum of “To a fairly large extent” and “To a very large extent”.",
        "The confidence interval (95%) takes into account that the population is finite and known (N = all municipalities or county authorities in the selection): Bonett's adjusted Wald interval with a finite population correction. The interval is kept within what is logically possible and always contains the observed share. When everyone has answered, there is no sampling uncertainty.",
        "Small groups are also shown as counts (“13 of 14”), because a percentage of few answers easily misleads.",
        "When you filter by an answer (“Only those who answered …”) or compare by one, it is not known whether those who did not take part or did not answer that question belong to the group. They are therefore counted in N for every such group (the largest the group can be), so the interval is never too narrow; the shares are computed over those known to belong.",
        "When you compare groups, each group's share giving the headline answer (such as “To a large extent”) is tested against the rest of the selection: the shares are estimated as (f + 1)/(n + 2), the variance with the finite-population correction, and the difference gives a z-test with a two-sided p-value.",
        "The p-values are adjusted with Holm's method over the groups of each item, and only an adjusted p below 0.05 is called a clear difference (marked ▲ or ▼); groups with too few answers are not tested.",
    ];

    /// The disclosure rule, from the limit itself.
    pub fn disclosure_note() -> String {
        format!("Groups with fewer than {MIN_N} answers are shown as “:” (Statistics Norway's sign for a hidden figure). Where the total minus the groups shown would give them away, the smallest of the other groups are hidden too, until the hidden groups together have at least {MIN_N} answers.")
    }

    pub const HEADING: &str = "About the data";
    pub const SOURCE_HEADING: &str = "Source";
    pub const RESPONDENTS_HEADING: &str = "Who answered";
    pub const COVERAGE_LABEL: &str = "Population and answers per group";
    pub const COVERAGE_CAPTION: &str = "Number of organisations (N) and number who answered (n)";
    pub const COVERAGE_GROUP: &str = "Group";
    pub const COVERAGE_RESPONDED: &str = "Answered";
    pub const COVERAGE_RATE: &str = "Response rate";
    pub const METHODS_HEADING: &str = "How the figures are computed";
    pub const QUESTIONS_HEADING: &str = "The questions";
    pub const ITEMS: &str = "Items";
    pub const ANSWER_CODES: &str = "Answer options";
    pub const CITE_HEADING: &str = "How to cite";

    /// The demo paragraph: what the answers are (from `dataset.json`) and how they were made.
    pub fn demo_paragraph(description: &str, seed: &str) -> String {
        format!("{description} The answers were made with a fixed seed ({seed}) so that every published figure matches; figures for single municipalities, counties and subgroups are not real findings. KS can swap in the real answers without changing the program.")
    }
}

/// Names for the two kinds of organisation, in the forms sentences need.
pub mod nouns {
    use crate::data::register::OrgType;

    /// «municipalities», «county authorities» («1 of 3 municipalities»).
    pub fn plural(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "municipalities",
            OrgType::Fylkeskommune => "county authorities",
        }
    }

    /// «the municipalities», «the county authorities».
    pub fn plural_definite(org_type: OrgType) -> &'static str {
        match org_type {
            OrgType::Kommune => "the municipalities",
            OrgType::Fylkeskommune => "the county authorities",
        }
    }

    /// A size class's group: «Small municipalities» (`short` is the codebook's short label).
    pub fn size_group(short: &str) -> String {
        format!("{short} municipalities")
    }

    /// A number of organisations: «1 municipality», «240 municipalities», «1 county authority».
    pub fn count(n: usize, org_type: OrgType) -> String {
        match (n, org_type) {
            (1, OrgType::Kommune) => "1 municipality".to_owned(),
            (1, OrgType::Fylkeskommune) => "1 county authority".to_owned(),
            _ => format!(
                "{} {}",
                super::numbers::format_integer(n as i64),
                plural(org_type)
            ),
        }
    }

    /// A selection's heading: «Municipalities», «County authorities», or both (`None`).
    pub fn selection(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "Municipalities",
            Some(OrgType::Fylkeskommune) => "County authorities",
            None => "Municipalities and county authorities",
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn each_form_names_its_type() {
            assert_eq!(plural(OrgType::Kommune), "municipalities");
            assert_eq!(
                plural_definite(OrgType::Fylkeskommune),
                "the county authorities"
            );
            assert_eq!(selection(None), "Municipalities and county authorities");
            assert_eq!(
                selection(Some(OrgType::Fylkeskommune)),
                "County authorities"
            );
        }
    }
}

/// Notes on a link's query: what was not understood, and what the page did.
pub mod notes {
    use super::numbers::format_integer;
    use crate::data::register::OrgType;
    use crate::state::view_state::{UrlNote, Valid};

    pub use super::super::shared::{quoted_value, MAX_NOTE_VALUE};

    /// The sentence for one note on the URL.
    pub fn url_note(note: &UrlNote) -> String {
        match note {
            UrlNote::Unknown { key, value, valid } => {
                let valid = match valid {
                    Valid::List(values) => values.as_str(),
                    Valid::FylkeNumbers => "two-digit county numbers from 2017, e.g. 12 or 03",
                    Valid::KommuneNumbers => "four-digit municipality numbers from 2017 or today, or names, e.g. 1201 or Bergen",
                    Valid::FylkeskommuneNumbers => "two-digit county numbers from 2017, or names, e.g. 12 or Hordaland",
                    Valid::AnswerColumns => "QUESTION:CODES with a question or item of the codebook, e.g. ikt_strategi:1,2 or komp_med.ikt:4,5",
                    Valid::AnswerCodes(codes) => codes.as_str(),
                };
                unknown_value(value, key, valid)
            }
            UrlNote::More(count) => more_unknown(*count),
            UrlNote::TooManyCompared { max, cut } => format!("You can compare at most {max} municipalities and county authorities at a time; the first {max} are shown, {} more were left out.", format_integer(*cut as i64)),
        }
    }

    /// A value the page ignored, with the valid values; value and key are quoted cut to length.
    pub fn unknown_value(value: &str, key: &str, valid: &str) -> String {
        let (value, key) = (quoted_value(value), quoted_value(key));
        format!("The value “{value}” for “{key}” in the web address is unknown and was ignored. Valid values: {valid}.")
    }

    /// The last line of a bounded list of notes: how many more there were.
    pub fn more_unknown(count: usize) -> String {
        match count {
            1 => "… and 1 more unknown value.".to_owned(),
            _ => format!(
                "… and {} more unknown values.",
                format_integer(count as i64)
            ),
        }
    }

    /// An organisation number that is not in the register (quoted cut to length).
    pub fn unknown_organisation(org_type: OrgType, value: &str) -> String {
        let value = quoted_value(value);
        let (noun, digits) = match org_type {
            OrgType::Kommune => ("municipality", "four-digit municipality number, e.g. 1201"),
            OrgType::Fylkeskommune => ("county authority", "two-digit county number, e.g. 12"),
        };
        format!(
            "No {noun} had the number “{value}” in 2017. Use a {digits}, or search for the name."
        )
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
            assert_eq!(url_note(&note), "The value “x” for “section” in the web address is unknown and was ignored. Valid values: kompetansebehov, strategi, effekter.");
        }
    }
}

/// The line under the filters that says whose answers are shown.
pub mod status {
    use super::nouns;
    use crate::data::register::OrgType;

    /// «Showing answers from 8 of the 240 municipalities and 3 of the 14 county authorities that
    /// answered.»: for each type,
    /// how many of those who answered are in the selection.
    pub fn shown_answers(parts: &[(usize, usize, OrgType)]) -> String {
        let parts: Vec<String> = parts
            .iter()
            .map(|&(shown, all, org_type)| {
                format!("{shown} of the {}", nouns::count(all, org_type))
            })
            .collect();
        format!(
            "Showing answers from {} that answered.",
            parts.join(" and ")
        )
    }

    /// The note when shares are weighted: each cell's response rate («små kommuner 48 % (108
    /// av 225)»); a cell without respondents is left out.
    pub fn weighted(cells: &[(String, u32, u32)]) -> String {
        let parts: Vec<String> = cells
            .iter()
            .map(|(name, n, big_n)| {
                let name = crate::text::format::with_first_letter(name, false);
                if *n == 0 {
                    format!("{name} no answers, left out and the weights spread over the others")
                } else {
                    format!(
                        "{name} {} ({n} of {big_n})",
                        super::numbers::format_percent(*n as f64 / *big_n as f64, 0)
                    )
                }
            })
            .collect();
        format!(
            "Weighted by municipality size. Response rate: {}.",
            parts.join(", ")
        )
    }
}

/// Phrases for a figure: a share with its interval and base, a count for a small base, and
/// why a figure is hidden.
pub mod phrases {
    use super::numbers::{format_percent, format_percent_range};
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::stats::figure::Figure;

    /// «88% (85–90%)».
    pub fn share_with_interval(e: &Estimate) -> String {
        format!(
            "{} ({})",
            format_percent(e.share, 0),
            format_percent_range(e.interval.lower, e.interval.upper, 0)
        )
    }

    /// «88% (85–90%, n = 235)», or «13 of 14 (93%)» for a small base.
    pub fn estimate_phrase(figure: &Figure) -> String {
        match figure {
            Figure::Count(e) => format!("{} of {} ({})", e.count, e.n, format_percent(e.share, 0)),
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
            Suppression::Empty => "no answers",
            Suppression::Primary => "too few answers to show",
            Suppression::Secondary => "hidden to protect small groups",
        }
    }

    /// «88%» or «13 of 14».
    pub fn figure_text(figure: &Figure) -> String {
        match figure {
            Figure::Count(e) => format!("{} of {}", e.count, e.n),
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
        "No municipalities or county authorities match the selection. Change the filters to see figures.";
    /// When the groups are all too small.
    pub const TOO_FEW_IN_GROUPS: &str = "too few answers in the groups";

    /// When the whole selection has too few answers.
    pub fn too_few() -> String {
        format!("Too few answers in the selection to show figures (fewer than {MIN_N} per group).")
    }

    /// «The share answering “To a large extent” is highest for “ICT skills”».
    pub fn highest_item(answer: &str, item: &str) -> String {
        format!("The share answering “{answer}” is highest for “{item}”")
    }

    /// «The share answering “Yes”».
    pub fn headline_share(answer: &str) -> String {
        format!("The share answering “{answer}”")
    }

    /// One group's figure: «municipalities 88% (85–90%, n = 235)» or «Oslo: too few answers …».
    pub fn group_figure(name: &str, figure: &Figure) -> String {
        match figure {
            Figure::Hidden(why) => format!("{name}: {}", suppression_phrase(*why)),
            shown => format!("{name} {}", estimate_phrase(shown)),
        }
    }

    /// «highest for …, lowest for …» (many groups).
    pub fn highest_and_lowest(
        highest: &str,
        lowest: &str,
        clearly_highest: bool,
        clearly_lowest: bool,
    ) -> String {
        let clearly = |yes: bool| if yes { "clearly " } else { "" };
        format!(
            "{}highest for {highest}, {}lowest for {lowest}",
            clearly(clearly_highest),
            clearly(clearly_lowest)
        )
    }

    /// After a group's figure that differs from the rest of the selection.
    pub fn differs(direction: Direction) -> &'static str {
        match direction {
            Direction::Higher => "clearly higher than the rest of the selection",
            Direction::Lower => "clearly lower than the rest of the selection",
        }
    }

    /// When groups were tested and none differs.
    pub const NO_DIFFERENCES: &str =
        "The differences between the groups are no larger than chance variation can give.";

    /// «among those who answered “Yes” 61 % (…), against 32 % (…) among those who answered “No”»
    /// (compared by an answer: the highest group against the lowest).
    pub fn contrast(high: &str, high_figure: &str, low: &str, low_figure: &str) -> String {
        format!("among those who answered “{high}” {high_figure}, against {low_figure} among those who answered “{low}”")
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

    /// Counties are named one by one up to this many, then counted («5 counties»).
    const FYLKER_NAMED: usize = 3;

    /// The compact bar: «Municipalities · Large, Medium-sized · Vestlandet — 42 answers».
    pub fn in_short(dataset: &Dataset, state: &ViewState, respondents: u32) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| c.short.get(Language::English).to_owned())
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
            parts.push("filtered by answers".to_string());
        }
        match respondents {
            1 => format!("{} — 1 answer", parts.join(" · ")),
            _ => format!("{} — {respondents} answers", parts.join(" · ")),
        }
    }

    /// The selection on downloads and print: «Municipalities; size: large; …».
    pub fn described(state: &ViewState, dataset: &Dataset) -> String {
        let mut parts = vec![nouns::selection(state.types.org_type()).to_string()];
        let sizes: Vec<String> = state
            .chosen_size_classes(dataset)
            .map(|c| to_lower(c.short.get(Language::English)))
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
            parts.push("weighted by municipality size".to_string());
        }
        parts.join("; ")
    }

    /// The chip's accessible name: «Remove the filter “Large”».
    pub fn remove_filter(label: &str) -> String {
        format!("Remove the filter “{label}”")
    }

    /// «5 counties», when too many to name.
    fn fylke_count(count: usize) -> String {
        format!("{count} counties")
    }

    const SIZE: &str = "size";
    const LANDSDEL: &str = "region";
    const FYLKE: &str = "county";

    /// «compared by region».
    fn compared_by(grouping: &Grouping, dataset: &Dataset) -> String {
        let noun = match grouping {
            Grouping::SizeClass => SIZE,
            Grouping::Landsdel => LANDSDEL,
            Grouping::Fylke => FYLKE,
            Grouping::Type => "type",
            Grouping::Answer { .. } => {
                return format!(
                    "compared by the answer to “{}”",
                    grouping_column(dataset, grouping)
                );
            }
        };
        format!("compared by {noun}")
    }
}

/// Lists in a sentence.
pub mod lists {
    /// «a», «a and b», «a, b and c» (no serial comma, as in British usage).
    pub fn join_and(parts: &[String]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn joins_with_and() {
            assert_eq!(
                join_and(&["a".into(), "b".into(), "c".into()]),
                "a, b and c"
            );
            assert_eq!(join_and(&["a".into(), "b".into()]), "a and b");
            assert_eq!(join_and(&["a".into()]), "a");
            assert_eq!(join_and(&[]), "");
        }
    }
}

/// An organisation's page: its peer groups and the sentence under each item.
pub mod organisation_sentences {
    use super::numbers::{format_percent, format_percent_range};
    use super::phrases::suppression_phrase;
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::text::format::with_first_letter;

    /// «in Vestlandet», «in Nord-Norge».
    pub fn in_landsdel(landsdel: &str) -> String {
        format!("in {landsdel}")
    }

    /// «large municipalities» (`size` as the codebook's short label).
    pub fn of_size(size: &str, noun: &str) -> String {
        format!("{} {noun}", crate::text::format::to_lower(size))
    }

    /// «municipalities in Hordaland».
    pub fn in_fylke(noun: &str, fylke: &str) -> String {
        format!("{noun} in {fylke}")
    }

    /// «municipalities in Vestlandet».
    pub fn of_landsdel(noun: &str, landsdel: &str) -> String {
        format!("{noun} {}", in_landsdel(landsdel))
    }

    /// «all municipalities».
    pub fn all(noun: &str) -> String {
        format!("all {noun}")
    }

    /// «64% (55–72%) of large municipalities», or why the figure is hidden.
    pub fn peer(label: &str, cell: &Result<Estimate, Suppression>) -> String {
        match cell {
            Ok(e) => format!(
                "{} ({}) of {label}",
                format_percent(e.share, 0),
                format_percent_range(e.interval.lower, e.interval.upper, 0)
            ),
            Err(s) => format!("{label}: {}", suppression_phrase(*s)),
        }
    }

    /// «Bergen answered “Yes”. 64% (…) of large municipalities gave the same answer.»
    pub fn own_answer(name: &str, answer: &str, peer: &str) -> String {
        format!(
            "{name} answered “{answer}”. {} gave the same answer.",
            with_first_letter(peer, true)
        )
    }

    /// «Bergen did not answer this. “To a large extent”: 64% (…) of large municipalities.»
    pub fn not_answered(name: &str, headline: &str, peer: &str) -> String {
        format!("{name} did not answer this. “{headline}”: {peer}.")
    }

    /// «“To a large extent”: 64% (…) of large municipalities.» (the organisation did not take
    /// part).
    pub fn headline_only(headline: &str, peer: &str) -> String {
        format!("“{headline}”: {peer}.")
    }
}

/// The search's notes on kommuner that changed after 2017.
pub mod search {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    /// «Bjørnafjorden (4624) in Vestland did not exist in 2017. It covers Os and Fusa, which
    /// were separate municipalities in 2017.»
    pub fn merged(name: &str, number: &str, fylke: &str, predecessors: &[String]) -> String {
        let were = match predecessors {
            [_] => "which was a separate municipality",
            _ => "which were separate municipalities",
        };
        format!(
            "{name} ({number}) in {fylke} did not exist in 2017. It covers {}, {were} in 2017.",
            join_and(predecessors)
        )
    }

    /// «Snillfjord was later divided between …».
    pub fn split(name: &str, successors: &[String]) -> String {
        format!("{name} was later divided between {}.", join_and(successors))
    }

    /// «Orkland (5059)».
    pub fn with_number(name: &str, number: &str) -> String {
        format!("{name} ({number})")
    }

    /// The second line of a hit: «Municipality in Hordaland (1201)», «County authority (12)».
    pub fn detail(org_type: OrgType, fylke: &str, id: &str) -> String {
        match org_type {
            OrgType::Kommune => format!("Municipality in {fylke} ({id})"),
            OrgType::Fylkeskommune => format!("County authority ({id})"),
        }
    }
}

/// The charts' words.
pub mod charts {
    /// After a chart's text alternative: how to reach its bars by keyboard (issue 27).
    pub const KEYS_HINT: &str =
        "The arrow keys move from bar to bar; Enter chooses the bar's group.";

    /// What a chart's values mean for a question with items: «Share answering “To a large
    /// extent”».
    pub fn share_answering(answer: &str) -> String {
        format!("Share answering “{answer}”")
    }

    /// … and for a question with one item: one bar per answer.
    pub const SHARE_PER_ANSWER: &str = "Share per answer option";

    /// A group in the legend with how many in it answered: «Large municipalities (41 answered)».
    pub fn group_with_respondents(label: &str, respondents: u32) -> String {
        format!("{label} ({respondents} answered)")
    }

    /// On an answer's bar where the group's headline share differs from the rest: «andelen «I
    /// stor grad» klart høyere enn resten av utvalget».
    pub fn headline_differs(
        headline: &str,
        direction: crate::stats::difference::Direction,
    ) -> String {
        format!(
            "the share “{headline}” {}",
            super::summary::differs(direction)
        )
    }

    /// The start of a text alternative: «Bar chart. …».
    pub fn bar_chart(rest: &str) -> String {
        format!("Bar chart. {rest}")
    }

    /// «Do you have a strategy? Share answering “Yes”.» (`question` without its end mark).
    pub fn question_and_measure(question: &str, measure: &str) -> String {
        format!("{question}? {measure}.")
    }
}

/// Downloads: the CSV's header and its last line.
pub mod downloads {
    /// The CSV's header row (semicolon-separated as the download is written today; an English
    /// download should be comma-separated with decimal points, which the export does not yet
    /// follow).
    pub const CSV_HEADER: &str =
        "question;item;group;answer_code;answer;count;n;share;ci_lower_95;ci_upper_95;population_N;note";

    /// The last line of a CSV: «Source: …. Selection: Municipalities; size: large.»
    pub fn source_and_selection(source: &str, selection: &str) -> String {
        format!("{source}. Selection: {selection}.")
    }
}

/// «Last ned mal»: the guide that goes with the template for one's own answers (issue 13).
pub mod template {
    /// The guide's first lines.
    pub const INTRO: &[&str] = &[
        "Template for your own answers to the Employer Monitor explorer",
        "",
        "The template has one line for each municipality and county authority in 2017. Fill in the answer codes of those that answered, and delete the lines of those that did not (a line without answers counts as a response with no question answered).",
        "The columns id and type must come first and must not be changed; the name is there to help you and is not read.",
        "Save it as CSV (semicolon- or comma-separated, UTF-8 or Windows-1252) or as an Excel workbook (.xlsx, the first sheet or the sheet “svar”), and open the file with “Open your own data”. The file is read only in your browser and is sent nowhere.",
        "",
        "Answer codes per column (an empty cell: not answered or not asked):",
    ];

    pub use super::super::shared::column_line;
}

/// The maps: the choice, the legend, what a region says on hover, the text alternative and
/// the credit line.
pub mod maps {
    use super::numbers::format_integer;
    use super::phrases::estimate_phrase;
    use crate::stats::aggregate::{Estimate, Suppression};
    use crate::stats::figure::Figure;

    pub const CONTROL_LABEL: &str = "Map";
    pub const CHOICE_NONE: &str = "No map";
    pub const CHOICE_FYLKE: &str = "Share per county";
    pub const CHOICE_KOMMUNE: &str = "Answer per municipality";
    pub const ITEM_LABEL: &str = "Item on the map";
    pub const CREDIT: &str = "Map data: Kartverket (simplified)";
    pub const LOADING: &str = "Loading the map …";
    pub const FAILED: &str =
        "The map could not be loaded. The figures are in the table; try again when you are online.";
    pub const BROKEN: &str = "The map file is damaged; build the page again.";
    pub const CLICK_HINT: &str = "Select a municipality to see its own answers.";
    pub const LEGEND_TOO_FEW: &str = "Too few answers (:)";
    pub const LEGEND_NONE: &str = "None in the selection";
    pub const LEGEND_BLANK: &str = "Did not answer the question";
    pub const LEGEND_NOT_RESPONDED: &str = "Did not take part in the survey";
    pub const LEGEND_OUTSIDE: &str = "Outside the selection";
    pub const LEGEND_NO_FYLKESKOMMUNE: &str = "No county authority";
    pub const DOWNLOAD_PNG: &str = "Download map (PNG)";
    pub const DOWNLOAD_SVG: &str = "Download map (SVG)";

    /// A kommune's title on the comparison's map: «Bergen – chosen», «Moss – did not take part in the survey».
    pub fn pick_title(name: &str, chosen: bool, took_part: bool) -> String {
        match (chosen, took_part) {
            (true, _) => format!("{name} – chosen"),
            (false, false) => format!("{name} – did not take part in the survey"),
            (false, true) => name.to_string(),
        }
    }

    /// The locator map's text alternative: «Map: Bergen, in Hordaland».
    /// “Map: Bergen, Oslo and Hordaland county authority”.
    pub fn locator_many_text(names: &[String]) -> String {
        format!("Map: {}", super::lists::join_and(names))
    }

    pub fn locator_text(name: &str, fylke: &str) -> String {
        if name.contains(fylke) {
            format!("Map: {name}")
        } else {
            format!("Map: {name}, in {fylke}")
        }
    }

    /// A legend class of shares: «40–60%».
    pub fn share_bin(lower: u32, upper: u32) -> String {
        format!("{lower}–{upper}%")
    }

    /// What a region of the share map says: «Hordaland: 64% (55–72%, n = 33)».
    pub fn share_region(name: &str, cell: &Result<Estimate, Suppression>) -> String {
        format!("{name}: {}", estimate_phrase(&Figure::of(*cell)))
    }

    /// «Bergen: To a large extent».
    pub fn own_region(name: &str, answer: &str) -> String {
        format!("{name}: {answer}")
    }

    /// The map's heading line: «Share answering “To a large extent”, per county».
    pub fn share_title(headline: &str) -> String {
        format!("Share answering “{headline}”, per county")
    }

    /// «Each municipality's answer» / «Each county authority's answer».
    pub fn own_title(fylkeskommuner: bool) -> &'static str {
        if fylkeskommuner {
            "Each county authority's answer"
        } else {
            "Each municipality's answer"
        }
    }

    /// The text alternative of a share map: «Map. Share answering “Yes”, per county. Highest
    /// in Hordaland: …; lowest in Finnmark: …. 4 counties are not shown …»
    pub fn share_alternative(
        title: &str,
        highest: Option<String>,
        lowest: Option<String>,
        hidden: usize,
    ) -> String {
        let mut text = format!("Map. {title}.");
        if let (Some(high), Some(low)) = (highest, lowest) {
            text.push_str(&format!(" Highest in {high}; lowest in {low}."));
        }
        match hidden {
            0 => {}
            1 => {
                text.push_str(" 1 county is not shown (too few answers or none in the selection).")
            }
            _ => text.push_str(&format!(
                " {hidden} counties are not shown (too few answers or none in the selection)."
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
        format!("Map. {title}. {}.", parts.join("; "))
    }
}

/// “Compare municipalities” (issue 24): the view's words and its sentence per question, built
/// from clauses (`render::comparison_text` puts them together).
pub mod comparison {
    use super::lists::join_and;
    use crate::data::register::OrgType;

    pub const HEADING: &str = "Compare municipalities";
    pub const INTRO: &str = "The answers of the municipalities and county authorities you chose, side by side, with the share giving the same answer in the whole country as the reference.";
    pub const ADD: &str = "Add to the comparison";
    pub const COMPARE_WITH: &str = "Compare with …";
    pub const PICK_HINT: &str = "Click a municipality on the map to add or remove it.";
    pub const CHOSEN: &str = "Chosen for the comparison";
    pub const ADD_MORE: &str = "Add at least one more municipality or county authority to compare.";
    pub const FULL: &str =
        "You are comparing six, the most there can be. Remove one to add another.";
    pub const SUGGESTIONS_PEERS: &str = "Same county and size";
    pub const SUGGESTIONS_NEIGHBOURS: &str = "Neighbours on the map";
    pub const SUGGESTIONS_LANDSDEL: &str = "Same region";
    pub const SUGGESTIONS_HEADING: &str = "Suggestions";
    pub const ORGANISATION: &str = "Municipality or county authority";
    pub const ANSWER: &str = "Answer";
    pub const NOT_PARTICIPATING: &str = "did not take part in the survey";
    pub const BLANK: &str = "did not answer the question";
    pub const DEMO: &str = "Demo data: the answers of these organisations are synthetic, not the real answers from 2017.";
    pub const OPEN: &str = "Open the comparison";
    pub const LOADING: &str = "Loading the comparison …";
    pub const UNAVAILABLE: &str = "The comparison could not be loaded. Are you offline? It is stored on this device the first time it is shown.";
    pub const CSV_NAME: &str = "comparison";
    /// The CSV's first columns, and the ending of an item's label column.
    pub const CSV_HEAD: [&str; 3] = ["number", "type", "name"];
    pub const CSV_TEXT_SUFFIX: &str = "_text";

    /// “Remove Bergen from the comparison”.
    pub fn remove(name: &str) -> String {
        format!("Remove {name} from the comparison")
    }

    /// The compared, named in print (where the chips are hidden): «Compared: Bergen og Oslo.»
    pub fn compared_line(names: &[String]) -> String {
        format!("Compared: {}.", join_and(names))
    }

    /// A suggestion's link: «Sammenlign Bergen med Os».
    pub fn compare_pair(name: &str, other: &str) -> String {
        format!("Compare {name} with {other}")
    }

    /// “all municipalities”, “all county authorities”, “the whole country”.
    pub fn reference_scope(org_type: Option<OrgType>) -> &'static str {
        match org_type {
            Some(OrgType::Kommune) => "all municipalities",
            Some(OrgType::Fylkeskommune) => "all county authorities",
            None => "the whole country",
        }
    }

    /// «in the whole country», or «among …» the reference scope.
    fn reference_place(org_type: Option<OrgType>) -> String {
        match org_type {
            None => "in the whole country".to_string(),
            Some(_) => format!("among {}", reference_scope(org_type)),
        }
    }

    /// “All municipalities: To a great extent”.
    pub fn reference_head(org_type: Option<OrgType>, headline: &str) -> String {
        crate::text::format::with_first_letter(
            &format!("{}: {headline}", reference_scope(org_type)),
            true,
        )
    }

    /// “Your selection: To a great extent”.
    pub fn filtered_head(headline: &str) -> String {
        format!("Your selection: {headline}")
    }

    /// “Bergen and Oslo answer “To a very great extent””.
    pub fn answered_first(names: &[String], label: &str) -> String {
        format!(
            "{} answer{} “{label}”",
            join_and(names),
            if names.len() == 1 { "s" } else { "" }
        )
    }

    /// “Trondheim “To a fairly great extent””.
    pub fn answered_next(names: &[String], label: &str) -> String {
        format!("{} “{label}”", join_and(names))
    }

    /// “Moss did not take part in the survey”.
    pub fn not_participating(names: &[String]) -> String {
        format!("{} did not take part in the survey", join_and(names))
    }

    /// “Asker did not answer the question”.
    pub fn blank(names: &[String]) -> String {
        format!("{} did not answer the question", join_and(names))
    }

    /// “Bergen answers “To a great extent” to 4 of 5 sub-questions”.
    pub fn items_first(name: &str, count: usize, total: usize, headline: &str) -> String {
        format!("{name} answers “{headline}” to {count} of {total} sub-questions")
    }

    /// “Oslo to 2 of 5”.
    pub fn items_next(name: &str, count: usize, total: usize) -> String {
        format!("{name} to {count} of {total}")
    }

    /// “in the whole country 66 % answer “To a great extent””.
    pub fn reference(org_type: Option<OrgType>, figure: &str, headline: &str) -> String {
        let scope = reference_place(org_type);
        format!("{scope} {figure} answer “{headline}”")
    }

    /// “among all municipalities between 40 % and 75 % answer “To a great extent” to the
    /// individual sub-questions”.
    pub fn reference_range(
        org_type: Option<OrgType>,
        low: &str,
        high: &str,
        headline: &str,
    ) -> String {
        let scope = reference_place(org_type);
        format!(
            "{scope} between {low} and {high} answer “{headline}” to the individual sub-questions"
        )
    }

    /// “in your selection 60 %”.
    pub fn filtered(figure: &str) -> String {
        format!("in your selection {figure}")
    }
}

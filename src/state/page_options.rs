//! Page options that are not filters: embedding in another site (`embed=1`, with `section=`,
//! `plain=1`), the colour scheme (`dark=auto|true|false`) and the language
//! (`lang=nb|nn|en`), read from and written back to the URL. The «Bygg inn» snippet is in
//! `render::embed_snippet`.

use crate::data::codebook::Language;
use crate::state::view_state::{UrlNote, UrlNotes, Valid};
use crate::text::url_query::{encode, parse_pairs};

/// The namespaced message the embedded page sends its host: `{ type, height }`.
pub const HEIGHT_MESSAGE: &str = "arbeidsgivermonitor:height";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scheme {
    /// Follows the reader's system setting.
    #[default]
    Auto,
    Dark,
    Light,
}

impl Scheme {
    fn key(self) -> &'static str {
        match self {
            Scheme::Auto => "auto",
            Scheme::Dark => "true",
            Scheme::Light => "false",
        }
    }

    /// Whether to show the dark scheme, given the reader's system setting.
    pub fn is_dark(self, system_prefers_dark: bool) -> bool {
        match self {
            Scheme::Auto => system_prefers_dark,
            Scheme::Dark => true,
            Scheme::Light => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageOptions {
    /// Shown inside another site: only the chosen view, without the page's header, search,
    /// navigation, «Om dataene» and footer.
    pub embed: bool,
    /// In an embed: only this section (a theme id).
    pub section: Option<String>,
    /// In an embed: without the filter panel (the selection is still stated above the figures).
    pub plain: bool,
    pub scheme: Scheme,
    /// The language the URL asks for (`lang=`; bokmål without). The page's loader starts the
    /// build of that language (scripts/post-build.mjs).
    pub language: Language,
}

const KEYS: [&str; 5] = ["embed", "section", "plain", "dark", "lang"];

/// The embed rule, which `web/embed.js` applies too (before the app has loaded, to mark the page
/// and send its height): the page is embedded when any `embed` parameter, decoded as
/// `URLSearchParams` decodes it and stripped of ASCII whitespace, is `1` or `true`. Both sides
/// are tested against the same cases (`tests/embed_rule_cases.json`).
pub const EMBED_RULE: [&str; 2] = ["1", "true"];

/// The language rule, which the page's loader applies too (it starts the build of that language,
/// `pageLanguage` in `scripts/post-build.mjs`): the page's language is the one named by the last
/// `lang` parameter whose value, decoded as `URLSearchParams` decodes it and stripped of ASCII
/// whitespace, is one of these codes; bokmål when none is. Every other `lang` value gets a note.
/// Both sides are tested against the same cases (`tests/lang_rule_cases.json`).
pub const LANGUAGE_RULE: [&str; 3] = ["nb", "nn", "en"];

impl PageOptions {
    /// Reads the options; bad values are dropped with a note. `sections` are the theme ids.
    pub fn from_query(query: &str, sections: &[&str]) -> (PageOptions, Vec<UrlNote>) {
        let mut options = PageOptions::default();
        let mut notes = UrlNotes::default();
        for (key, value) in parse_pairs(query) {
            if !KEYS.contains(&key.as_str()) {
                continue;
            }
            // ASCII whitespace only, as web/embed.js trims (the shared rule, EMBED_RULE).
            let value = value
                .trim_matches(|c: char| c.is_ascii_whitespace())
                .to_string();
            let valid = match (key.as_str(), value.as_str()) {
                ("embed", v) if EMBED_RULE.contains(&v) => {
                    options.embed = true;
                    true
                }
                ("plain", "1" | "true") => {
                    options.plain = true;
                    true
                }
                ("embed" | "plain", "0" | "false") => true,
                ("dark", "auto" | "1" | "true" | "0" | "false") => {
                    options.scheme = match value.as_str() {
                        "auto" => Scheme::Auto,
                        "1" | "true" => Scheme::Dark,
                        _ => Scheme::Light,
                    };
                    true
                }
                ("section", v) if sections.contains(&v) => {
                    options.section = Some(value.clone());
                    true
                }
                ("lang", v) => match Language::from_code(v) {
                    Some(language) => {
                        options.language = language;
                        true
                    }
                    None => false,
                },
                _ => false,
            };
            if !valid {
                let choices = match key.as_str() {
                    "section" => sections.join(", "),
                    "dark" => "auto, true, false".to_string(),
                    "lang" => Language::ALL.map(Language::code).join(", "),
                    _ => "1, 0".to_string(),
                };
                notes.unknown(&key, &value, Valid::List(choices));
            }
        }
        (options, notes.finish())
    }

    /// The options as query parameters (empty when all are defaults), to follow the filters.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.embed {
            parts.push("embed=1".to_string());
            if let Some(section) = &self.section {
                parts.push(format!("section={}", encode(section)));
            }
            if self.plain {
                parts.push("plain=1".to_string());
            }
        }
        if self.scheme != Scheme::Auto {
            parts.push(format!("dark={}", self.scheme.key()));
        }
        if self.language != Language::Bokmal {
            parts.push(format!("lang={}", self.language.code()));
        }
        parts.join("&")
    }

    /// The link back to the overview from an organisation's page or a note: in an embed it
    /// stays embedded (with its section, `plain` and colour scheme), as any link inside does.
    pub fn overview_href(&self) -> String {
        format!("?{}", self.to_query())
    }

    /// `query` (a page's URL query, without «?») with the language set to `language`: the
    /// language switch's links, which keep the filters and every other option.
    pub fn with_language(query: &str, language: Language) -> String {
        let mut parts: Vec<String> = query
            .split('&')
            .filter(|part| !part.is_empty() && part.split('=').next() != Some("lang"))
            .map(str::to_owned)
            .collect();
        if language != Language::Bokmal {
            parts.push(format!("lang={}", language.code()));
        }
        format!("?{}", parts.join("&"))
    }

    /// Whether the page shows section `id`.
    pub fn shows_section(&self, id: &str) -> bool {
        !self.embed || self.section.as_deref().is_none_or(|s| s == id)
    }
}

/// A question's link to give to someone else (issue 27 §4, «Kopier lenke»), a stable form:
/// `PAGE?QUERY#q-QID`, the `?` left out when nothing is kept. QUERY is the page's query without
/// the options of this reader or this embed (`embed`, `section`, `plain`, `dark`): the filters
/// and the language are kept, so the link opens the explorer itself with the same selection, at
/// the question (an anchor draws every question at once).
pub fn shared_link(page: &str, query: &str, qid: &str) -> String {
    let mut link = page.to_owned();
    let mut separator = '?';
    for part in query.split('&') {
        let key = part.split('=').next().unwrap_or_default();
        // The page options but the language (`KEYS`) stay behind.
        if !part.is_empty() && (key == "lang" || !KEYS.contains(&key)) {
            link.push(separator);
            link.push_str(part);
            separator = '&';
        }
    }
    link + "#q-" + qid
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECTIONS: [&str; 3] = ["kompetansebehov", "strategi", "effekter"];

    #[test]
    fn a_shared_link_keeps_the_filters_and_the_language_only() {
        // (page, query, question, link)
        let cases = [
            (
                "https://ks.no/agm/",
                "embed=1&type=kommune&section=effekter&split=fylke&plain=1&dark=true&lang=en",
                "dig_effekt",
                "https://ks.no/agm/?type=kommune&split=fylke&lang=en#q-dig_effekt",
            ),
            (
                "https://ks.no/agm/",
                "",
                "kompbehov",
                "https://ks.no/agm/#q-kompbehov",
            ),
            ("http://x/", "embed=1&dark=false", "q", "http://x/#q-q"),
            (
                "http://x/",
                "svar=ikt_strat:1,2&vekt=1&kart=fylke",
                "q",
                "http://x/?svar=ikt_strat:1,2&vekt=1&kart=fylke#q-q",
            ),
            // A key that only begins like an option is kept.
            ("http://x/", "darker=1", "q", "http://x/?darker=1#q-q"),
        ];
        for (page, query, qid, link) in cases {
            assert_eq!(shared_link(page, query, qid), link, "{query}");
        }
    }

    #[test]
    fn the_language_is_read_kept_and_switched() {
        let (o, notes) = PageOptions::from_query("type=kommune&lang=nn", &SECTIONS);
        assert!(notes.is_empty());
        assert_eq!(o.language, Language::Nynorsk);
        assert_eq!(o.overview_href(), "?lang=nn");
        let (embedded, _) = PageOptions::from_query("embed=1&lang=en&dark=true", &SECTIONS);
        assert_eq!(embedded.to_query(), "embed=1&dark=true&lang=en");
        let (unknown, notes) = PageOptions::from_query("lang=se", &SECTIONS);
        assert_eq!(unknown.language, Language::Bokmal);
        assert_eq!(notes.len(), 1);
        assert_eq!(
            PageOptions::with_language("type=kommune&lang=nn&size=small", Language::English),
            "?type=kommune&size=small&lang=en"
        );
        assert_eq!(
            PageOptions::with_language("type=kommune&lang=en", Language::Bokmal),
            "?type=kommune"
        );
        assert_eq!(
            PageOptions::with_language("", Language::Nynorsk),
            "?lang=nn"
        );
        // A parameter whose name only starts with «lang» is kept.
        assert_eq!(
            PageOptions::with_language("language=x", Language::Bokmal),
            "?language=x"
        );
    }

    #[test]
    fn links_to_the_overview_keep_the_embed_options() {
        let (o, _) = PageOptions::from_query(
            "kommune=1201&embed=%31&section=effekter&plain=1&dark=false",
            &SECTIONS,
        );
        assert_eq!(
            o.overview_href(),
            "?embed=1&section=effekter&plain=1&dark=false"
        );
        assert_eq!(PageOptions::default().overview_href(), "?");
        let (dark, _) = PageOptions::from_query("kommune=1201&dark=true", &SECTIONS);
        assert_eq!(dark.overview_href(), "?dark=true");
    }

    #[test]
    fn reads_and_writes_the_options() {
        let (o, notes) = PageOptions::from_query(
            "type=kommune&embed=1&section=effekter&plain=1&dark=true",
            &SECTIONS,
        );
        assert!(notes.is_empty());
        assert_eq!(
            o,
            PageOptions {
                embed: true,
                section: Some("effekter".into()),
                plain: true,
                scheme: Scheme::Dark,
                language: Language::Bokmal,
            }
        );
        assert_eq!(o.to_query(), "embed=1&section=effekter&plain=1&dark=true");
        assert!(o.shows_section("effekter") && !o.shows_section("strategi"));
        assert_eq!(PageOptions::from_query(&o.to_query(), &SECTIONS).0, o);

        let (o, notes) = PageOptions::from_query("embed=ja&section=x&dark=blue&plain=2", &SECTIONS);
        assert_eq!(o, PageOptions::default());
        assert_eq!(notes.len(), 4);
        assert_eq!(
            notes[1],
            UrlNote::Unknown {
                key: "section".into(),
                value: "x".into(),
                valid: Valid::List("kompetansebehov, strategi, effekter".into())
            }
        );
        assert_eq!(o.to_query(), "");
        assert!(o.shows_section("strategi"));
        // Outside an embed, section and plain are not written back; dark is.
        let o = PageOptions {
            section: Some("strategi".into()),
            plain: true,
            scheme: Scheme::Light,
            ..PageOptions::default()
        };
        assert_eq!(o.to_query(), "dark=false");
        assert!(
            Scheme::Auto.is_dark(true)
                && !Scheme::Auto.is_dark(false)
                && !Scheme::Light.is_dark(true)
        );
    }
}

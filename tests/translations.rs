//! The codebook's nynorsk and English labels (issue 14): every label has both, each in its own
//! language (no bokmål forms in nynorsk, no Norwegian in English), with the numbers of the
//! bokmål label in the language's own form; and a page built for one language keeps only its
//! labels and bokmål's.

use arbeidsgivermonitor::data::codebook::{Codebook, Language, Text};
use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};

/// Bokmål forms that nynorsk writes otherwise (nynorsk: ikkje, kva, de/dykk, følgjande, betre,
/// auka, medarbeidarar, kommunar, innbyggjarar, tenester, leiarar, leiing, sjølv, heile,
/// nokon, effektar, ein, fleire, delar, aktørar, seier, vedteken, tilsette, åra).
const BOKMAL_ONLY: &[&str] = &[
    "ikke",
    "hvilken",
    "hva",
    "dere",
    "følgende",
    "bedre",
    "økt",
    "medarbeiderne",
    "medarbeidere",
    "kommuner",
    "innbyggere",
    "innbyggerne",
    "tjenester",
    "tjenestene",
    "tjenestetilbudet",
    "ledere",
    "lederne",
    "ledelse",
    "ledelsen",
    "selvbetjening",
    "hele",
    "noen",
    "effekter",
    "en",
    "flere",
    "deler",
    "aktører",
    "sier",
    "vedtatt",
    "ansatte",
    "årene",
    "nyansettelser",
    "dekke",
    "forenklet",
    "endret",
];

/// Norwegian words an English label would only have by mistake.
const NORWEGIAN: &[&str] = &[
    "og", "av", "ikke", "grad", "har", "er", "kommune", "kommuner", "til",
];

/// The codebook of `data/` with every language (the page's snapshot keeps only its own).
fn codebook() -> Codebook {
    Dataset::parse(&DataFiles::FULL).unwrap().codebook
}

/// The words of a text, file names and paths («data/kommuner_2017.csv») left out.
fn words(text: &str) -> Vec<String> {
    let is_path =
        |token: &&str| token.contains('/') || token.contains(".csv") || token.contains(".json");
    let text: Vec<&str> = text.split_whitespace().filter(|t| !is_path(t)).collect();
    text.join(" ")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit() && c != ' ' && c != ',')
        .map(|n| n.trim().to_owned())
        .filter(|n| n.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

#[test]
fn every_label_has_nynorsk_and_english() {
    let mut codebook = codebook();
    let texts = codebook.texts_mut();
    assert_eq!(texts.len(), 80);
    for text in texts {
        let Text { nb, nn, en } = &*text;
        for translated in [nn, en] {
            let translated = translated
                .as_deref()
                .unwrap_or_else(|| panic!("«{nb}» lacks a translation"));
            assert!(
                !translated.is_empty() && translated.trim() == translated,
                "«{translated}»"
            );
        }
    }
}

#[test]
fn nynorsk_labels_have_no_bokmal_forms() {
    let mut codebook = codebook();
    for text in codebook.texts_mut() {
        let nn = text.nn.as_deref().unwrap();
        for word in words(nn) {
            assert!(!BOKMAL_ONLY.contains(&word.as_str()), "«{word}» in «{nn}»");
        }
    }
    // Nynorsk's own forms where bokmål differs.
    let grad5 = codebook.scales.iter().find(|s| s.id == "GRAD5").unwrap();
    let labels: Vec<&str> = grad5
        .codes
        .iter()
        .map(|c| c.label.get(Language::Nynorsk))
        .collect();
    assert_eq!(labels[2], "I nokon grad");
    assert_eq!(labels[5], "Veit ikkje");
    assert_eq!(
        codebook.size_classes[0].label.get(Language::Nynorsk),
        "Små kommunar (under 5 000 innbyggjarar)"
    );
}

#[test]
fn english_labels_have_no_norwegian() {
    let mut codebook = codebook();
    for text in codebook.texts_mut() {
        let en = text.en.as_deref().unwrap();
        // The survey keeps its Norwegian name, explained in English after it.
        let explained = en.strip_prefix(text.nb.as_str()).unwrap_or(en);
        assert!(
            !explained.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']),
            "«{en}»"
        );
        for word in words(explained) {
            assert!(!NORWEGIAN.contains(&word.as_str()), "«{word}» in «{en}»");
        }
    }
}

#[test]
fn numbers_keep_their_value_in_each_languages_form() {
    let mut codebook = codebook();
    for text in codebook.texts_mut() {
        let nb = numbers(&text.nb);
        assert_eq!(numbers(text.nn.as_deref().unwrap()), nb, "«{}»", text.nb);
        // English groups thousands with a comma: «5 000» → «5,000».
        let en: Vec<String> = nb.iter().map(|n| n.replace(' ', ",")).collect();
        assert_eq!(numbers(text.en.as_deref().unwrap()), en, "«{}»", text.nb);
    }
    let en: Vec<&str> = codebook
        .size_classes
        .iter()
        .map(|c| c.label.get(Language::English))
        .collect();
    assert_eq!(
        en,
        [
            "Small municipalities (under 5,000 inhabitants)",
            "Medium-sized municipalities (5,000–19,999 inhabitants)",
            "Large municipalities (20,000 inhabitants or more)"
        ]
    );
}

#[test]
fn a_page_for_one_language_keeps_only_its_labels_and_bokmal() {
    let mut nynorsk = codebook();
    nynorsk.keep_language(Language::Nynorsk);
    for text in nynorsk.texts_mut() {
        assert!(text.nn.is_some() && text.en.is_none(), "{text:?}");
    }
    assert_eq!(
        nynorsk.themes[4].title.get(Language::Nynorsk),
        "Effektar av digitalisering"
    );
    assert_eq!(
        nynorsk.themes[4].title.get(Language::English),
        "Effekter av digitalisering"
    );
    let mut bokmal = codebook();
    bokmal.keep_language(Language::Bokmal);
    for text in bokmal.texts_mut() {
        assert_eq!((&text.nn, &text.en), (&None, &None));
    }
    let mut english = codebook();
    english.keep_language(Language::English);
    assert_eq!(
        english.questions[0].items[0].label.get(Language::English),
        "ICT skills/digital competence"
    );
    assert_eq!(english.questions[0].items[0].label.nn, None);
}

/// The public items of a wording module file, as «module::item» (rustfmt's layout: a module's
/// items four spaces in), leaving out the modules named in `later`.
fn items(path: &str, later: &[&str]) -> std::collections::BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut module = String::new();
    let mut found = std::collections::BTreeSet::new();
    for line in text.lines() {
        let top = line
            .strip_prefix("pub mod ")
            .and_then(|l| l.strip_suffix(" {"));
        if let Some(name) = top {
            module = name.to_owned();
            continue;
        }
        // A private helper module of one language (English's number forms).
        if line.starts_with("mod ") && line.ends_with(" {") {
            module = String::new();
            continue;
        }
        let Some(rest) = line.strip_prefix("    pub ") else {
            continue;
        };
        if module.is_empty() {
            continue;
        }
        let name: String = rest
            .split_whitespace()
            .nth(1)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        found.insert(format!("{module}::{name}"));
    }
    for line in text.lines() {
        if let Some(name) = line
            .strip_prefix("pub mod ")
            .and_then(|l| l.strip_suffix(';'))
        {
            if !later.contains(&name) {
                found.insert(format!("{name} (file)"));
            }
        }
    }
    found
}

/// The top-level public items of a wording file without modules (a data file's faults,
/// «Åpne egne data»).
fn file_items(path: &str) -> std::collections::BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|line| line.strip_prefix("pub "))
        .filter_map(|rest| rest.split_whitespace().nth(1))
        .map(|name| {
            name.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn the_nynorsk_and_english_wording_have_every_item_of_bokmals() {
    let bokmal = items("src/wording/nb.rs", &[]);
    assert!(bokmal.len() > 150, "{}", bokmal.len());
    assert_eq!(items("src/wording/nn.rs", &[]), bokmal);
    assert_eq!(items("src/wording/en.rs", &[]), bokmal);
    for file in ["data_errors.rs", "own_data.rs"] {
        let bokmal = file_items(&format!("src/wording/nb/{file}"));
        assert!(bokmal.len() > 3, "{file}");
        for language in ["nn", "en"] {
            assert_eq!(
                file_items(&format!("src/wording/{language}/{file}")),
                bokmal,
                "{language}/{file}"
            );
        }
    }
}

mod nynorsk_sentences {
    use arbeidsgivermonitor::data::register::OrgType;
    use arbeidsgivermonitor::stats::aggregate::{Estimate, Suppression};
    use arbeidsgivermonitor::stats::figure::Figure;
    use arbeidsgivermonitor::wording::nn;

    /// The figure the model decides for `count` of `n` (a count below 30 answers).
    fn estimate(count: u32, n: u32) -> Figure {
        Figure::of(Ok(Estimate::new(count, n, n).unwrap()))
    }

    #[test]
    fn nouns_take_nynorsk_plural_and_definite_forms() {
        assert_eq!(nn::nouns::plural(OrgType::Kommune), "kommunar");
        assert_eq!(nn::nouns::plural_definite(OrgType::Kommune), "kommunane");
        assert_eq!(nn::nouns::size_group("Små"), "Små kommunar");
        assert_eq!(
            nn::key_figures::lead_sentence(
                &estimate(13, 14),
                OrgType::Fylkeskommune,
                "har ein strategi for å dekkje kompetansebehovet"
            ),
            "13 av 14 fylkeskommunar har ein strategi for å dekkje kompetansebehovet."
        );
        assert_eq!(
            nn::key_figures::follow_sentence(&estimate(13, 14), OrgType::Fylkeskommune),
            "Blant fylkeskommunane gjeld det 13 av 14."
        );
        assert_eq!(
            nn::key_figures::hidden_sentence(Suppression::Primary, OrgType::Kommune, 40),
            "For få kommunar i utvalet har svart til at tal kan visast (færre enn 3)."
        );
    }

    #[test]
    fn one_fylke_and_several_take_their_own_verb_forms() {
        let one = nn::maps::share_alternative("Del som svarer «Ja», per fylke", None, None, 1);
        assert_eq!(
            one,
            "Kart. Del som svarer «Ja», per fylke. 1 fylke blir ikkje vist (for få svar eller ingen i utvalet)."
        );
        let four = nn::maps::share_alternative("T", None, None, 4);
        assert!(four.ends_with(" 4 fylke blir ikkje viste (for få svar eller ingen i utvalet)."));
        let bokmal = arbeidsgivermonitor::wording::nb::maps::share_alternative("T", None, None, 1);
        assert_eq!(
            bokmal,
            "Kart. T. 1 fylke vises ikke (for få svar eller ingen i utvalget)."
        );
    }

    #[test]
    fn the_search_names_a_merged_kommune_without_a_gendered_pronoun() {
        assert_eq!(
            nn::search::merged("Bjørnafjorden", "4624", "Vestland", &["Os".into(), "Fusa".into()]),
            "Bjørnafjorden (4624) i Vestland fanst ikkje i 2017. Kommunen omfattar Os og Fusa, som var eigne kommunar i 2017."
        );
    }
}

/// The string literals of a source file (simple: no raw strings in the wording modules).
fn literals(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut found = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut literal = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => break,
                _ => literal.push(c),
            }
        }
        found.push(literal);
    }
    found
}

#[test]
fn the_nynorsk_wording_has_no_bokmal_forms() {
    // The one literal that quotes the page's own URL values (section ids are bokmål words).
    let url_values = "kompetansebehov, strategi, effekter";
    let checked: Vec<String> = [
        "src/wording/nn.rs",
        "src/wording/nn/data_errors.rs",
        "src/wording/nn/own_data.rs",
    ]
    .into_iter()
    .flat_map(literals)
    .filter(|l| !l.contains(url_values))
    .collect();
    assert!(checked.len() > 150, "{}", checked.len());
    for literal in &checked {
        for word in words(literal) {
            assert!(
                !BOKMAL_ONLY.contains(&word.as_str()),
                "«{word}» in «{literal}»"
            );
        }
    }
    // The check finds a bokmål form where one is.
    assert!(words("Ingen kommuner i utvalget")
        .iter()
        .any(|w| BOKMAL_ONLY.contains(&w.as_str())));
}

mod english_sentences {
    use arbeidsgivermonitor::data::register::OrgType;
    use arbeidsgivermonitor::stats::aggregate::Estimate;
    use arbeidsgivermonitor::stats::figure::Figure;
    use arbeidsgivermonitor::wording::en;

    /// The figure the model decides for `count` of `n` (a count below 30 answers).
    fn estimate(count: u32, n: u32) -> Figure {
        Figure::of(Ok(Estimate::new(count, n, n).unwrap()))
    }

    #[test]
    fn the_verb_agrees_with_one_and_with_many() {
        let predicate = "have a strategy for meeting their competence needs";
        let lead = |count, n, org_type, predicate| {
            en::key_figures::lead_sentence(&estimate(count, n), org_type, predicate)
        };
        assert_eq!(
            lead(13, 14, OrgType::Fylkeskommune, predicate),
            "13 of 14 county authorities have a strategy for meeting their competence needs."
        );
        assert_eq!(
            lead(1, 14, OrgType::Fylkeskommune, predicate),
            "1 of 14 county authorities has a strategy for meeting their competence needs."
        );
        assert_eq!(
            lead(1, 4, OrgType::Fylkeskommune, "say that their leadership gives digitalisation high priority"),
            "1 of 4 county authorities says that their leadership gives digitalisation high priority."
        );
        assert_eq!(
            lead(200, 240, OrgType::Kommune, predicate),
            "83% of the municipalities have a strategy for meeting their competence needs."
        );
    }

    #[test]
    fn numbers_plurals_and_lists_are_english() {
        assert_eq!(
            en::phrases::estimate_phrase(&estimate(13, 14)),
            "13 of 14 (93%)"
        );
        assert_eq!(en::maps::share_bin(40, 60), "40–60%");
        let hidden = |count| en::maps::share_alternative("T", None, None, count);
        assert_eq!(
            hidden(1),
            "Map. T. 1 county is not shown (too few answers or none in the selection)."
        );
        assert_eq!(
            hidden(2),
            "Map. T. 2 counties are not shown (too few answers or none in the selection)."
        );
        assert_eq!(en::notes::more_unknown(1), "… and 1 more unknown value.");
        assert_eq!(
            en::notes::more_unknown(1200),
            "… and 1,200 more unknown values."
        );
        assert_eq!(
            en::lists::join_and(&["Os".into(), "Fusa".into(), "Bergen".into()]),
            "Os, Fusa and Bergen"
        );
        assert_eq!(
            en::search::merged("Bjørnafjorden", "4624", "Vestland", &["Os".into(), "Fusa".into()]),
            "Bjørnafjorden (4624) in Vestland did not exist in 2017. It covers Os and Fusa, which were separate municipalities in 2017."
        );
        assert_eq!(
            en::status::shown_answers(&[(8, 240, OrgType::Kommune)]),
            "Showing answers from 8 of the 240 municipalities that answered."
        );
        assert_eq!(en::nouns::size_group("Small"), "Small municipalities");
    }
}

#[test]
fn the_english_wording_has_no_norwegian() {
    // Norwegian words that are not also English ones.
    let norwegian = [
        "og", "ikke", "av", "er", "har", "kommuner", "svarte", "utvalget", "tall", "andel",
        "fylker", "eller",
    ];
    let checked: Vec<String> = [
        "src/wording/en.rs",
        "src/wording/en/data_errors.rs",
        "src/wording/en/own_data.rs",
    ]
    .into_iter()
    .flat_map(literals)
    .collect();
    assert!(checked.len() > 150, "{}", checked.len());
    for literal in &checked {
        // The survey's and KS's article's Norwegian names, given as names.
        if literal.contains("Kommunesektorens arbeidsgivermonitor") {
            continue;
        }
        assert!(
            !literal.contains(['æ', 'ø', 'å', 'Æ', 'Ø', 'Å']),
            "«{literal}»"
        );
        for word in words(literal) {
            assert!(
                !norwegian.contains(&word.as_str()),
                "«{word}» in «{literal}»"
            );
        }
    }
}

mod counts {
    use arbeidsgivermonitor::data::register::OrgType::{Fylkeskommune, Kommune};
    use arbeidsgivermonitor::stats::aggregate::Estimate;
    use arbeidsgivermonitor::wording::{en, nb, nn};

    #[test]
    fn one_organisation_is_singular_in_every_language() {
        assert_eq!(nb::nouns::count(1, Kommune), "1 kommune");
        assert_eq!(nb::nouns::count(2, Kommune), "2 kommuner");
        assert_eq!(nn::nouns::count(1, Kommune), "1 kommune");
        assert_eq!(nn::nouns::count(2, Kommune), "2 kommunar");
        assert_eq!(en::nouns::count(1, Kommune), "1 municipality");
        assert_eq!(
            en::nouns::count(1_200, Fylkeskommune),
            "1,200 county authorities"
        );
        assert_eq!(
            en::status::shown_answers(&[(1, 1, Kommune)]),
            "Showing answers from 1 of the 1 municipality that answered."
        );
        assert_eq!(
            nn::status::shown_answers(&[(1, 1, Fylkeskommune), (3, 40, Kommune)]),
            "Viser svar frå 1 av 1 fylkeskommune og 3 av 40 kommunar som svarte."
        );
        let one =
            arbeidsgivermonitor::stats::figure::Figure::of(Ok(Estimate::new(1, 1, 1).unwrap()));
        assert_eq!(
            en::key_figures::lead_sentence(&one, Fylkeskommune, "have an ICT strategy"),
            "1 of 1 county authority has an ICT strategy."
        );
        assert_eq!(
            nb::key_figures::lead_sentence(&one, Fylkeskommune, "har en IKT-strategi"),
            "1 av 1 fylkeskommune har en IKT-strategi."
        );
    }
}

//! The codebook: scales, questions and items, read from `data/codebook.json`.
//! Labels are keyed by language (`nb` required; `nn` and `en` optional, falling back to `nb`).

use super::csv::MAX_COLUMNS;
use super::error::{DataError, Missing, Problem, Repeated};
use super::json::{self, Field};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The most characters an id may have.
pub const MAX_ID_LENGTH: usize = 40;

/// Whether `id` is of the one form every id of the codebook has (questions, items, themes,
/// scales, size classes, key figures): 1 to [`MAX_ID_LENGTH`] ASCII letters, digits and `_`.
/// Ids become column names, URL values, element ids and attributes of the page and its maps,
/// so a codebook cannot bring markup, quotes, points or commas into any of them.
pub fn is_plain_id(id: &str) -> bool {
    (1..=MAX_ID_LENGTH).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A text in bokmål, with optional nynorsk and English versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub nb: String,
    pub nn: Option<String>,
    pub en: Option<String>,
}

/// The languages a label can be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    Bokmal,
    Nynorsk,
    English,
}

impl Language {
    /// All three, in the order the page offers them.
    pub const ALL: [Language; 3] = [Language::Bokmal, Language::Nynorsk, Language::English];

    /// The language's code in the codebook, the URL (`lang=`) and `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::Bokmal => "nb",
            Language::Nynorsk => "nn",
            Language::English => "en",
        }
    }

    /// The language a code names.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The language the page is built in (the cargo features `lang-nn` and `lang-en`; bokmål
/// without); its labels are the ones [`Text::local`] gives and, with bokmål's, the only ones
/// the page's snapshot carries.
pub const LANGUAGE: Language = if cfg!(feature = "lang-en") {
    Language::English
} else if cfg!(feature = "lang-nn") {
    Language::Nynorsk
} else {
    Language::Bokmal
};

impl Text {
    /// The text in the page's language, [`LANGUAGE`].
    pub fn local(&self) -> &str {
        self.get(LANGUAGE)
    }

    /// Keeps bokmål and `language`, dropping the other translation.
    pub fn keep_language(&mut self, language: Language) {
        if language != Language::Nynorsk {
            self.nn = None;
        }
        if language != Language::English {
            self.en = None;
        }
    }

    /// A text written in one language: in that language's place, and as every text must have
    /// bokmål, in bokmål's place too (it is shown only where the page's language is missing).
    pub fn only(language: Language, text: String) -> Text {
        let slot = |l: Language| (language == l).then(|| text.clone());
        Text {
            nn: slot(Language::Nynorsk),
            en: slot(Language::English),
            nb: text,
        }
    }

    /// The text in `language`, falling back to bokmål where a translation is missing.
    pub fn get(&self, language: Language) -> &str {
        let translated = match language {
            Language::Bokmal => None,
            Language::Nynorsk => self.nn.as_deref(),
            Language::English => self.en.as_deref(),
        };
        translated.unwrap_or(&self.nb)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    pub code: u8,
    pub label: Text,
    /// «Vet ikke»: counted in the base n, never part of a headline share.
    pub dont_know: bool,
}

/// A named set of codes, e.g. the top-two box «I stor grad» (4 + 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeGroup {
    pub codes: Vec<u8>,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    pub id: String,
    pub label: Text,
    pub codes: Vec<Code>,
    /// The share the article reports for this scale (top-two box for GRAD5).
    pub headline: CodeGroup,
    /// The opposite end, where the article reports it (codes 1 + 2 for GRAD5).
    pub low: Option<CodeGroup>,
    /// Note when the wording is reconstructed rather than taken from the questionnaire.
    pub reconstructed: Option<String>,
}

impl Scale {
    /// Position of `code` in this scale's code list.
    pub fn index_of(&self, code: u8) -> Option<usize> {
        self.codes.iter().position(|c| c.code == code)
    }

    pub fn code_list(&self) -> String {
        self.codes
            .iter()
            .map(|c| c.code.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub label: Text,
}

/// A question is only asked when another (single-item) question has one of `codes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub question: String,
    pub codes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub id: String,
    pub theme: String,
    pub scale: String,
    pub text: Text,
    /// Empty for a single-item question.
    pub items: Vec<Item>,
    pub asked_when: Option<Condition>,
    pub reconstructed: Option<String>,
}

impl Question {
    /// Its answer columns: one per item, or the question itself when it has none.
    pub fn columns(&self) -> Vec<ColumnId> {
        if self.items.is_empty() {
            vec![ColumnId::new(&self.id, None)]
        } else {
            self.items
                .iter()
                .map(|i| ColumnId::new(&self.id, Some(&i.id)))
                .collect()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeClassDef {
    pub id: String,
    pub label: Text,
    pub short: Text,
    /// Smallest population (1 January) that belongs to this class.
    pub min_population: u32,
}

/// One of the headline findings shown as a figure card at the top of the explorer: the share
/// of one answer column with one of `codes`. Which findings, and their words, are data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigureDef {
    pub id: String,
    pub question: String,
    /// The item, for a multi-item question.
    pub item: Option<String>,
    pub codes: Vec<u8>,
    /// Short title of the card, e.g. «IKT-kompetanse blant medarbeiderne».
    pub label: Text,
    /// The predicate of the card's sentence, e.g. «har stort behov for IKT-kompetanse …».
    pub sentence: Text,
}

impl KeyFigureDef {
    pub fn column(&self) -> ColumnId {
        ColumnId::new(&self.question, self.item.as_deref())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codebook {
    pub format: String,
    pub survey: Text,
    pub languages: Vec<String>,
    pub size_classes: Vec<SizeClassDef>,
    pub themes: Vec<Theme>,
    pub scales: Vec<Scale>,
    pub questions: Vec<Question>,
    /// The headline findings, in the order the page shows them.
    pub key_figures: Vec<KeyFigureDef>,
}

impl Codebook {
    /// Every text of the codebook: the survey's name, the size classes, themes, scales (their
    /// codes and groups), questions and items, and the key figures.
    pub fn texts_mut(&mut self) -> Vec<&mut Text> {
        let mut texts = vec![&mut self.survey];
        for class in &mut self.size_classes {
            texts.extend([&mut class.label, &mut class.short]);
        }
        texts.extend(self.themes.iter_mut().map(|theme| &mut theme.title));
        for scale in &mut self.scales {
            texts.push(&mut scale.label);
            texts.extend(scale.codes.iter_mut().map(|code| &mut code.label));
            texts.push(&mut scale.headline.label);
            texts.extend(scale.low.iter_mut().map(|group| &mut group.label));
        }
        for question in &mut self.questions {
            texts.push(&mut question.text);
            texts.extend(question.items.iter_mut().map(|item| &mut item.label));
        }
        for figure in &mut self.key_figures {
            texts.extend([&mut figure.label, &mut figure.sentence]);
        }
        texts
    }

    /// Keeps bokmål (every text's fallback) and `language`, and drops the other translations:
    /// a page built for one language carries only its own words.
    pub fn keep_language(&mut self, language: Language) {
        for text in self.texts_mut() {
            text.keep_language(language);
        }
    }
}

/// One answer column of the respondent file: a question and, for multi-item questions, an item.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ColumnId {
    pub question: String,
    pub item: Option<String>,
}

impl ColumnId {
    pub fn new(question: &str, item: Option<&str>) -> Self {
        ColumnId {
            question: question.to_string(),
            item: item.map(str::to_string),
        }
    }

    /// Parses `question.item` or `question`.
    pub fn parse(name: &str) -> ColumnId {
        match name.split_once('.') {
            Some((question, item)) => ColumnId::new(question, Some(item)),
            None => ColumnId::new(name, None),
        }
    }

    /// The column name in the respondent file.
    pub fn name(&self) -> String {
        match &self.item {
            Some(item) => format!("{}.{}", self.question, item),
            None => self.question.clone(),
        }
    }
}

impl std::fmt::Display for ColumnId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())
    }
}

pub const CODEBOOK_FILE: &str = "data/codebook.json";

impl Codebook {
    /// Parses and validates a codebook.
    pub fn parse(file: &str, text: &str) -> Result<Codebook, DataError> {
        let json = json::parse(file, text)?;
        let codebook = read_codebook(Field::root(file, &json))?;
        codebook.validate(file)?;
        Ok(codebook)
    }

    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The scale a question is answered on. Validation guarantees it exists.
    pub fn scale_of(&self, question: &Question) -> &Scale {
        self.scale(&question.scale)
            .expect("validated codebook: every question has a known scale")
    }

    /// An answer column in the page's language: the question's text, and for an item « – » and
    /// the item's label. `None` for a column the codebook does not have.
    pub fn column_text(&self, column: &ColumnId) -> Option<String> {
        let question = self.question(&column.question)?;
        let text = question.text.local();
        match &column.item {
            None => question.items.is_empty().then(|| text.to_string()),
            Some(id) => {
                let item = question.items.iter().find(|i| i.id == *id)?;
                Some(format!("{text} – {}", item.label.local()))
            }
        }
    }

    /// The label of answer `code` to `question` in the page's language.
    pub fn answer_label(&self, question: &str, code: u8) -> Option<&str> {
        let scale = self.scale_of(self.question(question)?);
        scale
            .codes
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.label.local())
    }

    /// Every answer column, in codebook order.
    pub fn columns(&self) -> Vec<ColumnId> {
        self.questions.iter().flat_map(Question::columns).collect()
    }

    /// Label of a column's item (or the question text for a single-item question).
    pub fn item_label(&self, column: &ColumnId) -> Option<&Text> {
        let question = self.question(&column.question)?;
        match &column.item {
            Some(item) => question
                .items
                .iter()
                .find(|i| &i.id == item)
                .map(|i| &i.label),
            None => Some(&question.text),
        }
    }

    /// The size classes' ids (`small`, `medium`, `large`), in codebook order.
    pub fn size_class_ids(&self) -> Vec<&str> {
        self.size_classes.iter().map(|c| c.id.as_str()).collect()
    }

    /// The size class of a kommune with `population` inhabitants.
    pub fn size_class_for(&self, population: u32) -> Option<&SizeClassDef> {
        self.size_classes
            .iter()
            .rev()
            .find(|c| population >= c.min_population)
    }

    fn validate(&self, file: &str) -> Result<(), DataError> {
        let err = |path: String, value: String, problem: Problem| {
            Err(DataError::new(file, 0, problem).column(path).value(value))
        };
        let mut scale_ids = BTreeMap::new();
        for (si, scale) in self.scales.iter().enumerate() {
            let path = format!("scales[{si}]");
            if scale_ids.insert(scale.id.as_str(), si).is_some() {
                return err(
                    format!("{path}.id"),
                    scale.id.clone(),
                    Problem::Repeated(Repeated::ScaleId),
                );
            }
            if scale.codes.is_empty() {
                return err(format!("{path}.codes"), scale.id.clone(), Problem::NoCodes);
            }
            let mut codes_seen = HashSet::new();
            for (ci, code) in scale.codes.iter().enumerate() {
                if code.code == 0 {
                    return err(
                        format!("{path}.codes[{ci}].code"),
                        "0".into(),
                        Problem::ReservedCodeZero,
                    );
                }
                if !codes_seen.insert(code.code) {
                    return err(
                        format!("{path}.codes[{ci}].code"),
                        code.code.to_string(),
                        Problem::Repeated(Repeated::Code),
                    );
                }
            }
            for (name, group) in [
                ("headline", Some(&scale.headline)),
                ("low", scale.low.as_ref()),
            ] {
                let Some(group) = group else { continue };
                if group.codes.is_empty() {
                    return err(
                        format!("{path}.{name}.codes"),
                        String::new(),
                        Problem::EmptyCodeGroup,
                    );
                }
                for code in &group.codes {
                    match scale.codes.iter().find(|c| c.code == *code) {
                        None => {
                            return err(
                                format!("{path}.{name}.codes"),
                                code.to_string(),
                                Problem::Unknown(Missing::Code),
                            )
                        }
                        Some(c) if c.dont_know => {
                            return err(
                                format!("{path}.{name}.codes"),
                                code.to_string(),
                                Problem::DontKnowInShare,
                            )
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        let mut previous_min = None;
        for (i, class) in self.size_classes.iter().enumerate() {
            if previous_min.is_some_and(|p| class.min_population <= p)
                || (i == 0 && class.min_population != 0)
            {
                return err(
                    format!("size_classes[{i}].min_population"),
                    class.min_population.to_string(),
                    Problem::SizeClassOrder,
                );
            }
            previous_min = Some(class.min_population);
        }
        let columns: usize = self.questions.iter().map(|q| q.items.len().max(1)).sum();
        if columns > MAX_COLUMNS {
            return err(
                "questions".into(),
                columns.to_string(),
                Problem::TooManyColumns { limit: MAX_COLUMNS },
            );
        }
        let theme_ids: HashSet<&str> = self.themes.iter().map(|t| t.id.as_str()).collect();
        let mut questions: HashMap<&str, &Question> = HashMap::new();
        for (qi, question) in self.questions.iter().enumerate() {
            let path = format!("questions[{qi}]");
            if questions.insert(question.id.as_str(), question).is_some() {
                return err(
                    format!("{path}.id"),
                    question.id.clone(),
                    Problem::Repeated(Repeated::QuestionId),
                );
            }
            if !scale_ids.contains_key(question.scale.as_str()) {
                return err(
                    format!("{path}.scale"),
                    question.scale.clone(),
                    Problem::Unknown(Missing::Scale),
                );
            }
            if !theme_ids.contains(question.theme.as_str()) {
                return err(
                    format!("{path}.theme"),
                    question.theme.clone(),
                    Problem::Unknown(Missing::Theme),
                );
            }
            let mut item_ids = HashSet::new();
            for (ii, item) in question.items.iter().enumerate() {
                if !item_ids.insert(item.id.as_str()) {
                    return err(
                        format!("{path}.items[{ii}].id"),
                        item.id.clone(),
                        Problem::Repeated(Repeated::ItemId),
                    );
                }
            }
        }
        for (qi, question) in self.questions.iter().enumerate() {
            let path = format!("questions[{qi}]");
            if let Some(condition) = &question.asked_when {
                let Some(&parent) = questions.get(condition.question.as_str()) else {
                    return err(
                        format!("{path}.asked_when.question"),
                        condition.question.clone(),
                        Problem::Unknown(Missing::Question),
                    );
                };
                if !parent.items.is_empty() || parent.id == question.id {
                    return err(
                        format!("{path}.asked_when.question"),
                        condition.question.clone(),
                        Problem::ConditionTarget,
                    );
                }
                let parent_scale = &self.scales[scale_ids[parent.scale.as_str()]];
                for code in &condition.codes {
                    if parent_scale.index_of(*code).is_none() {
                        return err(
                            format!("{path}.asked_when.codes"),
                            code.to_string(),
                            Problem::Unknown(Missing::ConditionCode),
                        );
                    }
                }
            }
        }
        let mut figure_ids = HashSet::new();
        for (ki, figure) in self.key_figures.iter().enumerate() {
            let path = format!("key_figures[{ki}]");
            if !figure_ids.insert(figure.id.as_str()) {
                return err(
                    format!("{path}.id"),
                    figure.id.clone(),
                    Problem::Repeated(Repeated::KeyFigureId),
                );
            }
            let Some(&question) = questions.get(figure.question.as_str()) else {
                return err(
                    format!("{path}.question"),
                    figure.question.clone(),
                    Problem::Unknown(Missing::Question),
                );
            };
            match &figure.item {
                None if !question.items.is_empty() => {
                    return err(
                        format!("{path}.item"),
                        String::new(),
                        Problem::KeyFigureItem,
                    );
                }
                Some(item) if !question.items.iter().any(|i| &i.id == item) => {
                    return err(
                        format!("{path}.item"),
                        item.clone(),
                        Problem::Unknown(Missing::Item),
                    );
                }
                _ => {}
            }
            if figure.codes.is_empty() {
                return err(
                    format!("{path}.codes"),
                    String::new(),
                    Problem::EmptyCodeGroup,
                );
            }
            let scale = &self.scales[scale_ids[question.scale.as_str()]];
            for code in &figure.codes {
                match scale.codes.iter().find(|c| c.code == *code) {
                    None => {
                        return err(
                            format!("{path}.codes"),
                            code.to_string(),
                            Problem::Unknown(Missing::Code),
                        )
                    }
                    Some(c) if c.dont_know => {
                        return err(
                            format!("{path}.codes"),
                            code.to_string(),
                            Problem::DontKnowInShare,
                        )
                    }
                    Some(_) => {}
                }
            }
        }
        Ok(())
    }
}

/// Reads the codebook's JSON, field by field (unknown fields are errors).
fn read_codebook(f: Field<'_>) -> Result<Codebook, DataError> {
    f.object(
        &[
            "format",
            "survey",
            "languages",
            "size_classes",
            "themes",
            "scales",
            "questions",
            "key_figures",
        ],
        |o| {
            Ok(Codebook {
                format: o.required("format", |f| f.string())?,
                survey: o.required("survey", read_text)?,
                languages: o.required("languages", |f| f.list(|f| f.string()))?,
                size_classes: o.required("size_classes", |f| f.list(read_size_class))?,
                themes: o.required("themes", |f| f.list(read_theme))?,
                scales: o.required("scales", |f| f.list(read_scale))?,
                questions: o.required("questions", |f| f.list(read_question))?,
                key_figures: o
                    .optional("key_figures", |f| f.list(read_key_figure))?
                    .unwrap_or_default(),
            })
        },
    )
}

/// An id, which must be plain ([`is_plain_id`]): else a fault with the file, line, path and
/// the value.
fn read_id(f: Field<'_>) -> Result<String, DataError> {
    let id = f.string()?;
    if is_plain_id(&id) {
        Ok(id)
    } else {
        Err(f.error(Problem::BadId).value(id))
    }
}

/// A text as `dataset.json` may give it: a string (bokmål), or `{nb, nn, en}` as in the codebook.
pub fn read_text_or_string(f: Field<'_>) -> Result<Text, DataError> {
    if matches!(f.json.value, super::json::Value::Str(_)) {
        return Ok(Text {
            nb: f.string()?,
            nn: None,
            en: None,
        });
    }
    read_text(f)
}

fn read_text(f: Field<'_>) -> Result<Text, DataError> {
    f.object(&["nb", "nn", "en"], |o| {
        Ok(Text {
            nb: o.required("nb", |f| f.string())?,
            nn: o.optional("nn", |f| f.string())?,
            en: o.optional("en", |f| f.string())?,
        })
    })
}

fn read_codes(f: Field<'_>) -> Result<Vec<u8>, DataError> {
    f.list(|f| f.int())
}

fn read_code_group(f: Field<'_>) -> Result<CodeGroup, DataError> {
    f.object(&["codes", "label"], |o| {
        Ok(CodeGroup {
            codes: o.required("codes", read_codes)?,
            label: o.required("label", read_text)?,
        })
    })
}

fn read_scale(f: Field<'_>) -> Result<Scale, DataError> {
    f.object(
        &["id", "label", "codes", "headline", "low", "reconstructed"],
        |o| {
            Ok(Scale {
                id: o.required("id", read_id)?,
                label: o.required("label", read_text)?,
                codes: o.required("codes", |f| {
                    f.list(|f| {
                        f.object(&["code", "label", "dont_know"], |o| {
                            Ok(Code {
                                code: o.required("code", |f| f.int())?,
                                label: o.required("label", read_text)?,
                                dont_know: o.optional("dont_know", |f| f.bool())?.unwrap_or(false),
                            })
                        })
                    })
                })?,
                headline: o.required("headline", read_code_group)?,
                low: o.optional("low", read_code_group)?,
                reconstructed: o.optional("reconstructed", |f| f.string())?,
            })
        },
    )
}

fn read_question(f: Field<'_>) -> Result<Question, DataError> {
    f.object(
        &[
            "id",
            "theme",
            "scale",
            "text",
            "items",
            "asked_when",
            "reconstructed",
        ],
        |o| {
            Ok(Question {
                id: o.required("id", read_id)?,
                theme: o.required("theme", |f| f.string())?,
                scale: o.required("scale", |f| f.string())?,
                text: o.required("text", read_text)?,
                items: o.required("items", |f| {
                    f.list(|f| {
                        f.object(&["id", "label"], |o| {
                            Ok(Item {
                                id: o.required("id", read_id)?,
                                label: o.required("label", read_text)?,
                            })
                        })
                    })
                })?,
                asked_when: o.optional("asked_when", |f| {
                    f.object(&["question", "codes"], |o| {
                        Ok(Condition {
                            question: o.required("question", |f| f.string())?,
                            codes: o.required("codes", read_codes)?,
                        })
                    })
                })?,
                reconstructed: o.optional("reconstructed", |f| f.string())?,
            })
        },
    )
}

fn read_key_figure(f: Field<'_>) -> Result<KeyFigureDef, DataError> {
    f.object(
        &["id", "question", "item", "codes", "label", "sentence"],
        |o| {
            Ok(KeyFigureDef {
                id: o.required("id", read_id)?,
                question: o.required("question", |f| f.string())?,
                item: o.optional("item", |f| f.string())?,
                codes: o.required("codes", read_codes)?,
                label: o.required("label", read_text)?,
                sentence: o.required("sentence", read_text)?,
            })
        },
    )
}

fn read_theme(f: Field<'_>) -> Result<Theme, DataError> {
    f.object(&["id", "title"], |o| {
        Ok(Theme {
            id: o.required("id", read_id)?,
            title: o.required("title", read_text)?,
        })
    })
}

fn read_size_class(f: Field<'_>) -> Result<SizeClassDef, DataError> {
    f.object(&["id", "label", "short", "min_population"], |o| {
        Ok(SizeClassDef {
            id: o.required("id", read_id)?,
            label: o.required("label", read_text)?,
            short: o.required("short", read_text)?,
            min_population: o.required("min_population", |f| f.int())?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../../data/codebook.json");

    #[test]
    fn bundled_codebook_has_every_question_of_the_specification() {
        let cb = Codebook::parse(CODEBOOK_FILE, BUNDLED).unwrap();
        let ids: Vec<_> = cb.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "komp_med",
                "komp_led",
                "komp_strategi",
                "tiltak",
                "dig_prioritet",
                "ikt_strategi",
                "ikt_strategi_omfang",
                "dig_effekt"
            ]
        );
        assert_eq!(cb.columns().len(), 4 + 5 + 1 + 5 + 1 + 1 + 1 + 6);
        assert_eq!(cb.scale("GRAD5").unwrap().headline.codes, [4, 5]);
        assert_eq!(
            cb.scale("STRATEGISTATUS").unwrap().headline.codes,
            [1, 2, 3, 4]
        );
    }

    #[test]
    fn size_class_thresholds() {
        let cb = Codebook::parse(CODEBOOK_FILE, BUNDLED).unwrap();
        assert_eq!(cb.size_class_for(4999).unwrap().id, "small");
        assert_eq!(cb.size_class_for(5000).unwrap().id, "medium");
        assert_eq!(cb.size_class_for(19_999).unwrap().id, "medium");
        assert_eq!(cb.size_class_for(20_000).unwrap().id, "large");
    }

    #[test]
    fn language_falls_back_to_bokmal() {
        let text = Text {
            nb: "Ja".into(),
            nn: None,
            en: Some("Yes".into()),
        };
        assert_eq!(text.get(Language::Nynorsk), "Ja");
        assert_eq!(text.get(Language::English), "Yes");
    }

    #[test]
    fn column_ids_round_trip() {
        assert_eq!(ColumnId::parse("komp_med.ikt").name(), "komp_med.ikt");
        assert_eq!(
            ColumnId::parse("dig_prioritet"),
            ColumnId::new("dig_prioritet", None)
        );
    }
}

//! The codebook: scales, questions and items, read from `data/codebook.json`.
//! Labels are keyed by language (`nb` required; `nn` and `en` optional, falling back to `nb`).

use crate::error::DataError;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A text in bokmål, with optional nynorsk and English versions.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Text {
    pub nb: String,
    #[serde(default)]
    pub nn: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
}

/// The languages a label can be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Bokmal,
    Nynorsk,
    English,
}

impl Text {
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

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: u8,
    pub label: Text,
    /// «Vet ikke»: counted in the base n, never part of a headline share.
    #[serde(default)]
    pub dont_know: bool,
}

/// A named set of codes, e.g. the top-two box «I stor grad» (4 + 5).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeGroup {
    pub codes: Vec<u8>,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: String,
    pub label: Text,
    pub codes: Vec<Code>,
    /// The share the article reports for this scale (top-two box for GRAD5).
    pub headline: CodeGroup,
    /// The opposite end, where the article reports it (codes 1 + 2 for GRAD5).
    #[serde(default)]
    pub low: Option<CodeGroup>,
    /// Note when the wording is reconstructed rather than taken from the questionnaire.
    #[serde(default)]
    pub reconstructed: Option<String>,
}

impl Scale {
    /// Position of `code` in this scale's code list.
    pub fn index_of(&self, code: u8) -> Option<usize> {
        self.codes.iter().position(|c| c.code == code)
    }

    pub fn code_list(&self) -> String {
        self.codes.iter().map(|c| c.code.to_string()).collect::<Vec<_>>().join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub label: Text,
}

/// A question is only asked when another (single-item) question has one of `codes`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub codes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub theme: String,
    pub scale: String,
    pub text: Text,
    /// Empty for a single-item question.
    pub items: Vec<Item>,
    #[serde(default)]
    pub asked_when: Option<Condition>,
    #[serde(default)]
    pub reconstructed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeClassDef {
    pub id: String,
    pub label: Text,
    pub short: Text,
    /// Smallest population (1 January) that belongs to this class.
    pub min_population: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Codebook {
    pub format: String,
    pub survey: Text,
    pub languages: Vec<String>,
    pub size_classes: Vec<SizeClassDef>,
    pub themes: Vec<Theme>,
    pub scales: Vec<Scale>,
    pub questions: Vec<Question>,
}

/// One answer column of the respondent file: a question and, for multi-item questions, an item.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ColumnId {
    pub question: String,
    pub item: Option<String>,
}

impl ColumnId {
    pub fn new(question: &str, item: Option<&str>) -> Self {
        ColumnId { question: question.to_string(), item: item.map(str::to_string) }
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
        let codebook: Codebook = serde_json::from_str(text).map_err(|e| {
            DataError::new(file, e.line(), format!("ugyldig kodebok (tegn {}): {e}", e.column()))
        })?;
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
        self.scale(&question.scale).expect("validated codebook: every question has a known scale")
    }

    /// Every answer column, in codebook order.
    pub fn columns(&self) -> Vec<ColumnId> {
        self.questions
            .iter()
            .flat_map(|q| {
                if q.items.is_empty() {
                    vec![ColumnId::new(&q.id, None)]
                } else {
                    q.items.iter().map(|i| ColumnId::new(&q.id, Some(&i.id))).collect()
                }
            })
            .collect()
    }

    /// Label of a column's item (or the question text for a single-item question).
    pub fn item_label(&self, column: &ColumnId) -> Option<&Text> {
        let question = self.question(&column.question)?;
        match &column.item {
            Some(item) => question.items.iter().find(|i| &i.id == item).map(|i| &i.label),
            None => Some(&question.text),
        }
    }

    /// The size class of a kommune with `population` inhabitants.
    pub fn size_class_for(&self, population: u32) -> Option<&SizeClassDef> {
        self.size_classes.iter().rev().find(|c| population >= c.min_population)
    }

    fn validate(&self, file: &str) -> Result<(), DataError> {
        let err = |path: String, value: String, message: &str| {
            Err(DataError::new(file, 0, message.to_string()).column(path).value(value))
        };
        let mut scale_ids = BTreeMap::new();
        for (si, scale) in self.scales.iter().enumerate() {
            let path = format!("scales[{si}]");
            if scale_ids.insert(scale.id.as_str(), si).is_some() {
                return err(format!("{path}.id"), scale.id.clone(), "skala-id finnes to ganger");
            }
            if scale.codes.is_empty() {
                return err(format!("{path}.codes"), scale.id.clone(), "skalaen har ingen koder");
            }
            for (ci, code) in scale.codes.iter().enumerate() {
                if code.code == 0 {
                    return err(format!("{path}.codes[{ci}].code"), "0".into(), "kode 0 er reservert for «ikke besvart»");
                }
                if scale.codes[..ci].iter().any(|c| c.code == code.code) {
                    return err(format!("{path}.codes[{ci}].code"), code.code.to_string(), "koden finnes to ganger i skalaen");
                }
            }
            for (name, group) in [("headline", Some(&scale.headline)), ("low", scale.low.as_ref())] {
                let Some(group) = group else { continue };
                if group.codes.is_empty() {
                    return err(format!("{path}.{name}.codes"), String::new(), "kodegruppen er tom");
                }
                for code in &group.codes {
                    match scale.codes.iter().find(|c| c.code == *code) {
                        None => return err(format!("{path}.{name}.codes"), code.to_string(), "koden finnes ikke i skalaen"),
                        Some(c) if c.dont_know => {
                            return err(format!("{path}.{name}.codes"), code.to_string(), "«Vet ikke» kan ikke inngå i en andel")
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        let mut previous_min = None;
        for (i, class) in self.size_classes.iter().enumerate() {
            if previous_min.is_some_and(|p| class.min_population <= p) || (i == 0 && class.min_population != 0) {
                return err(
                    format!("size_classes[{i}].min_population"),
                    class.min_population.to_string(),
                    "størrelsesklassene må starte på 0 og ha stigende nedre grenser",
                );
            }
            previous_min = Some(class.min_population);
        }
        for (qi, question) in self.questions.iter().enumerate() {
            let path = format!("questions[{qi}]");
            if question.id.is_empty() || question.id.contains(['.', ',']) {
                return err(format!("{path}.id"), question.id.clone(), "spørsmåls-id kan ikke være tom eller inneholde punktum eller komma");
            }
            if self.questions[..qi].iter().any(|q| q.id == question.id) {
                return err(format!("{path}.id"), question.id.clone(), "spørsmåls-id finnes to ganger");
            }
            if !scale_ids.contains_key(question.scale.as_str()) {
                return err(format!("{path}.scale"), question.scale.clone(), "ukjent skala");
            }
            if !self.themes.iter().any(|t| t.id == question.theme) {
                return err(format!("{path}.theme"), question.theme.clone(), "ukjent tema");
            }
            for (ii, item) in question.items.iter().enumerate() {
                if item.id.is_empty() || item.id.contains(['.', ',']) {
                    return err(format!("{path}.items[{ii}].id"), item.id.clone(), "punkt-id kan ikke være tom eller inneholde punktum eller komma");
                }
                if question.items[..ii].iter().any(|i| i.id == item.id) {
                    return err(format!("{path}.items[{ii}].id"), item.id.clone(), "punkt-id finnes to ganger i spørsmålet");
                }
            }
            if let Some(condition) = &question.asked_when {
                let Some(parent) = self.questions.iter().find(|q| q.id == condition.question) else {
                    return err(format!("{path}.asked_when.question"), condition.question.clone(), "ukjent spørsmål");
                };
                if !parent.items.is_empty() || parent.id == question.id {
                    return err(format!("{path}.asked_when.question"), condition.question.clone(), "vilkåret må vise til et annet spørsmål med ett punkt");
                }
                let parent_scale = &self.scales[scale_ids[parent.scale.as_str()]];
                for code in &condition.codes {
                    if parent_scale.index_of(*code).is_none() {
                        return err(format!("{path}.asked_when.codes"), code.to_string(), "koden finnes ikke i skalaen til spørsmålet i vilkåret");
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUNDLED: &str = include_str!("../data/codebook.json");

    #[test]
    fn bundled_codebook_has_every_question_of_the_specification() {
        let cb = Codebook::parse(CODEBOOK_FILE, BUNDLED).unwrap();
        let ids: Vec<_> = cb.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(
            ids,
            ["komp_med", "komp_led", "komp_strategi", "tiltak", "dig_prioritet", "ikt_strategi", "ikt_strategi_omfang", "dig_effekt"]
        );
        assert_eq!(cb.columns().len(), 4 + 5 + 1 + 5 + 1 + 1 + 1 + 6);
        assert_eq!(cb.scale("GRAD5").unwrap().headline.codes, [4, 5]);
        assert_eq!(cb.scale("STRATEGISTATUS").unwrap().headline.codes, [1, 2, 3, 4]);
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
        let text = Text { nb: "Ja".into(), nn: None, en: Some("Yes".into()) };
        assert_eq!(text.get(Language::Nynorsk), "Ja");
        assert_eq!(text.get(Language::English), "Yes");
    }

    #[test]
    fn column_ids_round_trip() {
        assert_eq!(ColumnId::parse("komp_med.ikt").name(), "komp_med.ikt");
        assert_eq!(ColumnId::parse("dig_prioritet"), ColumnId::new("dig_prioritet", None));
    }
}

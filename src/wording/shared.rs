//! The parts of the sentences that are the same in every language: how a value from the URL is
//! quoted, how the guide lists a column's codes, how the chosen landsdeler and a labelled list
//! are put together. Each language's module uses these and gives only its words.

/// A value from the URL is quoted in a note up to this many characters.
pub const MAX_NOTE_VALUE: usize = 40;

/// `value` as a note quotes it: at most [`MAX_NOTE_VALUE`] characters, then «…».
pub fn quoted_value(value: &str) -> String {
    crate::text::shorten::shortened(value.to_string(), MAX_NOTE_VALUE)
}

/// One column of the template's guide: «komp_med.ikt: {question} – {item}. 1 = …, 2 = …»
/// (the question, item and code labels in the guide's language).
pub fn column_line(name: &str, question: &str, item: Option<&str>, codes: &[(u8, &str)]) -> String {
    let codes: Vec<String> = codes
        .iter()
        .map(|(code, label)| format!("{code} = {label}"))
        .collect();
    match item {
        Some(item) => format!("{name}: {question} – {item}. {}", codes.join(", ")),
        None => format!("{name}: {question} {}", codes.join(", ")),
    }
}

/// «Vestlandet, Nord-Norge»: names (landsdeler stay Norwegian in every language) in a row.
pub fn name_list<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names.into_iter().cloned().collect::<Vec<_>>().join(", ")
}

/// «størrelse: store, mellomstore», «size: large, medium-sized» (downloads and print).
pub fn labelled(label: &str, values: &[String]) -> String {
    format!("{label}: {}", values.join(", "))
}

/// The months in bokmål and nynorsk (the same words in both).
const NORWEGIAN_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// A moment in bokmål and nynorsk: «1. desember 2026 kl. 22.40» (`month` 1–12).
pub fn norwegian_moment(day: u32, month: u32, year: u32, hour: u32, minute: u32) -> String {
    let month = NORWEGIAN_MONTHS[(month.clamp(1, 12) - 1) as usize];
    format!("{day}. {month} {year} kl. {hour:02}.{minute:02}")
}

/// A language's name in that language, as the language switch offers it.
pub fn language_name(language: crate::data::codebook::Language) -> &'static str {
    use crate::data::codebook::Language;
    match language {
        Language::Bokmal => "Bokmål",
        Language::Nynorsk => "Nynorsk",
        Language::English => "English",
    }
}

/// An answer condition as the selection names it: the column's text and its answers,
/// «Har dere en IKT-/digitaliseringsstrategi? Ja, politisk vedtatt · Nei», «… – Innovasjon: I
/// ganske stor grad» (issue 25).
pub fn answer_condition(
    dataset: &crate::data::dataset::Dataset,
    answer: &crate::state::view_state::AnswerFilter,
) -> String {
    let codebook = &dataset.codebook;
    let column = &dataset.responses.columns[answer.index];
    let labels: Vec<String> = answer
        .codes
        .iter()
        .map(|code| {
            codebook
                .answer_label(&column.question, code)
                .map_or_else(|| code.to_string(), str::to_string)
        })
        .collect();
    let column = codebook
        .column_text(column)
        .unwrap_or_else(|| answer.name.to_string());
    // A question's own question mark is enough («…strategi? Ja, …»).
    let colon = if column.ends_with('?') { "" } else { ":" };
    format!("{column}{colon} {}", labels.join(" · "))
}

/// The text of the answer column an answer grouping splits by (issue 25).
pub fn grouping_column(
    dataset: &crate::data::dataset::Dataset,
    grouping: &crate::stats::aggregate::Grouping,
) -> String {
    match grouping {
        crate::stats::aggregate::Grouping::Answer { column, name } => dataset
            .codebook
            .column_text(&dataset.responses.columns[*column])
            .unwrap_or_else(|| name.to_string()),
        _ => String::new(),
    }
}

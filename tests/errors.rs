//! Bad data files give a clear Norwegian error naming the file, line, column and value —
//! never a panic.

use arbeidsgivermonitor::data::bundled;
use arbeidsgivermonitor::data::codebook::{Language, LANGUAGE};
use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
use arbeidsgivermonitor::data::error::{DataError, ErrorKind};
use arbeidsgivermonitor::data::snapshot;
use arbeidsgivermonitor::wording::data_errors::{damaged, message};
use proptest::prelude::*;

fn with(change: impl FnOnce(&mut Files)) -> Result<Dataset, DataError> {
    let mut files = Files::bundled();
    change(&mut files);
    Dataset::parse(&files.as_data_files())
}

struct Files {
    dataset: String,
    codebook: String,
    kommuner: String,
    fylker: String,
    successors: String,
    respondents: String,
}

impl Files {
    fn bundled() -> Files {
        let b = DataFiles::FULL;
        Files {
            dataset: b.dataset.into(),
            codebook: b.codebook.into(),
            kommuner: b.kommuner.into(),
            fylker: b.fylker.into(),
            successors: b.successors.into(),
            respondents: b.respondents.into(),
        }
    }

    fn as_data_files(&self) -> DataFiles<'_> {
        DataFiles {
            dataset: &self.dataset,
            codebook: &self.codebook,
            kommuner: &self.kommuner,
            fylker: &self.fylker,
            successors: &self.successors,
            respondents: &self.respondents,
        }
    }
}

/// Replaces line `line` (1-based) of `text` using `f`.
fn edit_line(text: &mut String, line: usize, f: impl FnOnce(&str) -> String) {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[line - 1] = f(&lines[line - 1]);
    *text = lines.join("\n") + "\n";
}

/// Sets field `column` (0-based) of line `line`.
fn set_field(text: &mut String, line: usize, column: usize, value: &str) {
    edit_line(text, line, |l| {
        let mut fields: Vec<&str> = l.split(',').collect();
        fields[column] = value;
        fields.join(",")
    });
}

fn expect_error(
    result: Result<Dataset, DataError>,
    file: &str,
    line: usize,
    column: Option<&str>,
    value: Option<&str>,
    kind: ErrorKind,
) {
    let err = result.expect_err("should fail");
    assert_eq!(err.file, file, "{err:?}");
    assert_eq!(err.line, line, "{err:?}");
    assert_eq!(err.column.as_deref(), column, "{err:?}");
    assert_eq!(err.value.as_deref(), value, "{err:?}");
    assert_eq!(err.kind(), kind, "{err:?}");
    assert!(message(&err).starts_with(file), "{err:?}");
}

#[test]
fn bundled_files_load() {
    Dataset::bundled().unwrap();
}

/// The files as the page's snapshot carries them: its labels in the page's language and
/// bokmål only (`Dataset::keep_language`).
fn as_built(mut data: Dataset) -> Dataset {
    data.keep_language(LANGUAGE);
    data
}

/// The slimmed register embedded in the page gives the same dataset as the full files, but
/// for the labels of other languages.
#[test]
fn embedded_snapshot_equals_the_full_files() {
    let full = Dataset::parse(&DataFiles::FULL).unwrap();
    let bundled = Dataset::bundled().unwrap();
    assert_eq!(bundled, as_built(full.clone()));
    assert!(full.codebook.survey.nn.is_some() && full.codebook.survey.en.is_some());
    // Bokmål and the build's language only (the cargo features `lang-nn`, `lang-en`).
    let kept = (
        bundled.codebook.survey.nn.is_some(),
        bundled.codebook.survey.en.is_some(),
    );
    assert_eq!(
        kept,
        (LANGUAGE == Language::Nynorsk, LANGUAGE == Language::English)
    );
}

#[test]
fn snapshot_round_trips_and_is_smaller_than_the_files() {
    let data = Dataset::parse(&DataFiles::FULL).unwrap();
    let bytes = snapshot::encode(&data);
    assert_eq!(snapshot::decode(&bytes).unwrap(), data);
    assert_eq!(snapshot::encode(&as_built(data)), bundled::SNAPSHOT);
    let files = DataFiles::FULL;
    let text = [
        files.dataset,
        files.codebook,
        files.kommuner,
        files.fylker,
        files.successors,
        files.respondents,
    ];
    let text_len: usize = text.iter().map(|t| t.len()).sum();
    assert!(
        bytes.len() < text_len / 2,
        "{} bytes vs {text_len}",
        bytes.len()
    );
}

#[test]
fn damaged_snapshot_gives_a_message_never_a_panic() {
    let bytes = bundled::SNAPSHOT;
    for cut in [0, 3, 4, 100, bytes.len() / 2, bytes.len() - 1] {
        let err = snapshot::decode(&bytes[..cut]).unwrap_err();
        assert!(
            damaged(&err).contains("de innebygde dataene er skadet"),
            "{err:?}"
        );
    }
    let mut longer = bytes.to_vec();
    longer.push(0);
    assert!(snapshot::decode(&longer).is_err());
    // Cut anywhere (every 5th byte: inside every 8-byte share of a split kommune too), the
    // reader stops at its first fault and never panics.
    for cut in (0..bytes.len()).step_by(5) {
        assert!(snapshot::decode(&bytes[..cut]).is_err(), "{cut}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn corrupted_snapshot_never_panics(position in 0usize..100_000, byte in any::<u8>()) {
        let mut bytes = bundled::SNAPSHOT.to_vec();
        let at = position % bytes.len();
        bytes[at] = byte;
        let _ = snapshot::decode(&bytes);
    }
}

#[test]
fn wrong_answer_code() {
    // Column 2 is komp_med.ikt (GRAD5): 7 is not a code.
    let r = with(|f| set_field(&mut f.respondents, 5, 2, "7"));
    expect_error(
        r,
        "data/respondents.csv",
        5,
        Some("komp_med.ikt"),
        Some("7"),
        ErrorKind::InvalidValue,
    );
    let r = with(|f| set_field(&mut f.respondents, 6, 2, "x"));
    expect_error(
        r,
        "data/respondents.csv",
        6,
        Some("komp_med.ikt"),
        Some("x"),
        ErrorKind::InvalidValue,
    );
}

#[test]
fn unknown_column() {
    let r = with(|f| {
        edit_line(&mut f.respondents, 1, |l| {
            l.replace("komp_med.ikt", "komp_med.iktx")
        })
    });
    expect_error(
        r,
        "data/respondents.csv",
        1,
        Some("komp_med.iktx"),
        None,
        ErrorKind::UnknownColumn,
    );
}

#[test]
fn missing_column() {
    let r = with(|f| {
        f.respondents = f
            .respondents
            .lines()
            .map(|l| l.rsplit_once(',').unwrap().0.to_string() + "\n")
            .collect();
    });
    expect_error(
        r,
        "data/respondents.csv",
        1,
        Some("dig_effekt.arbeidsdeling"),
        None,
        ErrorKind::MissingColumn,
    );
}

#[test]
fn duplicate_id() {
    let r = with(|f| {
        let second = f.respondents.lines().nth(1).unwrap().to_string();
        f.respondents.push_str(&second);
        f.respondents.push('\n');
    });
    let lines = Files::bundled().respondents.lines().count() + 1;
    let id = Files::bundled()
        .respondents
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_string();
    expect_error(
        r,
        "data/respondents.csv",
        lines,
        Some("id"),
        Some(&id),
        ErrorKind::Duplicate,
    );
}

#[test]
fn unknown_id_and_wrong_id_form() {
    let r = with(|f| set_field(&mut f.respondents, 2, 0, "9999"));
    expect_error(
        r,
        "data/respondents.csv",
        2,
        Some("id"),
        Some("9999"),
        ErrorKind::UnknownReference,
    );
    let r = with(|f| set_field(&mut f.respondents, 2, 0, "101"));
    expect_error(
        r,
        "data/respondents.csv",
        2,
        Some("id"),
        Some("101"),
        ErrorKind::InvalidValue,
    );
    // Oslo is a kommune, not a fylkeskommune.
    let r = with(|f| {
        set_field(&mut f.respondents, 2, 0, "03");
        set_field(&mut f.respondents, 2, 1, "fylkeskommune");
    });
    expect_error(
        r,
        "data/respondents.csv",
        2,
        Some("id"),
        Some("03"),
        ErrorKind::UnknownReference,
    );
}

#[test]
fn wrong_type() {
    let r = with(|f| set_field(&mut f.respondents, 3, 1, "bydel"));
    expect_error(
        r,
        "data/respondents.csv",
        3,
        Some("type"),
        Some("bydel"),
        ErrorKind::InvalidValue,
    );
}

#[test]
fn wrong_field_count() {
    let r = with(|f| edit_line(&mut f.respondents, 4, |l| format!("{l},5")));
    expect_error(r, "data/respondents.csv", 4, None, None, ErrorKind::Syntax);
}

#[test]
fn conditional_question_answered_without_condition() {
    // Find a row where ikt_strategi (column 18) is 5 and give it a scope answer (column 19).
    let row = Files::bundled()
        .respondents
        .lines()
        .position(|l| l.split(',').nth(18) == Some("5"))
        .unwrap()
        + 1;
    let r = with(|f| set_field(&mut f.respondents, row, 19, "1"));
    expect_error(
        r,
        "data/respondents.csv",
        row,
        Some("ikt_strategi_omfang"),
        Some("1"),
        ErrorKind::Inconsistent,
    );
}

#[test]
fn broken_register_rows() {
    // Population not a number.
    let r = with(|f| set_field(&mut f.kommuner, 3, 8, "mange"));
    expect_error(
        r,
        "data/kommuner_2017.csv",
        3,
        Some("folkemengde_2017_01_01"),
        Some("mange"),
        ErrorKind::InvalidValue,
    );
    // Kommune number without leading zero.
    let r = with(|f| set_field(&mut f.kommuner, 2, 0, "101"));
    expect_error(
        r,
        "data/kommuner_2017.csv",
        2,
        Some("knr"),
        Some("101"),
        ErrorKind::InvalidValue,
    );
    // Kommune number in the wrong fylke.
    let r = with(|f| set_field(&mut f.kommuner, 2, 4, "02"));
    expect_error(
        r,
        "data/kommuner_2017.csv",
        2,
        Some("fylkesnr"),
        Some("02"),
        ErrorKind::Inconsistent,
    );
    // Duplicate kommune number.
    let r = with(|f| set_field(&mut f.kommuner, 3, 0, "0101"));
    expect_error(
        r,
        "data/kommuner_2017.csv",
        3,
        Some("knr"),
        Some("0101"),
        ErrorKind::Duplicate,
    );
    // A row cut short.
    let r = with(|f| {
        edit_line(&mut f.kommuner, 10, |l| {
            l.split(',').take(5).collect::<Vec<_>>().join(",")
        })
    });
    expect_error(
        r,
        "data/kommuner_2017.csv",
        10,
        None,
        None,
        ErrorKind::Syntax,
    );
    // A required column renamed.
    let r = with(|f| edit_line(&mut f.kommuner, 1, |l| l.replacen("knr", "kommunenr", 1)));
    expect_error(
        r,
        "data/kommuner_2017.csv",
        1,
        Some("knr"),
        None,
        ErrorKind::MissingColumn,
    );
}

#[test]
fn broken_fylker_and_successor_rows() {
    let r = with(|f| set_field(&mut f.fylker, 4, 6, "Kanskje"));
    expect_error(
        r,
        "data/fylker_2017.csv",
        4,
        Some("har_egen_fylkeskommune"),
        Some("Kanskje"),
        ErrorKind::InvalidValue,
    );
    let r = with(|f| set_field(&mut f.successors, 5, 0, "0199"));
    expect_error(
        r,
        "data/kommuner_2017_til_2024.csv",
        5,
        Some("knr_2017"),
        Some("0199"),
        ErrorKind::UnknownReference,
    );
    let r = with(|f| set_field(&mut f.successors, 5, 5, "1.5"));
    expect_error(
        r,
        "data/kommuner_2017_til_2024.csv",
        5,
        Some("andel"),
        Some("1.5"),
        ErrorKind::InvalidValue,
    );
}

#[test]
fn broken_codebook() {
    let r = with(|f| {
        f.codebook = f
            .codebook
            .replacen("\"scale\": \"GRAD5\"", "\"scale\": \"GRAD6\"", 1)
    });
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("questions[0].scale"),
        Some("GRAD6"),
        ErrorKind::UnknownReference,
    );
    let r = with(|f| {
        f.codebook = f
            .codebook
            .replacen("\"questions\": [", "\"questions\": [}", 1)
    });
    let err = r.unwrap_err();
    assert_eq!(err.file, "data/codebook.json");
    assert!(err.line > 1, "{err:?}");
    let r = with(|f| f.codebook = f.codebook.replacen("\"code\": 9,", "\"code\": 1,", 1));
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("scales[0].codes[5].code"),
        Some("1"),
        ErrorKind::Duplicate,
    );
}

#[test]
fn broken_key_figures() {
    let kf = |from: &str, to: &str| {
        with(|f| {
            let start = f.codebook.find("\"key_figures\"").unwrap();
            let (head, tail) = f.codebook.split_at(start);
            f.codebook = format!("{head}{}", tail.replacen(from, to, 1));
        })
    };
    let r = kf("\"question\": \"komp_med\"", "\"question\": \"komp_xyz\"");
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[0].question"),
        Some("komp_xyz"),
        ErrorKind::UnknownReference,
    );
    let r = kf("\"item\": \"ikt\"", "\"item\": \"ikke_et_punkt\"");
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[0].item"),
        Some("ikke_et_punkt"),
        ErrorKind::UnknownReference,
    );
    let r = kf("\"item\": \"ikt\",", "");
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[0].item"),
        Some(""),
        ErrorKind::Inconsistent,
    );
    let r = kf("\"codes\": [\n        4,", "\"codes\": [\n        9,");
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[0].codes"),
        Some("9"),
        ErrorKind::Inconsistent,
    );
    let r = kf("\"codes\": [\n        4,", "\"codes\": [\n        7,");
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[0].codes"),
        Some("7"),
        ErrorKind::UnknownReference,
    );
    let r = kf(
        "\"id\": \"kompetansestrategi\"",
        "\"id\": \"ikt_medarbeidere\"",
    );
    expect_error(
        r,
        "data/codebook.json",
        0,
        Some("key_figures[1].id"),
        Some("ikt_medarbeidere"),
        ErrorKind::Duplicate,
    );
}

#[test]
fn broken_dataset_description() {
    let r = with(|f| f.dataset = f.dataset.replace("\"demo\": true", "\"demo\": \"ja\""));
    let err = r.unwrap_err();
    assert_eq!(
        (err.file.as_str(), err.line),
        ("data/dataset.json", 3),
        "{err:?}"
    );
}

#[test]
fn empty_and_header_only_files() {
    let r = with(|f| f.respondents = String::new());
    expect_error(r, "data/respondents.csv", 0, None, None, ErrorKind::Empty);
    // Header only: a valid dataset with nobody answering.
    let d =
        with(|f| f.respondents = f.respondents.lines().next().unwrap().to_string() + "\n").unwrap();
    assert_eq!(d.responses.len(), 0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Arbitrary text as any file never panics.
    #[test]
    fn arbitrary_input_never_panics(text in ".{0,400}", which in 0usize..6) {
        let _ = with(|f| {
            let target = [&mut f.dataset, &mut f.codebook, &mut f.kommuner, &mut f.fylker, &mut f.successors, &mut f.respondents];
            *target.into_iter().nth(which).unwrap() = text;
        });
    }

    /// Corrupting one character of the answers never panics.
    #[test]
    fn one_corrupted_character_never_panics(position in 0usize..20_000, c in any::<char>()) {
        let _ = with(|f| {
            let mut chars: Vec<char> = f.respondents.chars().collect();
            let p = position % chars.len();
            chars[p] = c;
            f.respondents = chars.into_iter().collect();
        });
    }
}

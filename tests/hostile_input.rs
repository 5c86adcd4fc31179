//! Issue 22: files a careless or hostile reader opens cannot hurt the page. Ids are of one plain
//! form (a question id that is markup is a fault with file, line and value), tables and
//! workbooks are bounded in rows, columns and unpacked bytes (read cell by cell, never as the
//! dense grid), duplicates are found with sets, chosen files are checked by name and size before
//! any is read, and a fault quotes at most 40 characters of a value or a column name.

use arbeidsgivermonitor::data::codebook::{is_plain_id, Codebook, MAX_ID_LENGTH};
use arbeidsgivermonitor::data::csv::{Table, MAX_COLUMNS, MAX_ROWS};
use arbeidsgivermonitor::data::error::{DataError, Problem, MAX_QUOTED};
use arbeidsgivermonitor::data::opened_file::{
    check_chosen, open_dataset, open_respondents, OpenedFile, Role, MAX_BYTES, MAX_TOTAL_BYTES,
};
use arbeidsgivermonitor::data::opened_workbook::{
    fault_from_key, fault_key, workbook_records, MAX_UNPACKED_BYTES,
};
use arbeidsgivermonitor::wording::data_errors::{message, message_list};

mod common;
use common::data;

const CODEBOOK: &str = include_str!("../data/codebook.json");
const BUNDLED: &str = include_str!("../data/respondents.csv");
/// The id of the issue: markup that would put an image and a style sheet in the page.
const HOSTILE_ID: &str = r#"q"><img src=x id=pwned><style>main{visibility:hidden}</style><b a=""#;

fn codebook_fault(text: &str) -> DataError {
    Codebook::parse("codebook.json", text).unwrap_err()
}

/// The bundled codebook with its first question's id replaced.
fn with_question_id(id: &str) -> String {
    CODEBOOK.replacen(
        "\"id\": \"komp_med\"",
        &format!("\"id\": {}", json_string(id)),
        1,
    )
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

#[test]
fn ids_are_plain() {
    for id in ["komp_med", "GRAD5", "a", "x_1", &"a".repeat(MAX_ID_LENGTH)] {
        assert!(is_plain_id(id), "{id}");
    }
    for id in [
        "",
        HOSTILE_ID,
        "komp.med",
        "komp,med",
        "komp med",
        "komp-med",
        "kømp",
        "q\"",
        "<b>",
        &"a".repeat(MAX_ID_LENGTH + 1),
    ] {
        assert!(!is_plain_id(id), "{id}");
    }
}

#[test]
fn a_question_id_that_is_markup_is_a_fault_with_file_line_and_value() {
    let codebook = with_question_id(HOSTILE_ID);
    let error = codebook_fault(&codebook);
    assert_eq!(error.problem, Problem::BadId);
    assert_eq!(error.file, "codebook.json");
    let line = codebook.lines().position(|l| l.contains("pwned")).unwrap() + 1;
    assert_eq!(error.line, line);
    assert_eq!(error.column.as_deref(), Some("questions[0].id"));
    // The value is quoted, cut at 40 characters.
    assert_eq!(
        error.value.as_deref(),
        Some(r#"q"><img src=x id=pwned><style>main{visib…"#)
    );
    assert_eq!(
        message(&error),
        format!("codebook.json, linje {line}, kolonne «questions[0].id», verdi «q\"><img src=x id=pwned><style>main{{visib…»: en id kan bare ha bokstavene a–z og A–Z, sifre og understrek (_), og høyst 40 tegn")
    );
}

#[test]
fn every_kind_of_id_is_checked() {
    // An item, a theme, a scale, a size class and a key figure.
    for (from, path) in [
        ("\"id\": \"ikt\"", "questions[0].items[0].id"),
        ("\"id\": \"kompetansebehov\"", "themes[0].id"),
        ("\"id\": \"GRAD5\"", "scales[0].id"),
        ("\"id\": \"small\"", "size_classes[0].id"),
        ("\"id\": \"ikt_medarbeidere\"", "key_figures[0].id"),
    ] {
        assert!(CODEBOOK.contains(from), "{from}");
        let codebook = CODEBOOK.replacen(from, "\"id\": \"a<b\"", 1);
        let error = codebook_fault(&codebook);
        assert_eq!(
            (
                error.problem,
                error.column.as_deref(),
                error.value.as_deref()
            ),
            (Problem::BadId, Some(path), Some("a<b")),
            "{from}"
        );
        assert!(error.line > 1);
    }
}

#[test]
fn an_opened_codebook_with_a_hostile_question_id_opens_nothing() {
    let codebook = with_question_id(HOSTILE_ID);
    // The answers' header renamed to match, as the issue's reader did.
    let answers = BUNDLED.replace("komp_med.", &format!("{HOSTILE_ID}."));
    let errors = open_dataset(
        data(),
        &[
            OpenedFile {
                name: "codebook.json",
                bytes: codebook.as_bytes(),
            },
            OpenedFile {
                name: "svar.csv",
                bytes: answers.as_bytes(),
            },
        ],
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, Problem::BadId);
}

/// A CSV header of `count` distinct names (`id`, `type`, then `c3` …).
fn header_of(count: usize) -> String {
    let mut names = vec!["id".to_string(), "type".to_string()];
    names.extend((3..=count).map(|i| format!("c{i}")));
    names.join(",")
}

#[test]
fn tables_are_bounded_in_columns_and_rows() {
    let d = data();
    // A header of 200 000 names: refused at the bound, not compared pair by pair.
    let text = format!("{}\n", header_of(200_000));
    let errors =
        open_respondents("svar.csv", text.as_bytes(), &d.codebook, &d.register).unwrap_err();
    assert_eq!(
        (errors[0].problem.clone(), errors[0].line),
        (Problem::TooManyColumns { limit: MAX_COLUMNS }, 1)
    );
    // At the bound a table is read (and its duplicate found); one more column is refused.
    let mut at_bound = header_of(MAX_COLUMNS);
    let error = Table::parse("t.csv", &at_bound).unwrap();
    assert_eq!(error.header.len(), MAX_COLUMNS);
    at_bound.push_str(",c3");
    let error = Table::parse("t.csv", &at_bound).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::TooManyColumns { limit: MAX_COLUMNS }
    );
    let mut repeated = header_of(MAX_COLUMNS - 1);
    repeated.push_str(",c7");
    let error = Table::parse("t.csv", &repeated).unwrap_err();
    assert_eq!(
        (error.problem, error.column.as_deref()),
        (Problem::DuplicateHeader, Some("c7"))
    );
    // Rows: the bound's worth is read; one more is refused, naming its line.
    let lines: Vec<&str> = BUNDLED.lines().collect();
    let rows = |count: usize| -> String {
        let mut text = format!("{}\n", lines[0]);
        for i in 0..count {
            text.push_str(lines[1 + i % (lines.len() - 1)]);
            text.push('\n');
        }
        text
    };
    assert_eq!(
        Table::parse("t.csv", &rows(MAX_ROWS))
            .unwrap()
            .records
            .len(),
        MAX_ROWS
    );
    let error = Table::parse("t.csv", &rows(200_000)).unwrap_err();
    assert_eq!(
        (error.problem, error.line),
        (Problem::TooManyRows { limit: MAX_ROWS }, MAX_ROWS + 2)
    );
}

#[test]
fn a_codebook_with_more_columns_than_a_table_can_have_is_refused() {
    let mut json: serde_json::Value = serde_json::from_str(CODEBOOK).unwrap();
    let question = json["questions"][0].clone();
    let with_copies = |json: &mut serde_json::Value, ids: &[String]| {
        let questions = json["questions"].as_array_mut().unwrap();
        for id in ids {
            let mut copy = question.clone();
            copy["id"] = id.clone().into();
            questions.push(copy);
        }
    };
    // Many questions with distinct ids: the repeated-id checks use sets, the bound refuses.
    let mut many = json.clone();
    let ids: Vec<String> = (0..20_000).map(|i| format!("q{i}")).collect();
    with_copies(&mut many, &ids);
    let error = codebook_fault(&many.to_string());
    assert_eq!(
        error.problem,
        Problem::TooManyColumns { limit: MAX_COLUMNS }
    );
    // Under the bound, a repeated id far down the list is still found.
    let ids: Vec<String> = (0..100)
        .map(|i| format!("q{i}"))
        .chain(["q50".to_string()])
        .collect();
    with_copies(&mut json, &ids);
    let error = codebook_fault(&json.to_string());
    assert_eq!(
        (error.problem, error.value.as_deref()),
        (
            Problem::Repeated(arbeidsgivermonitor::data::error::Repeated::QuestionId),
            Some("q50")
        )
    );
}

#[test]
fn a_two_cell_workbook_spanning_the_sheet_is_refused_without_the_grid() {
    let bytes = include_bytes!("fixtures/to-celler.xlsx");
    let error = workbook_records("to-celler.xlsx", bytes).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::TooManyColumns { limit: MAX_COLUMNS }
    );
    assert_eq!(error.line, 1_048_576);
    assert!(message(&error).starts_with("to-celler.xlsx, rad 1048576: mer enn 500 kolonner"));
}

#[test]
fn a_shared_strings_bomb_is_refused_before_calamine_reads_it() {
    let bytes = include_bytes!("fixtures/delte-strenger-bombe.xlsx");
    assert!(bytes.len() < 200_000);
    let error = workbook_records("bombe.xlsx", bytes).unwrap_err();
    assert_eq!(
        (error.problem, error.value.as_deref()),
        (
            Problem::WorkbookTooLarge {
                limit: MAX_UNPACKED_BYTES
            },
            Some("xl/sharedStrings.xml")
        )
    );
    // The workbook it was made from opens.
    let fine = include_bytes!("fixtures/svar-libreoffice.xlsx");
    assert_eq!(workbook_records("svar.xlsx", fine).unwrap().len(), 121);
}

#[test]
fn a_workbook_fault_crosses_from_the_reader_to_the_import_worker_unchanged() {
    for problem in [
        Problem::EmptyFile,
        Problem::NotWorkbook,
        Problem::WorkbookTooLarge {
            limit: MAX_UNPACKED_BYTES,
        },
        Problem::TooManyRows { limit: MAX_ROWS },
        Problem::TooManyColumns { limit: MAX_COLUMNS },
    ] {
        assert_eq!(fault_from_key(fault_key(&problem)), problem);
    }
}

#[test]
fn chosen_files_are_checked_by_name_and_size_before_any_is_read() {
    assert_eq!(
        check_chosen(&[
            ("svar.csv", 10),
            ("codebook.json", 10),
            ("dataset.json", 10)
        ])
        .unwrap(),
        [Role::Answers, Role::Codebook, Role::Description]
    );
    let problems = |files: &[(&str, usize)]| -> Vec<(String, Problem)> {
        check_chosen(files)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.file, e.problem))
            .collect()
    };
    assert_eq!(
        problems(&[("svar.csv", 10), ("notat.txt", 10), ("svar.xlsx", 10)]),
        [
            ("notat.txt".to_string(), Problem::UnexpectedFile),
            ("svar.xlsx".to_string(), Problem::UnexpectedFile),
        ]
    );
    assert_eq!(
        problems(&[("svar.csv", MAX_BYTES + 1)]),
        [(
            "svar.csv".to_string(),
            Problem::TooLarge { limit: MAX_BYTES }
        )]
    );
    assert_eq!(
        problems(&[
            ("svar.csv", MAX_BYTES),
            ("codebook.json", MAX_BYTES / 2),
            ("dataset.json", 1)
        ]),
        [(
            "svar.csv, codebook.json, dataset.json".to_string(),
            Problem::TooLargeTogether {
                limit: MAX_TOTAL_BYTES
            }
        )]
    );
    // Ten thousand files are named in one fault, cut short.
    let many: Vec<(String, usize)> = (0..10_000).map(|i| (format!("f{i}.txt"), 1)).collect();
    let many: Vec<(&str, usize)> = many.iter().map(|(n, s)| (n.as_str(), *s)).collect();
    let errors = check_chosen(&many).unwrap_err();
    assert_eq!(errors.len(), 10_001);
    assert!(errors[10_000].file.chars().count() <= 2 * MAX_QUOTED + 1);
    assert_eq!(errors[10_000].problem, Problem::NoAnswerFile);
}

#[test]
fn a_fault_quotes_at_most_forty_characters_of_a_value_or_a_column() {
    let d = data();
    let huge = "9".repeat(20_000_000);
    let mut lines: Vec<String> = BUNDLED.lines().map(str::to_string).collect();
    let mut fields: Vec<String> = lines[1].split(',').map(str::to_string).collect();
    fields[4] = huge.clone();
    lines[1] = fields.join(",");
    let mut header: Vec<String> = lines[0].split(',').map(str::to_string).collect();
    header.push(format!("x{}", "y".repeat(100_000)));
    lines[0] = header.join(",");
    for line in lines.iter_mut().skip(1) {
        line.push_str(",1");
    }
    let text = lines.join("\n");
    let errors =
        open_respondents("svar.csv", text.as_bytes(), &d.codebook, &d.register).unwrap_err();
    for error in &errors {
        for quoted in [&error.value, &error.column].into_iter().flatten() {
            assert!(quoted.chars().count() <= MAX_QUOTED + 1, "{quoted}");
        }
    }
    let listed = message_list(&errors, 50);
    assert!(listed.iter().all(|line| line.len() < 400), "{listed:?}");
    assert!(listed
        .iter()
        .any(|line| line.contains(&format!("«x{}…»", "y".repeat(MAX_QUOTED - 1)))));
}

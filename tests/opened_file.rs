//! Issue 13 (the core of «Åpne egne data»): a respondent file as people really have it opens
//! to exactly the answers of the bundled file, and a bad file gives every fault, in the order
//! of the file, with file, line, column and value.

use arbeidsgivermonitor::data::error::{ErrorKind, Missing, Problem, Repeated};
use arbeidsgivermonitor::data::opened_file::{
    check_size, decode, delimiter, open_respondents, Encoding, MAX_BYTES,
};
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::data::responses::Responses;
use arbeidsgivermonitor::wording::data_errors::message_list;

mod common;
use common::data;

const BUNDLED: &str = include_str!("../data/respondents.csv");

fn open(name: &str, bytes: &[u8]) -> Result<Responses, Vec<Problem>> {
    let d = data();
    open_respondents(name, bytes, &d.codebook, &d.register)
        .map_err(|errors| errors.into_iter().map(|e| e.problem).collect())
}

/// Windows-1252 bytes of `text` (every character must have one).
fn windows_1252(text: &str) -> Vec<u8> {
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    text.chars()
        .map(|c| match HIGH.chars().position(|h| h == c) {
            Some(i) => 0x80 + i as u8,
            None => u8::try_from(u32::from(c)).expect("a Windows-1252 character"),
        })
        .collect()
}

/// The bundled file as a spreadsheet saves it on a Norwegian machine: a `navn` column with each
/// organisation's name (æøå and all), semicolons, CRLF, names quoted.
fn as_norwegian_excel_saves_it() -> String {
    let d = data();
    let mut out = String::new();
    for (i, line) in BUNDLED.lines().enumerate() {
        let fields: Vec<&str> = line.split(',').collect();
        let name = if i == 0 {
            "navn".to_string()
        } else {
            let org_type = OrgType::from_key(fields[1]).unwrap();
            let org = &d.register.organisations[d.register.position(org_type, fields[0]).unwrap()];
            // Only what Windows-1252 has (the Sami names' č and ŧ are not in it).
            let name: String = org
                .unique_name
                .chars()
                .filter(|c| u32::from(*c) < 0x100)
                .collect();
            format!("\"{name}\"")
        };
        let mut row = vec![fields[0], fields[1], name.as_str()];
        row.extend(&fields[2..]);
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}

#[test]
fn a_windows_1252_semicolon_file_with_names_opens_as_the_bundled_answers() {
    let text = as_norwegian_excel_saves_it();
    let with_norwegian_letters = text
        .lines()
        .filter(|l| l.contains(|c: char| "æøåÆØÅ".contains(c)))
        .count();
    assert!(
        with_norwegian_letters > 50,
        "{with_norwegian_letters} names with æøå"
    );
    let bytes = windows_1252(&text);
    assert!(std::str::from_utf8(&bytes).is_err(), "not UTF-8");
    assert_eq!(
        decode("svar.csv", &bytes).unwrap(),
        (text.clone(), Encoding::Windows1252)
    );
    assert_eq!(delimiter(&text), ';');
    let opened = open("svar.csv", &bytes).unwrap();
    assert_eq!(opened, data().responses);
    assert_eq!(opened.len(), BUNDLED.lines().count() - 1);
}

#[test]
fn utf8_with_and_without_a_byte_order_mark_and_lf_or_crlf_open_alike() {
    let crlf = BUNDLED.replace('\n', "\r\n");
    let with_bom = [b"\xef\xbb\xbf".as_slice(), crlf.as_bytes()].concat();
    assert_eq!(
        decode("svar.csv", &with_bom).unwrap().1,
        Encoding::Utf8WithBom
    );
    assert_eq!(
        decode("svar.csv", BUNDLED.as_bytes()).unwrap().1,
        Encoding::Utf8
    );
    assert_eq!(delimiter(BUNDLED), ',');
    assert_eq!(open("svar.csv", &with_bom).unwrap(), data().responses);
    assert_eq!(
        open("svar.csv", BUNDLED.as_bytes()).unwrap(),
        data().responses
    );
    // UTF-8 names in a semicolon file with a BOM, as Excel's «CSV UTF-8» saves it.
    let text = as_norwegian_excel_saves_it();
    let utf8 = [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat();
    assert_eq!(
        decode("svar.csv", &utf8).unwrap(),
        (text, Encoding::Utf8WithBom)
    );
    assert_eq!(open("svar.csv", &utf8).unwrap(), data().responses);
}

#[test]
fn windows_1252_letters_decode_to_their_characters() {
    let (text, encoding) =
        decode("f.csv", b"\xe6\xf8\xe5 \xc6\xd8\xc5 \x80 \x96 \x93x\x94").unwrap();
    assert_eq!(encoding, Encoding::Windows1252);
    assert_eq!(text, "æøå ÆØÅ € – “x”");
    // A separator inside quotes in the header does not count.
    assert_eq!(delimiter("\"a;b;c\",d,e\n1;2;3"), ',');
    assert_eq!(delimiter("id;type;q1\n"), ';');
}

/// Sets field `column` (0-based) of line `line` (1-based) of the bundled file.
fn with_field(text: &str, line: usize, column: usize, value: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut fields: Vec<String> = lines[line - 1].split(',').map(str::to_string).collect();
    fields[column] = value.to_string();
    lines[line - 1] = fields.join(",");
    lines.join("\n") + "\n"
}

#[test]
fn every_fault_of_a_file_is_listed_in_the_order_of_the_file() {
    let d = data();
    // Line 3: an unknown kommune number; line 5: an answer code outside the scale; line 8 and 9
    // the same kommune twice; line 12: two bad codes.
    let mut text = with_field(BUNDLED, 3, 0, "9999");
    text = with_field(&text, 5, 2, "7");
    let line8: Vec<&str> = text.lines().nth(7).unwrap().split(',').collect();
    text = with_field(&text, 9, 0, line8[0]);
    text = with_field(&text, 12, 2, "x");
    text = with_field(&text, 12, 3, "0");
    let errors =
        open_respondents("svar.csv", text.as_bytes(), &d.codebook, &d.register).unwrap_err();
    let found: Vec<(usize, Option<&str>, ErrorKind)> = errors
        .iter()
        .map(|e| (e.line, e.column.as_deref(), e.kind()))
        .collect();
    assert_eq!(
        found,
        [
            (3, Some("id"), ErrorKind::UnknownReference),
            (5, Some("komp_med.ikt"), ErrorKind::InvalidValue),
            (9, Some("id"), ErrorKind::Duplicate),
            (12, Some("komp_med.ikt"), ErrorKind::InvalidValue),
            (12, Some("komp_med.innovasjon"), ErrorKind::InvalidValue),
        ]
    );
    assert_eq!(
        errors[0].problem,
        Problem::Unknown(Missing::Organisation(OrgType::Kommune))
    );
    assert_eq!(errors[0].value.as_deref(), Some("9999"));
    assert_eq!(errors[2].problem, Problem::Repeated(Repeated::Answer));
    assert_eq!(errors[3].value.as_deref(), Some("x"));
    // The bundled loader reports the first of them.
    assert_eq!(
        Responses::parse(&text, &d.codebook, &d.register)
            .unwrap_err()
            .line,
        3
    );
    // As the page lists them: each with file, line, column and value.
    assert_eq!(
        message_list(&errors, 50)[1],
        "svar.csv, linje 5, kolonne «komp_med.ikt», verdi «7»: ugyldig svarkode (gyldige koder: 1, 2, 3, 4, 5, 9, eller tomt)"
    );
}

#[test]
fn a_long_list_shows_the_first_fifty_and_how_many_more() {
    let d = data();
    let mut text = BUNDLED.to_string();
    for line in 2..=81 {
        text = with_field(&text, line, 2, "8");
    }
    let errors =
        open_respondents("svar.csv", text.as_bytes(), &d.codebook, &d.register).unwrap_err();
    assert_eq!(errors.len(), 80);
    let shown = message_list(&errors, 50);
    assert_eq!(shown.len(), 51);
    assert!(shown[49].starts_with("svar.csv, linje 51, "));
    assert_eq!(shown[50], "… og 30 til");
    assert_eq!(message_list(&errors[..50], 50).len(), 50);
}

#[test]
fn wrong_and_missing_columns_are_all_named() {
    let d = data();
    let text = BUNDLED.replacen("komp_med.ikt", "komp_med.it", 1).replacen(
        ",komp_strategi,",
        ",strategi,",
        1,
    );
    let errors =
        open_respondents("svar.csv", text.as_bytes(), &d.codebook, &d.register).unwrap_err();
    let found: Vec<(Option<&str>, ErrorKind)> = errors
        .iter()
        .map(|e| (e.column.as_deref(), e.kind()))
        .collect();
    assert_eq!(
        found,
        [
            (Some("komp_med.it"), ErrorKind::UnknownColumn),
            (Some("strategi"), ErrorKind::UnknownColumn),
            (Some("komp_med.ikt"), ErrorKind::MissingColumn),
            (Some("komp_strategi"), ErrorKind::MissingColumn),
        ]
    );
    assert!(errors.iter().all(|e| e.line == 1));
}

#[test]
fn empty_binary_and_too_large_files_are_refused_with_their_reason() {
    assert_eq!(open("tom.csv", b""), Err(vec![Problem::EmptyFile]));
    assert_eq!(
        open("tom.csv", b"\xef\xbb\xbf\r\n"),
        Err(vec![Problem::EmptyFile])
    );
    // A spreadsheet (a zip archive) and a PNG image renamed to .csv.
    let xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00";
    assert_eq!(open("svar.csv", xlsx), Err(vec![Problem::NotText]));
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    assert_eq!(open("bilde.csv", png), Err(vec![Problem::NotText]));
    // 60 MB is refused by its size alone, before it is read.
    let error = check_size("stor.csv", 60_000_000).unwrap_err();
    assert_eq!(error.problem, Problem::TooLarge { limit: MAX_BYTES });
    assert_eq!(error.kind(), ErrorKind::NotReadable);
    assert!(check_size("svar.csv", MAX_BYTES).is_ok());
    assert_eq!(
        message_list(&[error], 50),
        ["stor.csv: filen er for stor til å åpnes her; grensen er 50 MB"]
    );
}

#[test]
fn the_template_opens_as_it_is_and_with_answers_filled_in() {
    use arbeidsgivermonitor::data::responses::NOT_ANSWERED;
    use arbeidsgivermonitor::render::respondent_template::{template_csv, template_guide};
    let d = data();
    let csv = template_csv(&d.codebook, &d.register);
    assert!(csv.starts_with("\u{feff}id;type;navn;komp_med.ikt;"));
    let opened = open_respondents("mal.csv", csv.as_bytes(), &d.codebook, &d.register).unwrap();
    assert_eq!(opened.len(), d.register.organisations.len());
    assert!(opened.codes.iter().flatten().all(|&c| c == NOT_ANSWERED));
    // Bergen's first answer filled in, the other organisations' rows deleted.
    let header = csv.lines().next().unwrap();
    let bergen = csv.lines().find(|l| l.starts_with("1201;")).unwrap();
    assert!(bergen.starts_with("1201;kommune;Bergen;"));
    let filled = format!("{header}\r\n{}\r\n", bergen.replacen(";;", ";5;", 1));
    let opened = open_respondents("mal.csv", filled.as_bytes(), &d.codebook, &d.register).unwrap();
    assert_eq!(opened.len(), 1);
    let bergen_index = d.register.position(OrgType::Kommune, "1201").unwrap();
    assert_eq!(opened.organisation, [bergen_index as u32]);
    assert_eq!(opened.codes[0], [5]);
    assert!(opened.codes[1..]
        .iter()
        .flatten()
        .all(|&c| c == NOT_ANSWERED));
    // The guide names every column with its codes.
    let guide = template_guide(&d.codebook);
    for column in d.codebook.columns() {
        assert!(
            guide
                .lines()
                .any(|l| l.starts_with(&format!("{}: ", column.name()))),
            "{column}"
        );
    }
    assert!(guide.contains("komp_med.ikt: ") && guide.contains("9 = Vet ikke"));
}

mod together {
    //! Opening an answer file with or without an opened codebook and dataset description.
    use super::*;
    use arbeidsgivermonitor::data::opened_file::{open_dataset, OpenedFile};
    use arbeidsgivermonitor::model::page_model::PageModel;
    use arbeidsgivermonitor::render::export::view_csv;
    use arbeidsgivermonitor::render::table_html::question_table_html;
    use arbeidsgivermonitor::state::view_state::ViewState;

    const CODEBOOK: &str = include_str!("../data/codebook.json");
    const DATASET: &str = include_str!("../data/dataset.json");

    fn file<'a>(name: &'a str, bytes: &'a [u8]) -> OpenedFile<'a> {
        OpenedFile { name, bytes }
    }

    #[test]
    fn an_answer_file_alone_is_shown_with_the_bundled_codebook_as_ones_own_data() {
        let opened = open_dataset(data(), &[file("svar.csv", BUNDLED.as_bytes())]).unwrap();
        assert!(!opened.described);
        assert!(!opened.dataset.meta.demo && !opened.dataset.meta.answers_public);
        assert_eq!(opened.dataset.codebook, data().codebook);
        assert_eq!(opened.dataset.register, data().register);
        assert_eq!(opened.dataset.responses, data().responses);
        // With the description, its demo label.
        let opened = open_dataset(
            data(),
            &[
                file("dataset.json", DATASET.as_bytes()),
                file("svar.csv", BUNDLED.as_bytes()),
            ],
        )
        .unwrap();
        assert!(opened.described);
        // The opened description has every language; the page's snapshot only its own.
        let mut meta = opened.dataset.meta.clone();
        meta.answers_description
            .keep_language(arbeidsgivermonitor::data::codebook::LANGUAGE);
        assert_eq!(meta, data().meta);
    }

    /// An import worker hands the page the opened data as a snapshot (`data::snapshot`, the
    /// form the build embeds): it arrives whole, with the opened codebook's labels.
    #[test]
    fn opened_data_travel_as_a_snapshot() {
        use arbeidsgivermonitor::data::snapshot::{decode, encode};
        let codebook = CODEBOOK.replacen("\"Innovasjon\"", "\"Innovasjon <b>og</b> nytt\"", 1);
        let answers = windows_1252(&as_norwegian_excel_saves_it());
        let opened = open_dataset(
            data(),
            &[
                file("codebook.json", codebook.as_bytes()),
                file("dataset.json", DATASET.as_bytes()),
                file("Svar 2017.CSV", &answers),
            ],
        )
        .unwrap();
        assert_eq!(
            opened.dataset.codebook.questions[0].items[1].label.nb,
            "Innovasjon <b>og</b> nytt"
        );
        assert_eq!(decode(&encode(&opened.dataset)).unwrap(), opened.dataset);
    }

    #[test]
    fn an_opened_codebook_classes_the_kommuner_by_its_own_size_classes() {
        // Another edition's size classes: the smallest class up to 10 000 instead of 5 000.
        let codebook =
            CODEBOOK.replacen("\"min_population\": 5000", "\"min_population\": 10000", 1);
        assert!(codebook != CODEBOOK, "the codebook has a class from 5 000");
        let opened = open_dataset(
            data(),
            &[
                file("codebook.json", codebook.as_bytes()),
                file("svar.csv", BUNDLED.as_bytes()),
            ],
        )
        .unwrap();
        let moved = data()
            .register
            .organisations
            .iter()
            .zip(&opened.dataset.register.organisations)
            .filter(|(before, after)| before.size_class != after.size_class)
            .map(|(_, after)| after.population)
            .collect::<Vec<_>>();
        assert!(!moved.is_empty());
        assert!(
            moved.iter().all(|&p| (5000..10000).contains(&p)),
            "{moved:?}"
        );
    }

    #[test]
    fn labels_that_are_markup_or_formulas_stay_text_in_tables_and_csv() {
        let payload = "<img src=x onerror=alert(1)>";
        let formula = "=HYPERLINK(\\\"https://example.invalid\\\")";
        let codebook = CODEBOOK
            .replacen(
                "\"IKT-ferdigheter/digital kompetanse\"",
                &format!("\"IKT-ferdigheter {payload}\""),
                1,
            )
            .replacen("\"I svært stor grad\"", &format!("\"{formula}\""), 1);
        assert!(codebook.contains(payload) && codebook.contains("HYPERLINK"));
        let opened = open_dataset(
            data(),
            &[
                file("codebook.json", codebook.as_bytes()),
                file("svar.csv", BUNDLED.as_bytes()),
            ],
        )
        .unwrap();
        let model = PageModel::new(&opened.dataset, &ViewState::default());
        let view = &model.questions[0];
        let html = question_table_html(view, "Tabell");
        assert!(
            html.contains("IKT-ferdigheter &lt;img src=x onerror=alert(1)&gt;"),
            "{html}"
        );
        assert!(!html.contains("<img"));
        let csv = view_csv(view, "alle", "Kilde");
        // The CSV names items by id; a label that is a formula is written as text.
        assert!(
            csv.contains("\"'=HYPERLINK(\"\"https://example.invalid\"\")\""),
            "{csv}"
        );
    }

    #[test]
    fn faults_of_every_opened_file_are_listed_together_and_nothing_is_kept() {
        let dataset = DATASET.replacen("\"demo\"", "\"demo_x\"", 1);
        let answers = with_field(BUNDLED, 4, 2, "6");
        let chosen = [
            file("dataset.json", dataset.as_bytes()),
            file("svar.csv", answers.as_bytes()),
            file("notater.txt", b"hei"),
            file("svar2.csv", BUNDLED.as_bytes()),
        ];
        // Issue 22: a file of an unexpected name, or a second answer file, is refused before
        // any file is read (the faults of the others' contents are not looked for).
        let errors = open_dataset(data(), &chosen).unwrap_err();
        let files: Vec<(&str, &Problem)> = errors
            .iter()
            .map(|e| (e.file.as_str(), &e.problem))
            .collect();
        assert_eq!(
            files,
            [
                ("notater.txt", &Problem::UnexpectedFile),
                ("svar2.csv", &Problem::UnexpectedFile),
            ]
        );
        let errors = open_dataset(data(), &chosen[..2]).unwrap_err();
        let files: Vec<(&str, ErrorKind)> =
            errors.iter().map(|e| (e.file.as_str(), e.kind())).collect();
        assert_eq!(
            files,
            [
                ("dataset.json", ErrorKind::UnknownColumn),
                ("svar.csv", ErrorKind::InvalidValue),
            ]
        );
        let errors =
            open_dataset(data(), &[file("codebook.json", CODEBOOK.as_bytes())]).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].problem, Problem::NoAnswerFile);
        assert_eq!(
            message_list(&errors, 50),
            ["codebook.json: ingen svarfil (.csv eller .xlsx) blant filene; åpne én, eventuelt sammen med codebook.json og dataset.json"]
        );
    }
}

/// Issue 13: Excel workbooks (`.xlsx`), read with calamine.
mod workbooks {
    use super::*;

    /// The first 120 answers of the bundled file, opened in LibreOffice Calc 7.4 and saved as
    /// `.xlsx` (tests/fixtures/README.md): Calc stores the kommunenummer 0301 as the number 301.
    const SAVED_BY_CALC: &[u8] = include_bytes!("fixtures/svar-libreoffice.xlsx");

    #[test]
    fn a_workbook_saved_by_a_spreadsheet_program_opens_as_its_csv() {
        let subset: String = BUNDLED
            .lines()
            .take(121)
            .map(|l| format!("{l}\n"))
            .collect();
        let from_csv = open("svar.csv", subset.as_bytes()).unwrap();
        let from_workbook = open("svar-libreoffice.xlsx", SAVED_BY_CALC).unwrap();
        assert_eq!(from_workbook.len(), 120);
        assert_eq!(from_workbook, from_csv);
        // The name is matched without regard to case, as for CSV.
        assert_eq!(open("SVAR.XLSX", SAVED_BY_CALC).unwrap(), from_csv);
    }

    /// The same workbook with its XML in windows-1252, as its XML declarations say, and the
    /// header «id» changed to «id – Måløy» (tests/fixtures/make-encoded-variants.py).
    const IN_WINDOWS_1252: &[u8] = include_bytes!("fixtures/svar-windows-1252.xlsx");

    #[test]
    fn a_workbook_whose_xml_is_not_utf8_is_refused_with_the_workbook_message() {
        // calamine 0.38 reads a workbook's text as UTF-8 whatever its XML declares, with
        // encoding_rs as with the stand-in the workbook reader links (crates/encoding-unicode;
        // checked with both); spreadsheet programs write UTF-8.
        let errors = open_respondents(
            "svar.xlsx",
            IN_WINDOWS_1252,
            &data().codebook,
            &data().register,
        )
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].problem, Problem::NotWorkbook);
        assert!(open("svar.xlsx", SAVED_BY_CALC).is_ok());
    }

    #[test]
    fn a_workbooks_faults_name_its_rows() {
        let d = data();
        // A CSV file under an .xlsx name is no workbook.
        let errors = open_respondents("svar.xlsx", BUNDLED.as_bytes(), &d.codebook, &d.register)
            .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].problem, Problem::NotWorkbook);
        assert_eq!(
            message_list(&errors, 50),
            ["svar.xlsx: filen kan ikke leses som en Excel-arbeidsbok (.xlsx); lagre den på nytt som .xlsx eller som CSV"]
        );
        // A file the browser could not read after it was chosen.
        let gone =
            arbeidsgivermonitor::data::error::DataError::new("svar.csv", 0, Problem::Unreadable);
        assert_eq!(gone.kind(), ErrorKind::NotReadable);
        assert_eq!(
            message_list(&[gone], 50),
            ["svar.csv: nettleseren kunne ikke lese filen; er den flyttet, slettet eller endret etter at den ble valgt? Velg den på nytt"]
        );
        // A workbook's places are its rows, as the spreadsheet program numbers them.
        let fault =
            arbeidsgivermonitor::data::error::DataError::new("svar.xlsx", 7, Problem::EmptyValue)
                .column("type");
        assert!(message_list(&[fault], 50)[0].starts_with("svar.xlsx, rad 7, kolonne «type»"));
        let too_large = vec![0u8; MAX_BYTES + 1];
        let errors =
            open_respondents("stor.xlsx", &too_large, &d.codebook, &d.register).unwrap_err();
        assert_eq!(errors[0].problem, Problem::TooLarge { limit: MAX_BYTES });
    }
}

//! What is wrong with a data file, in nynorsk (issue 14; bokmål: `nb::data_errors`, which
//! `build.rs` uses): the file, the line, the column and the value, then the problem.

use crate::data::error::{DataError, Form, JsonFault, Missing, Problem, Repeated};
use crate::data::register::OrgType;
use crate::data::snapshot::{Damaged, SNAPSHOT_FILE};

/// The page's data are damaged: «dataset.bin: dei innebygde dataa er skadde (byte 12); bygg
/// sida på nytt».
pub fn damaged(damaged: &Damaged) -> String {
    format!(
        "{SNAPSHOT_FILE}: dei innebygde dataa er skadde (byte {}); bygg sida på nytt",
        damaged.byte
    )
}

/// «data/respondents.csv, linje 7, kolonne «q1», verdi «9»: ugyldig svarkode …».
pub fn message(error: &DataError) -> String {
    if error.problem == Problem::NotPublishable {
        return format!("{} {NOT_PUBLISHABLE}", error.file);
    }
    let mut out = error.file.clone();
    if error.line > 0 {
        // A workbook's lines are the rows its spreadsheet program numbers.
        let row = if error.file.to_ascii_lowercase().ends_with(".xlsx") {
            "rad"
        } else {
            "linje"
        };
        out.push_str(&format!(", {row} {}", error.line));
    }
    if let Some(column) = &error.column {
        out.push_str(&format!(", kolonne «{column}»"));
    }
    if let Some(value) = &error.value {
        out.push_str(&format!(", verdi «{value}»"));
    }
    out.push_str(": ");
    out.push_str(&problem(&error.problem));
    out
}

/// Why a page for publishing cannot be built; after the file's name.
const NOT_PUBLISHABLE: &str = "seier ikkje at svara kan publiserast for kvar organisasjon («answers_public»: true). Nettsida inneheld kvar svarrad, så ho kan ikkje byggjast for publisering (--release) frå desse dataa. Konfidensielle svar høyrer heime i ei lokal analyse (trunk serve utan --release, eller cargo run --bin expected-view). Sjå docs/DATA.md.";

fn form(form: Form) -> String {
    match form {
        Form::Count => "eit heilt, ikkje-negativt tal".into(),
        Form::Fraction => "eit desimaltal mellom 0 og 1 (med punktum)".into(),
        Form::TrueFalse => "True eller False".into(),
        Form::Digits(digits) => {
            format!("eit nummer med nøyaktig {digits} siffer (med leiande nullar)")
        }
        Form::Text => "tekst".into(),
        Form::Boolean => "true eller false".into(),
        Form::Integer => "eit heilt tal".into(),
        Form::List => "ei liste".into(),
        Form::Object => "eit objekt".into(),
    }
}

fn json_fault(fault: JsonFault) -> &'static str {
    match fault {
        JsonFault::TrailingText => "uventa tekst etter slutten av dokumentet",
        JsonFault::ExpectedValue => "venta ein verdi",
        JsonFault::TooDeep => "for djupt nøsta",
        JsonFault::EndsEarly => "fila sluttar for tidleg",
        JsonFault::ExpectedKey => "venta eit feltnamn i hermeteikn",
        JsonFault::ExpectedColon => "venta «:»",
        JsonFault::ExpectedCommaOrBrace => "venta «,» eller «}»",
        JsonFault::ExpectedCommaOrBracket => "venta «,» eller «]»",
        JsonFault::LeadingZero => "ugyldig tal (ingen innleiande nullar)",
        JsonFault::NotWhole => "berre heile tal er tillatne",
        JsonFault::BadNumber => "ugyldig tal",
        JsonFault::UnclosedString => "tekst utan avsluttande hermeteikn",
        JsonFault::BadEscape => "ugyldig escape-sekvens",
        JsonFault::ControlCharacter => "linjeskift eller kontrollteikn i tekst",
        JsonFault::BadUtf8 => "ugyldig UTF-8",
        JsonFault::BadUnicodeEscape => "ugyldig \\u-escape",
        JsonFault::HalfSurrogate => "ugyldig \\u-escape (halvt surrogatpar)",
        JsonFault::UnpairedSurrogate => "ugyldig \\u-escape (surrogatpar som ikkje høyrer saman)",
    }
}

fn repeated(what: Repeated) -> &'static str {
    match what {
        Repeated::ScaleId => "skala-id finst to gonger",
        Repeated::Code => "koden finst to gonger i skalaen",
        Repeated::QuestionId => "spørsmåls-id finst to gonger",
        Repeated::ItemId => "punkt-id finst to gonger i spørsmålet",
        Repeated::KeyFigureId => "nøkkeltal-id finst to gonger",
        Repeated::Fylkesnummer => "fylkesnummeret finst to gonger",
        Repeated::Kommunenummer => "kommunenummeret finst to gonger",
        Repeated::Answer => {
            "organisasjonen har svart meir enn éin gong (id finst på ei tidlegare linje)"
        }
    }
}

fn missing(what: &Missing) -> String {
    match what {
        Missing::Scale => "ukjent skala".into(),
        Missing::Theme => "ukjent tema".into(),
        Missing::Question => "ukjent spørsmål".into(),
        Missing::Code => "koden finst ikkje i skalaen".into(),
        Missing::ConditionCode => "koden finst ikkje i skalaen til spørsmålet i vilkåret".into(),
        Missing::Item => "spørsmålet har ikkje dette punktet".into(),
        Missing::Fylke { file } => format!("fylket finst ikkje i {file}"),
        Missing::Kommune { file } => format!("kommunen finst ikkje i {file}"),
        Missing::Organisation(org_type) => {
            let noun = match org_type {
                OrgType::Kommune => "kommune",
                OrgType::Fylkeskommune => "fylkeskommune",
            };
            format!("ingen {noun} med dette nummeret i registeret for 2017")
        }
    }
}

/// The problem alone, without where.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::EmptyFile => "fila er tom; ho må ha ei overskriftslinje".into(),
        Problem::UnclosedQuote => "eit felt i hermeteikn blir aldri avslutta".into(),
        Problem::FieldCount { found, expected } => {
            format!("linja har {found} felt, men overskrifta har {expected}")
        }
        Problem::Json { character, fault } => {
            format!("ugyldig JSON (teikn {character}): {}", json_fault(*fault))
        }
        Problem::EmptyHeader { position } => format!("kolonne {position} har tom overskrift"),
        Problem::DuplicateHeader => "kolonnen finst to gonger i overskrifta".into(),
        Problem::MissingColumn => "påkravd kolonne manglar".into(),
        Problem::MissingField { key } => format!("manglar feltet «{key}»"),
        Problem::UnknownField { allowed } => {
            format!("ukjent felt; tillate er {}", allowed.join(", "))
        }
        Problem::FirstColumns => "dei to første kolonnane må vere «id» og «type»".into(),
        Problem::ColumnNotInCodebook => {
            "ukjend kolonne: han finst ikkje i kodeboka (data/codebook.json)".into()
        }
        Problem::ColumnMissing => "kolonnen manglar; kodeboka har dette spørsmålet".into(),
        Problem::NotOfForm(expected) | Problem::WrongType(expected) => {
            format!("venta {}", form(*expected))
        }
        Problem::NumberOutOfRange => "talet er utanfor tillate område".into(),
        Problem::EmptyValue => "feltet kan ikkje vere tomt".into(),
        Problem::ShareOutOfRange => "delen må vere større enn 0 og høgst 1".into(),
        Problem::UnknownOrgType => "type må vere «kommune» eller «fylkeskommune»".into(),
        Problem::AnswerCode { valid } => {
            format!("ugyldig svarkode (gyldige kodar: {valid}, eller tomt)")
        }
        Problem::ReservedCodeZero => "kode 0 er reservert for «ikkje svart»".into(),
        Problem::NoCodes => "skalaen har ingen kodar".into(),
        Problem::EmptyCodeGroup => "kodegruppen er tom".into(),
        Problem::BadId => "ein id kan berre ha bokstavane a–z og A–Z, siffer og understrek (_), og høgst 40 teikn".into(),
        Problem::Repeated(what) => repeated(*what).into(),
        Problem::Unknown(what) => missing(what),
        Problem::DontKnowInShare => "«Veit ikkje» kan ikkje inngå i ein del".into(),
        Problem::SizeClassOrder => {
            "storleiksklassane må starte på 0 og ha stigande nedre grenser".into()
        }
        Problem::ConditionTarget => "vilkåret må vise til eit anna spørsmål med eitt punkt".into(),
        Problem::KeyFigureItem => {
            "spørsmålet har fleire punkt, så nøkkeltalet må velje eitt".into()
        }
        Problem::KommuneOutsideFylke { knr, fylkesnr } => {
            format!("kommunenummer {knr} høyrer ikkje til fylke {fylkesnr}")
        }
        Problem::NotAsked {
            question,
            codes,
            had,
        } => format!(
            "spørsmålet blir berre stilt når «{question}» har kode {codes:?}, men det har {}",
            match had {
                None => "ikkje svar".to_string(),
                Some(code) => format!("kode {code}"),
            }
        ),
        Problem::NotPublishable => format!("fila {NOT_PUBLISHABLE}"),
        Problem::TooLarge { limit } => format!(
            "fila er for stor til å opnast her; grensa er {} MB",
            limit / 1_000_000
        ),
        Problem::NotText => "fila er ikkje ei tekstfil; lagre svara som CSV (kommaseparert eller semikolonseparert) eller som Excel-arbeidsbok (.xlsx) og opne den fila".into(),
        Problem::UnexpectedFile => "opne éi svarfil (.csv eller .xlsx), eventuelt saman med codebook.json og dataset.json; denne fila er ingen av dei".into(),
        Problem::NoAnswerFile => "inga svarfil (.csv eller .xlsx) blant filene; opne éi, eventuelt saman med codebook.json og dataset.json".into(),
        Problem::NotWorkbook => "fila kan ikkje lesast som ei Excel-arbeidsbok (.xlsx); lagre ho på nytt som .xlsx eller som CSV".into(),
        Problem::Unreadable => "nettlesaren kunne ikkje lese fila; er ho flytta, sletta eller endra etter at ho vart vald? Vel ho på nytt".into(),
        Problem::TooLargeTogether { limit } => format!(
            "filene er til saman for store til å opnast her; grensa er {} MB for alle saman",
            limit / 1_000_000
        ),
        Problem::TooManyRows { limit } => format!(
            "fila har fleire enn {limit} rader under overskrifta; så mange kommunar og fylkeskommunar finst ikkje, så ho kan ikkje vere ei svarfil"
        ),
        Problem::TooManyColumns { limit } => format!(
            "meir enn {limit} kolonnar; så mange spørsmål har inga utgåve av undersøkinga"
        ),
        Problem::WorkbookTooLarge { limit } => format!(
            "arbeidsboka blir for stor når ho blir pakka ut (over {} MB); lagre berre svara, som .xlsx eller CSV",
            limit / 1_000_000
        ),
    }
}

/// A list of faults as the page shows it: the first `most`, then «… og 12 til».
pub fn message_list(errors: &[DataError], most: usize) -> Vec<String> {
    let mut lines: Vec<String> = errors.iter().take(most).map(message).collect();
    if errors.len() > most {
        lines.push(format!("… og {} til", errors.len() - most));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(problem: Problem) -> DataError {
        DataError::new("data/respondents.csv", 7, problem)
            .column("q1")
            .value("9")
    }

    #[test]
    fn names_file_line_column_and_value_then_the_problem() {
        assert_eq!(
            message(&at(Problem::AnswerCode {
                valid: "1, 2, 3".into()
            })),
            "data/respondents.csv, linje 7, kolonne «q1», verdi «9»: ugyldig svarkode (gyldige kodar: 1, 2, 3, eller tomt)"
        );
        let whole_file = DataError::new("data/kommuner_2017.csv", 0, Problem::EmptyFile);
        assert_eq!(
            message(&whole_file),
            "data/kommuner_2017.csv: fila er tom; ho må ha ei overskriftslinje"
        );
    }

    #[test]
    fn words_each_problem_with_its_numbers_and_names() {
        let cases = [
            (
                Problem::FieldCount {
                    found: 3,
                    expected: 2,
                },
                "linja har 3 felt, men overskrifta har 2",
            ),
            (
                Problem::Json {
                    character: 4,
                    fault: JsonFault::TooDeep,
                },
                "ugyldig JSON (teikn 4): for djupt nøsta",
            ),
            (Problem::WrongType(Form::Text), "venta tekst"),
            (
                Problem::NotOfForm(Form::Digits(4)),
                "venta eit nummer med nøyaktig 4 siffer (med leiande nullar)",
            ),
            (
                Problem::MissingField {
                    key: "other".into(),
                },
                "manglar feltet «other»",
            ),
            (Problem::NumberOutOfRange, "talet er utanfor tillate område"),
            (
                Problem::Unknown(Missing::Organisation(OrgType::Fylkeskommune)),
                "ingen fylkeskommune med dette nummeret i registeret for 2017",
            ),
            (
                Problem::NotAsked {
                    question: "digi_prioritet".into(),
                    codes: Box::new([3, 4]),
                    had: None,
                },
                "spørsmålet blir berre stilt når «digi_prioritet» har kode [3, 4], men det har ikkje svar",
            ),
        ];
        for (given, expected) in cases {
            assert_eq!(problem(&given), expected);
        }
    }

    #[test]
    fn damaged_data_name_the_byte() {
        assert_eq!(
            damaged(&Damaged { byte: 12 }),
            "dataset.bin: dei innebygde dataa er skadde (byte 12); bygg sida på nytt"
        );
    }

    #[test]
    fn a_confidential_data_set_is_named_first() {
        let error = DataError::new("eget/dataset.json", 0, Problem::NotPublishable);
        assert!(message(&error)
            .starts_with("eget/dataset.json seier ikkje at svara kan publiserast for kvar"));
    }
}

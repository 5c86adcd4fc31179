//! What is wrong with a data file, in bokmål: the file, the line, the column and the value,
//! then the problem. Also compiled into `build.rs` (by path), so a build that stops on bad
//! data says why in the same words; it therefore names only `crate::data::error` and
//! `crate::data::register`.

use crate::data::error::{DataError, Form, JsonFault, Missing, Problem, Repeated};
use crate::data::register::OrgType;
use crate::data::snapshot::{Damaged, SNAPSHOT_FILE};

/// The page's data are damaged: «dataset.bin: de innebygde dataene er skadet (byte 12); bygg
/// siden på nytt».
pub fn damaged(damaged: &Damaged) -> String {
    format!(
        "{SNAPSHOT_FILE}: de innebygde dataene er skadet (byte {}); bygg siden på nytt",
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
const NOT_PUBLISHABLE: &str = "sier ikke at svarene kan publiseres for hver organisasjon («answers_public»: true). Nettsiden inneholder hver svarrad, så den kan ikke bygges for publisering (--release) fra disse dataene. Konfidensielle svar hører hjemme i en lokal analyse (trunk serve uten --release, eller cargo run --bin expected-view). Se docs/DATA.md.";

fn form(form: Form) -> String {
    match form {
        Form::Count => "et helt, ikke-negativt tall".into(),
        Form::Fraction => "et desimaltall mellom 0 og 1 (med punktum)".into(),
        Form::TrueFalse => "True eller False".into(),
        Form::Digits(digits) => {
            format!("et nummer med nøyaktig {digits} sifre (med ledende nuller)")
        }
        Form::Text => "tekst".into(),
        Form::Boolean => "true eller false".into(),
        Form::Integer => "et helt tall".into(),
        Form::List => "en liste".into(),
        Form::Object => "et objekt".into(),
    }
}

fn json_fault(fault: JsonFault) -> &'static str {
    match fault {
        JsonFault::TrailingText => "uventet tekst etter slutten av dokumentet",
        JsonFault::ExpectedValue => "forventet en verdi",
        JsonFault::TooDeep => "for dypt nøstet",
        JsonFault::EndsEarly => "filen slutter for tidlig",
        JsonFault::ExpectedKey => "forventet et feltnavn i anførselstegn",
        JsonFault::ExpectedColon => "forventet «:»",
        JsonFault::ExpectedCommaOrBrace => "forventet «,» eller «}»",
        JsonFault::ExpectedCommaOrBracket => "forventet «,» eller «]»",
        JsonFault::LeadingZero => "ugyldig tall (ingen innledende nuller)",
        JsonFault::NotWhole => "bare hele tall er tillatt",
        JsonFault::BadNumber => "ugyldig tall",
        JsonFault::UnclosedString => "tekst uten avsluttende anførselstegn",
        JsonFault::BadEscape => "ugyldig escape-sekvens",
        JsonFault::ControlCharacter => "linjeskift eller kontrolltegn i tekst",
        JsonFault::BadUtf8 => "ugyldig UTF-8",
        JsonFault::BadUnicodeEscape => "ugyldig \\u-escape",
        JsonFault::HalfSurrogate => "ugyldig \\u-escape (halvt surrogatpar)",
        JsonFault::UnpairedSurrogate => "ugyldig \\u-escape (surrogatpar som ikke hører sammen)",
    }
}

fn repeated(what: Repeated) -> &'static str {
    match what {
        Repeated::ScaleId => "skala-id finnes to ganger",
        Repeated::Code => "koden finnes to ganger i skalaen",
        Repeated::QuestionId => "spørsmåls-id finnes to ganger",
        Repeated::ItemId => "punkt-id finnes to ganger i spørsmålet",
        Repeated::KeyFigureId => "nøkkeltall-id finnes to ganger",
        Repeated::Fylkesnummer => "fylkesnummeret finnes to ganger",
        Repeated::Kommunenummer => "kommunenummeret finnes to ganger",
        Repeated::Answer => {
            "organisasjonen har svart mer enn én gang (id finnes på en tidligere linje)"
        }
    }
}

fn missing(what: &Missing) -> String {
    match what {
        Missing::Scale => "ukjent skala".into(),
        Missing::Theme => "ukjent tema".into(),
        Missing::Question => "ukjent spørsmål".into(),
        Missing::Code => "koden finnes ikke i skalaen".into(),
        Missing::ConditionCode => "koden finnes ikke i skalaen til spørsmålet i vilkåret".into(),
        Missing::Item => "spørsmålet har ikke dette punktet".into(),
        Missing::Fylke { file } => format!("fylket finnes ikke i {file}"),
        Missing::Kommune { file } => format!("kommunen finnes ikke i {file}"),
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
        Problem::EmptyFile => "filen er tom; den må ha en overskriftslinje".into(),
        Problem::UnclosedQuote => "et felt i anførselstegn blir aldri avsluttet".into(),
        Problem::FieldCount { found, expected } => {
            format!("linjen har {found} felt, men overskriften har {expected}")
        }
        Problem::Json { character, fault } => {
            format!("ugyldig JSON (tegn {character}): {}", json_fault(*fault))
        }
        Problem::EmptyHeader { position } => format!("kolonne {position} har tom overskrift"),
        Problem::DuplicateHeader => "kolonnen finnes to ganger i overskriften".into(),
        Problem::MissingColumn => "påkrevd kolonne mangler".into(),
        Problem::MissingField { key } => format!("mangler feltet «{key}»"),
        Problem::UnknownField { allowed } => {
            format!("ukjent felt; tillatt er {}", allowed.join(", "))
        }
        Problem::FirstColumns => "de to første kolonnene må være «id» og «type»".into(),
        Problem::ColumnNotInCodebook => {
            "ukjent kolonne: den finnes ikke i kodeboken (data/codebook.json)".into()
        }
        Problem::ColumnMissing => "kolonnen mangler; kodeboken har dette spørsmålet".into(),
        Problem::NotOfForm(expected) | Problem::WrongType(expected) => {
            format!("forventet {}", form(*expected))
        }
        Problem::NumberOutOfRange => "tallet er utenfor tillatt område".into(),
        Problem::EmptyValue => "feltet kan ikke være tomt".into(),
        Problem::ShareOutOfRange => "andelen må være større enn 0 og høyst 1".into(),
        Problem::UnknownOrgType => "type må være «kommune» eller «fylkeskommune»".into(),
        Problem::AnswerCode { valid } => {
            format!("ugyldig svarkode (gyldige koder: {valid}, eller tomt)")
        }
        Problem::ReservedCodeZero => "kode 0 er reservert for «ikke besvart»".into(),
        Problem::NoCodes => "skalaen har ingen koder".into(),
        Problem::EmptyCodeGroup => "kodegruppen er tom".into(),
        Problem::BadId => "en id kan bare ha bokstavene a–z og A–Z, sifre og understrek (_), og høyst 40 tegn".into(),
        Problem::Repeated(what) => repeated(*what).into(),
        Problem::Unknown(what) => missing(what),
        Problem::DontKnowInShare => "«Vet ikke» kan ikke inngå i en andel".into(),
        Problem::SizeClassOrder => {
            "størrelsesklassene må starte på 0 og ha stigende nedre grenser".into()
        }
        Problem::ConditionTarget => "vilkåret må vise til et annet spørsmål med ett punkt".into(),
        Problem::KeyFigureItem => {
            "spørsmålet har flere punkter, så nøkkeltallet må velge ett".into()
        }
        Problem::KommuneOutsideFylke { knr, fylkesnr } => {
            format!("kommunenummer {knr} hører ikke til fylke {fylkesnr}")
        }
        Problem::NotAsked {
            question,
            codes,
            had,
        } => format!(
            "spørsmålet stilles bare når «{question}» har kode {codes:?}, men den har {}",
            match had {
                None => "ikke svar".to_string(),
                Some(code) => format!("kode {code}"),
            }
        ),
        Problem::NotPublishable => format!("filen {NOT_PUBLISHABLE}"),
        Problem::TooLarge { limit } => format!(
            "filen er for stor til å åpnes her; grensen er {} MB",
            limit / 1_000_000
        ),
        Problem::NotText => "filen er ikke en tekstfil; lagre svarene som CSV (kommaseparert eller semikolonseparert) eller som Excel-arbeidsbok (.xlsx) og åpne den filen".into(),
        Problem::UnexpectedFile => "åpne én svarfil (.csv eller .xlsx), eventuelt sammen med codebook.json og dataset.json; denne filen er ingen av dem".into(),
        Problem::NoAnswerFile => "ingen svarfil (.csv eller .xlsx) blant filene; åpne én, eventuelt sammen med codebook.json og dataset.json".into(),
        Problem::NotWorkbook => "filen kan ikke leses som en Excel-arbeidsbok (.xlsx); lagre den på nytt som .xlsx eller som CSV".into(),
        Problem::Unreadable => "nettleseren kunne ikke lese filen; er den flyttet, slettet eller endret etter at den ble valgt? Velg den på nytt".into(),
        Problem::TooLargeTogether { limit } => format!(
            "filene er til sammen for store til å åpnes her; grensen er {} MB for alle sammen",
            limit / 1_000_000
        ),
        Problem::TooManyRows { limit } => format!(
            "filen har flere enn {limit} rader under overskriften; så mange kommuner og fylkeskommuner finnes ikke, så den kan ikke være en svarfil"
        ),
        Problem::TooManyColumns { limit } => format!(
            "mer enn {limit} kolonner; så mange spørsmål har ingen utgave av undersøkelsen"
        ),
        Problem::WorkbookTooLarge { limit } => format!(
            "arbeidsboken blir for stor når den pakkes ut (over {} MB); lagre bare svarene, som .xlsx eller CSV",
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
            "data/respondents.csv, linje 7, kolonne «q1», verdi «9»: ugyldig svarkode (gyldige koder: 1, 2, 3, eller tomt)"
        );
        let whole_file = DataError::new("data/kommuner_2017.csv", 0, Problem::EmptyFile);
        assert_eq!(
            message(&whole_file),
            "data/kommuner_2017.csv: filen er tom; den må ha en overskriftslinje"
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
                "linjen har 3 felt, men overskriften har 2",
            ),
            (
                Problem::Json {
                    character: 4,
                    fault: JsonFault::TooDeep,
                },
                "ugyldig JSON (tegn 4): for dypt nøstet",
            ),
            (Problem::WrongType(Form::Text), "forventet tekst"),
            (
                Problem::NotOfForm(Form::Digits(4)),
                "forventet et nummer med nøyaktig 4 sifre (med ledende nuller)",
            ),
            (
                Problem::MissingField {
                    key: "other".into(),
                },
                "mangler feltet «other»",
            ),
            (Problem::NumberOutOfRange, "tallet er utenfor tillatt område"),
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
                "spørsmålet stilles bare når «digi_prioritet» har kode [3, 4], men den har ikke svar",
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
            "dataset.bin: de innebygde dataene er skadet (byte 12); bygg siden på nytt"
        );
    }

    #[test]
    fn a_confidential_data_set_is_named_first() {
        let error = DataError::new("eget/dataset.json", 0, Problem::NotPublishable);
        assert!(message(&error)
            .starts_with("eget/dataset.json sier ikke at svarene kan publiseres for hver"));
    }
}

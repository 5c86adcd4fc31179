//! «Opne eigne data» in nynorsk (issue 14; bokmål: `nb::own_data`): the dialog, its progress
//! and fault list, the fault report, the banner over opened data, and the credits of answers
//! opened without a `dataset.json`.

use crate::data::error::DataError;

pub const OPEN: &str = "Opne eigne data";
pub const HEADING: &str = "Opne eigne data";
pub const INTRO: &str = "Sjå dine eigne svar i utforskaren. Filene blir berre lesne i denne nettlesaren: ingenting blir sendt nokon stad, og dataa blir berre lagra på denne maskinen til du vel «Gløym dataa».";
pub const FORMATS: &str = "Svarfila kan vere CSV (komma- eller semikolonseparert, UTF-8 eller Windows-1252) eller Excel (.xlsx) med dei same kolonnane som malen. Har undersøkinga andre spørsmål, opnar du codebook.json og dataset.json saman med ho.";
pub const CHOOSE: &str = "Vel filer …";
pub const DROP: &str = "eller slepp dei her";
pub const TEMPLATE: &str = "Last ned mal (CSV)";
pub const GUIDE: &str = "Last ned rettleiing";
pub const TEMPLATE_FILE: &str = "mal-eigne-svar.csv";
pub const GUIDE_FILE: &str = "rettleiing-eigne-svar.txt";
/// The steps of opening, as the progress bar names them.
pub const STEPS: [&str; 3] = ["Les filene", "Sjekkar svara", "Gjer klar visinga"];
pub const UNCHANGED: &str = "Sida viser det same som før.";
pub const REPORT: &str = "Last ned feilrapport";
pub const REPORT_FILE: &str = "feilrapport-eigne-data.txt";
pub const WORKER_FAILED: &str = "Filene kunne ikkje opnast fordi koden som les dei, ikkje kunne lastast. Er du utan nett? Han blir lagra på maskinen første gong du opnar ei fil.";
pub const BACK: &str = "Tilbake til publiserte tal";
pub const FORGET: &str = "Gløym dataa";
pub const TAG: &str = "Eigne data";
pub const NOTHING_SENT: &str = "Ingenting er sendt nokon stad: filene vart lesne i denne nettlesaren, og dataa er berre lagra på denne maskinen.";
pub const NOT_STORED: &str = "Ingenting er sendt nokon stad: filene vart lesne i denne nettlesaren. Dataa kunne ikkje lagrast på maskinen, så dei forsvinn når sida blir lasta på nytt.";
pub const RESTORING: &str = "Hentar dine eigne data frå denne maskinen …";
pub const RESTORE_FAILED: &str = "Dei eigne dataa som er lagra på denne maskinen, kunne ikkje lesast (kanskje lagra av ei eldre utgåve av utforskaren), og er gløymde. Sida viser dei publiserte tala; opne filene på nytt.";
pub const FORGOTTEN: &str = "Dataa er gløymde: dei er fjerna frå denne maskinen.";
pub const FORGET_FAILED: &str = "Dataa kunne ikkje fjernast frå denne maskinen. Vel «Gløym dataa» igjen, eller slett dataa for denne nettstaden i innstillingane til nettlesaren.";
/// The button that stops an opening under way.
pub const CANCEL: &str = "Avbryt";
pub const CANCELLED: &str = "Opninga er avbroten. Sida viser det same som før.";
pub const FORGOTTEN_ELSEWHERE: &str =
    "Dei eigne dataa vart gløymde i ei anna fane. Sida viser dei publiserte tala.";
pub const EMBED_NOT_OFFERED: &str = "Eigne data kan ikkje byggjast inn. Ei innebygd vising på ei anna side viser dei publiserte tala, og dine data finst berre på denne maskinen. Vel «Tilbake til publiserte tal» for å byggje inn.";

/// A moment as «1. desember 2026 kl. 22.40» (`month` 1–12).
pub fn moment(day: u32, month: u32, year: u32, hour: u32, minute: u32) -> String {
    crate::wording::shared::norwegian_moment(day, month, year, hour, minute)
}

/// The banner's first sentence.
pub fn shown(files: &str, since: &str) -> String {
    format!("Du ser eigne data frå {files}, opna {since}.")
}

/// The files opened together, for the banner and the report: «svar.csv» or «svar.csv»,
/// «codebook.json» og «dataset.json».
pub fn file_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("«{n}»")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} og {last}", rest.join(", ")),
    }
}

/// What the dialog offers for data kept on this machine but not shown.
pub fn stored(files: &str, since: &str) -> String {
    format!("Eigne data frå {files}, opna {since}, er lagra på denne maskinen.")
}

/// The dialog's button that shows kept data again.
pub const SHOW_AGAIN: &str = "Vis dei igjen";

/// The heading over a list of faults.
pub fn failed(count: usize) -> String {
    if count == 1 {
        "Filene vart ikkje opna: 1 feil.".to_string()
    } else {
        format!("Filene vart ikkje opna: {count} feil.")
    }
}

/// The progress bar's text: «Sjekkar svara (steg 2 av 3)».
pub fn step(step: usize) -> String {
    let index = step.clamp(1, STEPS.len()) - 1;
    format!("{} (steg {} av {})", STEPS[index], index + 1, STEPS.len())
}

/// The downloadable report: every fault, one per line, after a heading naming the files.
pub fn report(files: &[String], errors: &[DataError]) -> String {
    let mut out = format!(
        "Feilrapport: {} vart ikkje opna i Arbeidsgivermonitoren-utforskaren.\r\n{}\r\n\r\n",
        file_names(files),
        failed(errors.len())
    );
    for error in errors {
        out.push_str(&super::data_errors::message(error));
        out.push_str("\r\n");
    }
    out
}

/// The source line of answers opened without a `dataset.json`: the survey's, and whose answers.
pub fn source(published: &str) -> String {
    format!("{published}, eigne data")
}

/// «Om dataa» for answers opened without a `dataset.json`.
pub fn description(files: &str) -> String {
    format!("Svara er eigne data, lesne frå {files} i denne nettlesaren. Dei er ikkje sende nokon stad og er ikkje publiserte av KS.")
}

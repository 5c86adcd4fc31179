//! «Åpne egne data» (issue 13): the dialog, its progress and fault list, the fault report, the
//! banner over opened data, and the credits of answers opened without a `dataset.json`.

use crate::data::error::DataError;

pub const OPEN: &str = "Åpne egne data";
pub const HEADING: &str = "Åpne egne data";
pub const INTRO: &str = "Se dine egne svar i utforskeren. Filene leses bare i denne nettleseren: ingenting sendes noe sted, og dataene lagres bare på denne maskinen til du velger «Glem dataene».";
pub const FORMATS: &str = "Svarfilen kan være CSV (komma- eller semikolonseparert, UTF-8 eller Windows-1252) eller Excel (.xlsx) med de samme kolonnene som malen. Har undersøkelsen andre spørsmål, åpner du codebook.json og dataset.json sammen med den.";
pub const CHOOSE: &str = "Velg filer …";
pub const DROP: &str = "eller slipp dem her";
pub const TEMPLATE: &str = "Last ned mal (CSV)";
pub const GUIDE: &str = "Last ned veiledning";
pub const TEMPLATE_FILE: &str = "mal-egne-svar.csv";
pub const GUIDE_FILE: &str = "veiledning-egne-svar.txt";
/// The steps of opening, as the progress bar names them.
pub const STEPS: [&str; 3] = ["Leser filene", "Sjekker svarene", "Gjør klar visningen"];
pub const UNCHANGED: &str = "Siden viser det samme som før.";
pub const REPORT: &str = "Last ned feilrapport";
pub const REPORT_FILE: &str = "feilrapport-egne-data.txt";
pub const WORKER_FAILED: &str = "Filene kunne ikke åpnes fordi koden som leser dem ikke kunne lastes. Er du uten nett? Den lagres på maskinen første gang du åpner en fil.";
pub const BACK: &str = "Tilbake til publiserte tall";
pub const FORGET: &str = "Glem dataene";
pub const TAG: &str = "Egne data";
pub const NOTHING_SENT: &str = "Ingenting er sendt noe sted: filene ble lest i denne nettleseren, og dataene er lagret bare på denne maskinen.";
pub const NOT_STORED: &str = "Ingenting er sendt noe sted: filene ble lest i denne nettleseren. Dataene kunne ikke lagres på maskinen, så de forsvinner når siden lastes på nytt.";
pub const RESTORING: &str = "Henter dine egne data fra denne maskinen …";
pub const RESTORE_FAILED: &str = "De egne dataene som er lagret på denne maskinen, kunne ikke leses (kanskje lagret av en eldre utgave av utforskeren), og er glemt. Siden viser de publiserte tallene; åpne filene på nytt.";
pub const FORGOTTEN: &str = "Dataene er glemt: de er fjernet fra denne maskinen.";
pub const FORGET_FAILED: &str = "Dataene kunne ikke fjernes fra denne maskinen. Velg «Glem dataene» igjen, eller slett dataene for dette nettstedet i nettleserens innstillinger.";
/// The button that stops an opening under way.
pub const CANCEL: &str = "Avbryt";
pub const CANCELLED: &str = "Åpningen er avbrutt. Siden viser det samme som før.";
pub const FORGOTTEN_ELSEWHERE: &str =
    "De egne dataene ble glemt i en annen fane. Siden viser de publiserte tallene.";
pub const EMBED_NOT_OFFERED: &str = "Egne data kan ikke bygges inn. En innebygd visning på en annen side viser de publiserte tallene, og dine data finnes bare på denne maskinen. Velg «Tilbake til publiserte tall» for å bygge inn.";

/// A moment as «1. desember 2026 kl. 22.40» (`month` 1–12).
pub fn moment(day: u32, month: u32, year: u32, hour: u32, minute: u32) -> String {
    crate::wording::shared::norwegian_moment(day, month, year, hour, minute)
}

/// The banner's first sentence.
pub fn shown(files: &str, since: &str) -> String {
    format!("Du ser egne data fra {files}, åpnet {since}.")
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
    format!("Egne data fra {files}, åpnet {since}, er lagret på denne maskinen.")
}

/// The dialog's button that shows kept data again.
pub const SHOW_AGAIN: &str = "Vis dem igjen";

/// The heading over a list of faults.
pub fn failed(count: usize) -> String {
    if count == 1 {
        "Filene ble ikke åpnet: 1 feil.".to_string()
    } else {
        format!("Filene ble ikke åpnet: {count} feil.")
    }
}

/// The progress bar's text: «Sjekker svarene (steg 2 av 3)».
pub fn step(step: usize) -> String {
    let index = step.clamp(1, STEPS.len()) - 1;
    format!("{} (steg {} av {})", STEPS[index], index + 1, STEPS.len())
}

/// The downloadable report: every fault, one per line, after a heading naming the files.
pub fn report(files: &[String], errors: &[DataError]) -> String {
    let mut out = format!(
        "Feilrapport: {} ble ikke åpnet i Arbeidsgivermonitoren-utforskeren.\r\n{}\r\n\r\n",
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
    format!("{published}, egne data")
}

/// «Om dataene» for answers opened without a `dataset.json`.
pub fn description(files: &str) -> String {
    format!("Svarene er egne data, lest fra {files} i denne nettleseren. De er ikke sendt noe sted og er ikke publisert av KS.")
}

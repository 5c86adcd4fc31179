//! «Open your own data» in English (issue 14; bokmål: `nb::own_data`): the dialog, its
//! progress and fault list, the fault report, the banner over opened data, and the credits of
//! answers opened without a `dataset.json`.

use crate::data::error::DataError;

pub const OPEN: &str = "Open your own data";
pub const HEADING: &str = "Open your own data";
pub const INTRO: &str = "See your own answers in the explorer. The files are read only in this browser: nothing is sent anywhere, and the data are kept only on this machine until you choose “Forget the data”.";
pub const FORMATS: &str = "The answer file can be CSV (comma- or semicolon-separated, UTF-8 or Windows-1252) or Excel (.xlsx) with the same columns as the template. If the survey has other questions, open codebook.json and dataset.json with it.";
pub const CHOOSE: &str = "Choose files …";
pub const DROP: &str = "or drop them here";
pub const TEMPLATE: &str = "Download the template (CSV)";
pub const GUIDE: &str = "Download the guide";
pub const TEMPLATE_FILE: &str = "template-own-answers.csv";
pub const GUIDE_FILE: &str = "guide-own-answers.txt";
/// The steps of opening, as the progress bar names them.
pub const STEPS: [&str; 3] = [
    "Reading the files",
    "Checking the answers",
    "Preparing the view",
];
pub const UNCHANGED: &str = "The page shows the same as before.";
pub const REPORT: &str = "Download the error report";
pub const REPORT_FILE: &str = "error-report-own-data.txt";
pub const WORKER_FAILED: &str = "The files could not be opened because the code that reads them could not be loaded. Are you offline? It is saved on this machine the first time you open a file.";
pub const BACK: &str = "Back to the published figures";
pub const FORGET: &str = "Forget the data";
pub const TAG: &str = "Own data";
pub const NOTHING_SENT: &str = "Nothing has been sent anywhere: the files were read in this browser, and the data are kept only on this machine.";
pub const NOT_STORED: &str = "Nothing has been sent anywhere: the files were read in this browser. The data could not be kept on this machine, so they are gone when the page is reloaded.";
pub const RESTORING: &str = "Fetching your own data from this machine …";
pub const RESTORE_FAILED: &str = "The own data kept on this machine could not be read (perhaps kept by an older version of the explorer) and have been forgotten. The page shows the published figures; open the files again.";
pub const FORGOTTEN: &str = "The data are forgotten: they have been removed from this machine.";
pub const FORGET_FAILED: &str = "The data could not be removed from this machine. Choose “Forget the data” again, or clear this site's data in the browser's settings.";
/// The button that stops an opening under way.
pub const CANCEL: &str = "Cancel";
pub const CANCELLED: &str = "Opening was cancelled. The page shows the same as before.";
pub const FORGOTTEN_ELSEWHERE: &str =
    "Your own data were forgotten in another tab. The page shows the published figures.";
pub const EMBED_NOT_OFFERED: &str = "Own data cannot be embedded. An embedded view on another site shows the published figures, and your data exist only on this machine. Choose “Back to the published figures” to embed.";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A moment as «1 December 2026 at 22:40» (`month` 1–12).
pub fn moment(day: u32, month: u32, year: u32, hour: u32, minute: u32) -> String {
    let month = MONTHS[(month.clamp(1, 12) - 1) as usize];
    format!("{day} {month} {year} at {hour:02}:{minute:02}")
}

/// The banner's first sentence.
pub fn shown(files: &str, since: &str) -> String {
    format!("You are seeing your own data from {files}, opened {since}.")
}

/// The files opened together, for the banner and the report: “svar.csv” or “svar.csv”,
/// “codebook.json” and “dataset.json”.
pub fn file_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// What the dialog offers for data kept on this machine but not shown.
pub fn stored(files: &str, since: &str) -> String {
    format!("Own data from {files}, opened {since}, are kept on this machine.")
}

/// The dialog's button that shows kept data again.
pub const SHOW_AGAIN: &str = "Show them again";

/// The heading over a list of faults.
pub fn failed(count: usize) -> String {
    if count == 1 {
        "The files were not opened: 1 error.".to_string()
    } else {
        format!("The files were not opened: {count} errors.")
    }
}

/// The progress bar's text: «Checking the answers (step 2 of 3)».
pub fn step(step: usize) -> String {
    let index = step.clamp(1, STEPS.len()) - 1;
    format!("{} (step {} of {})", STEPS[index], index + 1, STEPS.len())
}

/// The downloadable report: every fault, one per line, after a heading naming the files.
pub fn report(files: &[String], errors: &[DataError]) -> String {
    let mut out = format!(
        "Error report: {} could not be opened in the Employer Monitor explorer.\r\n{}\r\n\r\n",
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
    format!("{published}, own data")
}

/// «About the data» for answers opened without a `dataset.json`.
pub fn description(files: &str) -> String {
    format!("The answers are own data, read from {files} in this browser. They have not been sent anywhere and are not published by KS.")
}

//! Writes `data/respondents.csv` from the register and codebook in `data/`, with the fixed
//! demo seed. Run from the repository root: `cargo run --release --bin generate-demo-data`.
//! With `--check`, only verifies that the file on disk is what the generator produces.

use arbeidsgivermonitor::data::codebook::{Codebook, CODEBOOK_FILE};
use arbeidsgivermonitor::data::register::{Register, FYLKER_FILE, KOMMUNER_FILE, SUCCESSORS_FILE};
use arbeidsgivermonitor::data::responses::RESPONDENTS_FILE;
use arbeidsgivermonitor::demo::{generate, DEMO_SEED};
use arbeidsgivermonitor::wording::data_errors;
use std::process::ExitCode;

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("kan ikke lese {path}: {e}"))
}

fn run(check: bool) -> Result<(), String> {
    let codebook = Codebook::parse(CODEBOOK_FILE, &read(CODEBOOK_FILE)?)
        .map_err(|e| data_errors::message(&e))?;
    let register = Register::parse(
        &read(KOMMUNER_FILE)?,
        &read(FYLKER_FILE)?,
        &read(SUCCESSORS_FILE)?,
        &codebook,
    )
    .map_err(|e| data_errors::message(&e))?;
    let responses = generate(&codebook, &register, DEMO_SEED)?;
    let csv = responses.to_csv(&register);
    if check {
        if read(RESPONDENTS_FILE)? != csv {
            return Err(format!(
                "{RESPONDENTS_FILE} er ikke det generatoren lager; kjør uten --check"
            ));
        }
        println!(
            "{RESPONDENTS_FILE} er oppdatert ({} respondenter)",
            responses.len()
        );
    } else {
        std::fs::write(RESPONDENTS_FILE, &csv)
            .map_err(|e| format!("kan ikke skrive {RESPONDENTS_FILE}: {e}"))?;
        println!(
            "skrev {RESPONDENTS_FILE}: {} respondenter, {} kolonner",
            responses.len(),
            responses.columns.len()
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    match run(check) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("feil: {message}");
            ExitCode::FAILURE
        }
    }
}

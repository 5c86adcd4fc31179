//! Issue 13: «Åpne egne data»'s dialog and banner as HTML (`render::own_data_html`, drawn by the
//! import worker): the reader's file names and the fault messages are their own text, shown as
//! text; the steps, the fault count and the kept data are worded.

use arbeidsgivermonitor::render::own_data_html::{
    banner_html, dialog_fixed_html, dialog_status_html, DialogStatus, BANNER_HEADING_ID,
    FILE_INPUT_ID,
};

const NAME: &str = "<img src=x onerror=alert(1)>.csv";

#[test]
fn file_names_and_messages_are_escaped() {
    let files = [NAME.to_string(), "codebook.json".to_string()];
    let banner = banner_html(&files, "1. desember 2026 kl. 22.40", true);
    assert!(!banner.contains("<img"));
    assert!(banner.contains(
        "Du ser egne data fra «&lt;img src=x onerror=alert(1)&gt;.csv» og «codebook.json», åpnet 1. desember 2026 kl. 22.40."
    ));
    assert!(banner.contains(&format!(r#"<h2 id="{BANNER_HEADING_ID}" tabindex="-1">"#)));
    assert!(banner.contains(r#"data-action="back">Tilbake til publiserte tall</button>"#));
    assert!(banner.contains(r#"data-action="forget">Glem dataene</button>"#));
    assert!(banner.contains("Ingenting er sendt noe sted"));
    assert!(banner_html(&files, "i dag", false).contains("forsvinner når siden lastes på nytt"));

    let messages = vec![format!("{NAME}, linje 2, kolonne «type»: <b>")];
    let status = dialog_status_html(&DialogStatus {
        faults: Some((&messages, 80)),
        ..DialogStatus::default()
    });
    assert!(!status.contains("<img") && !status.contains("<b>"));
    assert!(status.contains("<h3>Filene ble ikke åpnet: 80 feil.</h3>"));
    assert!(status.contains(r#"<div class="own-faults" role="alert">"#));
    assert!(status.contains(r#"data-action="report">Last ned feilrapport</button>"#));
}

#[test]
fn the_dialog_says_what_opening_means_and_shows_its_state() {
    let fixed = dialog_fixed_html();
    assert!(fixed.contains("ingenting sendes noe sted"));
    assert!(fixed.contains(&format!(
        r#"<input type="file" id="{FILE_INPUT_ID}" multiple"#
    )));
    assert!(fixed.contains(r#"data-action="choose">Velg filer …</button>"#));
    assert!(fixed.contains(r#"data-action="template">Last ned mal (CSV)</button>"#));
    assert_eq!(dialog_status_html(&DialogStatus::default()), "");
    let progress = dialog_status_html(&DialogStatus {
        step: Some(2),
        ..DialogStatus::default()
    });
    assert!(progress.contains(r#"<progress id="egne-data-framdrift" max="3" value="2">"#));
    assert!(progress.contains(">Sjekker svarene (steg 2 av 3)</label>"));
    let files = ["svar.csv".to_string()];
    let kept = dialog_status_html(&DialogStatus {
        kept: Some((&files, "1. desember 2026 kl. 22.40")),
        ..DialogStatus::default()
    });
    assert!(kept.contains(
        "Egne data fra «svar.csv», åpnet 1. desember 2026 kl. 22.40, er lagret på denne maskinen."
    ));
    assert!(kept.contains(r#"data-action="show-kept">Vis dem igjen</button>"#));
}

#[test]
fn moments_and_counts_are_worded_in_bokmal() {
    use arbeidsgivermonitor::wording::own_data::{failed, file_names, moment};
    assert_eq!(moment(1, 12, 2026, 9, 5), "1. desember 2026 kl. 09.05");
    assert_eq!(moment(31, 1, 2027, 23, 59), "31. januar 2027 kl. 23.59");
    assert_eq!(failed(1), "Filene ble ikke åpnet: 1 feil.");
    let names = |n: &[&str]| file_names(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    assert_eq!(names(&["a.csv"]), "«a.csv»");
    assert_eq!(
        names(&["a.csv", "b.json", "c.json"]),
        "«a.csv», «b.json» og «c.json»"
    );
}

//! «Om dataene» as HTML: the coverage table against counts from the raw files, every question
//! listed, and labels from data escaped.

use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
use arbeidsgivermonitor::render::about_html::about_html;

#[test]
fn coverage_rows_equal_counts_from_the_raw_files() {
    let data = Dataset::parse(&DataFiles::FULL).unwrap();
    let html = about_html(&data);
    // Small kommuner (under 5 000) in the register, and how many of them answered.
    let register = include_str!("../data/kommuner_2017.csv");
    let header: Vec<&str> = register.lines().next().unwrap().split(',').collect();
    let population = header
        .iter()
        .position(|h| *h == "folkemengde_2017_01_01")
        .unwrap();
    let small: Vec<&str> = register
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|f| f[population].parse::<u32>().unwrap() < 5000)
        .map(|f| f[0])
        .collect();
    let answered = include_str!("../data/respondents.csv")
        .lines()
        .skip(1)
        .filter(|l| small.contains(&&l[..4]))
        .count();
    let row = format!("<th scope=\"row\">Små kommuner</th><td class=\"num\">{}</td><td class=\"num\">{answered}</td>", small.len());
    assert!(html.contains(&row), "{row}");
    for question in &data.codebook.questions {
        assert!(html.contains(&question.text.nb), "{}", question.id);
    }
    assert!(html.starts_with("<section class=\"about\" id=\"om-dataene\""));
    assert_eq!(
        html.matches("<li><strong>").count(),
        data.codebook.questions.len()
    );
}

#[test]
fn labels_from_data_are_escaped() {
    let codebook = DataFiles::FULL.codebook.replacen(
        "\"Har dere en strategi",
        "\"<img src=x onerror=alert(1)> Har dere en strategi",
        1,
    );
    let files = DataFiles {
        codebook: &codebook,
        ..DataFiles::FULL
    };
    let html = about_html(&Dataset::parse(&files).unwrap());
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; Har dere en strategi"));
    assert!(!html.contains("<img"));
}

/// The same data marked as real answers (`demo: false`), with their own description.
fn real_data() -> Dataset {
    let mut data = Dataset::parse(&DataFiles::FULL).unwrap();
    data.meta.demo = false;
    data.meta.answers_description.nb = "Svarene slik kommunene ga dem i 2017.".into();
    data
}

#[test]
fn demo_wording_follows_the_dataset_description() {
    use arbeidsgivermonitor::wording::credits::{citation, source_line};
    let demo = Dataset::parse(&DataFiles::FULL).unwrap();
    for (data, suffix) in [(&demo, " (demodata)"), (&real_data(), "")] {
        assert_eq!(
            source_line(&data.meta),
            format!("Kilde: KS, Arbeidsgivermonitoren 2017{suffix}")
        );
        assert_eq!(
            citation(&data.meta),
            format!("KS (2017): Kommunesektorens arbeidsgivermonitor 2017. Tall hentet fra Arbeidsgivermonitoren 2017 – utforsker{suffix}.")
        );
    }
    let html = about_html(&demo);
    assert!(html.contains("<p class=\"demo-notice\" role=\"note\">Demodata: ekte kommuner"));
    assert!(html.contains("fast startverdi (2017)"));
    let html = about_html(&real_data());
    assert!(html.contains("<p>Svarene slik kommunene ga dem i 2017.</p>"));
    for word in ["demo", "syntetisk", "startverdi"] {
        assert!(!html.to_lowercase().contains(word), "{word}");
    }
}

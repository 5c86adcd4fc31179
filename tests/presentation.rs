//! What the page shows: series per group, summary sentences, CSV downloads and chart options,
//! with named example charts kept as JSON snapshots (`UPDATE_SNAPSHOTS=1 cargo test` rewrites
//! them after a deliberate change).

use arbeidsgivermonitor::model::page_model::PageModel;
use arbeidsgivermonitor::model::presentation::QuestionView;
use arbeidsgivermonitor::render::charts::{
    export_option, question_option, text_alternative, ChartData,
};
use arbeidsgivermonitor::render::export::view_csv;
use arbeidsgivermonitor::render::summary_text::summary;
use arbeidsgivermonitor::state::view_state::ViewState;
use arbeidsgivermonitor::stats::aggregate::Suppression;
use arbeidsgivermonitor::wording::downloads::CSV_HEADER;
use arbeidsgivermonitor::wording::status::shown_answers;
use serde_json::Value;

mod common;
use common::data;

fn view(query: &str, question: &str) -> QuestionView {
    let (state, notes) = ViewState::from_query(query, data());
    assert!(notes.is_empty());
    PageModel::new(data(), &state)
        .questions
        .into_iter()
        .find(|q| q.question.id == question)
        .unwrap()
}

#[test]
fn default_view_shows_kommuner_and_fylkeskommuner_separately() {
    let v = view("", "komp_med");
    let keys: Vec<_> = v
        .series
        .iter()
        .map(|s| (s.key.as_str(), s.label.as_str()))
        .collect();
    assert_eq!(
        keys,
        [("kommune", "Kommuner"), ("fylkeskommune", "Fylkeskommuner")]
    );
    assert_eq!(v.series[1].tables[0].n, 14);
    assert_eq!(
        summary(&v),
        "Høyest andel «I stor grad» gjelder «IKT-ferdigheter/digital kompetanse»: kommuner 88\u{a0}% (85–90\u{a0}%, n = 235) og fylkeskommuner 13 av 14 (93\u{a0}%). Forskjellene mellom gruppene er ikke større enn tilfeldig variasjon kan gi."
    );
}

#[test]
fn single_item_questions_show_the_whole_distribution() {
    let v = view("type=kommune", "ikt_strategi");
    let rows = v.chart_rows();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0].label, "Ja, politisk vedtatt");
    let total: f64 = rows
        .iter()
        .map(|r| r.cells[0].as_ref().unwrap().share)
        .sum();
    assert!((total - 1.0).abs() < 1e-9);
    assert!(
        summary(&v).starts_with(
            "Andelen som svarer «Har, eller er i ferd med å utvikle»: kommuner 78\u{a0}%"
        ),
        "{}",
        summary(&v)
    );
}

#[test]
fn split_by_size_puts_fylkeskommuner_in_their_own_group() {
    let v = view("split=size", "dig_prioritet");
    let labels: Vec<_> = v.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Små kommuner",
            "Mellomstore kommuner",
            "Store kommuner",
            "Fylkeskommuner"
        ]
    );
    let n: u32 = v.series.iter().map(|s| s.tables[0].n).sum();
    assert_eq!(n, v.total.tables[0].n);
    // The legend says how many in each group answered the survey.
    let option = question_option(&v, false);
    let names: Vec<&str> = option["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    let large = arbeidsgivermonitor::stats::filter::Selection::new(
        data(),
        &arbeidsgivermonitor::stats::filter::Filter::all().with_size("large"),
    );
    assert_eq!(
        names[2],
        format!("Store kommuner ({} svarte)", large.respondents())
    );
    assert_eq!(names[3], "Fylkeskommuner (14 svarte)");
}

#[test]
fn empty_selection_explains_itself() {
    let v = view("type=fylkeskommune&size=small", "komp_med");
    assert!(v.is_empty_selection());
    assert!(summary(&v).starts_with("Ingen kommuner eller fylkeskommuner passer"));
}

#[test]
fn tiny_groups_are_suppressed_in_summary_and_chart() {
    // Oslo is the only kommune in fylke 03: one respondent at most.
    let v = view("type=kommune&fylke=03", "dig_prioritet");
    let rows = v.chart_rows();
    assert!(rows.iter().all(|r| matches!(
        r.cells[0],
        Err(Suppression::Primary) | Err(Suppression::Empty)
    )));
    assert!(summary(&v).contains("For få svar"), "{}", summary(&v));
    let option = question_option(&v, false);
    assert_eq!(option["series"][0]["data"][0]["value"], "-");
}

#[test]
fn csv_has_bom_header_every_code_and_source_line() {
    let v = view("type=kommune", "komp_strategi");
    let csv = view_csv(
        &v,
        "Kommuner",
        "Kilde: KS, Arbeidsgivermonitoren 2017 (demodata)",
    );
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines[0], CSV_HEADER);
    assert_eq!(lines.len(), 1 + 3 + 1);
    let ja: Vec<&str> = lines[1].split(';').collect();
    let table = &v.total.tables[0];
    assert_eq!(
        ja[..6],
        [
            "komp_strategi",
            "",
            "Kommuner",
            "1",
            "Ja",
            &table.count_of(&[1]).unwrap().to_string()
        ]
    );
    assert_eq!(ja[6], table.n.to_string());
    assert_eq!(
        lines[4],
        "\"Kilde: KS, Arbeidsgivermonitoren 2017 (demodata). Utvalg: Kommuner.\""
    );
}

/// The chart carries exactly the table's shares, and labels in Norwegian format.
#[test]
fn chart_values_equal_table_shares() {
    for query in [
        "",
        "split=size",
        "type=kommune&split=landsdel",
        "landsdel=Vestlandet&split=fylke",
    ] {
        for question in ["komp_med", "tiltak", "ikt_strategi", "dig_effekt"] {
            let v = view(query, question);
            let option = question_option(&v, false);
            let rows = v.chart_rows();
            for (s, _) in v.series.iter().enumerate() {
                for (r, row) in rows.iter().enumerate() {
                    let point = &option["series"][s]["data"][r];
                    match &row.cells[s] {
                        Ok(e) => {
                            assert_eq!(
                                point["value"].as_f64().unwrap(),
                                (e.share * 1000.0).round() / 10.0
                            );
                            // The figure, and ▲ or ▼ where the group differs from the rest.
                            let label = point["label"]["formatter"].as_str().unwrap();
                            let label = match row.differs[s] {
                                Some(_) => label
                                    .strip_suffix(" ▲")
                                    .or(label.strip_suffix(" ▼"))
                                    .unwrap(),
                                None => label,
                            };
                            assert!(
                                label.ends_with("\u{a0}%") || label.contains(" av "),
                                "{label}"
                            );
                        }
                        Err(_) => assert_eq!(point["value"], "-"),
                    }
                }
            }
        }
    }
}

#[test]
fn text_alternative_lists_every_figure() {
    let v = view("", "dig_prioritet");
    let text = text_alternative(&v);
    assert!(text.starts_with("Stolpediagram. I hvilken grad er digitalisering prioritert av folkevalgt og administrativ ledelse? Andel per svaralternativ."), "{text}");
    assert!(text.contains("Fylkeskommuner: I svært liten grad"));
    assert_eq!(
        question_option(&v, false)["aria"]["label"]["description"],
        text
    );
}

#[test]
fn bar_tips_are_plain_text_with_labels_as_written() {
    // The page sets the tip as text (web/chart-tip.js), so a label is neither escaped nor read
    // as markup or as an ECharts template.
    let mut v = view("type=kommune", "komp_med");
    v.question.items[0].label.nb = "<img src=x onerror=alert(1)>{a}".to_string();
    let option = question_option(&v, false);
    let point = &option["series"][0]["data"][0];
    let tip = point["tip"].as_str().unwrap();
    let series = option["series"][0]["name"].as_str().unwrap();
    let (first, second) = tip.split_once('\n').unwrap();
    assert_eq!(first, "<img src=x onerror=alert(1)>{a}");
    assert!(second.starts_with(&format!("{series}: ")), "{tip}");
    assert!(
        second.contains("\u{a0}%") && second.contains("n = "),
        "{tip:?}"
    );
    // ECharts' own tooltip is not in the build: no option asks for it.
    assert!(point.get("tooltip").is_none() && option.get("tooltip").is_none());
}

fn check_snapshot(name: &str, option: &Value) {
    let path = format!("{}/tests/snapshots/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let actual = serde_json::to_string_pretty(option).unwrap() + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {path}; run with UPDATE_SNAPSHOTS=1"));
    assert!(
        expected == actual,
        "chart option {name} changed; inspect and run with UPDATE_SNAPSHOTS=1 if intended"
    );
}

/// Named example charts that double as snapshot tests of the option JSON.
#[test]
fn example_charts() {
    check_snapshot(
        "standard_kompetansebehov_medarbeidere",
        &question_option(&view("", "komp_med"), false),
    );
    check_snapshot(
        "kommuner_etter_storrelse_prioritering_mork",
        &question_option(&view("type=kommune&split=size", "dig_prioritet"), true),
    );
    check_snapshot(
        "fylkeskommuner_ikt_strategi",
        &question_option(&view("type=fylkeskommune", "ikt_strategi"), false),
    );
    check_snapshot(
        "oslo_undertrykt",
        &question_option(&view("type=kommune&fylke=03", "dig_effekt"), false),
    );
    check_snapshot(
        "eksport_effekter_vestlandet",
        &export_option(
            &ChartData::from_question(&view("landsdel=Vestlandet", "dig_effekt")),
            "Effekter",
            "Vestlandet",
            "Kilde: KS",
        ),
    );
}

/// The HTML table follows the test contract, carries the core's counts, and escapes labels.
#[test]
fn table_html_contract_and_escaping() {
    use arbeidsgivermonitor::render::table_html::question_table_html;
    let v = view("split=size", "komp_strategi");
    let html = question_table_html(&v, "Tittel & <b>");
    assert!(html.contains("<table class=\"data\" data-question=\"komp_strategi\">"));
    assert!(html.contains("aria-label=\"Tittel &amp; &lt;b&gt;\""));
    let large = &v.series.iter().find(|s| s.key == "large").unwrap().tables[0];
    let ja = large.count_of(&[1]).unwrap();
    let share = large.share_of(&[1]).unwrap();
    // Large kommuner have a strategy clearly more often than the rest (the demo data).
    let expected = format!("<tr data-item=\"\" data-order=\"2\" data-group=\"large\" data-differs=\"higher\"><th scope=\"row\">Svar</th><td>Store kommuner</td><td class=\"num\">{}</td><td class=\"num\">57</td><td class=\"num\" data-code=\"1\" data-count=\"{ja}\" data-n=\"{}\" data-share=\"{:.6}\" data-lower=\"{:.6}\" data-upper=\"{:.6}\">", large.n, large.n, ja as f64 / large.n as f64, share.interval.lower, share.interval.upper);
    assert!(html.contains(&expected), "{html}");
    assert_eq!(html.matches("data-total=\"true\"").count(), 1);
    assert_eq!(html.matches("<tr data-item=").count(), 4 + 1);
    // Every head sorts its table (issue 27); the rows keep their natural place.
    assert!(html.contains("<th scope=\"col\"><button type=\"button\" class=\"sort\" data-sort-column=\"8\">Mot resten av utvalget</button></th>"));
    assert!(html.contains("<th scope=\"col\"><button type=\"button\" class=\"sort\" data-sort-column=\"0\">Punkt</button></th>"));
    assert!(html.contains("<td class=\"differs\" data-sort=\"1\">klart høyere</td>"));
    assert_eq!(html.matches("data-order=").count(), 4);
    assert_eq!(html.matches("data-differs=").count(), 2, "{html}");

    let mut hostile = view("type=kommune", "komp_med");
    hostile.question.items[0].label.nb =
        "<img src=x onerror=alert(1)><script>alert(2)</script>".into();
    let html = question_table_html(&hostile, "x");
    assert!(!html.contains("<img") && !html.contains("<script"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"));
}

/// The status line counts respondents independently of how the page computes it.
#[test]
fn status_line_counts_respondents() {
    let (state, _) = ViewState::from_query("", data());
    assert_eq!(
        shown_answers(&PageModel::new(data(), &state).answered),
        "Viser svar fra 240 av 240 kommuner og 14 av 14 fylkeskommuner som svarte."
    );
    let (state, _) = ViewState::from_query("type=kommune&size=large", data());
    let large = data()
        .responses
        .organisation
        .iter()
        .filter(|&&o| data().register.organisations[o as usize].population >= 20_000)
        .filter(|&&o| {
            data().register.organisations[o as usize].org_type
                == arbeidsgivermonitor::data::register::OrgType::Kommune
        })
        .count();
    assert_eq!(
        shown_answers(&PageModel::new(data(), &state).answered),
        format!("Viser svar fra {large} av 240 kommuner som svarte.")
    );
}

/// Issue 10, item 7: the suppression limit is one constant, and every wording derives from it:
/// no source file writes the number out after «færre enn».
#[test]
fn the_suppression_limit_is_written_nowhere_but_in_its_constant() {
    fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, line) in text.lines().enumerate() {
                    if let Some(rest) = line.split("færre enn ").nth(1) {
                        if rest.starts_with(|c: char| c.is_ascii_digit()) {
                            found.push(format!("{}:{}", path.display(), i + 1));
                        }
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    visit(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.is_empty(), "the limit written out: {found:?}");
    let view = view("size=large&fylke=03", "komp_med");
    let html = arbeidsgivermonitor::render::table_html::question_table_html(&view, "t");
    assert!(html.contains(&format!(
        "færre enn {}",
        arbeidsgivermonitor::stats::aggregate::MIN_N
    )));
}

/// Issue 10, item 10: a label a spreadsheet would read as a formula is written as text.
#[test]
fn csv_cells_never_start_a_formula() {
    use arbeidsgivermonitor::data::dataset::{DataFiles, Dataset};
    use arbeidsgivermonitor::model::page_model::PageModel;
    use arbeidsgivermonitor::render::export::view_csv;
    use arbeidsgivermonitor::state::view_state::ViewState;
    for formula in [
        "=HYPERLINK(\\\"https://example.invalid\\\";\\\"klikk\\\")",
        "+1+2",
        "-1+2",
        "@SUM(A1)",
    ] {
        let codebook = DataFiles::FULL.codebook.replacen(
            "\"I svært liten grad\"",
            &format!("\"{formula}\""),
            1,
        );
        let data = Dataset::parse(&DataFiles {
            codebook: &codebook,
            ..DataFiles::FULL
        })
        .unwrap();
        let model = PageModel::new(&data, &ViewState::default());
        let csv = view_csv(&model.questions[0], "alle", "Kilde");
        let label = formula.replace("\\\"", "\"");
        let cells: Vec<&str> = csv.lines().skip(1).flat_map(|l| l.split(';')).collect();
        assert!(
            cells
                .iter()
                .all(|c| !c.trim_start_matches('"').starts_with(['=', '+', '-', '@'])),
            "{formula}"
        );
        assert!(
            csv.contains(&format!("'{}", label.replace('"', "\"\"")))
                || csv.contains(&format!("'{label}")),
            "{csv}"
        );
    }
}

/// Issue 25: compared by an answer, a group per answer code (`data-group` is the code), and the
/// summary sets the highest group against the lowest, with shares counted here from the CSV.
#[test]
fn compared_by_an_answer_the_summary_says_the_contrast() {
    use arbeidsgivermonitor::data::dataset::DataFiles;
    let v = view("type=kommune&split=svar:ikt_strategi", "dig_prioritet");
    let keys: Vec<&str> = v.series.iter().map(|s| s.key.as_str()).collect();
    assert!(
        keys.iter()
            .all(|k| ["1", "2", "3", "4", "5", "9"].contains(k)),
        "{keys:?}"
    );
    // Per ikt_strategi answer: kommuner answering dig_prioritet, and those «I stor grad» (4, 5).
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut groups: std::collections::BTreeMap<String, (u32, u32)> = Default::default();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let (by, answer) = (f[at("ikt_strategi")], f[at("dig_prioritet")]);
        if f[1] != "kommune" || by.is_empty() || answer.is_empty() {
            continue;
        }
        let g = groups.entry(by.to_string()).or_default();
        g.1 += 1;
        if answer == "4" || answer == "5" {
            g.0 += 1;
        }
    }
    for series in &v.series {
        let (f, n) = groups[&series.key];
        assert_eq!(series.tables[0].n, n, "{}", series.key);
        if series.tables[0].is_shown() {
            assert_eq!(series.tables[0].count_of(&[4, 5]), Some(f));
        }
    }
    let shown: Vec<(&str, f64)> = v
        .series
        .iter()
        .filter(|s| s.tables[0].is_shown())
        .map(|s| {
            let (f, n) = groups[&s.key];
            (s.label.as_str(), f as f64 / n as f64)
        })
        .collect();
    let high = shown.iter().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
    let low = shown.iter().min_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
    let percent = |p: f64| arbeidsgivermonitor::text::format::format_percent(p, 0);
    let text = summary(&v);
    assert!(
        text.starts_with(&format!(
            "Andelen som svarer «I stor grad»: blant dem som svarte «{}» {}",
            high.0,
            percent(high.1)
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(", mot {} (", percent(low.1)))
            && text.ends_with(&format!("blant dem som svarte «{}».", low.0)),
        "{text}"
    );
}

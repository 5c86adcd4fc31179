//! One organisation beside its peers: its own answer equals its row in the data, and every
//! peer figure equals the core's aggregate for the corresponding filter.

use arbeidsgivermonitor::data::dataset::DataFiles;
use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::model::organisation_view::OrganisationView;
use arbeidsgivermonitor::render::organisation_text::{item_sentence, peer_labels};
use arbeidsgivermonitor::stats::aggregate::tabulate_column;
use arbeidsgivermonitor::stats::filter::Filter;

mod common;
use common::data;

fn view(org_type: OrgType, id: &str) -> OrganisationView {
    OrganisationView::new(data(), data().register.position(org_type, id).unwrap())
}

/// The organisation's row of the respondent file, read with plain string splitting.
fn csv_row(id: &str) -> Option<Vec<String>> {
    let mut lines = DataFiles::BUNDLED.respondents.lines();
    lines.next();
    lines
        .map(|l| l.split(',').map(String::from).collect::<Vec<_>>())
        .find(|f| f[0] == id)
}

#[test]
fn own_answers_equal_the_data_row_and_peers_equal_the_core() {
    let header: Vec<&str> = DataFiles::BUNDLED
        .respondents
        .lines()
        .next()
        .unwrap()
        .split(',')
        .collect();
    let responding: Vec<String> = DataFiles::BUNDLED
        .respondents
        .lines()
        .skip(1)
        .step_by(23)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect();
    assert!(responding.len() >= 10);
    for id in responding {
        let org_type = if id.len() == 4 {
            OrgType::Kommune
        } else {
            OrgType::Fylkeskommune
        };
        let v = view(org_type, &id);
        assert!(v.responded);
        let row = csv_row(&id).unwrap();
        for (_, items) in &v.questions {
            for item in items {
                let cell = &row[header
                    .iter()
                    .position(|h| *h == item.column.name())
                    .unwrap()];
                assert_eq!(
                    item.own.map(|c| c.to_string()).unwrap_or_default(),
                    *cell,
                    "{id} {}",
                    item.column
                );
                for (peer, result) in v.peers.iter().zip(&item.peers) {
                    let table = tabulate_column(data(), &peer.filter, &item.column).unwrap();
                    assert_eq!(
                        result.as_ref().ok().copied(),
                        table.share_of(&item.compared_codes),
                        "{id} {} {}",
                        item.column,
                        peer.key
                    );
                }
            }
        }
    }
}

#[test]
fn bergen_is_compared_with_large_kommuner_hordaland_vestlandet_and_the_country() {
    let v = view(OrgType::Kommune, "1201");
    let labels = peer_labels(&v);
    let keys: Vec<_> = v
        .peers
        .iter()
        .zip(&labels)
        .map(|(p, label)| (p.key, label.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("size", "store kommuner"),
            ("fylke", "kommuner i Hordaland"),
            ("landsdel", "kommuner på Vestlandet"),
            ("land", "alle kommuner")
        ]
    );
    assert_eq!(
        v.peers[0].filter,
        Filter::of_type(OrgType::Kommune).with_size("large")
    );
    let item = &v.questions[0].1[0];
    let e = item.peers[0].as_ref().unwrap();
    if let Some(label) = &item.own_label {
        assert!(
            item_sentence(&v, item).starts_with(&format!("Bergen svarte «{label}». ")),
            "{}",
            item_sentence(&v, item)
        );
        assert!(
            item_sentence(&v, item).ends_with("av store kommuner svarte det samme."),
            "{}",
            item_sentence(&v, item)
        );
        assert_eq!(
            e.count,
            tabulate_column(
                data(),
                &Filter::of_type(OrgType::Kommune).with_size("large"),
                &item.column
            )
            .unwrap()
            .count_of(&item.compared_codes)
            .unwrap()
        );
    }
}

#[test]
fn a_non_responding_kommune_gets_its_peer_groups_figures() {
    let id = data()
        .register
        .organisations
        .iter()
        .enumerate()
        .find(|(i, o)| o.org_type == OrgType::Kommune && data().responses.row_of(*i).is_none())
        .map(|(_, o)| o.id.clone())
        .unwrap();
    let v = view(OrgType::Kommune, &id);
    assert!(!v.responded);
    let item = &v.questions[0].1[0];
    assert_eq!(item.own, None);
    assert_eq!(item.compared_codes, [4, 5]);
    assert!(item.peers.iter().any(|p| p.is_ok()));
    assert!(
        item_sentence(&v, item).starts_with("«I stor grad»: "),
        "{}",
        item_sentence(&v, item)
    );
}

#[test]
fn a_fylkeskommune_is_compared_with_fylkeskommuner() {
    let v = view(OrgType::Fylkeskommune, "12");
    let keys: Vec<_> = v.peers.iter().map(|p| p.key).collect();
    assert_eq!(keys, ["landsdel", "land"]);
    assert_eq!(peer_labels(&v)[1], "alle fylkeskommuner");
    assert!(v.size_label.is_none());
}

/// The static HTML of the organisation page follows its test contract and escapes data.
#[test]
fn organisation_html_contract() {
    use arbeidsgivermonitor::render::organisation_html::{
        organisation_head_html, organisation_question_head_html, organisation_table_html,
    };
    let v = view(OrgType::Kommune, "1201");
    let head = organisation_head_html(&v, true, "Kilde: KS", "?embed=1&dark=true");
    assert!(head.contains("<h2 id=\"org-tittel\">Bergen</h2>"));
    assert!(head.starts_with("<p class=\"back\"><a href=\"?embed=1&amp;dark=true\">"));
    assert!(head.contains("<dd>278\u{202f}556</dd>"), "{head}");
    assert!(head.contains("class=\"demo-notice\""));
    let table = organisation_table_html(&v, 0, "Kompetanse");
    assert!(table.contains("data-organisation-question=\"komp_med\""));
    let item = &v.questions[0].1[0];
    let e = item.peers[0].as_ref().unwrap();
    let own = item.own.map(|c| c.to_string()).unwrap_or_default();
    assert!(
        table.contains(&format!("<td data-own=\"{own}\">")),
        "{table}"
    );
    assert!(
        table.contains(&format!(
            "data-peer=\"size\" data-count=\"{}\" data-n=\"{}\"",
            e.count, e.n
        )),
        "{table}"
    );
    // Several items: each sentence is labelled with its item.
    let sentences = organisation_question_head_html(&v, 0, "Kompetanse");
    assert_eq!(
        sentences.matches("<li><strong>").count(),
        v.questions[0].1.len()
    );
    assert!(
        sentences.contains(&format!(
            "<li><strong>{}:</strong> Bergen svarte «",
            item.item_label
        )),
        "{sentences}"
    );

    let mut hostile = view(OrgType::Kommune, "1201");
    hostile.organisation.unique_name = "<script>alert(1)</script>".into();
    hostile.questions[0].1[0].item_label = "<img src=x onerror=alert(2)>".into();
    let html = organisation_head_html(&hostile, false, "x", "?")
        + &organisation_question_head_html(&hostile, 0, "x")
        + &organisation_table_html(&hostile, 0, "x");
    assert!(!html.contains("<script") && !html.contains("<img"));
}

#[test]
fn search_listbox_html_marks_the_active_option_and_escapes() {
    use arbeidsgivermonitor::model::search::search;
    use arbeidsgivermonitor::render::search_html::listbox_html;
    let hits = search(data(), "Asker", 5);
    let html = listbox_html(&hits, Some(1));
    assert_eq!(html.matches("role=\"option\"").count(), hits.len());
    assert!(html.contains("id=\"sok-valg-1\" role=\"option\" data-index=\"1\" aria-selected=\"true\" class=\"active\""));
    assert!(html.contains("aria-selected=\"false\""));
    assert!(html.contains("Asker (3203)"));
}

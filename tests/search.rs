//! Finding an organisation: by name, part of a name, number, ASCII-folded letters, today's
//! names (merged and split kommuner), and 2017 names shared by several kommuner.

use arbeidsgivermonitor::data::register::OrgType;
use arbeidsgivermonitor::model::search::{fold, search, SearchHit};
use arbeidsgivermonitor::render::search_html::note_text;

mod common;
use common::data;

fn find(query: &str) -> Vec<SearchHit> {
    search(data(), query, 20)
}

fn ids(hits: &[SearchHit]) -> Vec<(OrgType, &str)> {
    hits.iter().map(|h| (h.org_type, h.id.as_str())).collect()
}

#[test]
fn folding() {
    assert_eq!(fold("Bærum"), "baerum");
    assert_eq!(fold("  Tromsø "), "tromso");
    assert_eq!(
        fold("Guovdageaidnu - Kautokeino"),
        "guovdageaidnu kautokeino"
    );
    assert_eq!(fold("Kárášjohka"), "karasjohka");
    assert_eq!(fold("Våler (Østfold)"), "valer ostfold");
}

#[test]
fn by_name_part_and_case() {
    assert_eq!(ids(&find("Bergen"))[0], (OrgType::Kommune, "1201"));
    assert_eq!(ids(&find("bergen"))[0], (OrgType::Kommune, "1201"));
    assert_eq!(ids(&find("berge"))[0], (OrgType::Kommune, "1201"));
    // An exact name beats a longer one: «Berg» (Troms) was a kommune of its own.
    let berg_hits = find("berg");
    let berg = ids(&berg_hits);
    assert_eq!(berg[0], (OrgType::Kommune, "1929"));
    assert!(berg.contains(&(OrgType::Kommune, "1201")));
    let hits = find("Hordaland");
    assert_eq!(ids(&hits)[0], (OrgType::Fylkeskommune, "12"));
    assert_eq!(hits[0].label, "Hordaland fylkeskommune");
}

#[test]
fn by_number() {
    assert_eq!(ids(&find("1201")), [(OrgType::Kommune, "1201")]);
    assert_eq!(ids(&find("0301")), [(OrgType::Kommune, "0301")]);
    assert_eq!(ids(&find("12"))[0], (OrgType::Fylkeskommune, "12"));
}

#[test]
fn ascii_folded_input() {
    assert_eq!(ids(&find("baerum"))[0], (OrgType::Kommune, "0219"));
    assert_eq!(ids(&find("tromso"))[0], (OrgType::Kommune, "1902"));
    assert_eq!(ids(&find("alesund"))[0], (OrgType::Kommune, "1504"));
    assert_eq!(ids(&find("karasjok"))[0], (OrgType::Kommune, "2021"));
}

#[test]
fn merged_2024_names_list_their_2017_kommuner() {
    for query in ["Asker", "3203"] {
        let hits = find(query);
        let mut found: Vec<&str> = hits
            .iter()
            .filter(|h| h.note.is_some())
            .map(|h| h.id.as_str())
            .collect();
        found.sort();
        assert_eq!(found, ["0220", "0627", "0628"], "{query}");
        let note = hits
            .iter()
            .find(|h| h.id == "0627")
            .unwrap()
            .note
            .as_ref()
            .map(note_text)
            .unwrap();
        assert!(note.starts_with("Asker (3203)"), "{note}");
        assert!(note.contains("Røyken") && note.contains("Hurum"), "{note}");
    }
    let hits = find("Indre Østfold");
    assert_eq!(hits.len(), 5, "{hits:?}");
    assert!(hits
        .iter()
        .all(|h| note_text(h.note.as_ref().unwrap()).contains("Indre Østfold")));
    // Typed without Norwegian letters as well.
    assert_eq!(find("indre ostfold").len(), 5);
}

#[test]
fn split_kommuner_name_every_successor() {
    let hits = find("Snillfjord");
    assert_eq!(ids(&hits)[0], (OrgType::Kommune, "1613"));
    let note = note_text(hits[0].note.as_ref().unwrap());
    for part in ["Heim", "Hitra", "Orkland"] {
        assert!(note.contains(part), "{note}");
    }
    assert!(note_text(find("Tysfjord")[0].note.as_ref().unwrap()).contains("Narvik"));
    // Today's Heim leads back to Snillfjord among its 2017 parts.
    assert!(find("Heim").iter().any(|h| h.id == "1613"));
}

#[test]
fn shared_2017_names_are_told_apart_by_fylke() {
    for (name, count) in [
        ("Bø", 2),
        ("Herøy", 2),
        ("Nes", 2),
        ("Os", 2),
        ("Sande", 2),
        ("Våler", 2),
    ] {
        let hits: Vec<SearchHit> = find(name)
            .into_iter()
            .filter(|h| {
                h.org_type == OrgType::Kommune
                    && data().register.organisations[h.organisation].name == name
            })
            .collect();
        assert_eq!(hits.len(), count, "{name}");
        assert_ne!(hits[0].label, hits[1].label, "{name}");
        assert!(
            hits.iter()
                .all(|h| h.label.starts_with(name) && h.label.contains('(')),
            "{hits:?}"
        );
        let detail = |h: &arbeidsgivermonitor::model::search::SearchHit| {
            arbeidsgivermonitor::wording::search::detail(h.org_type, &h.fylke, &h.id)
        };
        assert_ne!(detail(&hits[0]), detail(&hits[1]));
    }
}

#[test]
fn nothing_for_nonsense_or_blank() {
    assert!(find("").is_empty());
    assert!(find("   ").is_empty());
    assert!(find("xyzzy").is_empty());
    assert!(find("9999").is_empty());
}

//! The search list's options as HTML («Se data for din kommune»).

use crate::model::search::{HitNote, SearchHit};
use crate::text::html::escape;
use crate::wording::search::{detail, merged, split, with_number};

/// The note under a hit: «Bjørnafjorden (4624) i Vestland fantes ikke i 2017. …».
pub fn note_text(note: &HitNote) -> String {
    match note {
        HitNote::Merged {
            name,
            number,
            fylke,
            predecessors,
        } => merged(name, number, fylke, predecessors),
        HitNote::Split { name, successors } => {
            let parts: Vec<String> = successors
                .iter()
                .map(|(name, number)| with_number(name, number))
                .collect();
            split(name, &parts)
        }
    }
}

/// The options of the search list as HTML (escaped), with `active` marked for
/// `aria-activedescendant`. Each option carries its position in `data-index`.
pub fn listbox_html(hits: &[SearchHit], active: Option<usize>) -> String {
    let mut out = String::new();
    for (i, hit) in hits.iter().enumerate() {
        let selected = active == Some(i);
        out.push_str(&format!(
            "<li id=\"sok-valg-{i}\" role=\"option\" data-index=\"{i}\" aria-selected=\"{selected}\"{}><span class=\"hit-name\">{}</span><span class=\"hit-detail\">{}</span>",
            if selected { " class=\"active\"" } else { "" },
            escape(&hit.label),
            escape(&detail(hit.org_type, &hit.fylke, &hit.id))
        ));
        if let Some(note) = &hit.note {
            out.push_str(&format!(
                "<span class=\"hit-note\">{}</span>",
                escape(&note_text(note))
            ));
        }
        out.push_str("</li>");
    }
    out
}

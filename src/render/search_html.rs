//! The search list's options as HTML («Se data for din kommune»).

use crate::model::search::SearchHit;
use crate::text::html::escape;
use crate::wording::search::detail;

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
            out.push_str(&format!("<span class=\"hit-note\">{}</span>", escape(note)));
        }
        out.push_str("</li>");
    }
    out
}

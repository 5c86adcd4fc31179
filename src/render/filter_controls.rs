//! The filter and comparison controls as HTML text (escaped): native radios and checkboxes in
//! fieldsets, the fylker behind a disclosure. The page listens for `change` on the whole form and
//! hands each control's name, value and state to `ViewState::apply_control`; it sets every
//! control's `checked` from `ViewState::is_checked` (both in `state::changes`, pure, so what
//! every control does is tested natively).
//!
//! Control names: `type`, `size`, `landsdel`, `fylke`, `split` (as in the URL).

use crate::data::dataset::Dataset;
use crate::state::view_state::{Split, TypeChoice, ViewState};
use crate::stats::aggregate::Grouping;
use crate::text::html::escape;
use crate::wording::filters as w;
use std::fmt::Write;

/// The choices of «Sammenlign etter», in the order shown.
pub fn split_options() -> [(Split, &'static str); 5] {
    [
        (Split::By(Grouping::Type), w::SPLIT_TYPE),
        (Split::By(Grouping::SizeClass), w::SPLIT_SIZE),
        (Split::By(Grouping::Landsdel), w::SPLIT_LANDSDEL),
        (Split::By(Grouping::Fylke), w::SPLIT_FYLKE),
        (Split::None, w::SPLIT_NONE),
    ]
}

fn choices(out: &mut String, kind: &str, name: &str, options: &[(String, String)]) {
    for (value, label) in options {
        let _ = write!(
            out,
            "<label class=\"choice\"><input type=\"{kind}\" name=\"{name}\" value=\"{}\"><span>{}</span></label>",
            escape(value),
            escape(label)
        );
    }
}

fn fieldset(out: &mut String, legend: &str, class: &str, body: impl FnOnce(&mut String)) {
    let _ = write!(out, "<fieldset{class}><legend>{}</legend>", escape(legend));
    body(out);
    out.push_str("</fieldset>");
}

/// The heading and every control (without their state: see [`ViewState::is_checked`]).
pub fn filter_controls_html(data: &Dataset) -> String {
    let owned = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(v, l)| (v.to_string(), l.to_string()))
            .collect::<Vec<_>>()
    };
    let types = owned(&[
        (TypeChoice::Both.key(), w::TYPE_BOTH),
        (TypeChoice::Kommune.key(), w::TYPE_KOMMUNE),
        (TypeChoice::Fylkeskommune.key(), w::TYPE_FYLKESKOMMUNE),
    ]);
    let sizes: Vec<_> = data
        .codebook
        .size_classes
        .iter()
        .map(|c| (c.id.clone(), c.label.local().to_owned()))
        .collect();
    let landsdeler: Vec<_> = data
        .register
        .landsdeler()
        .into_iter()
        .map(|l| (l.clone(), l))
        .collect();
    let fylker: Vec<_> = data
        .register
        .fylker()
        .into_iter()
        .map(|(nr, name)| (nr.clone(), format!("{name} ({nr})")))
        .collect();
    let splits: Vec<_> = split_options()
        .iter()
        .map(|(s, l)| (s.key().to_string(), l.to_string()))
        .collect();

    let mut out = String::with_capacity(8192);
    let _ = write!(
        out,
        "<h2 id=\"utvalg-tittel\">{}</h2><div class=\"filter-grid\">",
        escape(w::HEADING)
    );
    fieldset(&mut out, w::TYPE_LEGEND, "", |o| {
        choices(o, "radio", "type", &types)
    });
    fieldset(&mut out, w::SIZE_LEGEND, "", |o| {
        choices(o, "checkbox", "size", &sizes)
    });
    fieldset(&mut out, w::LANDSDEL_LEGEND, "", |o| {
        choices(o, "checkbox", "landsdel", &landsdeler)
    });
    fieldset(&mut out, w::FYLKE_LEGEND, " class=\"fylker\"", |o| {
        let _ = write!(
            o,
            "<details><summary>{}</summary><div class=\"fylke-list\">",
            escape(w::FYLKE_SUMMARY)
        );
        choices(o, "checkbox", "fylke", &fylker);
        o.push_str("</div></details>");
    });
    fieldset(&mut out, w::SPLIT_LEGEND, "", |o| {
        choices(o, "radio", "split", &splits)
    });
    out.push_str("</div>");
    out
}

/// «Fylke» or «Fylke (2 valgt)», for the disclosure's summary.
pub fn fylke_summary(state: &ViewState) -> String {
    match state.fylker.len() {
        0 => w::FYLKE_SUMMARY.to_string(),
        n => format!("{} ({n} {})", w::FYLKE_SUMMARY, w::SELECTED),
    }
}

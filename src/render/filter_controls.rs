//! The filter and comparison controls as HTML text (escaped): native radios and checkboxes in
//! fieldsets, the fylker behind a disclosure. The page listens for `change` on the whole form and
//! hands each control's name, value and state to `ViewState::apply_control`; it sets every
//! control's `checked` from `ViewState::is_checked` (both in `state::changes`, pure, so what
//! every control does is tested natively).
//!
//! Control names: `type`, `size`, `landsdel`, `fylke`, `split` (as in the URL; the answer
//! splits are a `<select name="split">`), and `svar` (issue 25): a checkbox per answer of the
//! answer column chosen in `<select data-action="answer-column">` (not a state), value
//! `COLUMN:CODE`, in a group `data-answers="COLUMN"` ([`answer_codes_html`]); `vekt` (issue 26):
//! a checkbox, value `1`, that weights the shares to the population.

use crate::data::dataset::Dataset;
use crate::state::view_state::{answer_codes, Split, TypeChoice, ViewState};
use crate::stats::aggregate::{Grouping, ANSWER_KEY};
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
    // Every answer column, by its text.
    let columns: Vec<(String, String)> = data
        .responses
        .columns
        .iter()
        .map(|c| {
            (
                c.name(),
                data.codebook.column_text(c).unwrap_or_else(|| c.name()),
            )
        })
        .collect();
    let options = |o: &mut String, prefix: &str, none: &str| {
        let _ = write!(o, "<option value=\"\">{}</option>", escape(none));
        for (name, text) in &columns {
            let _ = write!(
                o,
                "<option value=\"{prefix}{}\">{}</option>",
                escape(name),
                escape(text)
            );
        }
    };
    fieldset(
        &mut out,
        w::ANSWER_LEGEND,
        " class=\"answer-filters\"",
        |o| {
            let _ = write!(
            o,
            "<label class=\"answer-column\"><span>{}</span><select data-action=\"answer-column\">",
            escape(w::ANSWER_COLUMN)
        );
            options(o, "", w::ANSWER_COLUMN_NONE);
            // The chosen question's answers come in here (`answer_codes_html`), when chosen.
            o.push_str("</select></label><div class=\"answer-codes-holder\"></div>");
        },
    );
    fieldset(&mut out, w::SPLIT_LEGEND, "", |o| {
        choices(o, "radio", "split", &splits);
        let _ = write!(
            o,
            "<label class=\"answer-split\"><span>{}</span><select name=\"split\">",
            escape(w::SPLIT_ANSWER)
        );
        options(o, ANSWER_KEY, w::SPLIT_ANSWER_NONE);
        o.push_str("</select></label>");
    });
    fieldset(&mut out, w::WEIGHT_LEGEND, "", |o| {
        choices(
            o,
            "checkbox",
            "vekt",
            &[("1".to_string(), w::WEIGHT.to_string())],
        );
    });
    out.push_str("</div>");
    out
}

/// The answers of answer column `index` as checkboxes (`name="svar"`, value `COLUMN:CODE`) in
/// a group named by the column (`data-answers="COLUMN"`): put in the filter panel when the reader
/// chooses the question, so that the panel does not carry every question's answers from the
/// start.
pub fn answer_codes_html(data: &Dataset, index: usize) -> String {
    let column = &data.responses.columns[index];
    let name = column.name();
    let codes: Vec<(String, String)> = answer_codes(data, index)
        .into_iter()
        .map(|code| {
            let label = data
                .codebook
                .answer_label(&column.question, code)
                .unwrap_or_default();
            (format!("{name}:{code}"), label.to_string())
        })
        .collect();
    let mut out = format!(
        "<div class=\"answer-codes\" data-answers=\"{}\" role=\"group\" aria-label=\"{}\">",
        escape(&name),
        escape(
            &data
                .codebook
                .column_text(column)
                .unwrap_or_else(|| name.clone())
        )
    );
    choices(&mut out, "checkbox", "svar", &codes);
    out.push_str("</div>");
    out
}

/// The options of the selection bar's «Sammenlign etter» list: the groupings, then every answer
/// column under «Svar på …».
pub fn quick_split_html(data: &Dataset) -> String {
    let mut out = String::new();
    for (split, label) in split_options() {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            split.key(),
            escape(label)
        );
    }
    let _ = write!(out, "<optgroup label=\"{}\">", escape(w::SPLIT_ANSWER));
    for column in &data.responses.columns {
        let _ = write!(
            out,
            "<option value=\"{ANSWER_KEY}{}\">{}</option>",
            escape(&column.name()),
            escape(
                &data
                    .codebook
                    .column_text(column)
                    .unwrap_or_else(|| column.name())
            )
        );
    }
    out.push_str("</optgroup>");
    out
}

/// «Fylke» or «Fylke (2 valgt)», for the disclosure's summary.
pub fn fylke_summary(state: &ViewState) -> String {
    match state.fylker.len() {
        0 => w::FYLKE_SUMMARY.to_string(),
        n => format!("{} ({n} {})", w::FYLKE_SUMMARY, w::SELECTED),
    }
}

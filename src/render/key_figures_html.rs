//! The key-figure cards as HTML text (escaped), written by a pure function like the tables.
//!
//! Test contract: `<li data-key-figure="ID">`, one `<p class="kf-part" data-type="kommune|
//! fylkeskommune" data-count="COUNT" data-n="N">` per type (`data-count=":"` when hidden).

use crate::data::register::OrgType;
use crate::model::key_figures::{KeyFigure, KeyFigurePart};
use crate::stats::figure::Figure;
use crate::text::html::escape;
use crate::wording::key_figures as words;
use crate::wording::nouns;
use crate::wording::phrases::figure_text;
use std::fmt::Write;

fn type_name(org_type: OrgType) -> &'static str {
    nouns::selection(Some(org_type))
}

/// The card's sentence: the first shown figure leads, the other type follows, a hidden figure
/// says why.
pub fn card_sentence(figure: &KeyFigure) -> String {
    let mut sentences = Vec::new();
    let mut led = false;
    for part in &figure.parts {
        sentences.push(match &part.figure {
            Figure::Hidden(s) => words::hidden_sentence(*s, part.org_type, part.population),
            shown if !led => {
                led = true;
                words::lead_sentence(shown, part.org_type, &figure.predicate)
            }
            shown => words::follow_sentence(shown, part.org_type),
        });
    }
    sentences.join(" ")
}

fn part_html(out: &mut String, part: &KeyFigurePart) {
    let _ = write!(
        out,
        "<p class=\"kf-part\" data-type=\"{}\"",
        part.org_type.key()
    );
    match (&part.figure, part.estimate()) {
        (figure, Some(e)) => {
            let basis = words::basis(figure);
            let _ = write!(
                out,
                " data-count=\"{}\" data-n=\"{}\"><span class=\"kf-type\">{}</span> <span class=\"kf-number\">{}</span> <span class=\"kf-basis\">{}</span></p>",
                e.count,
                e.n,
                type_name(part.org_type),
                figure_text(figure),
                basis
            );
        }
        (_, None) => {
            let _ = write!(
                out,
                " data-count=\":\"><span class=\"kf-type\">{}</span> <span class=\"kf-number\">:</span></p>",
                type_name(part.org_type)
            );
        }
    }
}

/// The cards as a list; `section_title(theme)` names the section each links to.
pub fn key_figures_html(figures: &[KeyFigure], section_title: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("<ul class=\"key-figures\">");
    for figure in figures {
        let _ = write!(
            out,
            "<li class=\"key-figure\" data-key-figure=\"{}\"><h3 class=\"kf-label\">{}</h3>",
            escape(&figure.id),
            escape(&figure.label)
        );
        for part in &figure.parts {
            part_html(&mut out, part);
        }
        let _ = write!(
            out,
            "<p class=\"kf-sentence\">{}</p><a class=\"kf-link\" href=\"#{}\">{}</a></li>",
            escape(&card_sentence(figure)),
            escape(&figure.theme),
            escape(&words::see_section(&section_title(&figure.theme)))
        );
    }
    out.push_str("</ul>");
    out
}

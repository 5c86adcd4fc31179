//! One question of «Sammenlign kommuner» as an image for download (SVG, or drawn to PNG by the
//! page): the question, the selection in words, the table of answers — in words, each cell
//! shaded by the answer's place in the scale as on the page — with the reference column, and
//! the source line.

use crate::model::comparison_view::{Answer, ComparisonView};
use crate::render::comparison_html::shade_step;
use crate::render::comparison_text::{answer_words, question_sentence, scope_type};
use crate::render::map_svg::wrap;
use crate::stats::figure::Figure;
use crate::text::html::escape;
use crate::wording::comparison::reference_head;
use crate::wording::phrases::figure_text;
use std::fmt::Write;

const LABEL_WIDTH: u32 = 230;
const COLUMN_WIDTH: u32 = 116;
const REFERENCE_WIDTH: u32 = 130;
const MARGIN: u32 = 16;
const LINE: u32 = 14;

/// The shades of the scale's order in a download (the light scheme's, as in style/main.css).
const SHADES: [&str; 5] = ["#f1f5fa", "#dce7f3", "#c3d6ec", "#a6c3e4", "#86add9"];
const DONT_KNOW: &str = "#ececec";

/// Lines of text at `x`, from the baseline `y`, `size` px; returns the y below them.
fn text_lines(out: &mut String, lines: &[String], x: u32, y: u32, size: u32, weight: &str) -> u32 {
    let mut y = y;
    for line in lines {
        y += size + 3;
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\">{}</text>",
            escape(line)
        );
    }
    y
}

/// The image of question `question`: the document, its width and height in px. `filters` is
/// the selection in words, `source` the source line.
pub fn comparison_question_svg(
    view: &ComparisonView,
    question: usize,
    filters: &str,
    source: &str,
) -> (String, u32, u32) {
    let q = &view.questions[question];
    let columns = view.organisations.len() as u32;
    let width = 2 * MARGIN + LABEL_WIDTH + columns * COLUMN_WIDTH + REFERENCE_WIDTH;
    let characters = (width / 9) as usize;
    let mut body = String::new();
    let mut y = text_lines(&mut body, &wrap(&q.text, characters), MARGIN, 8, 16, "bold");
    y = text_lines(
        &mut body,
        &wrap(&question_sentence(view, q), characters + 20),
        MARGIN,
        y + 4,
        12,
        "normal",
    );
    y = text_lines(
        &mut body,
        &wrap(filters, characters + 30),
        MARGIN,
        y + 2,
        11,
        "normal",
    );
    // The heads: the organisations' names, and the reference.
    let top = y + 12;
    let reference = reference_head(scope_type(view.reference), &q.headline_label);
    let mut head_bottom = top;
    let mut x = MARGIN + LABEL_WIDTH;
    for org in &view.organisations {
        head_bottom = head_bottom.max(text_lines(
            &mut body,
            &wrap(&org.unique_name, 16),
            x + 4,
            top,
            11,
            "bold",
        ));
        x += COLUMN_WIDTH;
    }
    head_bottom = head_bottom.max(text_lines(
        &mut body,
        &wrap(&reference, 18),
        x + 4,
        top,
        11,
        "bold",
    ));
    let mut y = head_bottom + 6;
    for item in &q.items {
        let label = wrap(&item.label, 32);
        let texts: Vec<(Vec<String>, &str)> = item
            .answers
            .iter()
            .map(|answer| {
                let fill = match answer {
                    Answer::Given {
                        dont_know: true, ..
                    } => DONT_KNOW,
                    Answer::Given { .. } => SHADES[shade_step(q.ordered_len, answer)],
                    _ => "#ffffff",
                };
                (wrap(answer_words(answer), 18), fill)
            })
            .collect();
        let lines = texts
            .iter()
            .map(|(t, _)| t.len())
            .chain([label.len(), 1])
            .max()
            .unwrap_or(1) as u32;
        let height = lines * LINE + 10;
        let _ = write!(
            body,
            "<line x1=\"{MARGIN}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#c8c8c8\"/>",
            width - MARGIN
        );
        text_lines(&mut body, &label, MARGIN, y + 1, 11, "normal");
        let mut x = MARGIN + LABEL_WIDTH;
        for (lines, fill) in &texts {
            let _ = write!(
                body,
                "<rect x=\"{x}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>",
                y + 1,
                COLUMN_WIDTH - 2,
                height - 2
            );
            text_lines(&mut body, lines, x + 4, y + 1, 11, "normal");
            x += COLUMN_WIDTH;
        }
        let figure = match &item.country {
            Ok(e) => figure_text(&Figure::of(Ok(*e))),
            Err(_) => ":".to_string(),
        };
        text_lines(&mut body, &[figure], x + 4, y + 1, 11, "normal");
        y += height;
    }
    y = text_lines(
        &mut body,
        &wrap(source, characters + 30),
        MARGIN,
        y + 10,
        10,
        "normal",
    );
    let height = y + 12;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Arial, Helvetica, sans-serif\" fill=\"#1a1a1a\"><rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>{body}</svg>"
    );
    (svg, width, height)
}

//! A question's map as SVG text, its legend, what each region says on hover, and its text
//! alternative: pure functions of the map view and the geometry.
//!
//! Test contract: `<svg data-map="QID" data-level="fylke|kommune">` with one `<path>` per
//! region: `data-fylke="NR"` or `data-knr="KNR"`, and either `data-count="COUNT" data-n="N"
//! data-share="FRACTION"` (the share shown, weighted where the view is; six decimals)
//! (`data-count=":"` when suppressed, `data-status="tom"` when nobody is in the selection) or
//! `data-code="CODE"` (`0`: left blank), `data-status="ikke-deltatt"` (did not take part) or
//! `data-status="utenfor"` (outside the selection).
//!
//! Colours say the value; patterns and outlines tell the special cases apart without colour:
//! «Vet ikke» and suppressed figures are hatched, a blank answer is white with a dashed
//! outline, organisations that did not take part are mid grey, and organisations outside the
//! selection are faded.

use crate::data::codebook::Scale;
use crate::data::map_geometry::{MapGeometry, Region};
use crate::model::map_view::{MapRegion, MapView, OwnAnswer, RegionValue, Shapes};
use crate::state::view_state::MapLevel;
use crate::stats::aggregate::{Estimate, Suppression};
use crate::stats::figure::Figure;
use crate::text::html::escape;
use crate::wording::maps as words;
use crate::wording::phrases::estimate_phrase;
use std::fmt::Write;

/// Five classes of 20 percentage points, light to dark (ColorBrewer Blues).
const SHARE_BINS: [&str; 5] = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
/// The ordered answers of a scale, light to dark (ColorBrewer Blues, its lightest left out).
const ORDERED: [&str; 6] = [
    "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594",
];
const HATCH_BASE: &str = "#d9d9d9";
const DONT_KNOW_BASE: &str = "#e7d4e8";
const NONE_FILL: &str = "#f2f2f2";
const BLANK_FILL: &str = "#ffffff";
const OUTSIDE_FILL: &str = "#ececec";
const NOT_RESPONDED_FILL: &str = "#a8a8a8";

/// The attributes of a region's element (name, value; an empty value is not set).
pub type Attributes = Vec<(&'static str, String)>;

/// How a region is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Solid(&'static str),
    /// Diagonal lines over the colour.
    Hatched(&'static str),
    /// Mid grey: did not take part (a solid fill: a pattern over so many regions costs the
    /// phone too much paint on every change).
    Dotted,
    /// White with a dashed outline: left blank.
    Outlined,
    /// Pale: outside the selection.
    Faded,
}

impl Look {
    /// The SVG `fill` for this look in a map whose patterns are named `prefix-…`.
    pub fn fill(self, prefix: &str) -> String {
        match self {
            Look::Solid(colour) => colour.to_string(),
            Look::Hatched(HATCH_BASE) => format!("url(#{prefix}-hatch)"),
            Look::Hatched(_) => format!("url(#{prefix}-dk)"),
            Look::Dotted => NOT_RESPONDED_FILL.to_string(),
            Look::Outlined => BLANK_FILL.to_string(),
            Look::Faded => OUTSIDE_FILL.to_string(),
        }
    }
}

/// The class of a share: 0–20 % is 0, …, 80–100 % is 4.
pub fn share_bin(share: f64) -> usize {
    ((share * 5.0).floor() as usize).min(4)
}

/// The colours of a scale's answers in its order; «Vet ikke» is hatched instead.
fn ordered_looks(scale: &Scale) -> Vec<(u8, Look)> {
    let ordered = scale.codes.iter().filter(|c| !c.dont_know).count().max(1);
    let mut rank = 0;
    scale
        .codes
        .iter()
        .map(|c| {
            if c.dont_know {
                (c.code, Look::Hatched(DONT_KNOW_BASE))
            } else {
                // Spread over the palette: two answers get its ends, six get every colour.
                let step = if ordered == 1 {
                    ORDERED.len() - 1
                } else {
                    rank * (ORDERED.len() - 1) / (ordered - 1)
                };
                rank += 1;
                (c.code, Look::Solid(ORDERED[step]))
            }
        })
        .collect()
}

fn share_look(cell: &Result<Estimate, Suppression>) -> Look {
    match cell {
        Ok(e) => Look::Solid(SHARE_BINS[share_bin(e.share)]),
        Err(Suppression::Empty) => Look::Solid(NONE_FILL),
        Err(_) => Look::Hatched(HATCH_BASE),
    }
}

fn own_look(answer: OwnAnswer, looks: &[(u8, Look)]) -> Look {
    match answer {
        OwnAnswer::Code(code) => looks
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, look)| *look)
            .unwrap_or(Look::Outlined),
        OwnAnswer::Blank => Look::Outlined,
        OwnAnswer::NotResponded => Look::Dotted,
        OwnAnswer::Outside => Look::Faded,
    }
}

/// The look of a region.
pub fn region_look(value: &RegionValue, scale: &Scale) -> Look {
    match value {
        RegionValue::Share(cell) => share_look(cell),
        RegionValue::Own(answer) => own_look(*answer, &ordered_looks(scale)),
    }
}

/// The attributes a region's element carries besides its id and outline (the test contract),
/// with its fill. The page sets these again on every change.
pub fn region_attributes(region: &MapRegion, look: Look, prefix: &str) -> Attributes {
    let mut out = vec![("fill", look.fill(prefix))];
    match &region.value {
        RegionValue::Share(Ok(e)) => {
            out.push(("data-count", e.count.to_string()));
            out.push(("data-n", e.n.to_string()));
            out.push(("data-share", crate::render::table_html::fraction(e.share)));
        }
        RegionValue::Share(Err(Suppression::Empty)) => out.push(("data-status", "tom".into())),
        RegionValue::Share(Err(_)) => out.push(("data-count", ":".into())),
        RegionValue::Own(OwnAnswer::Code(code)) => out.push(("data-code", code.to_string())),
        RegionValue::Own(OwnAnswer::Blank) => out.push(("data-code", "0".into())),
        RegionValue::Own(OwnAnswer::NotResponded) => {
            out.push(("data-status", "ikke-deltatt".into()))
        }
        RegionValue::Own(OwnAnswer::Outside) => out.push(("data-status", "utenfor".into())),
    }
    if look == Look::Outlined {
        out.push(("class", "blank".into()));
    } else if look == Look::Faded {
        out.push(("class", "outside".into()));
    } else {
        out.push(("class", String::new()));
    }
    out
}

/// Every region's attributes, in the order of `view.regions`.
pub fn all_attributes(view: &MapView, scale: &Scale, prefix: &str) -> Vec<(String, Attributes)> {
    let looks = ordered_looks(scale);
    view.regions
        .iter()
        .map(|r| {
            let look = match &r.value {
                RegionValue::Share(cell) => share_look(cell),
                RegionValue::Own(answer) => own_look(*answer, &looks),
            };
            (r.id.clone(), region_attributes(r, look, prefix))
        })
        .collect()
}

/// The answer label of `code` in `scale`.
fn answer_label(scale: &Scale, code: u8) -> &str {
    scale
        .codes
        .iter()
        .find(|c| c.code == code)
        .map(|c| c.label.local())
        .unwrap_or("")
}

/// What a region says on hover: its name and its figure or answer.
pub fn region_text(region: &MapRegion, scale: &Scale) -> String {
    match &region.value {
        RegionValue::Share(cell) => words::share_region(&region.name, cell),
        RegionValue::Own(answer) => {
            let answer = match answer {
                OwnAnswer::Code(code) => answer_label(scale, *code),
                OwnAnswer::Blank => words::LEGEND_BLANK,
                OwnAnswer::NotResponded => words::LEGEND_NOT_RESPONDED,
                OwnAnswer::Outside => words::LEGEND_OUTSIDE,
            };
            words::own_region(&region.name, answer)
        }
    }
}

/// The map's title line.
pub fn map_title(view: &MapView, scale: &Scale) -> String {
    match view.level {
        MapLevel::Fylke => words::share_title(scale.headline.label.local()),
        MapLevel::Kommune => words::own_title(view.shapes == Shapes::Fylker).to_string(),
    }
}

/// The text alternative: the highest and lowest fylke, or how many gave each answer.
pub fn text_alternative(view: &MapView, scale: &Scale) -> String {
    let title = map_title(view, scale);
    match view.level {
        MapLevel::Fylke => {
            let shown = || {
                view.regions.iter().filter_map(|r| match &r.value {
                    RegionValue::Share(Ok(e)) => Some((r, e)),
                    _ => None,
                })
            };
            let phrase = |(r, e): (&MapRegion, &Estimate)| {
                format!("{} {}", r.name, estimate_phrase(&Figure::of(Ok(*e))))
            };
            // The first of equals, as the regions are ordered (no sort: less code in the page).
            let mut highest: Option<(&MapRegion, &Estimate)> = None;
            let mut lowest: Option<(&MapRegion, &Estimate)> = None;
            for (r, e) in shown() {
                if highest.is_none_or(|(_, h)| e.share > h.share) {
                    highest = Some((r, e));
                }
                if lowest.is_none_or(|(_, l)| e.share < l.share) {
                    lowest = Some((r, e));
                }
            }
            words::share_alternative(
                &title,
                highest.map(phrase),
                lowest.map(phrase),
                view.regions.len() - shown().count(),
            )
        }
        MapLevel::Kommune => {
            let count = |f: &dyn Fn(&OwnAnswer) -> bool| {
                view.regions
                    .iter()
                    .filter(|r| matches!(&r.value, RegionValue::Own(a) if f(a)))
                    .count()
            };
            let mut counts: Vec<(String, usize)> = scale
                .codes
                .iter()
                .map(|c| {
                    (
                        c.label.local().to_owned(),
                        count(&|a| *a == OwnAnswer::Code(c.code)),
                    )
                })
                .collect();
            for (label, answer) in [
                (words::LEGEND_BLANK, OwnAnswer::Blank),
                (words::LEGEND_NOT_RESPONDED, OwnAnswer::NotResponded),
                (words::LEGEND_OUTSIDE, OwnAnswer::Outside),
            ] {
                counts.push((label.to_string(), count(&|a| *a == answer)));
            }
            words::own_alternative(&title, &counts)
        }
    }
}

/// The legend's entries, in order: the colours, then the special cases.
pub fn legend(view: &MapView, scale: &Scale) -> Vec<(Look, String)> {
    match view.level {
        MapLevel::Fylke => {
            let mut entries: Vec<(Look, String)> = SHARE_BINS
                .iter()
                .enumerate()
                .map(|(i, colour)| {
                    (
                        Look::Solid(colour),
                        words::share_bin(i as u32 * 20, i as u32 * 20 + 20),
                    )
                })
                .collect();
            entries.push((Look::Hatched(HATCH_BASE), words::LEGEND_TOO_FEW.to_string()));
            entries.push((Look::Solid(NONE_FILL), words::LEGEND_NONE.to_string()));
            entries
        }
        MapLevel::Kommune => {
            let mut entries: Vec<(Look, String)> = ordered_looks(scale)
                .into_iter()
                .map(|(code, look)| (look, answer_label(scale, code).to_string()))
                .collect();
            entries.push((Look::Outlined, words::LEGEND_BLANK.to_string()));
            entries.push((Look::Dotted, words::LEGEND_NOT_RESPONDED.to_string()));
            entries.push((Look::Faded, words::LEGEND_OUTSIDE.to_string()));
            if view.shapes == Shapes::Fylker {
                entries.push((
                    Look::Solid(NONE_FILL),
                    words::LEGEND_NO_FYLKESKOMMUNE.to_string(),
                ));
            }
            entries
        }
    }
}

/// The patterns a map's fills name, as `<defs>`.
fn patterns(prefix: &str) -> String {
    let prefix = escape(prefix);
    format!(
        "<defs>\
<pattern id=\"{prefix}-hatch\" patternUnits=\"userSpaceOnUse\" width=\"10\" height=\"10\" patternTransform=\"rotate(45)\"><rect width=\"10\" height=\"10\" fill=\"{HATCH_BASE}\"/><rect width=\"3\" height=\"10\" fill=\"#6b6b6b\"/></pattern>\
<pattern id=\"{prefix}-dk\" patternUnits=\"userSpaceOnUse\" width=\"10\" height=\"10\" patternTransform=\"rotate(-45)\"><rect width=\"10\" height=\"10\" fill=\"{DONT_KNOW_BASE}\"/><rect width=\"3\" height=\"10\" fill=\"#7b3fa0\"/></pattern>\
</defs>"
    )
}

/// A legend swatch as a small SVG (the same looks as the map, drawn without its patterns).
pub fn swatch_svg(look: Look) -> String {
    let (fill, extra) = match look {
        Look::Solid(colour) => (colour, String::new()),
        Look::Hatched(base) => (
            base,
            format!(
                "<path d=\"M-2 10L10-2M4 16L16 4M-8 4L4-8\" stroke=\"{}\" stroke-width=\"2.4\"/>",
                if base == HATCH_BASE { "#6b6b6b" } else { "#7b3fa0" }
            ),
        ),
        Look::Dotted => (NOT_RESPONDED_FILL, String::new()),
        Look::Outlined => (BLANK_FILL, "<rect x=\"1\" y=\"1\" width=\"12\" height=\"12\" fill=\"none\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>".to_string()),
        Look::Faded => (OUTSIDE_FILL, String::new()),
    };
    format!(
        "<svg class=\"swatch\" viewBox=\"0 0 14 14\" width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"#777\" stroke-width=\"1\"/>{extra}</svg>"
    )
}

/// The legend as an HTML list.
pub fn legend_html(view: &MapView, scale: &Scale) -> String {
    let mut out = String::from("<ul class=\"map-legend\">");
    for (look, label) in legend(view, scale) {
        let _ = write!(
            out,
            "<li>{}<span>{}</span></li>",
            swatch_svg(look),
            escape(&label)
        );
    }
    out.push_str("</ul>");
    out
}

fn write_region(out: &mut String, kind: &str, region: &Region, attributes: &Attributes) {
    let _ = write!(out, "<path {kind}=\"{}\"", escape(&region.id));
    for (name, value) in attributes {
        if !value.is_empty() {
            let _ = write!(out, " {name}=\"{}\"", escape(value));
        }
    }
    let _ = write!(out, " d=\"{}\"/>", region.path);
}

/// The map's patterns and regions (without the `<svg>` around them).
fn map_body(geometry: &MapGeometry, view: &MapView, scale: &Scale, prefix: &str) -> String {
    let attributes = all_attributes(view, scale, prefix);
    let mut out = String::with_capacity(96 * 1024);
    out.push_str(&patterns(prefix));
    out.push_str(
        "<g class=\"regions\" stroke=\"#ffffff\" stroke-width=\"1.2\" stroke-linejoin=\"round\">",
    );
    let (kind, shapes) = match view.shapes {
        Shapes::Kommuner => ("data-knr", &geometry.kommuner),
        Shapes::Fylker => ("data-fylke", &geometry.fylker),
    };
    for region in shapes {
        match attributes.iter().find(|(id, _)| *id == region.id) {
            Some((_, attrs)) => write_region(&mut out, kind, region, attrs),
            // A fylke without a fylkeskommune (Oslo): drawn, with nothing to say.
            None => {
                let _ = write!(
                    out,
                    "<path class=\"no-region\" fill=\"{NONE_FILL}\" d=\"{}\"/>",
                    region.path
                );
            }
        }
    }
    out.push_str("</g>");
    if view.shapes == Shapes::Kommuner {
        // The fylke borders over the kommuner, for orientation (not regions of the map).
        out.push_str("<g class=\"borders\" fill=\"none\" stroke=\"#35414d\" stroke-width=\"2.4\" pointer-events=\"none\">");
        for fylke in &geometry.fylker {
            let _ = write!(out, "<path d=\"{}\"/>", fylke.path);
        }
        out.push_str("</g>");
    }
    out
}

/// The map as an SVG element for the page. `prefix` names its patterns (unique in the page);
/// `qid` is its `data-map`.
pub fn map_svg(
    geometry: &MapGeometry,
    view: &MapView,
    scale: &Scale,
    qid: &str,
    prefix: &str,
) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" data-map=\"{}\" data-level=\"{}\" data-column=\"{}\">{}</svg>",
        geometry.width,
        geometry.height,
        escape(&text_alternative(view, scale)),
        escape(qid),
        view.level.key(),
        escape(&view.column.name()),
        map_body(geometry, view, scale, prefix)
    )
}

/// Splits `text` into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Width of a downloaded map in px.
pub const EXPORT_WIDTH: u32 = 960;
const EXPORT_MAP_HEIGHT: u32 = 640;

/// The texts around a downloaded map.
pub struct ExportTexts<'a> {
    /// The question.
    pub title: &'a str,
    /// The map's title, with the item where the question has several.
    pub subtitle: &'a str,
    /// The selection in words.
    pub filters: &'a str,
    /// The source line of the data.
    pub source: &'a str,
}

/// The map as a document of its own for download (SVG, or drawn to PNG): title, item,
/// selection, the map with its legend beside it, the source and the map credit. Returns the
/// document and its height in px.
pub fn standalone_svg(
    geometry: &MapGeometry,
    view: &MapView,
    scale: &Scale,
    texts: &ExportTexts,
) -> (String, u32) {
    let mut header: Vec<(String, u32, &str)> = Vec::new();
    for line in wrap(texts.title, 80) {
        header.push((line, 18, "bold"));
    }
    header.push((texts.subtitle.to_string(), 14, "normal"));
    for line in wrap(texts.filters, 120) {
        header.push((line, 12, "normal"));
    }
    let mut body = String::new();
    let mut y = 16;
    for (line, size, weight) in &header {
        y += size + 6;
        let _ = write!(
            body,
            "<text x=\"16\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\">{}</text>",
            escape(line)
        );
    }
    let map_top = y + 12;
    // The map scaled into its place by a nested SVG (whole numbers only: no float formatting
    // in the page's code).
    let map_width = geometry.width * EXPORT_MAP_HEIGHT / geometry.height;
    let _ = write!(
        body,
        "<svg x=\"16\" y=\"{map_top}\" width=\"{map_width}\" height=\"{EXPORT_MAP_HEIGHT}\" viewBox=\"0 0 {} {}\">{}</svg>",
        geometry.width,
        geometry.height,
        map_body(geometry, view, scale, "dl")
    );
    let legend_x = 16 + map_width + 24;
    let mut legend_y = map_top + 8;
    for (look, label) in legend(view, scale) {
        let _ = write!(
            body,
            "<g transform=\"translate({legend_x} {legend_y})\">{}</g><text x=\"{}\" y=\"{}\" font-size=\"13\">{}</text>",
            swatch_svg(look),
            legend_x + 22,
            legend_y + 12,
            escape(&label)
        );
        legend_y += 22;
    }
    let mut y = map_top + EXPORT_MAP_HEIGHT + 24;
    for line in wrap(texts.source, 130)
        .into_iter()
        .chain([words::CREDIT.to_string()])
    {
        let _ = write!(
            body,
            "<text x=\"16\" y=\"{y}\" font-size=\"11\" fill=\"#4a4a4a\">{}</text>",
            escape(&line)
        );
        y += 16;
    }
    let height = y + 8;
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{EXPORT_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {EXPORT_WIDTH} {height}\" font-family=\"Arial, Helvetica, sans-serif\" fill=\"#1a1a1a\"><rect width=\"{EXPORT_WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>{body}</svg>"
    );
    (svg, height)
}

/// The maps' style, sent with each frame: the page's stylesheet does not carry it, so the first
/// load does not (the rules use the page's colour variables).
pub const MAP_STYLE: &str = ".map-view{margin-top:0.75rem}.map-head{display:flex;flex-wrap:wrap;align-items:center;gap:0.25rem 0.75rem}.map-head select{font:inherit;min-height:2.25rem;max-width:100%}.map-title{font-weight:600;margin:0}.map-body{display:flex;flex-wrap:wrap;gap:0.5rem 1.5rem;align-items:flex-start}.map{flex:1 1 18rem;max-width:30rem}.map svg{display:block;width:100%;height:auto;max-height:36rem}.map{contain:layout paint;will-change:transform}:root[data-behind-modal] .map{content-visibility:hidden}.map-svg .regions{stroke:var(--bg)}.map-svg .borders{stroke:var(--fg);opacity:0.55}.map-svg path.blank{stroke:var(--fg);stroke-dasharray:4 3;stroke-width:2}.map-svg path.outside{opacity:0.45}.map.clickable path[data-knr]{cursor:pointer}.map-side{flex:1 1 12rem}.map-hover{min-height:3em;margin:0 0 0.5rem;font-weight:600}.map-legend{list-style:none;margin:0;padding:0;font-size:0.9rem}.map-legend li{display:flex;align-items:center;gap:0.5rem;margin:0.15rem 0}.map-legend .swatch{flex:none}.map-status{color:var(--muted)}";

/// The locator's style, sent with it.
pub const LOCATOR_STYLE: &str = ".locator{max-width:12rem;margin:0.5rem 0}.locator-svg{display:block;width:100%;height:auto}.locator-land path{fill:var(--surface);stroke:var(--rule);stroke-width:1px;vector-effect:non-scaling-stroke}.locator-svg .marked{fill:var(--focus);stroke:var(--fg);stroke-width:1px;vector-effect:non-scaling-stroke}.locator-ring{fill:none;stroke:var(--focus);stroke-width:3px;vector-effect:non-scaling-stroke;pointer-events:none}.locator.picker{max-width:24rem}.locator-svg .pick{fill:transparent;stroke:var(--rule);stroke-width:0.5px;vector-effect:non-scaling-stroke;cursor:pointer}.locator-svg .pick:hover{fill:var(--muted)}.locator-svg .pick.marked{fill:var(--focus);stroke:var(--fg)}";

/// The frame a question's map is drawn in (the page fills its parts): title, the item choice of
/// a question with items, status line, the map and its side (hover text, legend), hint with the
/// map credit, downloads, and an error line. Parts are found by class; controls by `data-action`.
pub fn map_frame_html(qid: &str, items: &[String]) -> String {
    let mut out =
        format!("<style>{MAP_STYLE}</style><div class=\"map-head\"><p class=\"map-title\"></p>");
    if items.len() > 1 {
        let id = format!("kartpunkt-{}", escape(qid));
        let _ = write!(
            out,
            "<label class=\"map-item\" for=\"{id}\">{}</label><select id=\"{id}\" data-action=\"item\">",
            words::ITEM_LABEL
        );
        for (i, item) in items.iter().enumerate() {
            let _ = write!(out, "<option value=\"{i}\">{}</option>", escape(item));
        }
        out.push_str("</select>");
    }
    let _ = write!(
        out,
        "</div><p class=\"map-status\" role=\"status\">{}</p>\
<div class=\"map-body\"><div class=\"map\"></div><div class=\"map-side\"><p class=\"map-hover\" aria-hidden=\"true\"></p><div class=\"map-legend-holder\"></div></div></div>\
<p class=\"hint\"><span class=\"map-click-hint\"></span> {}</p>\
<div class=\"figure-tools\"><button type=\"button\" data-action=\"png\">{}</button><button type=\"button\" data-action=\"svg\">{}</button></div>\
<p class=\"error\" role=\"alert\" hidden></p>",
        words::LOADING,
        words::CREDIT,
        words::DOWNLOAD_PNG,
        words::DOWNLOAD_SVG
    );
    out
}

/// Room around the locator map, so that a ring at the coast is not cut (map units).
const LOCATOR_MARGIN: u32 = 60;
/// The ring around a kommune on the locator map: big enough to find a small one.
const LOCATOR_RING: u32 = 45;

/// The small map of an organisation page: Norway's fylker, the organisation's kommune (with a
/// ring, as small kommuner are hard to see) or fylke marked. `label` is its text alternative.
pub fn locator_svg(
    geometry: &MapGeometry,
    kommune: Option<&str>,
    fylke: &str,
    label: &str,
) -> String {
    locator_many_svg(geometry, &[(kommune, fylke)], label)
}

/// A kommune that can be picked on the comparison's map: its region, register index and name
/// with its state (the path's `<title>`, which the pointer shows).
pub struct Pick<'a> {
    pub region: &'a Region,
    pub index: usize,
    pub title: String,
}

/// The small map of several organisations («Sammenlign kommuner»): each `(kommune, fylke)`
/// marks the kommune (with a ring) or, without one, the fylke. `data-locator` names them all,
/// separated by commas.
pub fn locator_many_svg(
    geometry: &MapGeometry,
    marks: &[(Option<&str>, &str)],
    label: &str,
) -> String {
    picker_svg(geometry, marks, &[], label)
}

/// [`locator_many_svg`] on which kommuner can be picked (issue 24, «from the kommune map»):
/// every one of `picks` is a path with `class="pick"`, `data-knr` and `data-org-index` (its
/// register index, which the page sends back to add or remove it) and a `<title>`; the marked
/// ones have `class="pick marked"`. The fylker of marked fylkeskommuner show through the
/// kommuner's transparent fill.
pub fn picker_svg(
    geometry: &MapGeometry,
    marks: &[(Option<&str>, &str)],
    picks: &[Pick],
    label: &str,
) -> String {
    let ids: Vec<&str> = marks.iter().map(|(k, f)| k.unwrap_or(f)).collect();
    let is_marked = |knr: &str| marks.iter().any(|(k, _)| *k == Some(knr));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"locator-svg\" viewBox=\"-{LOCATOR_MARGIN} -{LOCATOR_MARGIN} {} {}\" role=\"img\" aria-label=\"{}\" data-locator=\"{}\">",
        geometry.width + 2 * LOCATOR_MARGIN,
        geometry.height + 2 * LOCATOR_MARGIN,
        escape(label),
        escape(&ids.join(","))
    );
    let _ = write!(
        out,
        "<style>{LOCATOR_STYLE}</style><g class=\"locator-land\">"
    );
    for region in &geometry.fylker {
        let marked = marks.iter().any(|(k, f)| k.is_none() && *f == region.id);
        let _ = write!(
            out,
            "<path{} d=\"{}\"/>",
            if marked {
                format!(" class=\"marked\" data-fylke=\"{}\"", escape(&region.id))
            } else {
                String::new()
            },
            region.path
        );
    }
    out.push_str("</g>");
    for pick in picks {
        let _ = write!(
            out,
            "<path class=\"pick{}\" data-knr=\"{}\" data-org-index=\"{}\" d=\"{}\"><title>{}</title></path>",
            if is_marked(&pick.region.id) { " marked" } else { "" },
            escape(&pick.region.id),
            pick.index,
            pick.region.path,
            escape(&pick.title)
        );
    }
    for region in marks
        .iter()
        .filter_map(|(k, _)| k.and_then(|knr| geometry.kommune(knr)))
    {
        if picks.is_empty() {
            let _ = write!(
                out,
                "<path class=\"marked\" data-knr=\"{}\" d=\"{}\"/>",
                escape(&region.id),
                region.path
            );
        }
        if let Some((x, y)) = first_point(&region.path) {
            let _ = write!(
                out,
                "<circle class=\"locator-ring\" cx=\"{x}\" cy=\"{y}\" r=\"{LOCATOR_RING}\"/>"
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// The absolute start of a path (`M x y`), where a ring is drawn around a small region.
fn first_point(path: &str) -> Option<(i32, i32)> {
    let rest = path.strip_prefix('M')?;
    let end = rest
        .find(|c: char| c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let mut numbers = rest[..end].split(' ').map(|n| n.parse::<i32>().ok());
    Some((numbers.next()??, numbers.next()??))
}

//! «Åpne egne data» (issue 13) as escaped HTML: the dialog's fixed part (what opening means, the
//! file button and drop zone, «Last ned mal»), its changing part (data kept but not shown, the
//! progress bar, the faults of files not opened, a notice), and the banner over opened data.
//! Buttons carry `data-action` (the page listens once on the dialog or banner): `choose`,
//! `template`, `guide`, `report`, `show-kept`, `forget`, `back`, `close`. File names and fault
//! messages are the reader's own text: always escaped.

use crate::text::html::escape;
use crate::wording::own_data as words;
use crate::wording::page::CLOSE;

/// The id of the dialog's heading, which labels it.
pub const DIALOG_HEADING_ID: &str = "egne-data-tittel";
/// The id of the banner's heading (focused when opened data are first shown).
pub const BANNER_HEADING_ID: &str = "egne-data-banner";
/// The id of the file input.
pub const FILE_INPUT_ID: &str = "egne-data-filer";

fn button(action: &str, label: &str) -> String {
    format!(
        r#"<button type="button" data-action="{action}">{}</button>"#,
        escape(label)
    )
}

/// The part of the dialog that does not change.
pub fn dialog_fixed_html() -> String {
    format!(
        r#"<h2 id="{DIALOG_HEADING_ID}">{heading}</h2><p>{intro}</p><p>{formats}</p><div class="drop-zone">{choose} <span>{drop}</span><input type="file" id="{FILE_INPUT_ID}" multiple accept=".csv,.xlsx,.json,text/csv" hidden aria-label="{choose_label}"></div><p class="own-template">{template} {guide}</p>"#,
        heading = escape(words::HEADING),
        intro = escape(words::INTRO),
        formats = escape(words::FORMATS),
        choose = button("choose", words::CHOOSE),
        choose_label = escape(words::CHOOSE),
        drop = escape(words::DROP),
        template = button("template", words::TEMPLATE),
        guide = button("guide", words::GUIDE),
    )
}

/// What the dialog shows below its fixed part now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DialogStatus<'a> {
    /// Data kept on the machine but not shown: their files and when they were opened (worded).
    pub kept: Option<(&'a [String], &'a str)>,
    /// The step of opening (1–3), once the progress bar shows.
    pub step: Option<usize>,
    /// The faults of files not opened: the first worded ones and their number.
    pub faults: Option<(&'a [String], usize)>,
    pub notice: Option<&'a str>,
}

/// The dialog's changing part.
pub fn dialog_status_html(status: &DialogStatus<'_>) -> String {
    let mut out = String::new();
    if let Some((files, since)) = status.kept {
        out.push_str(&format!(
            r#"<div class="own-kept"><p>{}</p><div class="dialog-actions">{}{}</div></div>"#,
            escape(&words::stored(&words::file_names(files), since)),
            button("show-kept", words::SHOW_AGAIN),
            button("forget", words::FORGET),
        ));
    }
    if let Some(step) = status.step {
        let text = escape(&words::step(step));
        out.push_str(&format!(
            r#"<div class="own-progress"><label for="egne-data-framdrift">{text}</label><progress id="egne-data-framdrift" max="3" value="{step}">{text}</progress><div class="dialog-actions">{}</div></div>"#,
            // Stops the opening: the page ends the worker (web/own-data-view.js).
            button("cancel", words::CANCEL)
        ));
    }
    if let Some((messages, count)) = status.faults {
        let items: String = messages
            .iter()
            .map(|m| format!("<li>{}</li>", escape(m)))
            .collect();
        out.push_str(&format!(
            // The list scrolls when long: focusable, so that it can be scrolled by keyboard.
            r#"<div class="own-faults" role="alert"><h3>{}</h3><p>{}</p><ul tabindex="0">{items}</ul>{}</div>"#,
            escape(&words::failed(count)),
            escape(words::UNCHANGED),
            button("report", words::REPORT),
        ));
    }
    if let Some(notice) = status.notice {
        out.push_str(&format!(r#"<p class="own-notice">{}</p>"#, escape(notice)));
    }
    out
}

/// The dialog's last row.
pub fn dialog_actions_html() -> String {
    format!(
        r#"<div class="dialog-actions">{}</div>"#,
        button("close", CLOSE)
    )
}

/// The banner over opened data: which files, since when (worded), whether they are kept.
pub fn banner_html(files: &[String], since: &str, stored: bool) -> String {
    format!(
        r#"<h2 id="{BANNER_HEADING_ID}" tabindex="-1">{}</h2><p>{}</p><div class="dialog-actions">{}{}</div>"#,
        escape(&words::shown(&words::file_names(files), since)),
        escape(if stored {
            words::NOTHING_SENT
        } else {
            words::NOT_STORED
        }),
        button("back", words::BACK),
        button("forget", words::FORGET),
    )
}

//! The import worker (wasm32, a Web Worker Trunk builds beside the page; issue 13): everything
//! «Åpne egne data» needs that the first load should not carry — reading the reader's files
//! (`gloo-file`), the checks, the dialog's words and HTML, and IndexedDB, where the opened data
//! are kept on this machine. Loaded when the reader first opens the dialog, or when a page starts
//! with opened data kept; precached after. Workbooks are read by a worker of its own
//! (`src/bin/xlsx_reader.rs`: calamine is most of what they weigh), started only for an `.xlsx`.
//! The page's side is `web/own-data-view.js`.
//!
//! Messages from the page, and the replies (each with the message's `id`):
//!
//! - `{kind: "dialog", kept: {files, openedAt} | null}` → `{kind: "dialog", labelledBy, fixed,
//!   actions, kept}`: the dialog's HTML (`render::own_data_html`), with what is kept but not
//!   shown;
//! - `{kind: "open", files: [File], published, xlsx}` (`published`: the page's bundled data as
//!   their snapshot, whose register and codebook the files are checked against; the worker does
//!   not carry its own copy; `xlsx`: the address of the workbook reader, `src/bin/xlsx_reader.rs`,
//!   started for the first `.xlsx`) → `{step: 1|2|3, html}` while it works (the progress bar), then
//!   `{kind: "opened", snapshot, files, openedAt, stored, banner, bannerUnkept, focus}` (the
//!   dataset as `data::snapshot` writes it, kept in IndexedDB unless `stored` is false — true
//!   only once the transaction has completed, so a quota that aborts it after the `put` says so;
//!   the banner's HTML, as it is when the data are not kept, and its heading's id) or `{kind: "failed", html, report, reportName}` (the first 50
//!   faults worded, and the whole report as a Blob);
//! - `{kind: "restore"}` → `{kind: "opened", …}` with what is kept, `{kind: "nothing"}`, or
//!   `{kind: "unreadable", notice}` (kept by another build: forgotten);
//! - `{kind: "forget"}` → `{kind: "forgotten", notice}` once the removal is committed, or
//!   `{kind: "forgetFailed", notice}`;
//! - `{kind: "template", published}` → `{kind: "template", csv, csvName, guide, guideName}`:
//!   «Last ned mal» and its guide for the published codebook and register.
//!
//! Nothing leaves the machine: the worker makes no request.
//!
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
mod stored;
#[cfg(target_arch = "wasm32")]
mod workbooks;

#[cfg(target_arch = "wasm32")]
mod worker {
    use super::stored::{self, Kept};
    use super::workbooks;
    use arbeidsgivermonitor::app::worker_scope::{self, scope};
    use arbeidsgivermonitor::data::codebook::{Text, LANGUAGE};
    use arbeidsgivermonitor::data::error::{DataError, Problem};
    use arbeidsgivermonitor::data::opened_file::{check_chosen, open_dataset_with, OpenedFile};
    use arbeidsgivermonitor::data::opened_workbook::is_workbook;
    use arbeidsgivermonitor::data::snapshot;
    use arbeidsgivermonitor::render::own_data_html::{
        banner_html, dialog_actions_html, dialog_fixed_html, dialog_status_html, DialogStatus,
        BANNER_HEADING_ID, DIALOG_HEADING_ID,
    };
    use arbeidsgivermonitor::render::respondent_template::{template_csv, template_guide};
    use arbeidsgivermonitor::wording::data_errors::message_list;
    use arbeidsgivermonitor::wording::own_data;
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// How many faults the page lists; the report has all.
    const LISTED: usize = 50;

    fn get(message: &JsValue, key: &str) -> JsValue {
        Reflect::get(message, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
        let _ = Reflect::set(object, &key.into(), &value.into());
    }

    fn reply(id: &JsValue, fields: &[(&str, JsValue)]) {
        let reply = Object::new();
        set(&reply, "id", id.clone());
        for (key, value) in fields {
            set(&reply, key, value.clone());
        }
        let _ = scope().post_message(&reply);
    }

    /// A moment as the reader's clock says it, worded.
    fn moment(milliseconds: f64) -> String {
        let date = js_sys::Date::new(&milliseconds.into());
        own_data::moment(
            date.get_date(),
            date.get_month() + 1,
            date.get_full_year(),
            date.get_hours(),
            date.get_minutes(),
        )
    }

    fn opened(id: &JsValue, kept: &Kept, stored: bool) {
        let Some(snapshot) = in_page_language(kept) else {
            return unreadable(id);
        };
        let since = moment(kept.opened_at);
        let banner = banner_html(&kept.files, &since, stored);
        // For a page that cannot keep its note (storage refused): the data are not kept then.
        let unkept = banner_html(&kept.files, &since, false);
        reply(
            id,
            &[
                ("banner", banner.into()),
                ("bannerUnkept", unkept.into()),
                ("focus", BANNER_HEADING_ID.into()),
                ("kind", "opened".into()),
                ("snapshot", Uint8Array::from(snapshot.as_slice()).into()),
                (
                    "files",
                    kept.files
                        .iter()
                        .map(JsValue::from)
                        .collect::<Array>()
                        .into(),
                ),
                ("openedAt", kept.opened_at.into()),
                ("stored", stored.into()),
            ],
        );
    }

    fn failed(id: &JsValue, files: &[String], errors: &[DataError]) {
        let messages = message_list(errors, LISTED);
        let html = dialog_status_html(&DialogStatus {
            faults: Some((&messages, errors.len())),
            ..DialogStatus::default()
        });
        reply(
            id,
            &[
                ("kind", "failed".into()),
                ("html", html.into()),
                ("report", report_blob(&own_data::report(files, errors))),
                ("reportName", own_data::REPORT_FILE.into()),
            ],
        );
    }

    /// The report as a Blob: handed to the page by reference, so that a long one (200 000 faults
    /// are some 20 MB) is not copied on the page's main thread.
    fn report_blob(text: &str) -> JsValue {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain;charset=utf-8");
        web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&text.into()), &options)
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL)
    }

    fn step(id: &JsValue, step: usize) {
        let html = dialog_status_html(&DialogStatus {
            step: Some(step),
            ..DialogStatus::default()
        });
        reply(id, &[("step", step.into()), ("html", html.into())]);
    }

    fn dialog(id: &JsValue, kept: &JsValue) {
        let files: Vec<String> = if kept.is_object() {
            Array::from(&get(kept, "files"))
                .iter()
                .filter_map(|f| f.as_string())
                .collect()
        } else {
            Vec::new()
        };
        let since = get(kept, "openedAt")
            .as_f64()
            .map(moment)
            .unwrap_or_default();
        let kept = dialog_status_html(&DialogStatus {
            kept: (!files.is_empty()).then_some((files.as_slice(), since.as_str())),
            ..DialogStatus::default()
        });
        reply(
            id,
            &[
                ("kind", "dialog".into()),
                ("labelledBy", DIALOG_HEADING_ID.into()),
                ("fixed", dialog_fixed_html().into()),
                ("actions", dialog_actions_html().into()),
                ("kept", kept.into()),
            ],
        );
    }

    /// The files' bytes, once their names, sizes and total size are checked: nothing is read
    /// of files that could not open together (`check_chosen`).
    async fn read(files: &[web_sys::File]) -> Result<Vec<(String, Vec<u8>)>, Vec<DataError>> {
        let names: Vec<String> = files.iter().map(web_sys::File::name).collect();
        let sizes: Vec<(&str, usize)> = names
            .iter()
            .zip(files)
            .map(|(name, file)| (name.as_str(), file.size() as usize))
            .collect();
        check_chosen(&sizes)?;
        let mut errors = Vec::new();
        let mut read = Vec::new();
        for file in files {
            let name = file.name();
            match gloo_file::futures::read_as_bytes(&gloo_file::Blob::from(file.clone())).await {
                Ok(bytes) => read.push((name, bytes)),
                Err(_) => errors.push(DataError::new(&name, 0, Problem::Unreadable)),
            }
        }
        if errors.is_empty() {
            Ok(read)
        } else {
            Err(errors)
        }
    }

    async fn open(id: JsValue, files: Vec<web_sys::File>, published: Vec<u8>, xlsx: String) {
        let names: Vec<String> = files.iter().map(web_sys::File::name).collect();
        step(&id, 1);
        let read = match read(&files).await {
            Ok(read) => read,
            Err(errors) => return failed(&id, &names, &errors),
        };
        step(&id, 2);
        // The page's own snapshot; should it not read, the worker stops and the page says it
        // could not open files.
        let bundled = snapshot::decode(&published).expect("the page sends its own snapshot");
        // Workbooks first, by the workbook reader (fetched only now).
        let mut tables = HashMap::new();
        for (name, bytes) in read.iter().filter(|(name, _)| is_workbook(name)) {
            match workbooks::read(&xlsx, name, bytes).await {
                Ok(table) => tables.insert(name.clone(), table),
                Err(workbooks::Unavailable) => {
                    return reply(&id, &[("kind", "unavailable".into())]);
                }
            };
        }
        // Each table is handed over, not copied: the core asks for a workbook once.
        let tables = RefCell::new(tables);
        let from_reader = |name: &str, _: &[u8]| {
            tables
                .borrow_mut()
                .remove(name)
                .unwrap_or_else(|| Err(DataError::new(name, 0, Problem::NotWorkbook)))
        };
        let given: Vec<OpenedFile> = read
            .iter()
            .map(|(name, bytes)| OpenedFile { name, bytes })
            .collect();
        let data = match open_dataset_with(&bundled, &given, &from_reader) {
            Ok(data) => data,
            Err(errors) => return failed(&id, &names, &errors),
        };
        step(&id, 3);
        // Kept as opened, in no language: each page's worker words what the reader did not
        // describe (`in_page_language`), so the data read the same in every language.
        let kept = Kept {
            snapshot: snapshot::encode(&data.dataset),
            files: names,
            opened_at: js_sys::Date::now(),
            described: data.described,
        };
        let stored = stored::keep(&kept).await.is_ok();
        opened(&id, &kept, stored);
    }

    /// The snapshot to show: as kept, or for answers opened without a `dataset.json`, with the
    /// source and «Om dataene» in the page's language (this worker's).
    fn in_page_language(kept: &Kept) -> Option<Vec<u8>> {
        if kept.described {
            return Some(kept.snapshot.clone());
        }
        let mut dataset = snapshot::decode(&kept.snapshot).ok()?;
        let files = own_data::file_names(&kept.files);
        let meta = &mut dataset.meta;
        meta.source = own_data::source(&meta.source);
        meta.answers_description = Text::only(LANGUAGE, own_data::description(&files));
        Some(snapshot::encode(&dataset))
    }

    async fn restore(id: JsValue) {
        match stored::kept().await {
            Ok(Some(kept)) if snapshot::decode(&kept.snapshot).is_ok() => opened(&id, &kept, true),
            Ok(Some(_)) => {
                let _ = stored::forget().await;
                unreadable(&id);
            }
            Ok(None) => reply(&id, &[("kind", "nothing".into())]),
            Err(_) => unreadable(&id),
        }
    }

    fn template(id: &JsValue, published: &[u8]) {
        let Ok(bundled) = snapshot::decode(published) else {
            return;
        };
        reply(
            id,
            &[
                ("kind", "template".into()),
                (
                    "csv",
                    template_csv(&bundled.codebook, &bundled.register).into(),
                ),
                ("csvName", own_data::TEMPLATE_FILE.into()),
                ("guide", template_guide(&bundled.codebook).into()),
                ("guideName", own_data::GUIDE_FILE.into()),
            ],
        );
    }

    fn unreadable(id: &JsValue) {
        reply(
            id,
            &[
                ("kind", "unreadable".into()),
                ("notice", own_data::RESTORE_FAILED.into()),
            ],
        );
    }

    /// «Glem dataene»: `forgotten` once the record's removal has been committed, else
    /// `forgetFailed` (the page says the data may still be on the machine).
    async fn forget(id: JsValue) {
        let (kind, notice) = match stored::forget().await {
            Ok(()) => ("forgotten", own_data::FORGOTTEN),
            Err(_) => ("forgetFailed", own_data::FORGET_FAILED),
        };
        reply(&id, &[("kind", kind.into()), ("notice", notice.into())]);
    }

    fn on_message(message: JsValue) {
        let id = get(&message, "id");
        match get(&message, "kind").as_string().as_deref() {
            Some("open") => {
                let files: Vec<web_sys::File> = Array::from(&get(&message, "files"))
                    .iter()
                    .filter_map(|f| f.dyn_into().ok())
                    .collect();
                let published = Uint8Array::new(&get(&message, "published")).to_vec();
                let xlsx = get(&message, "xlsx").as_string().unwrap_or_default();
                wasm_bindgen_futures::spawn_local(open(id, files, published, xlsx));
            }
            Some("restore") => wasm_bindgen_futures::spawn_local(restore(id)),
            Some("forget") => wasm_bindgen_futures::spawn_local(forget(id)),
            Some("dialog") => dialog(&id, &get(&message, "kept")),
            Some("template") => {
                template(&id, &Uint8Array::new(&get(&message, "published")).to_vec())
            }
            _ => {}
        }
    }

    pub fn start() {
        worker_scope::on_message(on_message);
    }
}

pub fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

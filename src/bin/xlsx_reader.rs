//! The workbook reader (wasm32, a Web Worker Trunk builds beside the page; issue 13): calamine,
//! which is most of what reading an `.xlsx` weighs (some 270 KB gzip, chiefly encoding tables),
//! in a worker of its own, so that it is fetched only when the reader opens a workbook. The
//! import worker (`src/bin/import_worker/`) starts it and hands it the file:
//!
//! - `{id, name, bytes}` → `{id, records: [[line, [field, …]], …]}`, the answer sheet's rows as
//!   `data::opened_workbook::workbook_records` reads them, or `{id, fault, line, value?}` with
//!   the fault as `data::opened_workbook::fault_key` names it (`notWorkbook`, `empty`,
//!   `unpacked`, `rows`, `columns`).
//!
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
mod worker {
    use arbeidsgivermonitor::app::worker_scope::{self, scope};
    use arbeidsgivermonitor::data::opened_workbook::{fault_key, workbook_records};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;

    fn get(message: &JsValue, key: &str) -> JsValue {
        Reflect::get(message, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn on_message(message: JsValue) {
        let name = get(&message, "name").as_string().unwrap_or_default();
        let bytes = Uint8Array::new(&get(&message, "bytes")).to_vec();
        let reply = Object::new();
        let _ = Reflect::set(&reply, &"id".into(), &get(&message, "id"));
        match workbook_records(&name, &bytes) {
            Ok(records) => {
                let rows: Array = records
                    .into_iter()
                    .map(|record| {
                        let fields: Array = record.fields.into_iter().map(JsValue::from).collect();
                        Array::of2(&(record.line as f64).into(), &fields)
                    })
                    .collect();
                let _ = Reflect::set(&reply, &"records".into(), &rows);
            }
            Err(error) => {
                let fault = fault_key(&error.problem);
                let _ = Reflect::set(&reply, &"fault".into(), &fault.into());
                let _ = Reflect::set(&reply, &"line".into(), &(error.line as f64).into());
                if let Some(value) = error.value {
                    let _ = Reflect::set(&reply, &"value".into(), &value.into());
                }
            }
        }
        let _ = scope().post_message(&reply);
    }

    pub fn start() {
        worker_scope::on_message(on_message);
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

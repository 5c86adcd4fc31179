//! Workbooks (`.xlsx`) are read by the workbook reader (`src/bin/xlsx_reader.rs`, calamine), a
//! worker this worker starts on the first workbook, so that calamine is fetched only then.

use arbeidsgivermonitor::data::csv::{Record, Table};
use arbeidsgivermonitor::data::error::DataError;
use arbeidsgivermonitor::data::opened_workbook::fault_from_key;
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The reader could not be started (offline before it was ever fetched).
pub struct Unavailable;

struct Reader {
    worker: web_sys::Worker,
    waiting: HashMap<u32, Function>,
    next_id: u32,
}

thread_local! {
    static READER: RefCell<Option<Reader>> = const { RefCell::new(None) };
}

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Every waiting read gets `null` (unavailable); the next workbook starts a new reader.
fn fail_all() {
    let waiting: Vec<Function> = READER.with(|r| {
        r.borrow_mut()
            .take()
            .map(|reader| reader.waiting.into_values().collect())
            .unwrap_or_default()
    });
    for resolve in waiting {
        let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
    }
}

fn start(url: &str) -> Option<Reader> {
    let worker = web_sys::Worker::new(url).ok()?;
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
            let data = event.data();
            let id = field(&data, "id").as_f64().unwrap_or(-1.0) as u32;
            let resolve = READER.with(|r| r.borrow_mut().as_mut()?.waiting.remove(&id));
            if let Some(resolve) = resolve {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn()>::new(fail_all);
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(Reader {
        worker,
        waiting: HashMap::new(),
        next_id: 0,
    })
}

/// The workbook `name` as a table (checked as a CSV file's would be), its fault, or
/// [`Unavailable`].
pub async fn read(
    url: &str,
    name: &str,
    bytes: &[u8],
) -> Result<Result<Table, DataError>, Unavailable> {
    let bytes = Uint8Array::from(bytes);
    let promise = Promise::new(&mut |resolve, _| {
        let sent = READER.with(|r| {
            let mut reader = r.borrow_mut();
            if reader.is_none() {
                *reader = start(url);
            }
            let reader = reader.as_mut()?;
            reader.next_id += 1;
            let id = reader.next_id;
            let message = Object::new();
            let _ = Reflect::set(&message, &"id".into(), &id.into());
            let _ = Reflect::set(&message, &"name".into(), &name.into());
            let _ = Reflect::set(&message, &"bytes".into(), &bytes);
            reader.worker.post_message(&message).ok()?;
            reader.waiting.insert(id, resolve.clone());
            Some(())
        });
        if sent.is_none() {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    let reply = JsFuture::from(promise).await.unwrap_or(JsValue::NULL);
    if !reply.is_object() {
        return Err(Unavailable);
    }
    let fault = field(&reply, "fault").as_string();
    Ok(match fault.as_deref() {
        Some(key) => {
            let line = field(&reply, "line").as_f64().unwrap_or(0.0) as usize;
            let error = DataError::new(name, line, fault_from_key(key));
            Err(match field(&reply, "value").as_string() {
                Some(value) => error.value(value),
                None => error,
            })
        }
        None => {
            let records = Array::from(&field(&reply, "records"))
                .iter()
                .map(|row| {
                    let row = Array::from(&row);
                    Record {
                        line: row.get(0).as_f64().unwrap_or(0.0) as usize,
                        fields: Array::from(&row.get(1))
                            .iter()
                            .map(|f| f.as_string().unwrap_or_default())
                            .collect(),
                    }
                })
                .collect();
            Table::from_records(name, records)
        }
    })
}

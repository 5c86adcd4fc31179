//! The opened data kept on this machine: one record in IndexedDB (database `agm-egne-data`,
//! store `data`, key `opened`) with the dataset's snapshot, the names of the files it came from
//! and when they were opened. Kept until «Glem dataene»; never sent anywhere.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
    WorkerGlobalScope,
};

const DATABASE: &str = "agm-egne-data";
const STORE: &str = "data";
const KEY: &str = "opened";

/// What is kept.
pub struct Kept {
    pub snapshot: Vec<u8>,
    pub files: Vec<String>,
    /// Milliseconds since 1970, as `Date.now()`.
    pub opened_at: f64,
    /// Whether a `dataset.json` described the answers; without one the page's worker words
    /// the source and description in the page's language when it shows them (a record kept
    /// before issue 22 has them already, and counts as described).
    pub described: bool,
}

/// A request's result once it has succeeded.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let succeeded = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(
                &JsValue::NULL,
                &succeeded.result().unwrap_or(JsValue::UNDEFINED),
            );
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &"the IndexedDB request failed".into());
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn database() -> Result<IdbDatabase, JsValue> {
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let factory = scope.indexed_db()?.ok_or("no IndexedDB")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, 1)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(database) = upgrading.result() {
            let database: IdbDatabase = database.unchecked_into();
            if !database.object_store_names().contains(STORE) {
                let _ = database.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(done(&request).await?.unchecked_into())
}

/// Resolves when the transaction has completed (its changes are on the disk), and fails when it
/// aborts or fails: a `put` can succeed and its transaction still abort (the quota met as it
/// commits), and then nothing is kept.
fn completion(transaction: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let rejected = reject.clone();
        let on_abort = Closure::once_into_js(move || {
            let _ = rejected.call1(
                &JsValue::NULL,
                &"the IndexedDB transaction was aborted".into(),
            );
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &"the IndexedDB transaction failed".into());
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
        transaction.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Runs `work` on the store in a transaction of `mode`: its request's result once the
/// transaction has completed.
async fn with_store(
    mode: IdbTransactionMode,
    work: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<JsValue, JsValue> {
    let database = database().await?;
    let result = async {
        let transaction = database.transaction_with_str_and_mode(STORE, mode)?;
        let completed = completion(&transaction);
        let request = work(&transaction.object_store(STORE)?)?;
        let result = done(&request).await;
        // The request's failure aborts the transaction; its success is not yet the commit.
        let committed = completed.await;
        let result = result?;
        committed?;
        Ok(result)
    }
    .await;
    database.close();
    result
}

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Keeps `kept`, replacing what was kept before.
pub async fn keep(kept: &Kept) -> Result<(), JsValue> {
    let record = Object::new();
    Reflect::set(
        &record,
        &"snapshot".into(),
        &Uint8Array::from(kept.snapshot.as_slice()),
    )?;
    let files: Array = kept.files.iter().map(JsValue::from).collect();
    Reflect::set(&record, &"files".into(), &files)?;
    Reflect::set(&record, &"openedAt".into(), &kept.opened_at.into())?;
    Reflect::set(&record, &"described".into(), &kept.described.into())?;
    with_store(IdbTransactionMode::Readwrite, |store| {
        store.put_with_key(&record, &KEY.into())
    })
    .await
    .map(|_| ())
}

/// What is kept, if anything.
pub async fn kept() -> Result<Option<Kept>, JsValue> {
    let record = with_store(IdbTransactionMode::Readonly, |store| store.get(&KEY.into())).await?;
    if record.is_undefined() || record.is_null() {
        return Ok(None);
    }
    let snapshot = field(&record, "snapshot")
        .dyn_into::<Uint8Array>()
        .map_err(|_| JsValue::from("no snapshot"))?
        .to_vec();
    let files = Array::from(&field(&record, "files"))
        .iter()
        .filter_map(|f| f.as_string())
        .collect();
    let opened_at = field(&record, "openedAt").as_f64().unwrap_or(0.0);
    let described = field(&record, "described").as_bool().unwrap_or(true);
    Ok(Some(Kept {
        snapshot,
        files,
        opened_at,
        described,
    }))
}

/// Removes what is kept.
pub async fn forget() -> Result<(), JsValue> {
    with_store(IdbTransactionMode::Readwrite, |store| {
        store.delete(&KEY.into())
    })
    .await
    .map(|_| ())
}

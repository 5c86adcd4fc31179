//! The page's map script (`web/map-view.js`, browser glue: it starts the map worker, puts its
//! replies in place and handles the map's pointer, click and downloads), loaded on the first
//! map or locator from the page's manifest (`kart-view`, written by scripts/post-build.mjs with
//! its integrity hash) and precached by the service worker, so maps work offline after the
//! first visit. The page's first load carries only this binding.

use super::browser::load_named_script;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Draws (or updates) the map in `root` for `job` (see `web/map-view.js` for its fields).
    /// Only once the script has run ([`when_ready`]).
    #[wasm_bindgen(js_namespace = agmMaps)]
    pub fn draw(root: &web_sys::Element, job: &Object);
    #[wasm_bindgen(js_namespace = agmMaps, js_name = forget)]
    fn forget_raw(root: &web_sys::Element);
    #[wasm_bindgen(js_namespace = agmMaps, js_name = locator)]
    fn locator_raw(figure: &web_sys::Element, org: &JsValue, data: &JsValue);
    #[wasm_bindgen(js_namespace = agmMaps, js_name = comparison)]
    fn comparison_raw(root: &web_sys::Element, words: &Object, data: &JsValue);
    /// Adds register organisation `org` to the comparison shown ([`comparison`]).
    #[wasm_bindgen(js_namespace = agmMaps, js_name = compareAlso)]
    pub fn compare_also(org: u32);
}

/// Shows «Sammenlign kommuner» in `root`, kept by the map script from the worker's replies
/// (`words`: see `web/map-view.js`). Only once the script has run ([`when_ready`]).
pub fn comparison(root: &web_sys::Element, words: &Object) {
    DATA.with(|data| comparison_raw(root, words, &data.borrow()));
}

/// Fills the locator `figure` (a figure whose first child takes the map) for register
/// organisation `org`, and shows it. Only once the script has run ([`when_ready`]).
pub fn locator(figure: &web_sys::Element, org: u32) {
    DATA.with(|data| locator_raw(figure, &org.into(), &data.borrow()));
}

/// The data the maps show: the snapshot of the reader's own data (issue 13), or `None` for
/// the bundled data. The map script hands it to the worker once.
pub fn set_data(snapshot: Option<&[u8]>) {
    let value = snapshot.map_or(JsValue::NULL, |bytes| {
        js_sys::Uint8Array::from(bytes).into()
    });
    DATA.with(|data| *data.borrow_mut() = value);
}

/// What a map job carries as its `data` (see [`set_data`]): the same object for every job.
pub fn data() -> JsValue {
    DATA.with(|data| data.borrow().clone())
}

thread_local! {
    /// The one load of the map script, shared by every map that waits for it; dropped when it
    /// failed, so that a later map tries again (offline before the first visit).
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    static DATA: RefCell<JsValue> = const { RefCell::new(JsValue::NULL) };
}

fn is_loaded() -> bool {
    Reflect::has(&js_sys::global(), &"agmMaps".into()).unwrap_or(false)
}

fn start_loading() -> js_sys::Promise {
    load_named_script("kart-view")
}

/// Calls `then(true)` once the map script has run, or `then(false)` if it cannot be had.
pub fn when_ready(then: impl FnOnce(bool) + 'static) {
    if is_loaded() {
        return then(true);
    }
    let promise = LOADING.with(|l| l.borrow_mut().get_or_insert_with(start_loading).clone());
    leptos::task::spawn_local(async move {
        let ready = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if !ready {
            LOADING.with(|l| l.borrow_mut().take());
        }
        then(ready);
    });
}

/// An object of the given fields.
pub fn object(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

/// Empties the map in `root`: the page no longer shows maps.
pub fn forget(root: &web_sys::Element) {
    if is_loaded() {
        forget_raw(root);
    } else {
        root.set_inner_html("");
    }
}

//! Browser glue for the page's Web Workers (`src/bin/map_worker.rs`, `src/bin/import_worker/`):
//! their global scope and their one message handler.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

/// The worker's global scope.
pub fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Hands every message the worker gets to `handler`, for the worker's life.
pub fn on_message(handler: fn(JsValue)) {
    let listener =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            handler(event.data())
        });
    scope().set_onmessage(Some(listener.as_ref().unchecked_ref()));
    listener.forget();
}

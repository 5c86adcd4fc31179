//! The page's side of the map worker (`src/bin/map_worker.rs`): started on the first map or
//! locator, it is sent messages and answers each by its `id`. The page names the geometry in
//! `<meta name="agm-kart">` and the worker's loader in `<meta name="agm-kart-worker">` (both
//! written by scripts/post-build.mjs); the service worker has them precached, so maps work
//! offline after the first visit.

use gloo_events::EventListener;
use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;

/// A reply of the worker (see `src/bin/map_worker.rs` for its fields).
pub type Reply = JsValue;

type Waiting = Vec<(u32, Box<dyn FnOnce(Reply)>)>;

thread_local! {
    static WORKER: RefCell<Option<(web_sys::Worker, [EventListener; 2])>> = const { RefCell::new(None) };
    static WAITING: RefCell<Waiting> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

fn named(name: &str) -> Option<String> {
    gloo_utils::document()
        .query_selector(&format!("meta[name={name}]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// A message of the given fields.
pub fn message(fields: &[(&str, JsValue)]) -> Object {
    let message = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&message, &(*key).into(), value);
    }
    message
}

/// The worker could not start (offline before its first load): every waiting request gets
/// `{error: "unavailable"}`, and the next one starts it again.
fn failed() {
    WORKER.with(|w| w.borrow_mut().take());
    for (_, on_reply) in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
        on_reply(message(&[("error", "unavailable".into())]).into());
    }
}

fn start() -> Option<(web_sys::Worker, [EventListener; 2])> {
    let worker = web_sys::Worker::new(&named("agm-kart-worker")?).ok()?;
    let listener = EventListener::new(&worker, "message", |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let reply = event.data();
        let id = Reflect::get(&reply, &"id".into())
            .ok()
            .and_then(|id| id.as_f64())
            .map(|id| id as u32);
        let waiting = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            let at = w.iter().position(|(i, _)| Some(*i) == id)?;
            Some(w.remove(at).1)
        });
        if let Some(on_reply) = waiting {
            on_reply(reply);
        }
    });
    let error = EventListener::new(&worker, "error", |_| {
        // After the current task: the worker may be dropped from inside its own listener.
        leptos::prelude::set_timeout(failed, std::time::Duration::ZERO);
    });
    Some((worker, [listener, error]))
}

/// Sends `message` (with an id and the geometry's address) and calls `on_reply` with the answer;
/// without a worker at once with `{error: "unavailable"}`.
pub fn ask(message: Object, on_reply: impl FnOnce(Reply) + 'static) {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let _ = Reflect::set(
        &message,
        &"url".into(),
        &named("agm-kart").unwrap_or_default().into(),
    );
    let sent = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = start();
        }
        w.as_ref()
            .map(|(worker, _)| worker.post_message(&message).is_ok())
    });
    if sent == Some(true) {
        WAITING.with(|w| w.borrow_mut().push((id, Box::new(on_reply))));
    } else {
        on_reply(self::message(&[("error", "unavailable".into())]).into());
    }
}

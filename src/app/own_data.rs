//! «Åpne egne data» (issue 13) on the page: which data it shows — the published or the reader's
//! own — and the binding to the page's «Åpne egne data» script (`web/own-data-view.js`, loaded
//! on first need from the page's manifest (`egne-data-view`, with its integrity hash), which with the
//! import worker does all the rest: the dialog, reading and checking files, keeping them, the
//! banner's words. The first load carries only this, the button and a page that mounts itself
//! anew on other data (`super::mount`).

use super::browser::{self, load_named_script};
use crate::data::dataset::Dataset;
use crate::data::snapshot;
use crate::wording::own_data as words;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = agmOwnData)]
    fn connect(connection: &Object);
    #[wasm_bindgen(js_namespace = agmOwnData, js_name = openDialog)]
    fn open_dialog_raw();
    #[wasm_bindgen(js_namespace = agmOwnData, js_name = restore)]
    fn restore_raw();
    #[wasm_bindgen(js_namespace = agmOwnData, js_name = back)]
    fn back_raw();
    #[wasm_bindgen(js_namespace = agmOwnData, js_name = forget)]
    fn forget_raw();
}

/// The id of the «Åpne egne data» button (the focus returns there from the banner's buttons).
pub const OPEN_BUTTON_ID: &str = "egne-data-apne";

/// The reader's own data as the page shows them.
pub struct Own {
    pub data: &'static Dataset,
    /// Their snapshot, for the map worker.
    pub snapshot: Vec<u8>,
    /// The banner's HTML (the import worker's, escaped).
    pub banner: String,
}

#[derive(Clone, Default)]
pub enum Shown {
    #[default]
    Published,
    /// Kept data are being read at the start of the page.
    Restoring,
    Own(Rc<Own>),
}

thread_local! {
    static SHOWN: RefCell<Shown> = const { RefCell::new(Shown::Published) };
    /// The one load of the script, shared by every action that waits for it; dropped when it
    /// failed, so that a later action tries again.
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    static NOTICE: std::cell::OnceCell<RwSignal<Option<String>>> = const { std::cell::OnceCell::new() };
}

/// What the page shows now.
pub fn shown() -> Shown {
    SHOWN.with(|s| s.borrow().clone())
}

/// A sentence for the reader after opening, restoring or forgetting (shown above the page):
/// made by [`start`], before the first mount, so that it outlives every mount.
pub fn notice() -> RwSignal<Option<String>> {
    NOTICE.with(|n| *n.get_or_init(|| RwSignal::new(None)))
}

fn show(snapshot: JsValue, banner: JsValue, said: JsValue, focus: JsValue) {
    let own = js_sys::Uint8Array::instanceof(&snapshot)
        .then(|| js_sys::Uint8Array::new(&snapshot).to_vec())
        .and_then(|bytes| {
            let data = snapshot::decode(&bytes).ok()?;
            Some(Shown::Own(Rc::new(Own {
                data: Box::leak(Box::new(data)),
                snapshot: bytes,
                banner: banner.as_string().unwrap_or_default(),
            })))
        });
    SHOWN.with(|s| *s.borrow_mut() = own.unwrap_or_default());
    notice().set(said.as_string());
    // After the script's current task: the page's own handlers may be on the stack.
    set_timeout(
        move || {
            super::mount();
            // The «Åpne egne data» button is the explorer's; on another view (an organisation,
            // a comparison) the focus goes to the view's main element.
            if let Some(id) = focus.as_string() {
                if !browser::focus_selector(&format!("#{id}")) {
                    browser::focus_by_id("innhold");
                }
            }
        },
        std::time::Duration::ZERO,
    );
}

fn start_loading() -> js_sys::Promise {
    let promise = load_named_script("egne-data-view");
    let connected = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
        let connection = Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = Reflect::set(&connection, &key.into(), value);
        };
        set(
            "published",
            &js_sys::Uint8Array::from(crate::data::bundled::SNAPSHOT).into(),
        );
        set(
            "show",
            &Closure::<dyn Fn(JsValue, JsValue, JsValue, JsValue)>::new(move |a, b, c, d| {
                show(a, b, c, d)
            })
            .into_js_value(),
        );
        set(
            "note",
            &Closure::<dyn Fn(JsValue)>::new(move |text: JsValue| notice().set(text.as_string()))
                .into_js_value(),
        );
        let words_object = Object::new();
        for (key, text) in [
            ("workerFailed", words::WORKER_FAILED),
            ("cancelled", words::CANCELLED),
            ("forgottenElsewhere", words::FORGOTTEN_ELSEWHERE),
        ] {
            let _ = Reflect::set(&words_object, &key.into(), &text.into());
        }
        let _ = Reflect::set(&words_object, &"openButton".into(), &OPEN_BUTTON_ID.into());
        set("words", &words_object.into());
        connect(&connection);
    });
    let connected_promise = promise.then(&connected);
    connected.forget();
    connected_promise
}

/// Runs `then` once the script has run and is connected; a notice if it cannot be had.
fn with_script(then: impl FnOnce() + 'static) {
    let promise = LOADING.with(|l| l.borrow_mut().get_or_insert_with(start_loading).clone());
    // Not Leptos' executor: this may run before the first mount has started it.
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            then();
        } else {
            LOADING.with(|l| l.borrow_mut().take());
            notice().set(Some(words::WORKER_FAILED.to_string()));
            if matches!(shown(), Shown::Restoring) {
                SHOWN.with(|s| *s.borrow_mut() = Shown::Published);
                super::mount();
            }
        }
    });
}

/// At the start of a page: kept data are shown again if the note says so, unless the page is
/// embedded (an embed shows the published data).
pub fn start(embed: bool) {
    notice();
    if !embed && super::kept_note::shows_kept() {
        SHOWN.with(|s| *s.borrow_mut() = Shown::Restoring);
        with_script(restore_raw);
    }
}

/// «Åpne egne data».
pub fn open_dialog() {
    with_script(open_dialog_raw);
}

/// A button of the banner: «Tilbake til publiserte tall» (`back`) or «Glem dataene» (`forget`).
pub fn act(action: &str) {
    match action {
        "back" => with_script(back_raw),
        "forget" => with_script(forget_raw),
        _ => {}
    }
}

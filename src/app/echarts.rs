//! A small binding to the self-hosted ECharts global (`build/echarts.min.js`, loaded on first
//! need by [`load`]): what charming's
//! own renderer lacks — renderer choice, `setOption` with `notMerge`, resize to the container,
//! dispose, click events, SVG export and its rasterisation to PNG.

use super::browser::load_script;
use gloo_events::{EventListener, EventListenerOptions};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    #[derive(Clone)]
    pub type ECharts;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_raw(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<ECharts, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_raw(this: &ECharts, option: &JsValue, options: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &ECharts);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &ECharts);

    #[wasm_bindgen(method)]
    fn on(this: &ECharts, event: &str, handler: &js_sys::Function);

    /// An option drawn to an SVG document without a page element (`web/echarts-entry.js`).
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = svgOf)]
    fn svg_of_raw(option: &JsValue, width: u32, height: u32) -> Result<String, JsValue>;

    /// Rasterises an SVG document to PNG bytes (`web/svg-to-png.js`); resolves to a Uint8Array.
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = svgToPng)]
    pub fn svg_to_png(
        svg: &str,
        width: u32,
        height: u32,
        scale: f64,
        background: &str,
    ) -> Result<js_sys::Promise, JsValue>;

    /// Sorts a table by the column of a pressed head's button (`web/table-sort.js`).
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = sortTable)]
    pub fn sort_table(button: &web_sys::Element) -> Result<(), JsValue>;
}

thread_local! {
    /// The one load of the ECharts script, shared by every chart that waits for it.
    static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
    /// Resolved when the script has run, however the load was started.
    static READY: (js_sys::Promise, js_sys::Function) = {
        let mut resolver = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| resolver = Some(resolve));
        (promise, resolver.expect("a Promise calls its executor at once"))
    };
}

/// Waits until ECharts has run, without starting its load (a chart near but not yet in view
/// waits so; one in view, a download or the reader's first scroll starts it).
pub async fn loaded() {
    if !is_loaded() {
        let ready = READY.with(|(promise, _)| promise.clone());
        let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
    }
}

/// Starts loading ECharts at the reader's first scroll (by any means: wheel, touch, keys, a
/// link): by the time a chart comes into view it is there, and a page only looked at, or only
/// filtered from its first screen, never runs it.
pub fn load_on_first_scroll() {
    EventListener::once_with_options(
        &gloo_utils::window(),
        "scroll",
        EventListenerOptions::default(),
        |_| {
            leptos::task::spawn_local(async {
                let _ = load().await;
            });
        },
    )
    .forget();
}

/// Hands `handle` every press on the page on a button matching `selector`, once ECharts (whose
/// bundle has the scripts that answer them: sorting, copying) has loaded — one listener on the
/// document, for the life of the page.
pub fn on_press(selector: &'static str, handle: fn(web_sys::Element) -> Result<(), JsValue>) {
    EventListener::new(&gloo_utils::document(), "click", move |event| {
        let button = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(selector).ok().flatten());
        if let Some(button) = button {
            leptos::task::spawn_local(async move {
                if load().await.is_ok() {
                    let _ = handle(button);
                }
            });
        }
    })
    .forget();
}

/// Whether the ECharts script has run.
pub fn is_loaded() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &"echarts".into()).unwrap_or(false)
}

/// Loads the ECharts script on first need: the page names it in `<link id="echarts-src">`
/// (written by scripts/post-build.mjs, with its integrity hash), fetched early at low priority
/// but run only when needed, so the start of the page does not wait for its evaluation (the
/// longest task of the start otherwise).
pub async fn load() -> Result<(), JsValue> {
    if is_loaded() {
        return Ok(());
    }
    let promise = LOADING.with(|loading| {
        loading
            .borrow_mut()
            .get_or_insert_with(start_loading)
            .clone()
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

fn start_loading() -> js_sys::Promise {
    let link = gloo_utils::document().get_element_by_id("echarts-src");
    let Some(link) = link else {
        return js_sys::Promise::reject(&"ECharts is not named in the page".into());
    };
    let src = link.get_attribute("href").unwrap_or_default();
    let loading = load_script(&src, link.get_attribute("data-integrity").as_deref());
    // Whoever waits without starting the load learns that it has run.
    let ready = Closure::once(|_: JsValue| {
        READY.with(|(_, ready)| {
            let _ = ready.call0(&JsValue::NULL);
        });
    });
    let promise = loading.then(&ready);
    ready.forget();
    promise
}

fn to_js(value: &Value) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_string())
}

impl ECharts {
    /// Creates a chart in `element` with the SVG renderer (the only one in the build). Fails
    /// (instead of panicking) when ECharts did not load.
    pub fn create(element: &web_sys::HtmlElement) -> Result<ECharts, JsValue> {
        let options = to_js(&serde_json::json!({ "renderer": "svg" }))?;
        init_raw(element, &JsValue::NULL, &options)
    }

    /// Replaces the whole option (no merging with the previous one).
    pub fn replace_option(&self, option: &Value) -> Result<(), JsValue> {
        self.set_option_raw(
            &to_js(option)?,
            &to_js(&serde_json::json!({ "notMerge": true }))?,
        )
    }

    /// Calls `handler(series_index)` when a bar is clicked. The returned closure must be kept
    /// alive as long as the chart.
    pub fn on_click(&self, handler: impl Fn(usize) + 'static) -> Closure<dyn Fn(JsValue)> {
        let closure = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
            let series = js_sys::Reflect::get(&params, &"seriesIndex".into())
                .ok()
                .and_then(|v| v.as_f64());
            if let Some(series) = series {
                handler(series as usize);
            }
        });
        self.on("click", closure.as_ref().unchecked_ref());
        closure
    }
}

/// `option` drawn to an SVG document of `width` × `height` px; ECharts must have loaded.
pub fn svg_of(option: &Value, width: u32, height: u32) -> Result<String, JsValue> {
    svg_of_raw(&to_js(option)?, width, height)
}

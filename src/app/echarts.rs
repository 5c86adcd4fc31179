//! A small binding to the self-hosted ECharts global (`build/echarts.min.js`): what charming's
//! own renderer lacks — renderer choice, `setOption` with `notMerge`, resize to the container,
//! dispose, click events, SVG export and its rasterisation to PNG.

use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    #[derive(Clone)]
    pub type ECharts;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_raw(element: &web_sys::HtmlElement, theme: &JsValue, options: &JsValue) -> Result<ECharts, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_raw(this: &ECharts, option: &JsValue, options: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    pub fn resize(this: &ECharts);

    #[wasm_bindgen(method)]
    pub fn dispose(this: &ECharts);

    #[wasm_bindgen(method)]
    fn on(this: &ECharts, event: &str, handler: &js_sys::Function);

    #[wasm_bindgen(catch, method, js_name = renderToSVGString)]
    fn render_to_svg_string_raw(this: &ECharts) -> Result<String, JsValue>;

    /// Rasterises an SVG document to PNG bytes (`web/svg-to-png.js`); resolves to a Uint8Array.
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = svgToPng)]
    pub fn svg_to_png(svg: &str, width: u32, height: u32, scale: f64, background: &str) -> Result<js_sys::Promise, JsValue>;
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
        self.set_option_raw(&to_js(option)?, &to_js(&serde_json::json!({ "notMerge": true }))?)
    }

    /// Calls `handler(series_index)` when a bar is clicked. The returned closure must be kept
    /// alive as long as the chart.
    pub fn on_click(&self, handler: impl Fn(usize) + 'static) -> Closure<dyn Fn(JsValue)> {
        let closure = Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
            let series = js_sys::Reflect::get(&params, &"seriesIndex".into()).ok().and_then(|v| v.as_f64());
            if let Some(series) = series {
                handler(series as usize);
            }
        });
        self.on("click", closure.as_ref().unchecked_ref());
        closure
    }

    /// The chart as an SVG document.
    pub fn svg_string(&self) -> Result<String, JsValue> {
        self.render_to_svg_string_raw()
    }
}

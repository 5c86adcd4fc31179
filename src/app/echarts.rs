//! A small binding to the self-hosted ECharts global (`build/echarts.min.js`): what charming's
//! own renderer lacks — renderer choice, `setOption` with `notMerge`, resize to the container,
//! dispose, click events and image export.

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

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url_raw(this: &ECharts, options: &JsValue) -> Result<String, JsValue>;

    #[wasm_bindgen(catch, method, js_name = renderToSVGString)]
    fn render_to_svg_string_raw(this: &ECharts) -> Result<String, JsValue>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renderer {
    Svg,
    Canvas,
}

fn to_js(value: &Value) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_string())
}

impl ECharts {
    /// Creates a chart in `element`. Fails (instead of panicking) when ECharts did not load.
    pub fn create(element: &web_sys::HtmlElement, renderer: Renderer) -> Result<ECharts, JsValue> {
        let renderer = match renderer {
            Renderer::Svg => "svg",
            Renderer::Canvas => "canvas",
        };
        let options = to_js(&serde_json::json!({ "renderer": renderer }))?;
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

    /// A PNG data URL (canvas renderer only).
    pub fn png_data_url(&self, background: &str) -> Result<String, JsValue> {
        self.get_data_url_raw(&to_js(&serde_json::json!({ "type": "png", "pixelRatio": 2, "backgroundColor": background }))?)
    }

    /// The chart as an SVG document (SVG renderer only).
    pub fn svg_string(&self) -> Result<String, JsValue> {
        self.render_to_svg_string_raw()
    }
}

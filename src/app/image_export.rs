//! Renders a chart option off-screen to SVG or PNG bytes for download.

use super::browser::{data_url_bytes, window};
use super::echarts::{ECharts, Renderer};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn render(option: &Value, width: u32, height: u32, renderer: Renderer) -> Result<Vec<u8>, JsValue> {
    let document = window().document().ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    let holder: web_sys::HtmlElement = document.create_element("div")?.dyn_into()?;
    holder.set_attribute("aria-hidden", "true")?;
    holder.set_attribute(
        "style",
        &format!("position: fixed; left: -20000px; top: 0; width: {width}px; height: {height}px;"),
    )?;
    body.append_child(&holder)?;
    let result = (|| {
        let chart = ECharts::create(&holder, renderer)?;
        chart.replace_option(option)?;
        let bytes = match renderer {
            Renderer::Svg => chart.svg_string().map(String::into_bytes),
            Renderer::Canvas => chart
                .png_data_url("#ffffff")
                .and_then(|url| data_url_bytes(&url).ok_or_else(|| JsValue::from_str("bad PNG data URL"))),
        };
        chart.dispose();
        bytes
    })();
    body.remove_child(&holder)?;
    result
}

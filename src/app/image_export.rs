//! Renders a chart option off-screen to an SVG document, and that SVG to PNG bytes.

use super::echarts::{self, svg_to_png};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// The width images are drawn at for downloads and copies (the PNG at twice it).
pub const EXPORT_WIDTH: u32 = 960;

/// PNG downloads are drawn at twice the CSS size, for sharp print and high-density screens.
const PNG_SCALE: f64 = 2.0;

/// The chart for `option` as an SVG document of `width` × `height` px (loading ECharts if no
/// chart has yet).
pub async fn svg(option: &Value, width: u32, height: u32) -> Result<String, JsValue> {
    echarts::load().await?;
    echarts::svg_of(option, width, height)
}

/// The chart for `option` as PNG bytes on a white background.
pub async fn png(option: &Value, width: u32, height: u32) -> Result<Vec<u8>, JsValue> {
    let svg = svg(option, width, height).await?;
    svg_png(&svg, width, height).await
}

/// An SVG document of `width` × `height` px as PNG bytes on a white background (loading
/// ECharts, whose bundle carries the rasteriser, if no chart has yet).
pub async fn svg_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, JsValue> {
    echarts::load().await?;
    let bytes =
        wasm_bindgen_futures::JsFuture::from(svg_to_png(svg, width, height, PNG_SCALE, "#ffffff")?)
            .await?;
    Ok(js_sys::Uint8Array::new(&bytes).to_vec())
}

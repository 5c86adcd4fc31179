//! The map geometry, fetched once when the first map is shown: the page names the file in
//! `<meta name="agm-kart">` (written by scripts/post-build.mjs); the service worker has it
//! precached, so maps work offline after the first visit.

use crate::data::map_geometry::MapGeometry;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why no map can be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapLoadError {
    /// Not reachable (offline before the first visit, a server error).
    Unavailable,
    /// The file is not the build's map.
    Broken,
}

thread_local! {
    /// The one fetch of the geometry, shared by every map (a promise of its text).
    static LOADING: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
    /// The parsed geometry, once read.
    static GEOMETRY: std::cell::RefCell<Option<Rc<MapGeometry>>> = const { std::cell::RefCell::new(None) };
}

async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let response: web_sys::Response = JsFuture::from(gloo_utils::window().fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str("status"));
    }
    JsFuture::from(response.text()?)
        .await?
        .as_string()
        .ok_or_else(|| JsValue::from_str("text"))
}

fn start() -> js_sys::Promise {
    let url = gloo_utils::document()
        .query_selector("meta[name=agm-kart]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    wasm_bindgen_futures::future_to_promise(async move {
        let url = url.ok_or_else(|| JsValue::from_str("no map named"))?;
        fetch_text(&url).await.map(JsValue::from)
    })
}

/// The geometry, fetched and read on first need; every map waits for the same fetch.
pub async fn geometry() -> Result<Rc<MapGeometry>, MapLoadError> {
    if let Some(geometry) = GEOMETRY.with(|g| g.borrow().clone()) {
        return Ok(geometry);
    }
    let promise = LOADING.with(|loading| loading.borrow_mut().get_or_insert_with(start).clone());
    let text = match JsFuture::from(promise).await {
        Ok(text) => text.as_string().unwrap_or_default(),
        Err(_) => {
            // A later map tries again (the reader may be back online).
            LOADING.with(|loading| loading.borrow_mut().take());
            return Err(MapLoadError::Unavailable);
        }
    };
    let geometry = Rc::new(MapGeometry::parse(&text).map_err(|_| MapLoadError::Broken)?);
    GEOMETRY.with(|g| *g.borrow_mut() = Some(geometry.clone()));
    Ok(geometry)
}

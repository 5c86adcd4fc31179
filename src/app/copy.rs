//! «Kopier bilde» and «Kopier lenke» (issue 27 §4). One listener on the document takes a press
//! on a question's `button[data-copy="image"]` or `button[data-copy="link"]` (inside
//! `article#q-QID`) and hands `web/copy.js` (in the ECharts bundle, loaded first if it is not
//! yet) what to copy and the words to say: the image the question's PNG download draws (each
//! question registers how, [`register`]), or the question's link
//! (`state::page_options::shared_link` of the page's URL). That script asks the clipboard, falls
//! back to a download or a field with the link, and says which in the question's
//! `div.copy-note`.
//!
//! The comparison page's questions have the same buttons: their link is copied here, their
//! image (drawn by the map worker) by `web/map-view.js`, as no question here registers it.

use super::browser;
use super::echarts;
use super::image_export::EXPORT_WIDTH;
use crate::state::page_options::shared_link;
use crate::wording::page as words;
use serde_json::Value;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// Draws a question's image: its option and height at [`EXPORT_WIDTH`].
type Draw = dyn Fn() -> (Value, u32);

/// How a question's image is drawn.
pub type Image = Rc<Draw>;

thread_local! {
    static IMAGES: RefCell<Vec<(String, Weak<Draw>)>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = echarts, js_name = copyImage)]
    fn copy_image(
        button: &Element,
        svg: &str,
        width: u32,
        height: u32,
        copied: &str,
        downloaded: &str,
        failed: &str,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = copyLink)]
    fn copy_link(button: &Element, link: &str, copied: &str, in_field: &str)
        -> Result<(), JsValue>;
}

/// The two buttons, as HTML (for a question's tools; the explorer's and the organisation
/// page's questions).
pub fn buttons() -> String {
    format!(
        "<button type=\"button\" data-copy=\"image\">{}</button><button type=\"button\" data-copy=\"link\">{}</button>",
        words::COPY_IMAGE,
        words::COPY_LINK
    )
}

/// Registers question `qid`'s image, for the life of the calling component.
pub fn register(qid: &str, image: Image) {
    IMAGES.with(|images| {
        let mut images = images.borrow_mut();
        images.retain(|(_, image)| image.strong_count() > 0);
        images.push((qid.to_owned(), Rc::downgrade(&image)));
    });
    leptos::prelude::StoredValue::new_local(image);
}

fn image_of(qid: &str) -> Option<Image> {
    IMAGES.with(|images| {
        images
            .borrow()
            .iter()
            .rev()
            .find(|(id, _)| id == qid)
            .and_then(|(_, image)| image.upgrade())
    })
}

/// Copies what a pressed button asks for.
fn copy(button: Element) -> Result<(), JsValue> {
    // The question's article is `article#q-QID`.
    let id = button
        .closest("article[id]")?
        .map(|article| article.id())
        .unwrap_or_default();
    let qid = id.get(2..).unwrap_or_default();
    if button.get_attribute("data-copy").as_deref() == Some("link") {
        let link = shared_link(&browser::page_url(), &browser::current_query(), qid);
        return copy_link(&button, &link, words::LINK_COPIED, words::LINK_FIELD);
    }
    // No image registered: the comparison page's, which web/map-view.js copies.
    let Some(image) = image_of(qid) else {
        return Ok(());
    };
    let (option, height) = image();
    let svg = echarts::svg_of(&option, EXPORT_WIDTH, height)?;
    copy_image(
        &button,
        &svg,
        EXPORT_WIDTH,
        height,
        words::IMAGE_COPIED,
        words::IMAGE_DOWNLOADED,
        words::DOWNLOAD_FAILED,
    )
}

/// Listens for presses on the copy buttons, for the life of the page.
pub fn listen() {
    echarts::on_press("button[data-copy]", copy);
}

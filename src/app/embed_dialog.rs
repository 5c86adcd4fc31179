//! The «Bygg inn» dialog: a modal `<dialog>` with the snippet for the current view (from
//! `crate::render::embed_snippet::embed_snippet`), a copy button and a close button. Escape closes it too.

use crate::wording::page as words;
use leptos::html::Dialog;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_clipboard(text: &str) -> Result<js_sys::Promise, JsValue>;
}

#[component]
pub fn EmbedDialog(
    snippet: RwSignal<Option<String>>,
    /// The page shows the reader's own data: embedding is not offered, and the dialog says why.
    own: bool,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    let copied: RwSignal<Option<&'static str>> = RwSignal::new(None);
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        let open = snippet.with(Option::is_some);
        if open && !element.open() {
            copied.set(None);
            let _ = element.show_modal();
        } else if !open && element.open() {
            element.close();
        }
    });
    let copy = move |_| {
        let text = snippet.get_untracked().unwrap_or_default();
        leptos::task::spawn_local(async move {
            let result = match write_clipboard(&text) {
                Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
                    .await
                    .map(|_| ()),
                Err(e) => Err(e),
            };
            copied.set(Some(if result.is_ok() {
                words::EMBED_COPIED
            } else {
                words::EMBED_COPY_FAILED
            }));
        });
    };
    let select_all = |event: leptos::ev::FocusEvent| {
        event_target::<web_sys::HtmlTextAreaElement>(&event).select()
    };
    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="bygg-inn-tittel" on:close=move |_| snippet.set(None)>
            <h2 id="bygg-inn-tittel">{words::EMBED_HEADING}</h2>
            <p>{if own { crate::wording::own_data::EMBED_NOT_OFFERED } else { words::EMBED_HELP }}</p>
            <div hidden=own>
                <label for="bygg-inn-kode">{words::EMBED_CODE_LABEL}</label>
                <textarea id="bygg-inn-kode" readonly=true rows=7 prop:value=move || snippet.get().unwrap_or_default()
                    on:focus=select_all></textarea>
            </div>
            <div class="dialog-actions">
                <button type="button" on:click=copy hidden=own>{words::EMBED_COPY}</button>
                <button type="button" on:click=move |_| snippet.set(None)>{words::CLOSE}</button>
                <span role="status">{move || copied.get().unwrap_or("")}</span>
            </div>
        </dialog>
    }
}

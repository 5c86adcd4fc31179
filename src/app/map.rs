//! A question's map under its chart (when the page shows maps, `kart=` in the URL), the «Kart»
//! control, and the locator on organisation pages. What a map shows is computed by the map
//! worker (`src/bin/map_worker.rs` over `render::map_job`) and put in place by the page's map
//! script (`web/map-view.js`, through `map_glue`), both loaded with the first map: this module
//! only tells the script the page's state, after the next paint and only near the viewport.

use super::map_glue::{self, object};
use crate::state::view_state::{MapLevel, ViewState};
use crate::wording::maps as words;
use crate::wording::page::DOWNLOAD_FAILED;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// What the map script needs to draw one question's map now.
fn job(qid: &str, level: MapLevel, query: String, link: &str) -> js_sys::Object {
    let words = object(&[
        ("failed", words::FAILED.into()),
        ("broken", words::BROKEN.into()),
        ("downloadFailed", DOWNLOAD_FAILED.into()),
    ]);
    object(&[
        ("qid", qid.into()),
        ("level", level.key().into()),
        ("query", query.into()),
        ("link", link.into()),
        ("data", map_glue::data()),
        ("words", words.into()),
    ])
}

/// A question's map while the page shows maps: one element, filled by the map script (no
/// reactive view inside: the map costs the page's first load little code).
pub fn question_map(
    qid: String,
    state: RwSignal<ViewState>,
    near: Signal<bool>,
    link: String,
) -> impl IntoView {
    // The level and what the map shows: a change of comparison alone does not redraw it (and
    // without maps nothing is computed).
    let shown = Memo::new(move |_| state.with(|s| s.map.map(|level| (level, s.map_query()))));
    let root = NodeRef::<leptos::html::Div>::new();
    let drawn = StoredValue::new(false);
    let scheduled = StoredValue::new(false);
    let names = StoredValue::new((qid.clone(), link));
    Effect::new(move |_| {
        if shown.with(Option::is_none) {
            // Maps turned off: the map goes (a new one is drawn when they come back).
            if drawn.get_value() {
                drawn.set_value(false);
                if let Some(element) = root.get_untracked() {
                    map_glue::forget(&element);
                }
            }
            return;
        }
        // Far from the viewport the map is left as it is until it comes near.
        if !near.get() {
            return;
        }
        shown.track();
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        // After the next paint, as the charts: a click is answered first, the map follows.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    map_glue::when_ready(move |ready| {
                        scheduled.try_set_value(false);
                        let Some(Some(element)) = root.try_get_untracked() else {
                            return;
                        };
                        let element: &web_sys::Element = element.unchecked_ref();
                        if !ready {
                            element.set_text_content(Some(words::FAILED));
                            return;
                        }
                        // The state as it is now: changes made while the script loaded count.
                        let Some(Some((level, query))) = shown.try_get_untracked() else {
                            return;
                        };
                        drawn.set_value(true);
                        names.with_value(|(qid, link)| {
                            map_glue::draw(element, &job(qid, level, query, link));
                        });
                    });
                },
                Duration::ZERO,
            )
        });
    });
    view! {
        <div class="map-view" data-map-for=qid node_ref=root></div>
    }
}

/// «Kart» in the view tools: no map, the share per fylke, or each kommune's answer.
pub fn map_choice(state: RwSignal<ViewState>) -> impl IntoView {
    view! {
        <label class="map-choice">{words::CONTROL_LABEL}" "
            <select on:change=move |e| {
                let level = MapLevel::from_key(&event_target_value(&e));
                state.update(|s| s.map = level);
            } prop:value=move || state.with(|s| s.map.map(MapLevel::key).unwrap_or(""))>
                <option value="">{words::CHOICE_NONE}</option>
                <option value="fylke">{words::CHOICE_FYLKE}</option>
                <option value="kommune">{words::CHOICE_KOMMUNE}</option>
            </select>
        </label>
    }
}

/// Where an organisation lies: a small map from the worker, shown once it has come.
pub fn locator(index: usize) -> impl IntoView {
    let figure = NodeRef::<leptos::html::Figure>::new();
    figure.on_load(move |figure| {
        map_glue::when_ready(move |ready| {
            if ready {
                map_glue::locator(figure.unchecked_ref(), index as u32);
            }
        });
    });
    view! {
        <figure class="locator" hidden node_ref=figure>
            <div></div>
            <figcaption class="hint">{words::CREDIT}</figcaption>
        </figure>
    }
}

//! A question's map under its chart (when the page shows maps, `kart=` in the URL), and the
//! locator on organisation pages. The map code runs in the map worker (`src/bin/map_worker.rs`,
//! `render::map_job`), started when the first map is shown: this module only sends it the
//! page's state, puts what comes back in place (the frame and SVG, or only the attributes that
//! changed), names the region under the pointer, opens a kommune's page on a click, and turns
//! the download document into files. Drawn after the next paint and only near the viewport.

use super::browser::{download_bytes, navigate_to_query};
use super::echarts::{self, svg_to_png};
use super::map_worker::{self, Reply};
use crate::data::dataset::Dataset;
use crate::render::map_svg::EXPORT_WIDTH;
use crate::state::view_state::{MapLevel, ViewState};
use crate::text::url_query::join_queries;
use crate::wording::maps as words;
use crate::wording::page::DOWNLOAD_FAILED;
use gloo_events::EventListener;
use js_sys::{Array, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// PNG downloads are drawn at twice their CSS size.
const PNG_SCALE: f64 = 2.0;

/// A map in the page: its parts, listeners, and its regions as now drawn.
struct Island {
    root: web_sys::Element,
    parts: Option<Parts>,
    _listeners: Vec<EventListener>,
    item: usize,
    /// Region elements by id, in the document's order (ids ascending).
    regions: Vec<(String, web_sys::Element)>,
    hover: JsValue,
}

struct Parts {
    map: web_sys::Element,
    title: web_sys::Element,
    status: web_sys::Element,
    hover: web_sys::Element,
    legend: web_sys::Element,
    click_hint: web_sys::Element,
    error: web_sys::Element,
}

type Shared = StoredValue<Option<Island>, LocalStorage>;

fn part(root: &web_sys::Element, class: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!(".{class}")).ok().flatten()
}

fn text(reply: &JsValue, key: &str) -> Option<String> {
    Reflect::get(reply, &key.into()).ok()?.as_string()
}

/// What the worker says when it cannot draw.
fn failure(reply: &Reply) -> Option<&'static str> {
    match text(reply, "error").as_deref() {
        Some("broken") => Some(words::BROKEN),
        Some(_) => Some(words::FAILED),
        None => None,
    }
}

/// Puts a reply of the worker in place.
fn apply(island: &mut Island, reply: &Reply) {
    if let Some(frame) = text(reply, "frame") {
        island.root.set_inner_html(&frame);
        island.parts = (|| {
            Some(Parts {
                map: part(&island.root, "map")?,
                title: part(&island.root, "map-title")?,
                status: part(&island.root, "map-status")?,
                hover: part(&island.root, "map-hover")?,
                legend: part(&island.root, "map-legend-holder")?,
                click_hint: part(&island.root, "map-click-hint")?,
                error: part(&island.root, "error")?,
            })
        })();
    }
    let Some(parts) = &island.parts else {
        return;
    };
    if let Some(message) = failure(reply) {
        parts.status.set_text_content(Some(message));
        return;
    }
    parts.status.set_text_content(None);
    if let Some(svg) = text(reply, "svg") {
        parts.map.set_inner_html(&svg);
        island.regions.clear();
        if let Ok(list) = parts.map.query_selector_all("[data-knr],[data-fylke]") {
            for i in 0..list.length() {
                let Some(element) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let id = element
                    .get_attribute("data-knr")
                    .or_else(|| element.get_attribute("data-fylke"))
                    .unwrap_or_default();
                island.regions.push((id, element));
            }
        }
    } else if let Ok(changes) = Reflect::get(reply, &"changes".into()) {
        for change in Array::from(&changes).iter() {
            let change = Array::from(&change);
            let id = change.get(0).as_string().unwrap_or_default();
            let Ok(at) = island
                .regions
                .binary_search_by(|(r, _)| r.as_str().cmp(&id))
            else {
                continue;
            };
            let element = &island.regions[at].1;
            for name in Array::from(&change.get(1)).iter() {
                let _ = element.remove_attribute(&name.as_string().unwrap_or_default());
            }
            let values = Array::from(&change.get(2));
            for i in (0..values.length()).step_by(2) {
                let (name, value) = (values.get(i), values.get(i + 1));
                let (Some(name), Some(value)) = (name.as_string(), value.as_string()) else {
                    continue;
                };
                let _ = if value.is_empty() {
                    element.remove_attribute(&name)
                } else {
                    element.set_attribute(&name, &value)
                };
            }
        }
        if let Some(alternative) = text(reply, "alternative") {
            if let Ok(Some(svg)) = parts.map.query_selector("svg") {
                let _ = svg.set_attribute("aria-label", &alternative);
            }
        }
    }
    // Only what changed: a filter change keeps the title, legend and hint.
    let title = text(reply, "title");
    if parts.title.text_content() != title {
        parts.title.set_text_content(title.as_deref());
    }
    let legend = text(reply, "legend").unwrap_or_default();
    if parts.legend.inner_html() != legend {
        parts.legend.set_inner_html(&legend);
    }
    let hint = text(reply, "hint").unwrap_or_default();
    if parts.click_hint.text_content().as_deref() != Some(hint.as_str()) {
        let _ = parts
            .map
            .class_list()
            .toggle_with_force("clickable", !hint.is_empty());
        parts.click_hint.set_text_content(Some(&hint));
    }
    island.hover = Reflect::get(reply, &"hover".into()).unwrap_or(JsValue::UNDEFINED);
}

/// The region element under an event, if any: its id, and whether it is a kommune.
fn region_at(event: &web_sys::Event) -> Option<(String, bool)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let region = target.closest("[data-knr],[data-fylke]").ok()??;
    match region.get_attribute("data-knr") {
        Some(knr) => Some((knr, true)),
        None => Some((region.get_attribute("data-fylke")?, false)),
    }
}

fn show_error(island: Shared, error: Option<String>) {
    island.with_value(|i| {
        if let Some(parts) = i.as_ref().and_then(|i| i.parts.as_ref()) {
            parts.error.set_text_content(error.as_deref());
            let _ = parts
                .error
                .toggle_attribute_with_force("hidden", error.is_none());
        }
    });
}

/// What one question's map sends the worker.
#[derive(Clone)]
struct Job {
    qid: String,
    state: RwSignal<ViewState>,
    level: Signal<Option<MapLevel>>,
    link_options: String,
}

impl Job {
    fn message(&self, kind: &str, island: Shared) -> Option<js_sys::Object> {
        let level = self.level.try_get_untracked().flatten()?;
        let query = self.state.try_with_untracked(ViewState::to_query)?;
        let (item, fresh) = island.try_with_value(|i| {
            i.as_ref()
                .map(|i| (i.item, i.parts.is_none()))
                .unwrap_or((0, true))
        })?;
        Some(map_worker::message(&[
            ("kind", kind.into()),
            ("qid", self.qid.as_str().into()),
            ("level", level.key().into()),
            ("item", (item as u32).into()),
            ("query", query.into()),
            ("fresh", fresh.into()),
        ]))
    }
}

fn draw(job: &Job, island: Shared) {
    let Some(message) = job.message("draw", island) else {
        return;
    };
    map_worker::ask(message, move |reply| {
        island.try_update_value(|i| {
            if let Some(i) = i {
                apply(i, &reply);
            }
        });
    });
}

fn download(job: &Job, island: Shared, png: bool) {
    let Some(message) = job.message("export", island) else {
        return;
    };
    let stem = format!("arbeidsgivermonitoren-2017-{}-kart", job.qid);
    map_worker::ask(message, move |reply| {
        let (Some(svg), Some(height)) = (
            text(&reply, "svg"),
            Reflect::get(&reply, &"height".into())
                .ok()
                .and_then(|h| h.as_f64()),
        ) else {
            show_error(island, failure(&reply).map(str::to_string));
            return;
        };
        if !png {
            let result = download_bytes(&format!("{stem}.svg"), "image/svg+xml", svg.as_bytes());
            show_error(
                island,
                result.err().map(|e| format!("{DOWNLOAD_FAILED}{e:?}")),
            );
            return;
        }
        leptos::task::spawn_local(async move {
            let result = async {
                echarts::load().await?;
                let promise = svg_to_png(&svg, EXPORT_WIDTH, height as u32, PNG_SCALE, "#ffffff")?;
                let bytes = wasm_bindgen_futures::JsFuture::from(promise).await?;
                let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
                download_bytes(&format!("{stem}.png"), "image/png", &bytes)
            }
            .await;
            show_error(
                island,
                result.err().map(|e| format!("{DOWNLOAD_FAILED}{e:?}")),
            );
        });
    });
}

/// The island of a map: its listeners (hover, click, item choice, downloads).
fn build(root: &web_sys::Element, job: &Job, island: Shared) -> Island {
    let on_move = move |event: &web_sys::Event| {
        island.with_value(|i| {
            let Some(i) = i else { return };
            let Some(parts) = &i.parts else { return };
            let text = region_at(event)
                .and_then(|(id, _)| Reflect::get(&i.hover, &id.into()).ok())
                .and_then(|t| t.as_string());
            if parts.hover.text_content() != text {
                parts.hover.set_text_content(text.as_deref());
            }
        });
    };
    let (click_job, change_job) = (job.clone(), job.clone());
    let listeners = vec![
        EventListener::new(root, "pointermove", on_move),
        EventListener::new(root, "pointerleave", move |_| {
            island.with_value(|i| {
                if let Some(parts) = i.as_ref().and_then(|i| i.parts.as_ref()) {
                    parts.hover.set_text_content(None);
                }
            })
        }),
        EventListener::new(root, "click", move |event| {
            let action = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.get_attribute("data-action"));
            match action.as_deref() {
                Some("png") => return download(&click_job, island, true),
                Some("svg") => return download(&click_job, island, false),
                _ => {}
            }
            let clickable = island.with_value(|i| {
                i.as_ref()
                    .and_then(|i| i.parts.as_ref())
                    .is_some_and(|p| p.map.class_list().contains("clickable"))
            });
            if let (true, Some((knr, true))) = (clickable, region_at(event)) {
                navigate_to_query(&join_queries(&[
                    &format!("kommune={knr}"),
                    &click_job.link_options,
                ]));
            }
        }),
        EventListener::new(root, "change", move |event| {
            let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            if let Ok(item) = select.value().parse() {
                island.update_value(|i| {
                    if let Some(i) = i {
                        i.item = item;
                    }
                });
                draw(&change_job, island);
            }
        }),
    ];
    Island {
        root: root.clone(),
        parts: None,
        _listeners: listeners,
        item: 0,
        regions: Vec::new(),
        hover: JsValue::UNDEFINED,
    }
}

/// A question's map while the page shows maps: one element, filled by the worker's replies
/// (no reactive view inside: the map costs the page's first load little code).
pub fn question_map(
    data: &'static Dataset,
    index: usize,
    state: RwSignal<ViewState>,
    near: Signal<bool>,
    link_options: String,
) -> impl IntoView {
    let level = Memo::new(move |_| state.with(|s| s.map));
    let qid = data.codebook.questions[index].id.clone();
    let root = NodeRef::<leptos::html::Div>::new();
    let island: Shared = StoredValue::new_local(None);
    let job = StoredValue::new(Job {
        qid: qid.clone(),
        state,
        level: level.into(),
        link_options,
    });
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        if level.get().is_none() {
            // Maps turned off: the map goes (a new one is built when they come back).
            if island.with_value(Option::is_some) {
                island.set_value(None);
                if let Some(element) = root.get_untracked() {
                    element.set_inner_html("");
                }
            }
            return;
        }
        // Far from the viewport the map is left as it is until it comes near.
        if !near.get() {
            return;
        }
        state.track();
        if scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        // After the next paint, as the charts: a click is answered first, the map follows.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    scheduled.try_set_value(false);
                    let (Some(Some(element)), Some(job)) =
                        (root.try_get_untracked(), job.try_get_value())
                    else {
                        return;
                    };
                    if island.with_value(Option::is_none) {
                        let built = build(element.unchecked_ref(), &job, island);
                        island.set_value(Some(built));
                    }
                    draw(&job, island);
                },
                std::time::Duration::ZERO,
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

/// Where an organisation lies: a small map from the worker, once the geometry has come.
pub fn locator(_data: &'static Dataset, index: usize) -> impl IntoView {
    let svg = RwSignal::new(String::new());
    let message =
        map_worker::message(&[("kind", "locator".into()), ("org", (index as u32).into())]);
    map_worker::ask(message, move |reply| {
        if let Some(text) = text(&reply, "svg") {
            svg.try_set(text);
        }
    });
    view! {
        <figure class="locator" hidden=move || svg.with(String::is_empty)>
            <div inner_html=move || svg.get()></div>
            <figcaption class="hint">{words::CREDIT}</figcaption>
        </figure>
    }
}

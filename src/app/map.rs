//! A question's map under its chart (when the page shows maps, `kart=` in the URL): the SVG
//! from `render::map_svg`, its legend, the region under the pointer named beside it, a click on
//! a kommune to open its page, and downloads. Drawn only near the viewport, like the chart.

use super::browser::{download_bytes, navigate_to_query};
use super::echarts::{self, svg_to_png};
use super::map_data::{self, MapLoadError};
use crate::data::dataset::Dataset;
use crate::data::map_geometry::MapGeometry;
use crate::model::map_view::{map_columns, MapView, Shapes};
use crate::render::map_svg::{
    all_attributes, legend_html, map_svg, map_title, region_text, standalone_svg, text_alternative,
    Attributes, ExportTexts, EXPORT_WIDTH,
};
use crate::state::route::Route;
use crate::state::view_state::{MapLevel, ViewState};
use crate::text::url_query::join_queries;
use crate::wording::credits::source_line;
use crate::wording::maps as words;
use crate::wording::page::DOWNLOAD_FAILED;
use crate::wording::selection;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// PNG downloads are drawn at twice their CSS size.
const PNG_SCALE: f64 = 2.0;

/// What a map shows now in the page: the elements of its regions and the attributes they
/// carry, so that a change sets only what differs.
struct Drawn {
    key: DrawnKey,
    svg: Option<web_sys::Element>,
    /// Per region id: its element and its attributes as set.
    regions: std::collections::HashMap<String, (web_sys::Element, Attributes)>,
}

/// What makes a map another drawing: level, shapes, column and the geometry's address.
type DrawnKey = (MapLevel, Shapes, crate::data::codebook::ColumnId, usize);

impl Drawn {
    fn read(
        container: &web_sys::Element,
        key: DrawnKey,
        attributes: Vec<(String, Attributes)>,
    ) -> Drawn {
        let mut elements = std::collections::HashMap::new();
        if let Ok(list) = container.query_selector_all("[data-knr],[data-fylke]") {
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
                elements.insert(id, element);
            }
        }
        let regions = attributes
            .into_iter()
            .filter_map(|(id, attrs)| {
                let element = elements.remove(&id)?;
                Some((id, (element, attrs)))
            })
            .collect();
        Drawn {
            key,
            svg: container.query_selector("svg").ok().flatten(),
            regions,
        }
    }

    /// Sets what differs from what the regions show.
    fn patch(&mut self, attributes: &[(String, Attributes)]) {
        for (id, new) in attributes {
            let Some((element, old)) = self.regions.get_mut(id) else {
                continue;
            };
            if old == new {
                continue;
            }
            for (name, _) in old.iter().filter(|(n, _)| !new.iter().any(|(m, _)| m == n)) {
                let _ = element.remove_attribute(name);
            }
            for (name, value) in new {
                if !old.iter().any(|(n, v)| n == name && v == value) {
                    if value.is_empty() {
                        let _ = element.remove_attribute(name);
                    } else {
                        let _ = element.set_attribute(name, value);
                    }
                }
            }
            *old = new.clone();
        }
    }
}

/// The region element under an event, if any: its id and kind.
fn region_at(event: &web_sys::Event) -> Option<(String, bool)> {
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let region = target.closest("[data-knr],[data-fylke]").ok()??;
    match region.get_attribute("data-knr") {
        Some(knr) => Some((knr, true)),
        None => Some((region.get_attribute("data-fylke")?, false)),
    }
}

#[component]
pub fn QuestionMap(
    data: &'static Dataset,
    index: usize,
    state: RwSignal<ViewState>,
    level: Signal<Option<MapLevel>>,
    near: Signal<bool>,
    /// The page options a link from the map keeps (an embed stays an embed).
    link_options: String,
) -> impl IntoView {
    let question = &data.codebook.questions[index];
    let qid = question.id.clone();
    let scale = data.codebook.scale_of(question);
    let columns = map_columns(question);
    let items: Vec<String> = question.items.iter().map(|i| i.label.nb.clone()).collect();
    let item = RwSignal::new(0usize);
    let geometry: RwSignal<Option<Result<Rc<MapGeometry>, MapLoadError>>, LocalStorage> =
        RwSignal::new_local(None);
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if near.get() && level.get().is_some() && !started.get_value() {
            started.set_value(true);
            leptos::task::spawn_local(async move {
                let loaded = map_data::geometry().await;
                if loaded.is_err() {
                    started.try_set_value(false);
                }
                geometry.try_set(Some(loaded));
            });
        }
    });
    let view_columns = StoredValue::new(columns.clone());
    // The view as last drawn (for hover, click and downloads).
    let map_view: RwSignal<Option<MapView>> = RwSignal::new(None);
    let node = NodeRef::<leptos::html::Div>::new();
    let drawn: StoredValue<Option<Drawn>, LocalStorage> = StoredValue::new_local(None);
    let names = StoredValue::new((format!("kart-{qid}"), qid.clone()));
    let scheduled_draw = StoredValue::new(false);
    // Draws the map as the state is now: the whole SVG when what it shows changed (level,
    // shapes, item, geometry), otherwise only the attributes that changed.
    let draw = move || {
        scheduled_draw.try_set_value(false);
        let Some(element) = node.try_get_untracked().flatten() else {
            return;
        };
        let Some(level) = level.try_get_untracked().flatten() else {
            return;
        };
        let Some(Some(Ok(geometry))) = geometry.try_get_untracked() else {
            return;
        };
        let Some(column) =
            view_columns.try_with_value(|c| c[item.get_untracked().min(c.len() - 1)].clone())
        else {
            return;
        };
        let Some((prefix, svg_qid)) = names.try_get_value() else {
            return;
        };
        let view = state.with_untracked(|s| MapView::new(data, s, level, &column));
        let attributes = all_attributes(&view, scale, &prefix);
        let key = (
            level,
            view.shapes,
            column.clone(),
            Rc::as_ptr(&geometry) as usize,
        );
        let same = drawn.with_value(|d| d.as_ref().is_some_and(|d| d.key == key));
        if same {
            drawn.update_value(|d| {
                if let Some(d) = d {
                    d.patch(&attributes);
                    if let Some(svg) = &d.svg {
                        let _ = svg.set_attribute("aria-label", &text_alternative(&view, scale));
                    }
                }
            });
        } else {
            element.set_inner_html(&map_svg(&geometry, &view, scale, &svg_qid, &prefix));
            drawn.set_value(Some(Drawn::read(&element, key, attributes)));
        }
        map_view.try_set(Some(view));
    };
    Effect::new(move |_| {
        // Far from the viewport the map is left as it is until it comes near.
        if !near.get() {
            return;
        }
        state.track();
        item.track();
        if level.get().is_none() || !matches!(geometry.get(), Some(Ok(_))) {
            return;
        }
        if scheduled_draw.get_value() {
            return;
        }
        scheduled_draw.set_value(true);
        // After the next paint, as the charts: a click is answered first, the map follows.
        request_animation_frame(move || set_timeout(draw, std::time::Duration::ZERO));
    });
    let legend = Memo::new(move |_| map_view.with(|v| v.as_ref().map(|v| legend_html(v, scale))));
    let title = Memo::new(move |_| map_view.with(|v| v.as_ref().map(|v| map_title(v, scale))));
    let status = move || match geometry.get() {
        None => Some(words::LOADING),
        Some(Err(MapLoadError::Unavailable)) => Some(words::FAILED),
        Some(Err(MapLoadError::Broken)) => Some(words::BROKEN),
        Some(Ok(_)) => None,
    };
    let hover = RwSignal::new(None::<String>);
    let on_move = move |event: web_sys::PointerEvent| {
        let text = region_at(&event).and_then(|(id, _)| {
            map_view.with_untracked(|v| {
                v.as_ref()
                    .and_then(|v| v.region(&id))
                    .map(|r| region_text(r, scale))
            })
        });
        if hover.get_untracked() != text {
            hover.set(text);
        }
    };
    let on_click = move |event: web_sys::MouseEvent| {
        let Some((id, true)) = region_at(&event) else {
            return;
        };
        let organisation = map_view.with_untracked(|v| {
            v.as_ref()
                .and_then(|v| v.region(&id))
                .and_then(|r| r.organisation)
        });
        if let Some(org) = organisation {
            let query = Route::organisation_query(&data.register.organisations[org]);
            navigate_to_query(&join_queries(&[&query, &link_options]));
        }
    };
    let clickable =
        move || map_view.with(|v| v.as_ref().is_some_and(|v| v.shapes == Shapes::Kommuner));
    let download_error = RwSignal::new(None::<String>);
    let heading = question.text.nb.clone();
    let export = move || {
        let geometry =
            geometry.with_untracked(|g| g.as_ref().and_then(|g| g.as_ref().ok().cloned()))?;
        map_view.with_untracked(|v| {
            let v = v.as_ref()?;
            let mut subtitle = map_title(v, scale);
            if let Some(label) = items.get(item.get_untracked()).filter(|_| items.len() > 1) {
                subtitle = format!("{subtitle} – {label}");
            }
            let filters = state.with_untracked(|s| selection::described(s, data));
            let source = source_line(&data.meta);
            Some(standalone_svg(
                &geometry,
                v,
                scale,
                &ExportTexts {
                    title: &heading,
                    subtitle: &subtitle,
                    filters: &filters,
                    source: &source,
                },
            ))
        })
    };
    let export_png = export.clone();
    let stem = format!("arbeidsgivermonitoren-2017-{qid}-kart");
    let svg_stem = stem.clone();
    let download_svg = move |_| {
        if let Some((svg, _)) = export() {
            let result =
                download_bytes(&format!("{svg_stem}.svg"), "image/svg+xml", svg.as_bytes());
            download_error.set(result.err().map(|e| format!("{DOWNLOAD_FAILED}{e:?}")));
        }
    };
    let download_png = move |_| {
        let Some((svg, height)) = export_png() else {
            return;
        };
        let filename = format!("{stem}.png");
        leptos::task::spawn_local(async move {
            let result = async {
                echarts::load().await?;
                let promise = svg_to_png(&svg, EXPORT_WIDTH, height, PNG_SCALE, "#ffffff")?;
                let bytes = wasm_bindgen_futures::JsFuture::from(promise).await?;
                download_bytes(
                    &filename,
                    "image/png",
                    &js_sys::Uint8Array::new(&bytes).to_vec(),
                )
            }
            .await;
            download_error.set(result.err().map(|e| format!("{DOWNLOAD_FAILED}{e:?}")));
        });
    };
    let item_select = (columns.len() > 1).then(|| {
        let select_id = format!("kartpunkt-{qid}");
        let options = question
            .items
            .iter()
            .enumerate()
            .map(|(i, it)| view! { <option value=i.to_string()>{it.label.nb.clone()}</option> })
            .collect_view();
        view! {
            <label class="map-item" for=select_id.clone()>{words::ITEM_LABEL}</label>
            <select id=select_id on:change=move |e| {
                if let Ok(i) = event_target_value(&e).parse() { item.set(i) }
            }>{options}</select>
        }
    });

    view! {
        <div class="map-view" data-map-for=qid.clone()>
            <div class="map-head">
                <p class="map-title">{move || title.get().unwrap_or_default()}</p>
                {item_select}
            </div>
            <p class="map-status" role="status" hidden=move || status().is_none()>{move || status().unwrap_or_default()}</p>
            <div class="map-body">
                <div
                    class="map"
                    class:clickable=clickable
                    on:pointermove=on_move
                    on:pointerleave=move |_| hover.set(None)
                    on:click=on_click
                    node_ref=node
                ></div>
                <div class="map-side">
                    <p class="map-hover" aria-hidden="true">{move || hover.get().unwrap_or_default()}</p>
                    <div inner_html=move || legend.get().unwrap_or_default()></div>
                </div>
            </div>
            <p class="hint">{move || if clickable() { words::CLICK_HINT } else { "" }}" "{words::CREDIT}</p>
            <div class="figure-tools">
                <button type="button" on:click=download_png>{words::DOWNLOAD_PNG}</button>
                <button type="button" on:click=download_svg>{words::DOWNLOAD_SVG}</button>
            </div>
            <p class="error" role="alert" hidden=move || download_error.with(Option::is_none)>
                {move || download_error.get().unwrap_or_default()}
            </p>
        </div>
    }
}

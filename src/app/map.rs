//! A question's map under its chart (when the page shows maps, `kart=` in the URL). The frame,
//! the SVG, its legend and texts come as HTML from `render::map_svg`; this module only fills
//! them in, listens on the frame (hover names a region, a click on a kommune opens its page,
//! the item choice, downloads) and, after a change, sets only the attributes that changed.
//! Drawn after the next paint and only near the viewport, like the charts. Written without
//! reactive views inside the frame: the map costs the page's first load little code.

use super::browser::{download_bytes, navigate_to_query};
use super::echarts::{self, svg_to_png};
use super::map_data::{self, MapLoadError};
use crate::data::codebook::{ColumnId, Scale};
use crate::data::dataset::Dataset;
use crate::data::map_geometry::MapGeometry;
use crate::data::register::OrgType;
use crate::model::map_view::{map_columns, MapView, Shapes};
use crate::render::map_svg::{
    all_attributes, legend_html, locator_svg, map_frame_html, map_svg, map_title, region_text,
    standalone_svg, text_alternative, Attributes, ExportTexts, EXPORT_WIDTH,
};
use crate::state::route::Route;
use crate::state::view_state::{MapLevel, ViewState};
use crate::text::url_query::join_queries;
use crate::wording::credits::source_line;
use crate::wording::maps as words;
use crate::wording::page::DOWNLOAD_FAILED;
use crate::wording::selection;
use gloo_events::EventListener;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// PNG downloads are drawn at twice their CSS size.
const PNG_SCALE: f64 = 2.0;

/// What makes a map another drawing: level, shapes, column and the geometry's address.
type DrawnKey = (MapLevel, Shapes, ColumnId, usize);

/// The parts of the frame the map fills in.
struct Parts {
    map: web_sys::Element,
    title: web_sys::Element,
    status: web_sys::Element,
    hover: web_sys::Element,
    legend: web_sys::Element,
    click_hint: web_sys::Element,
    error: web_sys::Element,
}

/// A map in the page: its frame, listeners, and what it shows now.
struct Island {
    parts: Parts,
    _listeners: Vec<EventListener>,
    item: usize,
    geometry: Option<Result<Rc<MapGeometry>, MapLoadError>>,
    loading: bool,
    key: Option<DrawnKey>,
    svg: Option<web_sys::Element>,
    /// Per region, in the document's order (by id): its id, element and attributes.
    regions: Vec<(String, web_sys::Element, Attributes)>,
    view: Option<MapView>,
}

fn part(root: &web_sys::Element, class: &str) -> Option<web_sys::Element> {
    root.query_selector(&format!(".{class}")).ok().flatten()
}

impl Island {
    /// The regions' elements after the SVG was written (in the order of their ids).
    fn read_regions(&mut self, attributes: Vec<(String, Attributes)>) {
        self.regions.clear();
        if let Ok(list) = self.parts.map.query_selector_all("[data-knr],[data-fylke]") {
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
                let attrs = attributes
                    .iter()
                    .find(|(a, _)| *a == id)
                    .map(|(_, attrs)| attrs.clone())
                    .unwrap_or_default();
                self.regions.push((id, element, attrs));
            }
        }
        self.svg = self.parts.map.query_selector("svg").ok().flatten();
    }

    /// Sets what differs from what the regions show.
    fn patch(&mut self, attributes: Vec<(String, Attributes)>) {
        for (id, new) in attributes {
            let Ok(at) = self
                .regions
                .binary_search_by(|(r, _, _)| r.as_str().cmp(&id))
            else {
                continue;
            };
            let (_, element, old) = &mut self.regions[at];
            if *old == new {
                continue;
            }
            for (name, _) in old.iter().filter(|(n, _)| !new.iter().any(|(m, _)| m == n)) {
                let _ = element.remove_attribute(name);
            }
            for (name, value) in &new {
                if !old.iter().any(|(n, v)| n == name && v == value) {
                    let _ = if value.is_empty() {
                        element.remove_attribute(name)
                    } else {
                        element.set_attribute(name, value)
                    };
                }
            }
            *old = new;
        }
    }
}

/// Everything a map needs that does not change: the question, its columns, the page.
#[derive(Clone)]
struct Context {
    data: &'static Dataset,
    qid: String,
    heading: String,
    scale: &'static Scale,
    columns: Vec<ColumnId>,
    items: Vec<String>,
    state: RwSignal<ViewState>,
    level: Signal<Option<MapLevel>>,
    link_options: String,
}

type Shared = StoredValue<Option<Island>, LocalStorage>;

/// Draws the map as the state is now: the whole SVG when what it shows changed (level, shapes,
/// item, geometry), otherwise only the attributes that changed. Fetches the geometry first.
fn draw(context: &Context, island: Shared) {
    let Some(Some(level)) = context.level.try_get_untracked() else {
        return;
    };
    let Some(state) = context.state.try_get_untracked() else {
        return;
    };
    let geometry = island.try_with_value(|i| i.as_ref().map(|i| (i.geometry.clone(), i.loading)));
    let geometry = match geometry.flatten() {
        Some((Some(Ok(geometry)), _)) => geometry,
        Some((Some(Err(error)), _)) => {
            island.with_value(|i| {
                if let Some(i) = i {
                    i.parts.status.set_text_content(Some(match error {
                        MapLoadError::Unavailable => words::FAILED,
                        MapLoadError::Broken => words::BROKEN,
                    }));
                }
            });
            return;
        }
        Some((None, false)) => {
            island.update_value(|i| {
                if let Some(i) = i {
                    i.loading = true;
                }
            });
            let context = context.clone();
            leptos::task::spawn_local(async move {
                let loaded = map_data::geometry().await;
                island.try_update_value(|i| {
                    if let Some(i) = i {
                        i.loading = false;
                        i.geometry = Some(loaded);
                    }
                });
                draw(&context, island);
            });
            return;
        }
        _ => return,
    };
    island.try_update_value(|i| {
        let Some(i) = i else { return };
        let column = &context.columns[i.item.min(context.columns.len() - 1)];
        let view = MapView::new(context.data, &state, level, column);
        let prefix = format!("kart-{}", context.qid);
        let attributes = all_attributes(&view, context.scale, &prefix);
        let key = (
            level,
            view.shapes,
            column.clone(),
            Rc::as_ptr(&geometry) as usize,
        );
        if i.key.as_ref() == Some(&key) {
            i.patch(attributes);
            if let Some(svg) = &i.svg {
                let _ = svg.set_attribute("aria-label", &text_alternative(&view, context.scale));
            }
        } else {
            i.parts.map.set_inner_html(&map_svg(
                &geometry,
                &view,
                context.scale,
                &context.qid,
                &prefix,
            ));
            i.read_regions(attributes);
            i.key = Some(key);
            i.parts.status.set_text_content(None);
            i.parts.status.set_attribute("hidden", "").ok();
            i.parts
                .title
                .set_text_content(Some(&map_title(&view, context.scale)));
            i.parts
                .legend
                .set_inner_html(&legend_html(&view, context.scale));
            let clickable = view.shapes == Shapes::Kommuner;
            i.parts.click_hint.set_text_content(Some(if clickable {
                words::CLICK_HINT
            } else {
                ""
            }));
            let _ = i
                .parts
                .map
                .class_list()
                .toggle_with_force("clickable", clickable);
        }
        i.view = Some(view);
    });
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

/// The map as a document of its own (SVG text and height), for the downloads.
fn export(context: &Context, island: Shared) -> Option<(String, u32)> {
    island.with_value(|i| {
        let i = i.as_ref()?;
        let Some(Ok(geometry)) = &i.geometry else {
            return None;
        };
        let view = i.view.as_ref()?;
        let mut subtitle = map_title(view, context.scale);
        if context.items.len() > 1 {
            subtitle = format!("{subtitle} – {}", context.items[i.item]);
        }
        let filters = context
            .state
            .with_untracked(|s| selection::described(s, context.data));
        let source = source_line(&context.data.meta);
        Some(standalone_svg(
            geometry,
            view,
            context.scale,
            &ExportTexts {
                title: &context.heading,
                subtitle: &subtitle,
                filters: &filters,
                source: &source,
            },
        ))
    })
}

fn show_error(island: Shared, error: Option<String>) {
    island.with_value(|i| {
        if let Some(i) = i {
            i.parts.error.set_text_content(error.as_deref());
            let _ = i
                .parts
                .error
                .toggle_attribute_with_force("hidden", error.is_none());
        }
    });
}

fn download(context: &Context, island: Shared, png: bool) {
    let Some((svg, height)) = export(context, island) else {
        return;
    };
    let stem = format!("arbeidsgivermonitoren-2017-{}-kart", context.qid);
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
            let promise = svg_to_png(&svg, EXPORT_WIDTH, height, PNG_SCALE, "#ffffff")?;
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
}

/// The frame, its parts and its listeners, once the element is in the page.
fn build(root: &web_sys::Element, context: &Context, island: Shared) -> Option<Island> {
    root.set_inner_html(&map_frame_html(&context.qid, &context.items));
    let parts = Parts {
        map: part(root, "map")?,
        title: part(root, "map-title")?,
        status: part(root, "map-status")?,
        hover: part(root, "map-hover")?,
        legend: part(root, "map-legend-holder")?,
        click_hint: part(root, "map-click-hint")?,
        error: part(root, "error")?,
    };
    let scale = context.scale;
    let on_move = move |event: &web_sys::Event| {
        let text = region_at(event).and_then(|(id, _)| {
            island.with_value(|i| {
                let view = i.as_ref()?.view.as_ref()?;
                Some(region_text(view.region(&id)?, scale))
            })
        });
        island.with_value(|i| {
            if let Some(i) = i {
                if i.parts.hover.text_content() != text {
                    i.parts.hover.set_text_content(text.as_deref());
                }
            }
        });
    };
    let click_context = context.clone();
    let change_context = context.clone();
    let listeners = vec![
        EventListener::new(&parts.map, "pointermove", on_move),
        EventListener::new(&parts.map, "pointerleave", move |_| {
            island.with_value(|i| {
                if let Some(i) = i {
                    i.parts.hover.set_text_content(None);
                }
            })
        }),
        EventListener::new(root, "click", move |event| {
            let context = &click_context;
            let action = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.get_attribute("data-action"));
            match action.as_deref() {
                Some("png") => return download(context, island, true),
                Some("svg") => return download(context, island, false),
                _ => {}
            }
            let Some((id, true)) = region_at(event) else {
                return;
            };
            let organisation =
                island.with_value(|i| i.as_ref()?.view.as_ref()?.region(&id)?.organisation);
            if let Some(org) = organisation {
                let query = Route::organisation_query(&context.data.register.organisations[org]);
                navigate_to_query(&join_queries(&[&query, &context.link_options]));
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
                draw(&change_context, island);
            }
        }),
    ];
    Some(Island {
        parts,
        _listeners: listeners,
        item: 0,
        geometry: None,
        loading: false,
        key: None,
        svg: None,
        regions: Vec::new(),
        view: None,
    })
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
    let context = Context {
        data,
        qid: question.id.clone(),
        heading: question.text.nb.clone(),
        scale: data.codebook.scale_of(question),
        columns: map_columns(question),
        items: question.items.iter().map(|i| i.label.nb.clone()).collect(),
        state,
        level,
        link_options,
    };
    let qid = context.qid.clone();
    let root = NodeRef::<leptos::html::Div>::new();
    let island: Shared = StoredValue::new_local(None);
    let context = StoredValue::new(context);
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        // Far from the viewport the map is left as it is until it comes near.
        if !near.get() {
            return;
        }
        state.track();
        if level.get().is_none() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        // After the next paint, as the charts: a click is answered first, the map follows.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    scheduled.try_set_value(false);
                    let (Some(Some(element)), Some(context)) =
                        (root.try_get_untracked(), context.try_get_value())
                    else {
                        return;
                    };
                    if island.with_value(Option::is_none) {
                        let built = build(element.unchecked_ref(), &context, island);
                        island.set_value(built);
                    }
                    draw(&context, island);
                },
                std::time::Duration::ZERO,
            )
        });
    });
    view! { <div class="map-view" data-map-for=qid node_ref=root></div> }
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

/// A question's map while the page shows maps.
pub fn question_map(
    data: &'static Dataset,
    index: usize,
    state: RwSignal<ViewState>,
    near: Signal<bool>,
    link_options: String,
) -> impl IntoView {
    let level = Memo::new(move |_| state.with(|s| s.map));
    move || {
        let link_options = link_options.clone();
        level.get().is_some().then(move || {
            view! { <QuestionMap data index state level=level.into() near link_options/> }
        })
    }
}

/// Where an organisation lies: a small map, once the geometry has come (fetched on first need).
pub fn locator(data: &'static Dataset, index: usize) -> impl IntoView {
    let org = &data.register.organisations[index];
    let (kommune, fylke) = (
        (org.org_type == OrgType::Kommune).then(|| org.id.clone()),
        org.fylkesnr.clone(),
    );
    let label = words::locator_text(&org.unique_name, &org.fylke);
    let svg = RwSignal::new(String::new());
    leptos::task::spawn_local(async move {
        if let Ok(geometry) = map_data::geometry().await {
            svg.try_set(locator_svg(&geometry, kommune.as_deref(), &fylke, &label));
        }
    });
    view! {
        <figure class="locator" hidden=move || svg.with(String::is_empty)>
            <div inner_html=move || svg.get()></div>
            <figcaption class="hint">{words::CREDIT}</figcaption>
        </figure>
    }
}

//! One ECharts chart, driven by a signal of its option: created when it first comes near the
//! viewport (so a page of many charts starts quickly), replaced (not merged) on every change,
//! resized with its container, disposed on unmount.

use super::echarts::ECharts;
use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct Live {
    chart: ECharts,
    _click: Closure<dyn Fn(JsValue)>,
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn Fn()>,
}

/// An IntersectionObserver and its callback, kept alive together.
type Nearness = (web_sys::IntersectionObserver, Closure<dyn Fn(js_sys::Array)>);

/// Sets `near` once `element` comes within a screen's height of the viewport.
fn watch_nearness(element: &web_sys::Element, near: RwSignal<bool>) -> Option<Nearness> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let intersecting = entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
        if intersecting && !near.get_untracked() {
            near.set(true);
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(element);
    Some((observer, callback))
}

#[component]
pub fn Chart(
    option: Signal<Value>,
    height: Signal<u32>,
    /// The text alternative of the chart.
    label: Signal<String>,
    /// Called with the series index when a bar is clicked.
    on_click: Callback<usize>,
    /// Set when the chart cannot be drawn (ECharts missing or rejecting the option).
    failed: RwSignal<bool>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);
    let near = RwSignal::new(false);
    let nearness: StoredValue<Option<Nearness>, LocalStorage> = StoredValue::new_local(None);

    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        if nearness.with_value(Option::is_none) && !near.get_untracked() {
            match watch_nearness(&element, near) {
                Some(watch) => nearness.set_value(Some(watch)),
                // Without IntersectionObserver, draw at once.
                None => near.set(true),
            }
        }
    });
    Effect::new(move |_| {
        // The option is only computed (and tracked) once the chart is near the viewport.
        if !near.get() {
            return;
        }
        let option = option.get();
        let Some(element) = node.get() else { return };
        if live.with_value(Option::is_none) {
            let element: web_sys::HtmlElement = element.unchecked_into();
            match ECharts::create(&element) {
                Ok(chart) => {
                    let click = chart.on_click(move |series| on_click.run(series));
                    let target = chart.clone();
                    let on_resize = Closure::<dyn Fn()>::new(move || target.resize());
                    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).expect("ResizeObserver");
                    observer.observe(&element);
                    live.set_value(Some(Live { chart, _click: click, observer, _on_resize: on_resize }));
                }
                Err(_) => {
                    failed.set(true);
                    return;
                }
            }
        }
        live.with_value(|live| {
            if let Some(live) = live {
                failed.set(live.chart.replace_option(&option).is_err());
            }
        });
    });
    on_cleanup(move || {
        nearness.update_value(|watch| {
            if let Some((observer, _)) = watch.take() {
                observer.disconnect();
            }
        });
        live.update_value(|live| {
            if let Some(live) = live.take() {
                live.observer.disconnect();
                live.chart.dispose();
            }
        });
    });

    view! {
        <div
            class="chart"
            node_ref=node
            role="img"
            aria-label=move || label.get()
            style=move || format!("height: {}px", height.get())
        ></div>
    }
}

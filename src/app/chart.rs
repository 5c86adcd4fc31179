//! One ECharts chart, driven by a signal of its option: created on mount, replaced (not
//! merged) on every change, resized with its container, disposed on unmount.

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

    Effect::new(move |_| {
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

//! One ECharts chart, driven by a signal of its option. It is created when it first comes near
//! the viewport and, after a change, brought up to date only while it is near: a chart far from
//! the reader is left stale until it comes near, which happens before it is seen (the option
//! is then computed and compared with the one drawn). Replaced (not merged) on every change, resized with its container, disposed on
//! unmount.

use super::echarts::{self, ECharts};
use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct Live {
    chart: ECharts,
    _click: Closure<dyn Fn(JsValue)>,
    /// None in a browser without ResizeObserver: the chart is then drawn at its first size.
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Closure<dyn Fn()>,
    /// Set when the chart is disposed, so a resize already scheduled does nothing.
    disposed: std::rc::Rc<std::cell::Cell<bool>>,
    /// The option last drawn.
    drawn: Value,
}

fn create(element: &web_sys::HtmlElement, on_click: Callback<usize>) -> Result<Live, JsValue> {
    let chart = ECharts::create(element)?;
    let click = chart.on_click(move |series| on_click.run(series));
    let target = chart.clone();
    // A new size (a change of the selection changes the chart's height) is drawn after the next
    // paint, like a new option: resizing redraws the whole chart, and a ResizeObserver runs
    // before the paint, inside the click that caused it.
    let disposed = std::rc::Rc::new(std::cell::Cell::new(false));
    let gone = disposed.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let (target, gone) = (target.clone(), gone.clone());
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if !gone.get() {
                        target.resize();
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(element);
    }
    Ok(Live {
        chart,
        _click: click,
        observer,
        _on_resize: on_resize,
        disposed,
        drawn: Value::Null,
    })
}

/// Whether any of `element` is inside the viewport now.
fn in_view(element: &web_sys::Element) -> bool {
    let rect = element.get_bounding_client_rect();
    let height = gloo_utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    rect.bottom() > 0.0 && rect.top() < height
}

#[component]
pub fn Chart(
    /// The option, computed only when the chart is drawn.
    option: Signal<Value>,
    /// Changes whenever the option would (the chart's data, the colour scheme): tracking it is
    /// cheap, so a change in view costs no option until the draw after the next paint.
    changes: Signal<()>,
    height: Signal<u32>,
    /// The text alternative of the chart.
    label: Signal<String>,
    /// Whether the chart is in or near the viewport.
    near: Signal<bool>,
    /// Called with the series index when a bar is clicked.
    on_click: Callback<usize>,
    /// Set when the chart cannot be drawn (ECharts missing or rejecting the option).
    failed: RwSignal<bool>,
    /// Called each time the chart shows the current option.
    on_drawn: Callback<()>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);

    let scheduled = StoredValue::new(false);
    // The chart may be gone (its question re-rendered) by the time a scheduled draw runs: every
    // reactive value is read with try_*, so a late draw does nothing.
    // Draws the option as it is now (it may have changed since the draw was scheduled).
    let draw = move || {
        scheduled.try_set_value(false);
        let (Some(option), Some(element)) = (
            option.try_get_untracked(),
            node.try_get_untracked().flatten(),
        ) else {
            return;
        };
        if live.try_with_value(Option::is_none) == Some(true) {
            match create(element.unchecked_ref(), on_click) {
                Ok(created) => live.set_value(Some(created)),
                Err(_) => {
                    failed.try_set(true);
                    return;
                }
            }
        }
        live.try_update_value(|live| {
            if let Some(live) = live {
                if live.drawn != option {
                    failed.try_set(live.chart.replace_option(&option).is_err());
                    live.drawn = option;
                }
            }
        });
        on_drawn.try_run(());
    };
    Effect::new(move |_| {
        // Far from the viewport the option is neither computed nor tracked.
        if !near.get() {
            return;
        }
        changes.track();
        if node.get().is_none() || scheduled.get_value() {
            return;
        }
        scheduled.set_value(true);
        // After the next paint: a frame, then a task; the first chart also loads ECharts.
        request_animation_frame(move || {
            if echarts::is_loaded() {
                set_timeout(draw, std::time::Duration::ZERO);
            } else if node
                .try_get_untracked()
                .flatten()
                .is_some_and(|e| in_view(e.unchecked_ref()))
            {
                leptos::task::spawn_local(async move {
                    match echarts::load().await {
                        Ok(()) => draw(),
                        Err(_) => {
                            scheduled.try_set_value(false);
                            failed.try_set(true);
                        }
                    }
                });
            } else {
                leptos::task::spawn_local(async move {
                    echarts::loaded().await;
                    draw();
                });
            }
        });
    });
    on_cleanup(move || {
        live.update_value(|live| {
            if let Some(live) = live.take() {
                if let Some(observer) = &live.observer {
                    observer.disconnect();
                }
                live.disposed.set(true);
                live.chart.dispose();
            }
        });
    });

    view! {
        // Focusable, its bars reached by the arrow keys (web/chart-keys.js): an application
        // region named by its text alternative and how to use it.
        <div
            class="chart"
            node_ref=node
            data-chart=""
            tabindex="0"
            role="application"
            aria-label=move || format!("{} {}", label.get(), crate::wording::charts::KEYS_HINT)
            style=move || format!("height: {}px", height.get())
        ></div>
    }
}

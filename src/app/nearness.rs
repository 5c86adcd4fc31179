//! Whether an element is in or near the viewport, as a signal: parts of the page far from the
//! reader are not updated until they come near (IntersectionObserver with a margin, so they
//! are up to date before they are seen).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How far outside the viewport an element counts as near: half a screen above and below.
const MARGIN: &str = "50% 0px";

/// An IntersectionObserver and its callback, kept alive together; disconnected on drop.
pub struct Nearness {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn Fn(js_sys::Array)>,
}

impl Drop for Nearness {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Keeps `near` equal to whether `element` is within [`MARGIN`] of the viewport. Without
/// IntersectionObserver, `near` is set for good.
pub fn watch(element: &web_sys::Element, near: RwSignal<bool>) -> Option<Nearness> {
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(last) = entries.iter().last() {
            let now = last
                .unchecked_into::<web_sys::IntersectionObserverEntry>()
                .is_intersecting();
            if now != near.get_untracked() {
                near.set(now);
            }
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    let Ok(observer) = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) else {
        near.set(true);
        return None;
    };
    observer.observe(element);
    Some(Nearness {
        observer,
        _callback: callback,
    })
}

/// A signal that follows whether the element of `node` is near the viewport, for the life of
/// the component.
pub fn near_signal(node: NodeRef<leptos::html::Article>) -> RwSignal<bool> {
    let near = RwSignal::new(false);
    let watching: StoredValue<Option<Nearness>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        if watching.with_value(Option::is_none) {
            let element: web_sys::Element = element.unchecked_into();
            watching.set_value(watch(&element, near));
        }
    });
    on_cleanup(move || watching.set_value(None));
    near
}

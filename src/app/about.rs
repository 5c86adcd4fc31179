//! «Om dataene»: the section as escaped HTML from `crate::render::about_html`.

use crate::data::dataset::Dataset;
use crate::render::about_html::about_html;
use leptos::prelude::*;

#[component]
pub fn About(data: &'static Dataset) -> impl IntoView {
    view! { <div inner_html=about_html(data)></div> }
}

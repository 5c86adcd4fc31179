//! «Om dataene»: the section as escaped HTML from `crate::about_html`.

use crate::about_html::about_html;
use crate::dataset::Dataset;
use leptos::prelude::*;

#[component]
pub fn About(data: &'static Dataset) -> impl IntoView {
    view! { <div inner_html=about_html(data)></div> }
}

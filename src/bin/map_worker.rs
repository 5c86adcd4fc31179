//! The map worker (wasm32, a Web Worker Trunk builds beside the page with a loader shim): the
//! page's map code, loaded only when a map is first shown and precached after. The page's side
//! (`web/map-view.js`) sends it the messages and puts the replies in place. It fetches the
//! geometry once, and answers each message of the page with what `render::map_job` computes:
//!
//! - `{id, kind: "draw", url, qid, level, item, query, fresh}` → `{id, frame?, svg?, changes,
//!   title, legend, alternative, hint, hover}` (`changes`: `[id, [names to remove], [name,
//!   value, …]]` per region; `hover`: an object from region id to its text, every region's with
//!   a whole SVG and only the changed ones otherwise);
//! - `{id, kind: "export", …}` → `{id, svg, width, height}`; `{id, kind: "locator", url, org,
//!   pick}` → `{id, svg}` (`org` a register index, or an array of them for «Sammenlign
//!   kommuner», drawn with every kommune to pick when `pick` is true: `MapJobs::locator_many`), and
//!   for one kommune `neighbours` (its «Sammenlign med …» links);
//! - when the geometry cannot be had: `{id, error: "unavailable" | "broken"}`;
//! - `{id, kind: "comparison", query, action, org}` → `{id, query, html}` or, for the action
//!   `csv`, `{id, query, csv}`, for `svg` or `png` with `question` (its index) `{id, query,
//!   svg, width, height, qid}` (the map script draws the PNG): «Sammenlign kommuner» (issue 24) for the URL's `query` after
//!   `action` (`""`, `"add"`, `"remove"` or `"toggle"` — add, or remove when compared —
//!   register organisation `org`); `query` in the reply is
//!   the URL's new query. Answered without the geometry. The URL's notes are in the HTML of the
//!   first view (action `""`) only;
//! - `{kind: "data", snapshot}` (no reply): the maps that follow show this data (the reader's
//!   own, as `data::snapshot` wrote it; issue 13), or the bundled data when `snapshot` is null.
//!
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
mod worker {
    use arbeidsgivermonitor::app::worker_scope::{self, scope};
    use arbeidsgivermonitor::data::dataset::Dataset;
    use arbeidsgivermonitor::data::map_geometry::MapGeometry;
    use arbeidsgivermonitor::render::map_job::{MapJob, MapJobs};
    use arbeidsgivermonitor::render::map_svg::EXPORT_WIDTH;
    use arbeidsgivermonitor::state::view_state::MapLevel;
    use js_sys::{Array, Object, Reflect};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    enum Geometry {
        None,
        Loading,
        Ready,
        Failed(&'static str),
    }

    thread_local! {
        static JOBS: RefCell<Option<MapJobs<'static>>> = const { RefCell::new(None) };
        static GEOMETRY: RefCell<Geometry> = const { RefCell::new(Geometry::None) };
        /// Messages that came while the geometry was being fetched, answered in order after.
        static WAITING: RefCell<Vec<JsValue>> = const { RefCell::new(Vec::new()) };
        /// The data the maps show; the bundled data until the page sends other.
        static DATA: RefCell<Option<&'static Dataset>> = const { RefCell::new(None) };
        /// The bundled data, decoded once and kept for every return to it.
        static BUNDLED: RefCell<Option<&'static Dataset>> = const { RefCell::new(None) };
    }

    /// The bundled data (decoded the first time it is asked for).
    fn bundled() -> Option<&'static Dataset> {
        BUNDLED.with(|bundled| {
            let mut bundled = bundled.borrow_mut();
            if bundled.is_none() {
                *bundled = Dataset::bundled().ok().map(|d| &*Box::leak(Box::new(d)));
            }
            *bundled
        })
    }

    /// The data the page said to show, or the bundled data.
    fn dataset() -> Option<&'static Dataset> {
        DATA.with(|data| *data.borrow()).or_else(bundled)
    }

    /// `{kind: "data"}`: the maps from now on show this data.
    fn use_data(message: &JsValue) {
        let snapshot = get(message, "snapshot");
        let chosen = if snapshot.is_null() || snapshot.is_undefined() {
            bundled()
        } else {
            // Each opened data set is kept for the worker's life (the maps' jobs borrow it);
            // a reader opens a few in a visit.
            let bytes = js_sys::Uint8Array::new(&snapshot).to_vec();
            arbeidsgivermonitor::data::snapshot::decode(&bytes)
                .ok()
                .map(|d| &*Box::leak(Box::new(d)))
        };
        let Some(chosen) = chosen else {
            return;
        };
        DATA.with(|data| *data.borrow_mut() = Some(chosen));
        JOBS.with(|jobs| {
            let mut jobs = jobs.borrow_mut();
            if let Some(old) = jobs.take() {
                *jobs = Some(old.with_dataset(chosen));
            }
        });
    }

    fn get(message: &JsValue, key: &str) -> JsValue {
        Reflect::get(message, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn text(message: &JsValue, key: &str) -> String {
        get(message, key).as_string().unwrap_or_default()
    }

    fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
        let _ = Reflect::set(object, &key.into(), &value.into());
    }

    fn job(message: &JsValue) -> Option<MapJob> {
        Some(MapJob {
            qid: text(message, "qid"),
            level: MapLevel::from_key(&text(message, "level"))?,
            item: get(message, "item").as_f64().unwrap_or(0.0) as usize,
            query: text(message, "query"),
            fresh: get(message, "fresh").is_truthy(),
        })
    }

    /// The reply to one message, the geometry being there.
    fn answer(message: &JsValue) -> Object {
        let reply = Object::new();
        set(&reply, "id", get(message, "id"));
        JOBS.with(|jobs| {
            let mut jobs = jobs.borrow_mut();
            let Some(jobs) = jobs.as_mut() else {
                return;
            };
            match text(message, "kind").as_str() {
                "draw" => {
                    let Some(done) = job(message).and_then(|j| jobs.handle(&j)) else {
                        return;
                    };
                    if let Some(frame) = done.frame {
                        set(&reply, "frame", frame);
                    }
                    if let Some(svg) = done.svg {
                        set(&reply, "svg", svg);
                    }
                    let changes = Array::new();
                    for change in done.changes {
                        let remove: Array =
                            change.remove.iter().map(|n| JsValue::from(*n)).collect();
                        let values = Array::new();
                        for (name, value) in change.set {
                            values.push(&name.into());
                            values.push(&value.into());
                        }
                        changes.push(&Array::of3(&change.id.into(), &remove, &values));
                    }
                    set(&reply, "changes", changes);
                    set(&reply, "title", done.title);
                    set(&reply, "legend", done.legend);
                    set(&reply, "alternative", done.alternative);
                    set(&reply, "hint", done.click_hint);
                    let hover = Object::new();
                    for (id, text) in done.hover {
                        set(&hover, &id, text);
                    }
                    set(&reply, "hover", hover);
                }
                "export" => {
                    if let Some((svg, height)) = job(message).and_then(|j| jobs.export(&j)) {
                        set(&reply, "svg", svg);
                        set(&reply, "width", EXPORT_WIDTH);
                        set(&reply, "height", height);
                    }
                }
                "locator" => {
                    let org = get(message, "org");
                    let svg = if Array::is_array(&org) {
                        let orgs: Vec<usize> = Array::from(&org)
                            .iter()
                            .map(|o| o.as_f64().unwrap_or(f64::MAX) as usize)
                            .collect();
                        jobs.locator_many(&orgs, get(message, "pick").is_truthy())
                    } else {
                        let index = org.as_f64().unwrap_or(-1.0) as usize;
                        // An organisation page's neighbours to compare with (a kommune's).
                        if let Some(data) = dataset() {
                            let (options, _) = page_options(data, &text(message, "query"));
                            let links =
                                arbeidsgivermonitor::render::comparison_html::neighbour_links_html(
                                    data,
                                    index,
                                    &jobs.neighbours_of(index),
                                    &options.to_query(),
                                );
                            set(&reply, "neighbours", links);
                        }
                        jobs.locator(index)
                    };
                    if let Some(svg) = svg {
                        set(&reply, "svg", svg);
                    }
                }
                _ => {}
            }
        });
        reply
    }

    fn reply_to(message: &JsValue) {
        let reply = GEOMETRY.with(|g| match &*g.borrow() {
            Geometry::Failed(error) => {
                let reply = Object::new();
                set(&reply, "id", get(message, "id"));
                set(&reply, "error", *error);
                Some(reply)
            }
            Geometry::Ready => None,
            _ => unreachable!("replies wait for the geometry"),
        });
        let reply = reply.unwrap_or_else(|| answer(message));
        let _ = scope().post_message(&reply);
    }

    async fn fetch_text(url: &str) -> Result<String, JsValue> {
        let response: web_sys::Response = JsFuture::from(scope().fetch_with_str(url))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err("status".into());
        }
        JsFuture::from(response.text()?)
            .await?
            .as_string()
            .ok_or_else(|| "text".into())
    }

    async fn load(url: String) {
        let outcome = match fetch_text(&url).await {
            Err(_) => Geometry::Failed("unavailable"),
            Ok(svg) => match (MapGeometry::parse(&svg), dataset()) {
                (Ok(geometry), Some(dataset)) => {
                    JOBS.with(|jobs| *jobs.borrow_mut() = Some(MapJobs::new(dataset, geometry)));
                    Geometry::Ready
                }
                _ => Geometry::Failed("broken"),
            },
        };
        let failed = matches!(outcome, Geometry::Failed("unavailable"));
        GEOMETRY.with(|g| *g.borrow_mut() = outcome);
        for message in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
            reply_to(&message);
        }
        // Unreachable now (offline before the first visit): a later message tries again.
        if failed {
            GEOMETRY.with(|g| *g.borrow_mut() = Geometry::None);
        }
    }

    /// The page options of a page's `query`, with the notes on them.
    fn page_options(
        data: &Dataset,
        query: &str,
    ) -> (
        arbeidsgivermonitor::state::page_options::PageOptions,
        Vec<arbeidsgivermonitor::state::view_state::UrlNote>,
    ) {
        let sections: Vec<&str> = data.codebook.themes.iter().map(|t| t.id.as_str()).collect();
        arbeidsgivermonitor::state::page_options::PageOptions::from_query(query, &sections)
    }

    /// «Sammenlign kommuner»: the view, or its CSV, for the message's query and action.
    fn comparison(message: &JsValue) {
        use arbeidsgivermonitor::model::comparison_view::ComparisonView;
        use arbeidsgivermonitor::render::comparison_csv::comparison_csv;
        use arbeidsgivermonitor::render::comparison_html::comparison_page_html;
        use arbeidsgivermonitor::state::comparison::Compared;
        use arbeidsgivermonitor::state::view_state::{join_notes, ViewState};
        use arbeidsgivermonitor::text::url_query::join_queries;
        use arbeidsgivermonitor::wording::credits::source_line;
        use arbeidsgivermonitor::wording::selection;
        let reply = Object::new();
        set(&reply, "id", get(message, "id"));
        if let Some(data) = dataset() {
            let query = text(message, "query");
            let (options, option_notes) = page_options(data, &query);
            let (mut set_of, set_notes) =
                Compared::from_query(&query, &data.register).unwrap_or_default();
            let (state, state_notes) = ViewState::from_query(&query, data);
            let org = get(message, "org")
                .as_f64()
                .map(|o| o as usize)
                .filter(|&o| o < data.register.organisations.len());
            let action = text(message, "action");
            match (action.as_str(), org) {
                ("add", Some(org)) => set_of = set_of.with(org, &data.register),
                ("remove", Some(org)) => set_of = set_of.without(org),
                ("toggle", Some(org)) if set_of.members.contains(&org) => {
                    set_of = set_of.without(org)
                }
                ("toggle", Some(org)) => set_of = set_of.with(org, &data.register),
                _ => {}
            }
            let filter = (state != ViewState::default()).then(|| state.filter());
            // The selection in words, for the CSV and the images: a comparison of organisations
            // is not compared by a grouping, whatever the explorer's default.
            let described = {
                let mut shown = state.clone();
                shown.split_choice = Some(arbeidsgivermonitor::state::view_state::Split::None);
                selection::described(&shown, data)
            };
            let view = ComparisonView::new(data, &set_of.members, filter.as_ref());
            let orgs: Array = set_of
                .members
                .iter()
                .map(|&m| JsValue::from(m as u32))
                .collect();
            set(&reply, "orgs", orgs);
            let view_query = join_queries(&[&set_of.to_query(&data.register), &state.to_query()]);
            set(
                &reply,
                "query",
                join_queries(&[&view_query, &options.to_query()]),
            );
            let source = source_line(&data.meta);
            if action == "csv" {
                set(&reply, "csv", comparison_csv(&view, &described, &source));
            } else if action == "svg" || action == "png" {
                let question = get(message, "question").as_f64().map(|q| q as usize);
                if let Some(q) = question.filter(|&q| q < view.questions.len()) {
                    let (svg, width, height) =
                        arbeidsgivermonitor::render::comparison_svg::comparison_question_svg(
                            &view, q, &described, &source,
                        );
                    set(&reply, "svg", svg);
                    set(&reply, "width", width);
                    set(&reply, "height", height);
                    set(&reply, "qid", view.questions[q].id.clone());
                }
            } else {
                let notes = if action.is_empty() {
                    join_notes(join_notes(set_notes, state_notes), option_notes)
                } else {
                    Vec::new()
                };
                let html = comparison_page_html(
                    &view,
                    &notes,
                    data.meta.demo,
                    &source,
                    options.embed,
                    &options.overview_href(),
                    &view_query,
                );
                set(&reply, "html", html);
            }
        }
        let _ = scope().post_message(&reply);
    }

    fn on_message(message: JsValue) {
        match text(&message, "kind").as_str() {
            "data" => return use_data(&message),
            "comparison" => return comparison(&message),
            _ => {}
        }
        let state = GEOMETRY.with(|g| match &*g.borrow() {
            Geometry::None => 0,
            Geometry::Loading => 1,
            _ => 2,
        });
        match state {
            2 => reply_to(&message),
            1 => WAITING.with(|w| w.borrow_mut().push(message)),
            _ => {
                let url = text(&message, "url");
                WAITING.with(|w| w.borrow_mut().push(message));
                GEOMETRY.with(|g| *g.borrow_mut() = Geometry::Loading);
                wasm_bindgen_futures::spawn_local(load(url));
            }
        }
    }

    pub fn start() {
        worker_scope::on_message(on_message);
    }
}

pub fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}

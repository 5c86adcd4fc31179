//! The map work the page hands to its map worker (`src/bin/map_worker.rs`), so that the map
//! code loads only when a map is first shown: from a question, a level and the URL's state,
//! what the page must set — the frame, the SVG when what the map shows changed, otherwise only
//! the attributes of the regions that changed, the legend, the texts — and the documents for
//! download and the locator. Pure: tested natively.

use crate::data::dataset::Dataset;
use crate::data::map_geometry::MapGeometry;
use crate::data::register::OrgType;
use crate::model::map_view::{MapView, Shapes};
use crate::render::map_svg::{
    all_attributes, legend_html, locator_svg, map_frame_html, map_svg, map_title, picker_svg,
    region_text, standalone_svg, text_alternative, Attributes, ExportTexts, Pick,
};
use crate::state::view_state::{MapLevel, ViewState};
use crate::wording::credits::source_line;
use crate::wording::maps as words;
use crate::wording::selection;

/// What the page asks for one question's map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapJob {
    pub qid: String,
    pub level: MapLevel,
    /// The item (0 for a question without items).
    pub item: usize,
    /// The page's state as its URL query.
    pub query: String,
    /// The page has no SVG of this map yet (or lost it): send it whole.
    pub fresh: bool,
}

/// One region whose attributes changed: the names to remove, then the names and values to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionChange {
    pub id: String,
    pub remove: Vec<&'static str>,
    pub set: Attributes,
}

/// What the page sets after a job.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapReply {
    /// The frame (title, item choice, places for the map and legend, downloads) when the page
    /// has none yet.
    pub frame: Option<String>,
    /// The SVG when the map is new or shows another level, shape or item.
    pub svg: Option<String>,
    pub changes: Vec<RegionChange>,
    pub title: String,
    pub legend: String,
    pub alternative: String,
    pub click_hint: &'static str,
    /// What each region says on hover, by id: all of them with a whole SVG, otherwise only
    /// those that changed.
    pub hover: Vec<(String, String)>,
}

/// What a map of the page shows now, as the worker last told it.
struct Shown {
    qid: String,
    key: (MapLevel, Shapes, usize),
    attributes: Vec<(String, Attributes)>,
    hover: Vec<(String, String)>,
}

/// The worker's state: the data, the geometry, and what each map of the page shows.
pub struct MapJobs<'a> {
    dataset: &'a Dataset,
    geometry: MapGeometry,
    shown: Vec<Shown>,
    /// Each kommune's neighbours on the map, by number: worked out from the outlines at the
    /// first organisation page that asks, and kept with the geometry.
    neighbours: std::cell::OnceCell<std::collections::BTreeMap<String, Vec<String>>>,
}

fn question_index(dataset: &Dataset, qid: &str) -> Option<usize> {
    dataset.codebook.questions.iter().position(|q| q.id == qid)
}

impl<'a> MapJobs<'a> {
    pub fn new(dataset: &'a Dataset, geometry: MapGeometry) -> Self {
        MapJobs {
            dataset,
            geometry,
            shown: Vec::new(),
            neighbours: std::cell::OnceCell::new(),
        }
    }

    /// The same geometry over other data (the reader's own, issue 13): nothing drawn is kept
    /// but what the geometry alone says.
    pub fn with_dataset<'b>(self, dataset: &'b Dataset) -> MapJobs<'b> {
        MapJobs {
            neighbours: self.neighbours,
            ..MapJobs::new(dataset, self.geometry)
        }
    }

    /// The frame of a question's map (title, item choice, map, legend, downloads), empty.
    pub fn frame(&self, qid: &str) -> Option<String> {
        let question = &self.dataset.codebook.questions[question_index(self.dataset, qid)?];
        let items: Vec<String> = question
            .items
            .iter()
            .map(|i| i.label.local().to_owned())
            .collect();
        Some(map_frame_html(qid, &items))
    }

    fn view(&self, job: &MapJob) -> Option<(MapView, usize)> {
        let question = &self.dataset.codebook.questions[question_index(self.dataset, &job.qid)?];
        let columns = question.columns();
        let item = job.item.min(columns.len() - 1);
        let (state, _) = ViewState::from_query(&job.query, self.dataset);
        Some((
            MapView::new(self.dataset, &state, job.level, &columns[item]),
            item,
        ))
    }

    /// The reply to a job: the whole SVG when the map is new or shows another level, shape or
    /// item; otherwise the regions whose attributes changed since the last reply for it.
    pub fn handle(&mut self, job: &MapJob) -> Option<MapReply> {
        let question = &self.dataset.codebook.questions[question_index(self.dataset, &job.qid)?];
        let scale = self.dataset.codebook.scale_of(question);
        let (view, item) = self.view(job)?;
        let prefix = format!("kart-{}", job.qid);
        let attributes = all_attributes(&view, scale, &prefix);
        let key = (job.level, view.shapes, item);
        let at = self.shown.iter().position(|s| s.qid == job.qid);
        let same = !job.fresh && at.is_some_and(|i| self.shown[i].key == key);
        let mut reply = MapReply {
            frame: if job.fresh {
                self.frame(&job.qid)
            } else {
                None
            },
            title: map_title(&view, scale),
            legend: legend_html(&view, scale),
            alternative: text_alternative(&view, scale),
            click_hint: if view.shapes == Shapes::Kommuner {
                words::CLICK_HINT
            } else {
                ""
            },
            ..MapReply::default()
        };
        let hover: Vec<(String, String)> = view
            .regions
            .iter()
            .map(|r| (r.id.clone(), region_text(r, scale)))
            .collect();
        if same {
            let shown = &self.shown[at.expect("same implies shown")];
            // The same shapes: the same regions in the same order.
            reply.hover = hover
                .iter()
                .enumerate()
                .filter(|(i, now)| shown.hover.get(*i) != Some(now))
                .map(|(_, now)| now.clone())
                .collect();
            let before = &shown.attributes;
            for (id, new) in &attributes {
                let old = before.iter().find(|(b, _)| b == id).map(|(_, a)| a);
                if old == Some(new) {
                    continue;
                }
                let remove = old
                    .map(|old| {
                        old.iter()
                            .filter(|(n, _)| !new.iter().any(|(m, _)| m == n))
                            .map(|(n, _)| *n)
                            .collect()
                    })
                    .unwrap_or_default();
                reply.changes.push(RegionChange {
                    id: id.clone(),
                    remove,
                    set: new.clone(),
                });
            }
        } else {
            reply.svg = Some(map_svg(&self.geometry, &view, scale, &job.qid, &prefix));
            reply.hover = hover.clone();
        }
        let shown = Shown {
            qid: job.qid.clone(),
            key,
            attributes,
            hover,
        };
        match at {
            Some(i) => self.shown[i] = shown,
            None => self.shown.push(shown),
        }
        Some(reply)
    }

    /// The map as a document for download (SVG text, height in px).
    pub fn export(&self, job: &MapJob) -> Option<(String, u32)> {
        let question = &self.dataset.codebook.questions[question_index(self.dataset, &job.qid)?];
        let scale = self.dataset.codebook.scale_of(question);
        let (view, item) = self.view(job)?;
        let mut subtitle = map_title(&view, scale);
        if question.items.len() > 1 {
            subtitle = format!("{subtitle} – {}", question.items[item].label.local());
        }
        let (state, _) = ViewState::from_query(&job.query, self.dataset);
        let filters = selection::described(&state, self.dataset);
        let source = source_line(&self.dataset.meta);
        Some(standalone_svg(
            &self.geometry,
            &view,
            scale,
            &ExportTexts {
                title: question.text.local(),
                subtitle: &subtitle,
                filters: &filters,
                source: &source,
            },
        ))
    }

    /// The locator map of register organisation `index`.
    pub fn locator(&self, index: usize) -> Option<String> {
        let org = self.dataset.register.organisations.get(index)?;
        let kommune = (org.org_type == OrgType::Kommune).then_some(org.id.as_str());
        Some(locator_svg(
            &self.geometry,
            kommune,
            &org.fylkesnr,
            &words::locator_text(&org.unique_name, &org.fylke),
        ))
    }

    /// The kommuner next to register organisation `index` on the map (a kommune) that answered,
    /// as register indices; none for a fylkeskommune.
    pub fn neighbours_of(&self, index: usize) -> Vec<usize> {
        let register = &self.dataset.register;
        let Some(org) = register.organisations.get(index) else {
            return Vec::new();
        };
        if org.org_type != OrgType::Kommune {
            return Vec::new();
        }
        self.neighbours
            .get_or_init(|| {
                self.geometry
                    .neighbours()
                    .into_iter()
                    .map(|(id, list)| {
                        (id.to_string(), list.into_iter().map(String::from).collect())
                    })
                    .collect()
            })
            .get(org.id.as_str())
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| register.position(OrgType::Kommune, id))
                    .filter(|&i| self.dataset.responses.row_of(i).is_some())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The map of a comparison («Sammenlign kommuner»): the compared register organisations
    /// marked and, with `pick`, every kommune of the register on it to pick (its title says
    /// whether it is compared and whether it took part); None when one of them is not in the
    /// register.
    pub fn locator_many(&self, indices: &[usize], pick: bool) -> Option<String> {
        let register = &self.dataset.register;
        let orgs = indices
            .iter()
            .map(|&i| register.organisations.get(i))
            .collect::<Option<Vec<_>>>()?;
        let marks: Vec<(Option<&str>, &str)> = orgs
            .iter()
            .map(|o| {
                let kommune = (o.org_type == OrgType::Kommune).then_some(o.id.as_str());
                (kommune, o.fylkesnr.as_str())
            })
            .collect();
        let picks: Vec<Pick> = self
            .geometry
            .kommuner
            .iter()
            .filter(|_| pick)
            .filter_map(|region| {
                let index = register.position(OrgType::Kommune, &region.id)?;
                Some(Pick {
                    region,
                    index,
                    title: words::pick_title(
                        &register.organisations[index].unique_name,
                        indices.contains(&index),
                        self.dataset.responses.row_of(index).is_some(),
                    ),
                })
            })
            .collect();
        let names: Vec<String> = orgs.iter().map(|o| o.unique_name.clone()).collect();
        Some(picker_svg(
            &self.geometry,
            &marks,
            &picks,
            &words::locator_many_text(&names),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::map_geometry::Region;

    fn geometry(dataset: &Dataset) -> MapGeometry {
        let square = |id: String| Region {
            id,
            path: "M0 0l1 0 0 1z".into(),
        };
        MapGeometry {
            width: 10,
            height: 10,
            kommuner: dataset
                .register
                .organisations
                .iter()
                .filter(|o| o.org_type == OrgType::Kommune)
                .map(|o| square(o.id.clone()))
                .collect(),
            fylker: dataset
                .register
                .fylker()
                .into_iter()
                .map(|(nr, _)| square(nr))
                .collect(),
        }
    }

    fn job(query: &str, fresh: bool) -> MapJob {
        MapJob {
            qid: "dig_prioritet".into(),
            level: MapLevel::Kommune,
            item: 0,
            query: query.into(),
            fresh,
        }
    }

    /// The first reply carries the frame and the SVG; a change of filter only the regions that
    /// changed, each set to what a whole new SVG would say.
    #[test]
    fn a_change_sends_only_what_changed() {
        let dataset = Dataset::bundled().unwrap();
        let mut jobs = MapJobs::new(&dataset, geometry(&dataset));
        let first = jobs.handle(&job("type=kommune", true)).unwrap();
        assert!(first.frame.is_some() && first.svg.is_some());
        assert!(first.changes.is_empty());
        assert_eq!(first.hover.len(), 426);
        let second = jobs.handle(&job("type=kommune&fylke=12", false)).unwrap();
        assert!(second.frame.is_none() && second.svg.is_none());
        // Every kommune outside Hordaland that took part changed (to «utenfor»); Hordaland's did not.
        assert!(second.changes.iter().all(|c| !c.id.starts_with("12")));
        assert!(second.changes.len() > 300);
        let whole = jobs.handle(&job("type=kommune&fylke=12", true)).unwrap();
        // Only the hover texts that changed, each as a whole reply says it.
        assert!(!second.hover.is_empty() && second.hover.len() < 426);
        for (id, text) in &second.hover {
            assert!(whole.hover.contains(&(id.clone(), text.clone())));
            assert!(!first.hover.contains(&(id.clone(), text.clone())));
        }
        let unchanged = jobs.handle(&job("type=kommune&fylke=12", false)).unwrap();
        assert!(unchanged.changes.is_empty() && unchanged.hover.is_empty());
        let svg = whole.svg.unwrap();
        for change in &second.changes {
            let tag = &svg[svg.find(&format!("data-knr=\"{}\"", change.id)).unwrap()..];
            let tag = &tag[..tag.find("/>").unwrap()];
            for (name, value) in &change.set {
                if !value.is_empty() {
                    assert!(tag.contains(&format!("{name}=\"{value}\"")), "{tag}");
                }
            }
            for name in &change.remove {
                assert!(!tag.contains(&format!(" {name}=")), "{tag}");
            }
        }
        // Another level: the whole SVG again.
        let fylker = jobs
            .handle(&MapJob {
                level: MapLevel::Fylke,
                ..job("type=kommune&fylke=12", false)
            })
            .unwrap();
        assert!(fylker.svg.is_some());
    }

    #[test]
    fn downloads_and_locator() {
        let dataset = Dataset::bundled().unwrap();
        let mut jobs = MapJobs::new(&dataset, geometry(&dataset));
        let (svg, height) = jobs.export(&job("", false)).unwrap();
        assert!(height > 600 && svg.contains("Kartgrunnlag: Kartverket (forenklet)"));
        let bergen = dataset.register.position(OrgType::Kommune, "1201").unwrap();
        assert!(jobs
            .locator(bergen)
            .unwrap()
            .contains("data-locator=\"1201\""));
        let hordaland = dataset
            .register
            .position(OrgType::Fylkeskommune, "12")
            .unwrap();
        let both = jobs.locator_many(&[bergen, hordaland], true).unwrap();
        assert!(both.contains("data-locator=\"1201,12\""));
        assert!(both.contains("class=\"marked\" data-fylke=\"12\""));
        // Every kommune can be picked by its register index; the compared one is marked.
        assert_eq!(both.matches("class=\"pick").count(), 426);
        assert_eq!(both.matches("class=\"pick marked\"").count(), 1);
        assert!(both.contains(&format!(
            "class=\"pick marked\" data-knr=\"1201\" data-org-index=\"{bergen}\""
        )));
        assert!(both.contains("<title>Bergen – valgt</title>"));
        let absent = (0..dataset.register.organisations.len())
            .find(|&i| {
                dataset.register.organisations[i].org_type == OrgType::Kommune
                    && dataset.responses.row_of(i).is_none()
            })
            .unwrap();
        let name = &dataset.register.organisations[absent].unique_name;
        assert!(both.contains(&format!(
            "data-org-index=\"{absent}\" d=\"M0 0l1 0 0 1z\"><title>{name} – deltok ikke i undersøkelsen</title>"
        )));
        assert_eq!(jobs.locator_many(&[bergen, usize::MAX], true), None);
        // Without picking (an embedded comparison): only the compared are drawn.
        let embedded = jobs.locator_many(&[bergen, hordaland], false).unwrap();
        assert!(
            !embedded.contains("class=\"pick")
                && embedded.contains("class=\"marked\" data-knr=\"1201\"")
        );
        assert_eq!(
            jobs.handle(&MapJob {
                qid: "x".into(),
                ..job("", true)
            }),
            None
        );
    }

    /// A kommune's neighbours that answered, from the outlines; worked out once and kept when
    /// the data change.
    #[test]
    fn neighbours_that_answered() {
        let dataset = Dataset::bundled().unwrap();
        let register = &dataset.register;
        let kommune = |i: usize| register.organisations[i].org_type == OrgType::Kommune;
        let bergen = register.position(OrgType::Kommune, "1201").unwrap();
        let answered = (0..register.organisations.len())
            .find(|&i| kommune(i) && i != bergen && dataset.responses.row_of(i).is_some())
            .unwrap();
        let absent = (0..register.organisations.len())
            .find(|&i| kommune(i) && dataset.responses.row_of(i).is_none())
            .unwrap();
        let far = (0..register.organisations.len())
            .find(|&i| {
                kommune(i)
                    && ![bergen, answered].contains(&i)
                    && dataset.responses.row_of(i).is_some()
            })
            .unwrap();
        let region = |i: usize, path: &str| Region {
            id: register.organisations[i].id.clone(),
            path: path.into(),
        };
        let geometry = MapGeometry {
            width: 30,
            height: 30,
            kommuner: vec![
                region(bergen, "M0 0l4 0 0 4-4 0z"),
                // East of Bergen, a shared border; south, a shared border; far away, none.
                region(answered, "M4 0l4 0 0 4-4 0z"),
                region(absent, "M0 4l4 0 0 4-4 0z"),
                region(far, "M20 20l1 0 0 1z"),
            ],
            fylker: vec![Region {
                id: "12".into(),
                path: "M0 0l9 0 0 9z".into(),
            }],
        };
        let jobs = MapJobs::new(&dataset, geometry);
        assert_eq!(jobs.neighbours_of(bergen), vec![answered]);
        assert_eq!(jobs.neighbours_of(far), Vec::<usize>::new());
        let hordaland = register.position(OrgType::Fylkeskommune, "12").unwrap();
        assert_eq!(jobs.neighbours_of(hordaland), Vec::<usize>::new());
        let jobs = jobs.with_dataset(&dataset);
        assert!(jobs.neighbours.get().is_some());
        assert_eq!(jobs.neighbours_of(bergen), vec![answered]);
    }
}

//! The map geometry the page fetches when a map is first shown (`kart-<hash>.svg`, made by
//! `scripts/build-map.mjs` from `data/kart/kommuner_2017.geojson`): the size of the map and
//! one SVG path per kommune (`data-knr`) and per fylke (`data-fylke`). Read by scanning the
//! file the build wrote, not by an XML parser: only its own form is accepted.

/// One region of the map: its number and its outline as SVG path data (map units, north up).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub id: String,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapGeometry {
    /// Map units across and down (`viewBox="0 0 WIDTH HEIGHT"`).
    pub width: u32,
    pub height: u32,
    /// In the file's order (by number).
    pub kommuner: Vec<Region>,
    pub fylker: Vec<Region>,
}

/// What is wrong with a map file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapFault {
    /// No `viewBox="0 0 W H"` with two whole numbers.
    NoSize,
    /// A path without its number or outline, at this byte.
    BrokenRegion { byte: usize },
    /// No kommune or no fylke at all.
    NoRegions,
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

impl MapGeometry {
    /// Reads the file `scripts/build-map.mjs` writes.
    pub fn parse(svg: &str) -> Result<MapGeometry, MapFault> {
        let size = attribute(svg, "viewBox").ok_or(MapFault::NoSize)?;
        let numbers: Vec<u32> = size
            .split(' ')
            .map(|n| n.parse().map_err(|_| MapFault::NoSize))
            .collect::<Result<_, _>>()?;
        let [0, 0, width, height] = numbers[..] else {
            return Err(MapFault::NoSize);
        };
        let mut geometry = MapGeometry {
            width,
            height,
            kommuner: Vec::new(),
            fylker: Vec::new(),
        };
        let mut rest = svg;
        while let Some(start) = rest.find("<path ") {
            let byte = svg.len() - rest.len() + start;
            let end = rest[start..]
                .find('>')
                .ok_or(MapFault::BrokenRegion { byte })?
                + start;
            let tag = &rest[start..end];
            let path = attribute(tag, "d").ok_or(MapFault::BrokenRegion { byte })?;
            let (list, id) = match (attribute(tag, "data-knr"), attribute(tag, "data-fylke")) {
                (Some(knr), None) => (&mut geometry.kommuner, knr),
                (None, Some(nr)) => (&mut geometry.fylker, nr),
                _ => return Err(MapFault::BrokenRegion { byte }),
            };
            if id.is_empty() || path.is_empty() {
                return Err(MapFault::BrokenRegion { byte });
            }
            list.push(Region {
                id: id.to_string(),
                path: path.to_string(),
            });
            rest = &rest[end..];
        }
        if geometry.kommuner.is_empty() || geometry.fylker.is_empty() {
            return Err(MapFault::NoRegions);
        }
        Ok(geometry)
    }

    pub fn kommune(&self, knr: &str) -> Option<&Region> {
        self.kommuner.iter().find(|r| r.id == knr)
    }

    /// Each kommune's neighbours on the map, by number: the kommuner whose outlines share at
    /// least two points with its own (the build keeps a shared border the same line in both,
    /// so a shared border shares its points; touching at one corner is not a border).
    pub fn neighbours(&self) -> std::collections::BTreeMap<&str, Vec<&str>> {
        use std::collections::{BTreeMap, BTreeSet, HashMap};
        let mut at: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
        for (k, region) in self.kommuner.iter().enumerate() {
            let points: BTreeSet<(i32, i32)> = outline_points(&region.path).into_iter().collect();
            for point in points {
                at.entry(point).or_default().push(k);
            }
        }
        let mut shared: BTreeMap<(usize, usize), u32> = BTreeMap::new();
        for here in at.values() {
            for (i, &a) in here.iter().enumerate() {
                for &b in &here[i + 1..] {
                    *shared.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
        let mut neighbours: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for ((a, b), count) in shared {
            if count >= 2 {
                let (a, b) = (self.kommuner[a].id.as_str(), self.kommuner[b].id.as_str());
                neighbours.entry(a).or_default().push(b);
                neighbours.entry(b).or_default().push(a);
            }
        }
        for list in neighbours.values_mut() {
            list.sort_unstable();
        }
        neighbours
    }
}

/// The points of an outline of this file's form: `M x y` (absolute, and further pairs lines to
/// absolute points), `l dx dy …` (relative), `z` (back to the start), in whole numbers.
pub fn outline_points(path: &str) -> Vec<(i32, i32)> {
    let mut points = Vec::new();
    let (mut x, mut y, mut start) = (0i32, 0i32, (0i32, 0i32));
    let mut command = b'M';
    let mut first: Option<i32> = None;
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'-' || c.is_ascii_digit() {
            let from = i;
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let number: i32 = path[from..i].parse().unwrap_or(0);
            let Some(a) = first.take() else {
                first = Some(number);
                continue;
            };
            match command {
                b'M' => {
                    (x, y) = (a, number);
                    start = (x, y);
                    command = b'L';
                }
                b'L' => (x, y) = (a, number),
                _ => (x, y) = (x + a, y + number),
            }
            points.push((x, y));
            continue;
        }
        match c {
            b'M' | b'L' | b'l' => command = c,
            b'z' | b'Z' => (x, y) = start,
            _ => {}
        }
        i += 1;
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 30 40\">\
        <g id=\"kommuner\"><path data-knr=\"0101\" d=\"M1 2l3 0 0 3z\"/>\
        <path data-knr=\"0104\" d=\"M5 5l1 0 0 1z\"/></g>\
        <g id=\"fylker\"><path data-fylke=\"01\" d=\"M1 2l5 0 0 5z\"/></g></svg>";

    #[test]
    fn reads_size_and_regions() {
        let map = MapGeometry::parse(SMALL).unwrap();
        assert_eq!((map.width, map.height), (30, 40));
        assert_eq!(map.kommuner.len(), 2);
        assert_eq!(map.kommune("0104").unwrap().path, "M5 5l1 0 0 1z");
        assert_eq!(map.fylker[0].id, "01");
        assert_eq!(map.fylker[0].path, "M1 2l5 0 0 5z");
        assert_eq!(map.kommune("0105"), None);
    }

    #[test]
    fn reads_outlines_and_finds_neighbours_by_shared_borders() {
        assert_eq!(
            outline_points("M1 2l3 0 0 3-3-3zM10 10l-1 1z"),
            vec![(1, 2), (4, 2), (4, 5), (1, 2), (10, 10), (9, 11)]
        );
        let svg = "<svg viewBox=\"0 0 30 30\"><path data-knr=\"0001\" d=\"M0 0l4 0 0 4-4 0z\"/>\
            <path data-knr=\"0002\" d=\"M4 0l4 0 0 4-4 0z\"/>\
            <path data-knr=\"0003\" d=\"M8 4l4 0 0 4-4 0z\"/>\
            <path data-knr=\"0004\" d=\"M20 20l1 0 0 1z\"/>\
            <path data-fylke=\"01\" d=\"M0 0l9 0 0 9z\"/></svg>";
        let map = MapGeometry::parse(svg).unwrap();
        let neighbours = map.neighbours();
        // 0001 and 0002 share a border; 0002 and 0003 only a corner; 0004 touches nobody.
        assert_eq!(neighbours.get("0001"), Some(&vec!["0002"]));
        assert_eq!(neighbours.get("0002"), Some(&vec!["0001"]));
        assert_eq!(neighbours.get("0003"), None);
        assert_eq!(neighbours.get("0004"), None);
    }

    #[test]
    fn a_broken_file_says_what_is_wrong() {
        assert_eq!(MapGeometry::parse("<html>"), Err(MapFault::NoSize));
        assert_eq!(
            MapGeometry::parse("<svg viewBox=\"0 0 x 4\">"),
            Err(MapFault::NoSize)
        );
        let cut = &SMALL[..SMALL.find("0104").unwrap()];
        assert!(matches!(
            MapGeometry::parse(cut),
            Err(MapFault::BrokenRegion { .. })
        ));
        let no_fylker = SMALL.replace("data-fylke=\"01\"", "data-knr=\"0105\"");
        assert_eq!(MapGeometry::parse(&no_fylker), Err(MapFault::NoRegions));
    }
}

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

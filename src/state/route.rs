//! Which view the URL asks for: the explorer (with its filters in [`ViewState`](super::view_state::ViewState)), one
//! organisation (`?kommune=1201`, `?fylkeskommune=12`), or several side by side
//! (`?kommuner=1201,0301&fylkeskommuner=12`, read by [`super::comparison`]).

use crate::data::dataset::Dataset;
use crate::data::register::{OrgType, Organisation};
use crate::text::url_query::parse_pairs;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Explorer,
    /// A known organisation: its index in the register.
    Organisation(usize),
    /// `kommune=` or `fylkeskommune=` with a number the register does not have.
    UnknownOrganisation(OrgType, String),
    /// `kommuner=` or `fylkeskommuner=`: organisations side by side.
    Comparison,
}

impl Route {
    pub fn from_query(query: &str, dataset: &Dataset) -> Route {
        let pairs = parse_pairs(query);
        if pairs
            .iter()
            .any(|(key, _)| key == "kommuner" || key == "fylkeskommuner")
        {
            return Route::Comparison;
        }
        for (key, value) in pairs {
            if let Some(org_type) = OrgType::from_key(&key) {
                let value = value.trim().to_string();
                return match dataset.register.position(org_type, &value) {
                    Some(index) => Route::Organisation(index),
                    None => Route::UnknownOrganisation(org_type, value),
                };
            }
        }
        Route::Explorer
    }

    /// The query that opens an organisation's page: `kommune=1201`, `fylkeskommune=12`.
    pub fn organisation_query(org: &Organisation) -> String {
        format!("{}={}", org.org_type.key(), org.id)
    }

    /// The page title: «Bergen – Arbeidsgivermonitoren 2017».
    pub fn title(&self, dataset: &Dataset, site: &str) -> String {
        match self {
            Route::Organisation(index) => format!(
                "{} – {site}",
                dataset.register.organisations[*index].unique_name
            ),
            _ => site.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_organisation_routes() {
        let d = Dataset::bundled().unwrap();
        let bergen = d.register.position(OrgType::Kommune, "1201").unwrap();
        assert_eq!(
            Route::from_query("kommune=1201", &d),
            Route::Organisation(bergen)
        );
        assert_eq!(
            Route::from_query("?fylkeskommune=12", &d),
            Route::Organisation(d.register.position(OrgType::Fylkeskommune, "12").unwrap())
        );
        assert_eq!(
            Route::from_query("kommune=9999", &d),
            Route::UnknownOrganisation(OrgType::Kommune, "9999".into())
        );
        assert_eq!(
            Route::from_query("fylkeskommune=03", &d),
            Route::UnknownOrganisation(OrgType::Fylkeskommune, "03".into())
        );
        assert_eq!(Route::from_query("type=kommune", &d), Route::Explorer);
        assert_eq!(
            Route::from_query("kommuner=1201,0301&type=kommune", &d),
            Route::Comparison
        );
        assert_eq!(
            Route::from_query("kommune=1201&fylkeskommuner=12", &d),
            Route::Comparison
        );
        assert_eq!(
            Route::organisation_query(&d.register.organisations[bergen]),
            "kommune=1201"
        );
        let hordaland = d.register.position(OrgType::Fylkeskommune, "12").unwrap();
        assert_eq!(
            Route::from_query(
                &Route::organisation_query(&d.register.organisations[hordaland]),
                &d
            ),
            Route::Organisation(hordaland)
        );
        assert_eq!(
            Route::Organisation(bergen).title(&d, "Arbeidsgivermonitoren 2017"),
            "Bergen – Arbeidsgivermonitoren 2017"
        );
    }
}

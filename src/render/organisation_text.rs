//! The organisation page's words made from its view: the peer groups' names and one sentence
//! per item (used by the page's list, the chart's text alternative and the print).

use crate::data::register::OrgType;
use crate::model::organisation_view::{ItemComparison, OrganisationView, PeerScope};
use crate::wording::nouns;
use crate::wording::organisation_sentences as words;

/// «store kommuner», «kommuner i Hordaland», «kommuner på Vestlandet», «alle kommuner».
pub fn peer_label(org_type: OrgType, scope: &PeerScope) -> String {
    let noun = nouns::plural(org_type);
    match scope {
        PeerScope::Size(size) => words::of_size(size, noun),
        PeerScope::Fylke(fylke) => words::in_fylke(noun, fylke),
        PeerScope::Landsdel(landsdel) => words::of_landsdel(noun, landsdel),
        PeerScope::Country => words::all(noun),
    }
}

/// The names of the view's peer groups, in order.
pub fn peer_labels(view: &OrganisationView) -> Vec<String> {
    view.peers
        .iter()
        .map(|p| peer_label(view.organisation.org_type, &p.scope))
        .collect()
}

/// The item's sentence: the own answer and how often the first peer group gave it, or the
/// headline share when there is no own answer.
pub fn item_sentence(view: &OrganisationView, item: &ItemComparison) -> String {
    let org = &view.organisation;
    let first = peer_label(org.org_type, &view.peers[0].scope);
    let peer = words::peer(&first, &item.peers[0]);
    match (&item.own_label, view.responded) {
        (Some(answer), _) => words::own_answer(&org.name, answer, &peer),
        (None, true) => words::not_answered(&org.name, &item.headline_label, &peer),
        (None, false) => words::headline_only(&item.headline_label, &peer),
    }
}

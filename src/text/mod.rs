//! Layer 0, text: language-level helpers that know nothing of the survey — numbers and case in
//! Norwegian (`format`), HTML escaping (`html`), URL query encoding (`url_query`) and cutting a quoted text short
//! (`shorten`).

pub mod fold;
pub mod format;
pub mod html;
pub mod intern;
pub mod shorten;
pub mod url_query;

//! Layer 0, text: language-level helpers that know nothing of the survey — numbers and case in
//! Norwegian (`format`), HTML escaping (`html`) and URL query encoding (`url_query`).

pub mod format;
pub mod html;
pub mod url_query;

//! Layer 3, state: what the reader has chosen, read from and written to the URL — filters and
//! comparison (`view_state`), the organisations compared side by side (`comparison`), page options such as embedding (`page_options`) and the view
//! (`route`), every change the page makes to them (`changes`), and the search field's keyboard state
//! (`combobox`).

pub mod changes;
pub mod combobox;
pub mod comparison;
pub mod page_options;
pub mod route;
pub mod view_state;

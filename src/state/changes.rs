//! Every change of the reader's choices that the page makes: a filter control changed, a bar
//! clicked. Pure, so the view only forwards events here and every change is tested natively.

use super::view_state::{Split, TypeChoice, ViewState};
use crate::data::register::OrgType;
use crate::stats::aggregate::{Grouping, NO_SIZE_CLASS};
use std::collections::BTreeSet;

fn toggle(set: &mut BTreeSet<String>, value: &str, on: bool) {
    if on {
        set.insert(value.to_string());
    } else {
        set.remove(value);
    }
}

impl ViewState {
    /// What a control does when it changes: `name` and `value` as in the HTML, `checked` its
    /// new state. Unknown names and values change nothing.
    pub fn apply_control(&mut self, name: &str, value: &str, checked: bool) {
        match name {
            "type" if checked => {
                if let Some(choice) = TypeChoice::from_key(value) {
                    self.types = choice;
                }
            }
            "split" if checked => {
                if let Some(split) = Split::from_key(value) {
                    self.split_choice = Some(split);
                }
            }
            "size" => toggle(&mut self.sizes, value, checked),
            "landsdel" => toggle(&mut self.landsdeler, value, checked),
            "fylke" => toggle(&mut self.fylker, value, checked),
            _ => {}
        }
    }

    /// Whether the control `name`/`value` shows as checked in this state.
    pub fn is_checked(&self, name: &str, value: &str) -> bool {
        match name {
            "type" => self.types.key() == value,
            "split" => self.split().key() == value,
            "size" => self.sizes.contains(value),
            "landsdel" => self.landsdeler.contains(value),
            "fylke" => self.fylker.contains(value),
            _ => false,
        }
    }
}

impl ViewState {
    /// Narrows the selection to the group of a clicked bar (`grouping`, group `key`).
    pub fn select_group(&mut self, grouping: Grouping, key: &str) {
        match grouping {
            Grouping::SizeClass if key == NO_SIZE_CLASS => {
                self.types = TypeChoice::Fylkeskommune;
                self.sizes.clear();
            }
            Grouping::SizeClass => self.sizes = [key.to_string()].into(),
            Grouping::Landsdel => self.landsdeler = [key.to_string()].into(),
            Grouping::Fylke => self.fylker = [key.to_string()].into(),
            Grouping::Type => {
                self.types = match OrgType::from_key(key) {
                    Some(OrgType::Fylkeskommune) => TypeChoice::Fylkeskommune,
                    _ => TypeChoice::Kommune,
                }
            }
        }
    }
}

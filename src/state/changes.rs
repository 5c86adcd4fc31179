//! Every change of the reader's choices that the page makes: a filter control changed, a bar
//! clicked. Pure, so the view only forwards events here and every change is tested natively.

use super::view_state::{Split, TypeChoice, ViewState};
use crate::data::codebook::ColumnId;
use crate::data::dataset::Dataset;
use crate::data::register::OrgType;
use crate::stats::aggregate::{Grouping, NO_SIZE_CLASS};
use crate::stats::filter::CodeSet;
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
    pub fn apply_control(&mut self, dataset: &Dataset, name: &str, value: &str, checked: bool) {
        match name {
            "type" if checked => {
                if let Some(choice) = TypeChoice::from_key(value) {
                    self.types = choice;
                }
            }
            "split" if checked => {
                if let Some(split) = Split::from_key(value, dataset) {
                    self.split_choice = Some(split);
                }
            }
            "svar" => {
                let Some((name, code)) = value.split_once(':') else {
                    return;
                };
                let (Some((index, column)), Ok(code)) = (
                    super::view_state::answer_column(dataset, name),
                    code.parse::<u8>(),
                ) else {
                    return;
                };
                self.toggle_answer(index, column, code, checked);
            }
            "vekt" => self.weighted = checked,
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
            "svar" => value.split_once(':').is_some_and(|(name, code)| {
                self.answers
                    .iter()
                    .any(|a| a.name == name && a.codes.iter().any(|c| c.to_string() == code))
            }),
            "size" => self.sizes.contains(value),
            "landsdel" => self.landsdeler.contains(value),
            "fylke" => self.fylker.contains(value),
            "vekt" => self.weighted,
            _ => false,
        }
    }
}

impl ViewState {
    /// Adds answer `code` to the condition on column `index` (made when there is none), or
    /// takes it away (the condition goes with its last code).
    pub fn toggle_answer(&mut self, index: usize, column: ColumnId, code: u8, on: bool) {
        match self.answers.iter_mut().position(|a| a.index == index) {
            Some(at) => {
                let codes = &mut self.answers[at].codes;
                if on {
                    codes.insert(code);
                } else {
                    codes.remove(code);
                }
                if codes.is_empty() {
                    self.answers.remove(at);
                }
            }
            None if on => self.add_answer_filter(
                index,
                crate::text::intern::intern(&column.name()),
                CodeSet::one(code),
            ),
            None => {}
        }
    }

    /// Narrows the selection to the group of a clicked bar (`grouping`, group `key`).
    pub fn select_group(&mut self, grouping: &Grouping, key: &str) {
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
            // Only those who gave that answer.
            Grouping::Answer { column, name } => {
                if let Ok(code) = key.parse::<u8>() {
                    self.add_answer_filter(*column, name, CodeSet::one(code));
                }
            }
        }
    }
}

//! The keyboard state of the search field («Se data for din kommune»), which follows the ARIA
//! combobox pattern with list autocomplete: whether the list is open and which option is
//! active. Pure, so every key's effect is tested natively; the view forwards events here.

/// The list's state. The list is shown when it is open and has options.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Combobox {
    pub open: bool,
    /// The option marked by the arrow keys (`aria-activedescendant`).
    pub active: Option<usize>,
}

/// What the view should do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOutcome {
    /// Handled here: the browser's default (moving the caret, submitting) is prevented.
    Handled,
    /// Open option `index`.
    Choose(usize),
    /// Empty the field (Escape with the list closed).
    ClearQuery,
    /// Not ours: the browser does what it does.
    Ignored,
}

impl Combobox {
    /// Whether the list shows, given how many options there are.
    pub fn expanded(&self, count: usize) -> bool {
        self.open && count > 0
    }

    /// The reader typed: the list opens with no option active.
    pub fn typed(&mut self) {
        self.open = true;
        self.active = None;
    }

    /// The field lost focus.
    pub fn blurred(&mut self) {
        self.open = false;
    }

    /// An option was opened: the list closes.
    pub fn chosen(&mut self) {
        *self = Combobox::default();
    }

    /// The effect of `key` (a `KeyboardEvent.key`) with `count` options.
    pub fn key(&mut self, key: &str, count: usize) -> KeyOutcome {
        match key {
            "ArrowDown" => {
                self.open = true;
                if count > 0 {
                    self.active = Some(self.active.map_or(0, |i| (i + 1) % count));
                }
                KeyOutcome::Handled
            }
            "ArrowUp" => {
                self.open = true;
                if count > 0 {
                    self.active = Some(self.active.map_or(count - 1, |i| (i + count - 1) % count));
                }
                KeyOutcome::Handled
            }
            "Enter" => match self.active.or((count == 1).then_some(0)) {
                Some(index) if index < count => KeyOutcome::Choose(index),
                _ => KeyOutcome::Ignored,
            },
            "Escape" if self.expanded(count) => {
                self.open = false;
                self.active = None;
                KeyOutcome::Handled
            }
            "Escape" => KeyOutcome::ClearQuery,
            _ => KeyOutcome::Ignored,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_round_the_options_and_enter_chooses() {
        let mut c = Combobox::default();
        c.typed();
        assert!(c.expanded(3) && !c.expanded(0));
        assert_eq!(c.key("ArrowDown", 3), KeyOutcome::Handled);
        assert_eq!(c.active, Some(0));
        c.key("ArrowDown", 3);
        c.key("ArrowDown", 3);
        c.key("ArrowDown", 3);
        assert_eq!(c.active, Some(0), "round from the last to the first");
        c.key("ArrowUp", 3);
        assert_eq!(c.active, Some(2), "and back");
        assert_eq!(c.key("Enter", 3), KeyOutcome::Choose(2));
        c.chosen();
        assert_eq!(c, Combobox::default());
        // ArrowUp from nothing active starts at the last option; no options, no active one.
        c.key("ArrowUp", 4);
        assert_eq!(c.active, Some(3));
        let mut empty = Combobox::default();
        empty.key("ArrowDown", 0);
        assert_eq!((empty.open, empty.active), (true, None));
    }

    #[test]
    fn enter_opens_the_only_option_and_otherwise_needs_an_active_one() {
        let mut c = Combobox::default();
        c.typed();
        assert_eq!(c.key("Enter", 1), KeyOutcome::Choose(0));
        assert_eq!(c.key("Enter", 2), KeyOutcome::Ignored);
        assert_eq!(c.key("Enter", 0), KeyOutcome::Ignored);
        // An active option that is gone (the list got shorter) is not chosen.
        c.active = Some(5);
        assert_eq!(c.key("Enter", 2), KeyOutcome::Ignored);
    }

    #[test]
    fn escape_closes_the_list_then_clears_the_field() {
        let mut c = Combobox::default();
        c.typed();
        c.key("ArrowDown", 2);
        assert_eq!(c.key("Escape", 2), KeyOutcome::Handled);
        assert_eq!(
            c,
            Combobox {
                open: false,
                active: None
            }
        );
        assert_eq!(c.key("Escape", 2), KeyOutcome::ClearQuery);
        c.typed();
        c.blurred();
        assert!(!c.expanded(2));
        assert_eq!(c.key("Tab", 2), KeyOutcome::Ignored);
    }
}

//! Names kept for the life of the page, so that the values that name them can be `Copy`: an
//! answer column's URL name in an answer grouping or condition (issue 25). Each distinct name is
//! kept once; only names the codebook has are kept (checked before), so they are few.

use std::sync::Mutex;

static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// `name`, kept for the life of the program.
pub fn intern(name: &str) -> &'static str {
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(kept) = names.iter().find(|n| **n == name) {
        return kept;
    }
    let kept: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(kept);
    kept
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_is_kept_once() {
        let a = super::intern("komp_med.ikt");
        let b = super::intern(&String::from("komp_med.ikt"));
        assert!(std::ptr::eq(a, b));
        assert_eq!(a, "komp_med.ikt");
    }
}

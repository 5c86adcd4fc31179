//! The map worker for the page in English (the cargo feature `lang-en`, issue 14): the same
//! worker as `src/bin/map_worker.rs`, in the page's language. Natively it does nothing.

#[path = "map_worker.rs"]
mod source;

fn main() {
    source::main();
}

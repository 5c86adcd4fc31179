//! The map worker for the page in nynorsk (the cargo feature `lang-nn`, issue 14): the same
//! worker as `src/bin/map_worker.rs`, in the page's language. Natively it does nothing.

#[path = "map_worker.rs"]
mod source;

fn main() {
    source::main();
}

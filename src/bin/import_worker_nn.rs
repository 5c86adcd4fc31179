//! The import worker for the page in nynorsk (the cargo feature `lang-nn`, issue 14): the same
//! worker as `src/bin/import_worker/main.rs`, in the page's language. Natively it does nothing.

#[path = "import_worker/main.rs"]
mod source;

fn main() {
    source::main();
}

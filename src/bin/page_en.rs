//! The web page built in English (the cargo feature `lang-en`, issue 14): the same entry point
//! as `src/main.rs`; post-build's loader starts it for `?lang=en`. Natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    arbeidsgivermonitor::app::start();
}

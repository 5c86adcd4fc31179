//! The web page built in nynorsk (the cargo feature `lang-nn`, issue 14): the same entry point
//! as `src/main.rs`; post-build's loader starts it for `?lang=nn`. Natively it does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    arbeidsgivermonitor::app::start();
}

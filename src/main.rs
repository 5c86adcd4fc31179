//! Entry point of the web page (wasm32). Natively this binary does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    arbeidsgivermonitor::app::start();
}

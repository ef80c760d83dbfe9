//! Entry point: installs the panic hook, takes the page over from its static fallback, mounts
//! the app with the embedded knowledge base and registers the offline worker.

use legcheck::{browser, kb, App, AppProps};

fn main() {
    browser::install_panic_hook();
    let props = AppProps {
        kb_json: kb::EMBEDDED_JSON.into(),
    };
    match browser::take_over_page() {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
    browser::register_service_worker();
}

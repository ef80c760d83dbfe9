//! Entry point: installs the panic hook, takes the page over from its static fallback and
//! prebuilt form (keeping what was answered there), mounts the app with the prepared knowledge base and registers the offline worker.

use std::rc::Rc;

use legcheck::components::app::Start;
use legcheck::{browser, App, AppProps};

fn main() {
    browser::install_panic_hook();
    match browser::take_over_page() {
        Some(root) => {
            // The built page holds the whole form as plain HTML: take what was answered there
            // before the app replaces it with the same form, live.
            let (given, place) = browser::read_prefilled(&root);
            let start = Start::Browser {
                given: Rc::new(given),
                place: Some(Rc::new(place)),
            };
            yew::Renderer::<App>::with_root_and_props(root, AppProps::prepared(start)).render()
        }
        None => yew::Renderer::<App>::with_props(AppProps::prepared(Start::default())).render(),
    };
    browser::register_service_worker();
}

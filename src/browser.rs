//! Browser glue: mounting, the panic message, tab storage of the ticks and the offline worker.
//!
//! The only module that touches web APIs. Failures are returned or shown, never `expect`ed.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use yew::Renderer;

use crate::components::app::{App, AppProps};
use crate::engine::Ticked;

/// sessionStorage key for the ticked finding ids (gone when the tab closes).
const TICKS_KEY: &str = "legcheck.ticked.v1";

/// Shows a message in the page (element `#fatal`) if the app ever panics, so a person never
/// faces a blank or frozen page without knowing what to do.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        let doc = gloo::utils::document();
        if let Some(el) = doc.get_element_by_id("fatal") {
            el.set_text_content(Some(
                "Sorry, the checker stopped working. Reload the page to try again. \
                 If you have a warning sign such as sudden weakness or trouble breathing, \
                 call your emergency number now (such as 911, 999 or 112).",
            ));
            let _ = el.remove_attribute("hidden");
        }
    }));
}

/// Hides the static fallback of `index.html` and mounts the app into `#app`.
pub fn mount(kb_json: &'static str) {
    let doc = gloo::utils::document();
    if let Some(fallback) = doc.get_element_by_id("fallback") {
        let _ = fallback.set_attribute("hidden", "");
    }
    let props = AppProps {
        kb_json: kb_json.into(),
    };
    match doc.get_element_by_id("app") {
        Some(root) => Renderer::<App>::with_root_and_props(root, props).render(),
        None => Renderer::<App>::with_props(props).render(),
    };
    register_service_worker();
}

/// Reads the ticks saved in this tab. `Ok(vec![])` when nothing was saved.
pub fn load_ticks() -> Result<Vec<String>, String> {
    let storage = session_storage()?;
    match storage.get_item(TICKS_KEY) {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(text)) => serde_json::from_str(&text)
            .map_err(|_| "Your saved ticks could not be read, so they were cleared.".to_string()),
        Err(_) => Err("This browser would not let the page read its saved ticks.".into()),
    }
}

/// Saves the ticks for this tab only.
pub fn save_ticks(ticked: &Ticked) -> Result<(), String> {
    let storage = session_storage()?;
    let text = serde_json::to_string(ticked).map_err(|e| e.to_string())?;
    storage
        .set_item(TICKS_KEY, &text)
        .map_err(|_| "Your ticks could not be saved, so a reload will clear them.".to_string())
}

fn session_storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .session_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "This browser blocks tab storage, so a reload will clear your ticks.".into())
}

/// Registers `sw.js` (next to the page) so the checker works offline after the first visit.
fn register_service_worker() {
    let window = gloo::utils::window();
    let navigator = window.navigator();
    // Absent on plain http (other than localhost) and in some private modes: nothing to do.
    if js_sys_has(&navigator, "serviceWorker") {
        let promise = navigator.service_worker().register("./sw.js");
        let on_error = Closure::once(|err: JsValue| {
            gloo::console::warn!("Offline support is unavailable:", err);
        });
        let _ = promise.catch(&on_error);
        // The promise may settle long after this function returns.
        on_error.forget();
    }
}

fn js_sys_has(target: &web_sys::Navigator, key: &str) -> bool {
    js_sys::Reflect::has(target, &JsValue::from_str(key)).unwrap_or(false)
}

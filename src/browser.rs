//! Browser glue: mounting, the panic message, tab storage of the ticks and the offline worker.
//!
//! The only module that touches web APIs. Failures are returned or shown, never `expect`ed.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Renderer;

use crate::components::app::{App, AppProps};
use crate::engine::Ticked;

/// sessionStorage key for the ticked finding ids (gone when the tab closes).
const TICKS_KEY: &str = "legcheck.ticked.v1";

/// sessionStorage key the panic hook sets when the checker panics before its first render is
/// on screen: the next start then opens empty instead of restoring ticks that may make it
/// panic again, so a reload can never lead back into the same failure.
const START_FAILED_KEY: &str = "legcheck.start-failed.v1";

/// Set once the checker's first render is on screen (see [`mark_started`]).
static STARTED: AtomicBool = AtomicBool::new(false);

/// Called by the checker after its first render: a panic from now on is not a failed start.
pub fn mark_started() {
    STARTED.store(true, Ordering::Relaxed);
}

/// If the app ever panics, replaces the dead page with the plain-HTML notice of `index.html`
/// (`#fatal`: the checker stopped, a reload link that needs no script) and its static emergency
/// list, so nobody is left with a frozen page and no advice. The ticks saved before the panic
/// come back on reload; a panic at start marks the next start to open empty.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        if !STARTED.load(Ordering::Relaxed) {
            if let Ok(storage) = session_storage() {
                let _ = storage.set_item(START_FAILED_KEY, "1");
            }
        }
        let doc = gloo::utils::document();
        set_hidden("app", true);
        set_hidden("static-emergency", false);
        set_hidden("fatal", false);
        if let Some(fatal) = doc
            .get_element_by_id("fatal")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = fatal.focus();
        }
    }));
}

/// Shows or hides an element of `index.html` by id; a missing element is left alone.
fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        let _ = if hidden {
            el.set_attribute("hidden", "")
        } else {
            el.remove_attribute("hidden")
        };
    }
}

/// Hides the static fallback of `index.html` and mounts the app into `#app`.
pub fn mount(kb_json: &'static str) {
    let doc = gloo::utils::document();
    set_hidden("fallback", true);
    set_hidden("static-emergency", true);
    let props = AppProps {
        kb_json: kb_json.into(),
    };
    match doc.get_element_by_id("app") {
        Some(root) => Renderer::<App>::with_root_and_props(root, props).render(),
        None => Renderer::<App>::with_props(props).render(),
    };
    register_service_worker();
}

/// Reads the ticks saved in this tab. `Ok(vec![])` when nothing was saved; an error (and no
/// ticks) when the last start failed, so this start opens empty.
pub fn load_ticks() -> Result<Vec<String>, String> {
    let storage = session_storage()?;
    if let Ok(Some(_)) = storage.get_item(START_FAILED_KEY) {
        let _ = storage.remove_item(START_FAILED_KEY);
        let _ = storage.remove_item(TICKS_KEY);
        return Err(
            "The checker stopped while it was starting last time, so this time it \
                    opened with nothing ticked. Please tick your answers again."
                .into(),
        );
    }
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

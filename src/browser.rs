//! Browser glue: showing the checker in place of the static fallback, the panic notice, the
//! answers' strings in tab storage, on the device (only when asked) and in a link, moving around
//! the page (to the results and back), today's date, the clipboard, printing and the offline
//! worker.
//!
//! The only module that touches web APIs; it mounts nothing and knows no component (`main.rs`
//! mounts the app). Failures are returned as [`StorageError`] or logged, never `expect`ed.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::state::codec::LINK_PREFIX;
use crate::state::{Prefilled, StorageError, Stored};

/// sessionStorage key for the answers in this tab (gone when the tab closes), as
/// `state::codec` writes them.
const ANSWERS_KEY: &str = "legcheck.answers.v3";

/// The keys of earlier versions (JSON); no longer read, erased when found.
const OLD_KEYS: [&str; 2] = ["legcheck.answers.v2", "legcheck.ticked.v1"];

/// localStorage key for the answers remembered on this device: only there while the person has
/// "Remember on this device" on; erased by "Forget".
const DEVICE_KEY: &str = "legcheck.remembered.v1";

/// sessionStorage key the panic hook sets when the checker panics before its first render is
/// on screen: the next start then opens empty instead of restoring ticks that may make it
/// panic again, so a reload can never lead back into the same failure.
const START_FAILED_KEY: &str = "legcheck.start-failed.v1";

/// Set once the checker's first render is on screen (see [`mark_started`]).
static STARTED: AtomicBool = AtomicBool::new(false);

/// Called by the checker after its first render: a panic from now on is not a failed start,
/// and the plain-HTML loading note and emergency list of `index.html` (after the page, so
/// nothing above them moves) give way to the live page. Tests wait for `#fallback` to hide.
pub fn mark_started() {
    STARTED.store(true, Ordering::Relaxed);
    set_hidden("fallback", true);
    set_hidden("static-emergency", true);
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
        set_hidden("app", true);
        set_hidden("static-emergency", false);
        set_hidden("fatal", false);
        if let Some(fatal) = gloo::utils::document()
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

/// The element the app mounts into (`#app`, holding the prebuilt page; `None` if the page has
/// none, to mount in the body).
pub fn take_over_page() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("app")
}

/// The answers given in the prebuilt form inside `root` before the app started, and where the
/// person was (how far the page is scrolled, which element of the form has focus). Read just
/// before the app replaces the form with the same form, live.
pub fn read_prefilled(root: &web_sys::Element) -> (Prefilled, Place) {
    let inputs = |selector: &str| -> Vec<web_sys::HtmlInputElement> {
        let Ok(list) = root.query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            .collect()
    };
    let checked_ids = |prefix: &str| -> Vec<String> {
        inputs(&format!("input[type=checkbox][id^=\"{prefix}\"]"))
            .into_iter()
            .filter(|input| input.checked())
            .filter_map(|input| input.id().strip_prefix(prefix).map(String::from))
            .collect()
    };
    let onset = inputs("input[type=radio][name=onset]")
        .into_iter()
        .find(|input| input.checked())
        .map(|input| input.value());
    let query = inputs("#find-box")
        .first()
        .map(|input| input.value())
        .unwrap_or_default();
    let focus_id = gloo::utils::document()
        .active_element()
        .filter(|el| root.contains(Some(el)))
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    let given = Prefilled {
        ticked: checked_ids("f-"),
        none_of: checked_ids("none-"),
        onset,
        query,
    };
    (given, remember_place(focus_id))
}

/// Reads what the browser holds for the page at start: the answers in the address bar's link
/// (then removed from the address bar, so they are not kept in the history or shared by
/// accident), in this tab, and on this device. When the last start failed, this tab's answers
/// are erased and not read, so a reload cannot lead back into the same failure.
pub fn read_stored() -> Stored {
    let mut stored = Stored {
        link: take_link(),
        ..Stored::default()
    };
    match session_storage() {
        Err(e) => stored.tab = Some(Err(e)),
        Ok(storage) => {
            if let Ok(Some(_)) = storage.get_item(START_FAILED_KEY) {
                let _ = storage.remove_item(START_FAILED_KEY);
                let _ = storage.remove_item(ANSWERS_KEY);
                stored.failed_start = true;
            } else {
                stored.tab = match storage.get_item(ANSWERS_KEY) {
                    Ok(text) => text.map(Ok),
                    Err(e) => Some(Err(StorageError::Read {
                        cause: format!("{e:?}"),
                    })),
                };
            }
            for key in OLD_KEYS {
                if let Ok(Some(_)) = storage.get_item(key) {
                    stored.old_format = stored.tab.is_none() && !stored.failed_start;
                    let _ = storage.remove_item(key);
                }
            }
        }
    }
    // A device whose storage is blocked has nothing remembered: say so only when the person
    // asks to remember (`save_device`).
    if let Ok(storage) = local_storage() {
        stored.device = match storage.get_item(DEVICE_KEY) {
            Ok(text) => text.map(Ok),
            Err(e) => Some(Err(StorageError::DeviceRead {
                cause: format!("{e:?}"),
            })),
        };
    }
    stored
}

/// The answers in the address bar's fragment (`#a=...`), removed from the address bar.
fn take_link() -> Option<String> {
    let window = gloo::utils::window();
    let location = window.location();
    let hash = location.hash().ok()?;
    let text = hash.strip_prefix(LINK_PREFIX)?.to_string();
    let without = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&without));
    }
    Some(text)
}

/// A link to this page that carries `text` (the answers, `state::codec`) in its fragment,
/// which browsers never send to a server.
pub fn link_to(text: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}{}{LINK_PREFIX}{text}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Saves the answers for this tab only.
pub fn save_tab(text: &str) -> Result<(), StorageError> {
    session_storage()?
        .set_item(ANSWERS_KEY, text)
        .map_err(|e| StorageError::Write {
            cause: format!("{e:?}"),
        })
}

/// Keeps the answers on this device (the person asked for it).
pub fn save_device(text: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(DEVICE_KEY, text)
        .map_err(|e| StorageError::DeviceWrite {
            cause: format!("{e:?}"),
        })
}

/// Erases the answers remembered on this device.
pub fn forget_device() -> Result<(), StorageError> {
    local_storage()?
        .remove_item(DEVICE_KEY)
        .map_err(|e| StorageError::DeviceWrite {
            cause: format!("{e:?}"),
        })
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| StorageError::DeviceWrite {
            cause: "no localStorage".into(),
        })
}

fn session_storage() -> Result<web_sys::Storage, StorageError> {
    gloo::utils::window()
        .session_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Blocked)
}

/// Where the person was on the page: how far it was scrolled and which element had focus.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    scroll_y: f64,
    focus_id: Option<String>,
}

/// Remembers where the person is, to come back to it (see [`return_to`]): how far the page
/// is scrolled, and the element with this id to focus again.
pub fn remember_place(focus_id: Option<String>) -> Place {
    Place {
        scroll_y: gloo::utils::window().scroll_y().unwrap_or(0.0),
        focus_id,
    }
}

/// Scrolls back to a remembered place and gives focus back to the element that had it
/// (without scrolling again), or keeps focus where it is if that element is gone.
pub fn return_to(place: &Place) {
    gloo::utils::window().scroll_to_with_x_and_y(0.0, place.scroll_y);
    if let Some(id) = &place.focus_id {
        focus_without_scrolling(id);
    }
}

/// Scrolls an element of the page into view and moves focus to it, so keyboard and screen
/// reader users land where the eyes do. The element needs `tabindex="-1"` if it is not
/// focusable itself.
pub fn show(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        el.scroll_into_view();
        focus_without_scrolling(id);
    }
}

fn focus_without_scrolling(id: &str) {
    let el = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Today's date on this device, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Why text could not be copied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClipboardError {
    /// The browser has no clipboard for pages (an old browser, or plain http).
    #[error("This browser does not let the page copy text.")]
    Unavailable,
    /// The browser refused (the browser's message is kept).
    #[error("This browser did not let the page copy the text.")]
    Refused { cause: String },
}

/// Puts plain text on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), ClipboardError> {
    let navigator = gloo::utils::window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false) {
        return Err(ClipboardError::Unavailable);
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| ClipboardError::Refused {
            cause: format!("{e:?}"),
        })
}

/// Opens the browser's print dialog (the print style sheet shows the summary only).
pub fn print_page() {
    if let Err(e) = gloo::utils::window().print() {
        gloo::console::warn!("Printing is unavailable:", e);
    }
}

/// Registers `sw.js` (next to the page) so the checker works offline after the first visit.
pub fn register_service_worker() {
    let navigator = gloo::utils::window().navigator();
    // Absent on plain http (other than localhost) and in some private modes: nothing to do.
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        let promise = navigator.service_worker().register("./sw.js");
        let on_error = Closure::once(|err: JsValue| {
            gloo::console::warn!("Offline support is unavailable:", err);
        });
        let _ = promise.catch(&on_error);
        // The promise may settle long after this function returns.
        on_error.forget();
    }
}

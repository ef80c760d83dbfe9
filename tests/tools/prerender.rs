//! The post-build step (Trunk's `post_build` hook, see `Trunk.toml`). In the built `index.html`
//! it
//! - writes the page the app renders with no answers (the whole form, its search box and "None
//!   of these", the onset question, the status bar and the emergency advice), and fills the
//!   plain-HTML emergency list from the knowledge base. The page is then readable and tickable
//!   at first paint, before the WebAssembly arrives; when the app starts it takes the answers
//!   given there (`browser::read_prefilled`) and renders the same form, live;
//! - adds the hash of each inline script (Trunk's start-up code) to the Content-Security-Policy's
//!   `script-src`, so the policy needs no `'unsafe-inline'`;
//!
//! and in the built `sw.js` it writes the build's id (a hash of the final page, which names
//! every hashed file) as the offline cache's name, so a new deploy replaces the old cache.
//!
//! Rendered natively with Yew's server renderer from the same components and the same
//! prepared knowledge base as the page. Never writes the tracked `index.html`: only the copy
//! Trunk is building (`$TRUNK_STAGING_DIR/index.html`, or the path given).

use std::future::Future;
use std::pin::pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use legcheck::components::app::Start;
use legcheck::{prepared, App, AppProps};

fn main() -> ExitCode {
    let path = match std::env::args().nth(1).or_else(|| {
        std::env::var("TRUNK_STAGING_DIR")
            .ok()
            .map(|d| format!("{d}/index.html"))
    }) {
        Some(p) => p,
        None => {
            eprintln!("usage: prerender <built index.html> (or set TRUNK_STAGING_DIR)");
            return ExitCode::FAILURE;
        }
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = block_on(
        yew::LocalServerRenderer::<App>::with_props(AppProps::prepared(Start::Prebuilt))
            .hydratable(false)
            .render(),
    );
    let signs: String = prepared::EMERGENCY_SIGNS
        .iter()
        .map(|(id, label)| format!("<li data-finding=\"{id}\">{}</li>", escape(label)))
        .collect();
    let filled = fill(&page, "main", "app", &app)
        .and_then(|p| fill(&p, "ul", "emergency-signs", &signs))
        .and_then(|p| allow_inline_scripts(&p));
    let page = match filled {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&path, &page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    let worker = std::path::Path::new(&path).with_file_name("sw.js");
    match name_the_cache(&worker, &page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {}: {e}", worker.display());
            ExitCode::FAILURE
        }
    }
}

/// The Content-Security-Policy's `script-src` before the hashes are added (`index.html`).
const SCRIPT_SRC: &str = "script-src 'self' 'wasm-unsafe-eval'";

/// `page` with the SHA-256 hash of each inline script's text added to its policy's
/// `script-src`.
fn allow_inline_scripts(page: &str) -> Result<String, String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let mut hashes = String::new();
    let mut rest = page;
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').ok_or("an unclosed <script> tag")? + at + 1;
        let tag = &rest[at..tag_end];
        let close = rest[tag_end..]
            .find("</script>")
            .ok_or("a <script> without </script>")?
            + tag_end;
        if !tag.contains(" src=") {
            let digest = sha2::Sha256::digest(&rest.as_bytes()[tag_end..close]);
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            hashes.push_str(&format!(" 'sha256-{hash}'"));
        }
        rest = &rest[close..];
    }
    if hashes.is_empty() {
        return Err("no inline script to allow: did Trunk change how it starts the app?".into());
    }
    match page.matches(SCRIPT_SRC).count() {
        1 => Ok(page.replacen(SCRIPT_SRC, &format!("{SCRIPT_SRC}{hashes}"), 1)),
        n => Err(format!(
            "the policy's `{SCRIPT_SRC}` is there {n} times, not once"
        )),
    }
}

/// Writes the build's id (FNV-1a of the final page) in place of `__BUILD_ID__` in `sw.js`.
fn name_the_cache(worker: &std::path::Path, page: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(worker).map_err(|e| e.to_string())?;
    if !text.contains("__BUILD_ID__") {
        return Err("no __BUILD_ID__ to replace: was it written already?".into());
    }
    let id = page.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    std::fs::write(worker, text.replace("__BUILD_ID__", &format!("{id:016x}")))
        .map_err(|e| e.to_string())
}

/// `page` with `content` inside its one empty `<tag id=...>` element (the id quoted or not:
/// Trunk's minifier drops the quotes).
fn fill(page: &str, tag: &str, id: &str, content: &str) -> Result<String, String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut from = 0;
    while let Some(at) = page[from..].find(&open).map(|i| i + from) {
        let end = page[at..]
            .find('>')
            .map(|i| i + at + 1)
            .ok_or_else(|| format!("an unclosed <{tag}> tag"))?;
        let attributes = &page[at + open.len()..end - 1];
        let has_id = attributes
            .split_whitespace()
            .any(|a| a == format!("id={id}") || a == format!("id=\"{id}\""));
        if has_id {
            if !page[end..].starts_with(&close) {
                return Err(format!(
                    "<{tag} id={id}> is not empty: was it filled already?"
                ));
            }
            return Ok(format!("{}{content}{}", &page[..end], &page[end..]));
        }
        from = end;
    }
    Err(format!("no <{tag} id={id}> to fill"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Runs a future to the end on this thread (the server renderer needs no other runtime).
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut context) {
            Poll::Ready(output) => return output,
            Poll::Pending => std::thread::park(),
        }
    }
}

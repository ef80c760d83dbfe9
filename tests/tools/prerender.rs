//! The post-build step (Trunk's `post_build` hook, see `Trunk.toml`): writes the page the app
//! renders with no answers (the whole form, its search box and "None of these", the onset
//! question, the status bar and the emergency advice) into the built `index.html`, and fills
//! its plain-HTML emergency list from the knowledge base. The page is then readable and
//! tickable at first paint, before the WebAssembly arrives; when the app starts it takes the
//! answers given there (`browser::read_prefilled`) and renders the same form, live.
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
    let filled =
        fill(&page, "main", "app", &app).and_then(|p| fill(&p, "ul", "emergency-signs", &signs));
    match filled {
        Ok(p) => match std::fs::write(&path, p) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("prerender: cannot write {path}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            ExitCode::FAILURE
        }
    }
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

//! Leg-weakness deficiency checker: a browser-only symptom checker built with Yew.
//!
//! `kb` and `engine` are plain Rust (no browser code) and are tested natively; `state` holds the
//! page's one reducer; `components` renders; `browser` is the only module that talks to web APIs.

pub mod browser;
pub mod components;
pub mod engine;
pub mod kb;
pub mod prepared;
pub mod search;
pub mod state;

pub use components::app::{App, AppProps};

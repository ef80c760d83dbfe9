//! Where the page is rendered, and so where its first answers come from: shared by the root
//! (`app.rs`), the checker and the answers' hook.

use std::rc::Rc;

use crate::browser;
use crate::state::Prefilled;

/// Where the page is rendered, and so where its first answers come from.
#[derive(Clone, PartialEq)]
pub enum Start {
    /// Ahead of time, into the built page (`tests/tools/prerender.rs`): no browser, no answers.
    Prebuilt,
    /// In the browser: the answers this tab saved, then those given in the prebuilt form before
    /// the app started, and where the person was then (focus and scroll, restored after the
    /// first render).
    Browser {
        given: Rc<Prefilled>,
        place: Option<Rc<browser::Place>>,
    },
}

impl Default for Start {
    /// In the browser, with nothing given before the start.
    fn default() -> Self {
        Start::Browser {
            given: Rc::default(),
            place: None,
        }
    }
}

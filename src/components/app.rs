//! The root: shows the checker on the engine it is given, or an error panel.

use std::rc::Rc;

use yew::prelude::*;

use super::checker::Checker;
use super::error_panel::ErrorPanel;
pub use super::start::Start;
use crate::engine::Engine;
use crate::kb::{KbError, KnowledgeBase};

/// The engine the page runs on (or why the knowledge base could not be loaded), and where it
/// starts.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub engine: Result<Rc<Engine>, AttrValue>,
    #[prop_or_default]
    pub start: Start,
}

impl AppProps {
    /// The page: the knowledge base `build.rs` prepared and validated.
    pub fn prepared(start: Start) -> Self {
        Self::load(crate::prepared::knowledge_base(), start)
    }

    /// A knowledge base parsed and validated from JSON at run time (tests, broken copies
    /// included). The page itself never parses JSON, so this code stays out of its build.
    pub fn from_json(text: &str) -> Self {
        Self::load(KnowledgeBase::from_json(text), Start::default())
    }

    fn load(kb: Result<KnowledgeBase, KbError>, start: Start) -> Self {
        Self {
            engine: kb
                .map(|kb| Rc::new(Engine::new(kb)))
                .map_err(|e| e.to_string().into()),
            start,
        }
    }
}

/// Shares the engine (with its knowledge base) with the page by context, or shows why it
/// could not start.
#[component]
pub fn App(props: &AppProps) -> Html {
    match &props.engine {
        Ok(engine) => html! {
            <ContextProvider<Rc<Engine>> context={Rc::clone(engine)}>
                <Checker engine={Rc::clone(engine)} start={props.start.clone()} />
            </ContextProvider<Rc<Engine>>>
        },
        Err(message) => html! { <ErrorPanel message={message.clone()} /> },
    }
}

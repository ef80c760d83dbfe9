//! The root: parses the knowledge base it is given and shows the checker, or an error panel.

use std::rc::Rc;

use yew::prelude::*;

use super::checker::Checker;
use super::error_panel::ErrorPanel;
use crate::engine::Engine;
use crate::kb::KnowledgeBase;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The knowledge base as JSON text (the embedded file in production; any text in tests).
    pub kb_json: AttrValue,
}

/// Parses and validates the knowledge base once, builds the engine's tables once, and shares
/// the engine (with its knowledge base) with the page by context.
#[component]
pub fn App(props: &AppProps) -> Html {
    let parsed = use_memo(props.kb_json.clone(), |json| {
        KnowledgeBase::from_json(json)
            .map(|kb| Rc::new(Engine::new(kb)))
            .map_err(|e| AttrValue::from(e.to_string()))
    });
    match &*parsed {
        Ok(engine) => html! {
            <ContextProvider<Rc<Engine>> context={Rc::clone(engine)}>
                <Checker engine={Rc::clone(engine)} />
            </ContextProvider<Rc<Engine>>>
        },
        Err(message) => html! { <ErrorPanel message={message.clone()} /> },
    }
}

//! The root: parses the knowledge base it is given and shows the checker, or an error panel.

use std::rc::Rc;

use yew::prelude::*;

use super::checker::Checker;
use super::error_panel::ErrorPanel;
use crate::kb::KnowledgeBase;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The knowledge base as JSON text (the embedded file in production; any text in tests).
    pub kb_json: AttrValue,
}

/// Parses and validates the knowledge base once, then shares it with the page by context.
#[component]
pub fn App(props: &AppProps) -> Html {
    let parsed = use_memo(props.kb_json.clone(), |json| {
        KnowledgeBase::from_json(json)
            .map(Rc::new)
            .map_err(|e| e.to_string())
    });
    match &*parsed {
        Ok(kb) => html! {
            <ContextProvider<Rc<KnowledgeBase>> context={Rc::clone(kb)}>
                <Checker />
            </ContextProvider<Rc<KnowledgeBase>>>
        },
        Err(message) => html! { <ErrorPanel message={message.clone()} /> },
    }
}

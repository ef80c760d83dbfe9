//! Source links under each section of a deficiency or rule.

use yew::prelude::*;

use super::use_engine;

#[derive(Properties, PartialEq)]
pub struct SourceLinksProps {
    /// Source ids from the knowledge base.
    pub ids: Vec<String>,
}

/// "Sources: NHS: Vitamin D, ..." as links that send no referrer.
#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    let engine = use_engine();
    html! {
        <p class="sources">
            { if props.ids.len() == 1 { "Source: " } else { "Sources: " } }
            { for props.ids.iter().filter_map(|id| engine.kb().source(id)).enumerate().map(|(i, s)| html! {
                <>
                    if i > 0 { { "; " } }
                    <a href={s.url.clone()} rel="noopener noreferrer" target="_blank">
                        { format!("{}: {}", s.publisher, s.title) }
                    </a>
                </>
            }) }
        </p>
    }
}

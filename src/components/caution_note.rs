//! One caution, as shown on a result card or with the results.

use yew::prelude::*;

use super::sources::SourceLinks;

#[derive(Properties, PartialEq)]
pub struct CautionNoteProps {
    pub id: AttrValue,
    pub text: AttrValue,
    pub sources: Vec<String>,
}

/// "Caution: ..." with its sources and a `data-caution` hook.
#[component]
pub fn CautionNote(props: &CautionNoteProps) -> Html {
    html! {
        <div class="caution" data-testid="caution" data-caution={props.id.clone()}>
            <strong>{ "Caution: " }</strong>{ props.text.clone() }
            <SourceLinks ids={props.sources.clone()} />
        </div>
    }
}

//! Shown instead of the checker when the knowledge base is broken.

use yew::prelude::*;

/// The knowledge base's emergency warning signs (finding id, label), prepared by `build.rs`
/// from the same data, because this panel shows when the knowledge base cannot be read.
pub use crate::prepared::EMERGENCY_SIGNS;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// What is wrong, naming the bad entry.
    pub message: AttrValue,
}

/// A clear, non-blank error with the emergency advice the checker would otherwise give.
#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    html! {
        <section class="error-panel" data-testid="kb-error" aria-labelledby="kb-error-title">
            <h1 id="kb-error-title">{ "The checker could not start" }</h1>
            <p>
                { "Its medical information could not be loaded, so it will not guess. \
                   Please reload the page later. Nothing you entered has left this device." }
            </p>
            <div class="care-card care-emergency">
                <h2>{ "Call your emergency number now, such as 911, 999 or 112, if you have:" }</h2>
                <ul>
                    { for EMERGENCY_SIGNS.iter().map(|(id, label)| html! { <li data-finding={*id}>{ *label }</li> }) }
                </ul>
            </div>
            <p>{ "Otherwise, see a doctor or nurse about weak legs." }</p>
            <details>
                <summary>{ "Technical details" }</summary>
                <p class="error-detail">{ props.message.clone() }</p>
            </details>
        </section>
    }
}

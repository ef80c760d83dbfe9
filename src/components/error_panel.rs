//! Shown instead of the checker when the knowledge base is broken.

use yew::prelude::*;

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
            <p class="urgent-note">
                { "If your weakness came on suddenly, is spreading, is on one side of the body, \
                   or you have trouble breathing or swallowing, call your emergency number now \
                   (such as 911, 999 or 112). Otherwise, see a doctor or nurse about weak legs." }
            </p>
            <details>
                <summary>{ "Technical details" }</summary>
                <p class="error-detail">{ props.message.clone() }</p>
            </details>
        </section>
    }
}

//! Shown instead of the checker when the knowledge base is broken.

use yew::prelude::*;

/// The knowledge base's emergency warning signs (finding id, label), written out here because
/// this panel shows when the knowledge base cannot be read. `index.html` lists the same signs
/// for when the page cannot run at all; `tests/knowledge_base.rs` checks both against the
/// knowledge base, label for label.
pub const EMERGENCY_SIGNS: [(&str, &str); 9] = [
    ("sudden_weakness", "Leg weakness that came on suddenly, or is spreading or getting worse over hours or days"),
    ("paralysis", "Cannot move a leg or an arm at all (paralysis)"),
    ("one_sided_weakness", "Weakness or numbness on one side of the body or face, a drooping face, or trouble speaking"),
    ("breathing_swallowing", "Trouble breathing or swallowing"),
    ("palpitations_with_weakness", "Heart racing, pounding, skipping beats or beating unevenly, together with weak or cramping muscles"),
    ("seizure_or_spasm", "A seizure (fit), or hands or feet locked in a cramp-like spasm that will not let go"),
    ("rising_from_feet", "Weakness or tingling that started in the feet and is moving up the legs"),
    ("bladder_bowel_loss", "New loss of control of your bladder or bowels, not being able to pee, or numbness around your genitals or bottom"),
    ("cold_pale_leg", "A leg that has suddenly become cold, pale or blue, and painful"),
];

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

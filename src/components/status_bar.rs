//! The live answer while ticking: the care level's colour and headline and the top match, in
//! the page's one `role="status"` region. On a phone it stays fixed at the bottom of the
//! screen, with a button that jumps to the results; on a wide screen it heads the results
//! column beside the questions.

use yew::prelude::*;

use crate::kb::TriageLevel;

#[derive(Properties, PartialEq)]
pub struct StatusBarProps {
    pub level: TriageLevel,
    /// The status line's headline (none before a symptom is ticked) and the rest.
    pub headline: Option<AttrValue>,
    pub detail: AttrValue,
    /// Called when the person asks to see the results.
    pub on_see_results: Callback<()>,
}

/// A `div` with the status paragraph (there from the first render, so screen readers announce
/// its changes) and the "See results" button.
#[component]
pub fn StatusBar(props: &StatusBarProps) -> Html {
    let onclick = props.on_see_results.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("status-bar", format!("level-{}", props.level.as_str()))}
             data-testid="status-bar">
            <p class="status-text" role="status" data-testid="summary">
                <strong class="status-headline">
                    { props.headline.as_ref().map(|h| format!("{h}. ")).unwrap_or_default() }
                </strong>
                <span class="status-detail">{ props.detail.clone() }</span>
            </p>
            <button type="button" class="see-results" {onclick}>{ "See results" }</button>
        </div>
    }
}

//! The top of the page: what it does and that it is not a diagnosis, in one line, then who it
//! is for (adults; the pregnancy and under-18 notes) on demand, so the first question is on
//! the first screen of a phone.

use yew::prelude::*;

use super::sources::SourceLinks;
use super::use_engine;

/// The page's heading, its one-line purpose and the scope notes.
#[component]
pub fn PageHeader() -> Html {
    let engine = use_engine();
    let kb = engine.kb();
    html! {
    <header class="page-header">
        <h1>{ "Weak or cramping legs: could a missing nutrient be the cause?" }</h1>
        <p class="disclaimer" data-testid="disclaimer">
            <strong>{ "This is not a diagnosis. " }</strong>
            { "Tick what you notice to see which missing nutrients could fit, and which \
               blood test to ask a doctor about." }
        </p>
        <details class="scope" data-testid="scope">
            <summary>{ "For adults only: who this is for and what it cannot do" }</summary>
            <p>
                { "For adults only, not for children or pregnancy. It cannot examine you or \
                   test your blood, and it cannot rule anything out. It only knows the \
                   deficiencies listed here. Most leg weakness has other causes: see a \
                   doctor or nurse to find out what is going on." }
            </p>
            <div class="special-groups" data-testid="special-groups">
                { for kb.notices.iter().map(|n| html! {
                    <div class="special-group" data-notice={n.id.clone()}>
                        <p><strong>{ format!("{} ", n.title) }</strong>{ &n.text }</p>
                        <SourceLinks ids={n.sources.clone()} />
                    </div>
                }) }
            </div>
        </details>
    </header>
    }
}

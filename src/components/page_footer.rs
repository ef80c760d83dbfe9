//! The foot of the page: where the content comes from, that nothing ticked leaves the device
//! (with the privacy section), and the knowledge base's version and review date.

use yew::prelude::*;

use super::privacy::Privacy;
use super::use_engine;

/// The page's footer.
#[component]
pub fn PageFooter() -> Html {
    let engine = use_engine();
    let kb = engine.kb();
    html! {
    <footer class="page-footer">
        <p>
            { "Content from cited public health sources (NIH, MedlinePlus, NHS and others); \
               it has not been reviewed by a clinician. Nothing you tick is sent anywhere. " }
            { format!("Knowledge base {}, checked against its sources on {}.", kb.version, kb.reviewed) }
        </p>
        <Privacy />
    </footer>
    }
}

//! The checker page: warning banner, checkbox groups, live summary and ranked results.

use std::rc::Rc;

use yew::prelude::*;

use super::finding_group::FindingGroup;
use super::results::Results;
use super::triage_banner::TriageBanner;
use crate::browser;
use crate::engine::{self, Ticked};
use crate::kb::{FindingKind, KnowledgeBase};
use crate::state::{Action, State};

/// Ticks saved in this tab that still name findings, and a message if any could not be used.
fn restore(kb: &KnowledgeBase) -> (Ticked, Option<String>) {
    match browser::load_ticks() {
        Err(message) => (Ticked::new(), Some(message)),
        Ok(ids) => {
            let (known, unknown): (Vec<String>, Vec<String>) =
                ids.into_iter().partition(|id| kb.finding(id).is_some());
            let notice = (!unknown.is_empty()).then(|| {
                format!(
                    "{} saved tick(s) no longer match a question on this page and were left out. \
                     Please check your answers.",
                    unknown.len()
                )
            });
            (known.into_iter().collect(), notice)
        }
    }
}

/// The whole checker. Needs the knowledge base in context.
#[component]
pub fn Checker() -> Html {
    let kb = use_context::<Rc<KnowledgeBase>>();
    let boot = use_memo(kb.clone(), |kb| match kb {
        Some(kb) => restore(kb),
        None => (Ticked::new(), None),
    });
    let state = use_reducer({
        let ticked = boot.0.clone();
        move || State { ticked }
    });
    // From the first render on screen, a panic is no longer a failed start.
    use_effect_with((), |_| browser::mark_started());
    let save_error = use_state(|| None::<String>);
    {
        let save_error = save_error.clone();
        use_effect_with(state.ticked.clone(), move |ticked| {
            let result = browser::save_ticks(ticked).err();
            if *save_error != result {
                save_error.set(result);
            }
        });
    }

    let Some(kb) = kb else {
        return html! { <p class="error-panel">{ "The checker is missing its medical information." }</p> };
    };
    let on_toggle = state.dispatcher().to_callback().reform(Action::Toggle);
    let on_clear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Clear))
    };
    let ticked = &state.ticked;
    let triage = engine::triage(&kb, ticked);
    let reasons: Vec<(AttrValue, AttrValue)> = triage
        .fired
        .iter()
        .map(|r| (r.id.clone().into(), r.reason.clone().into()))
        .collect();
    // The ticks this render shows, for tests to wait on (the browser flips a box before the
    // page has rendered what follows from it).
    let rendered: AttrValue = ticked
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
        .into();
    let notices: Vec<String> = boot.1.iter().chain(save_error.iter()).cloned().collect();

    html! {
        <div class="checker">
            <TriageBanner level={triage.level} {reasons} />
            <header class="page-header">
                <h1>{ "Weak or cramping legs: could a missing nutrient be the cause?" }</h1>
                <p class="disclaimer" data-testid="disclaimer">
                    <strong>{ "This is not a diagnosis. " }</strong>
                    { "It shows which deficiencies fit what you tick and which blood test to ask \
                       about. Most leg weakness has other causes: see a doctor or nurse to find \
                       out what is going on. What you tick stays on this device." }
                </p>
                <p class="scope" data-testid="scope">
                    { "For adults only: not for children, or during pregnancy. It cannot examine \
                       you, measure your blood, or rule anything out, and it only knows the \
                       deficiencies listed in it." }
                </p>
            </header>
            <div class="notices">
                { for notices.iter().map(|n| html! { <p class="notice">{ n.clone() }</p> }) }
            </div>
            <div class="layout">
                <form class="questions" aria-label="Your symptoms and situation"
                      data-testid="questions" data-ticked={rendered}
                      onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for FindingKind::ALL.iter().map(|&kind| html! {
                        <FindingGroup {kind} ticked={ticked.clone()} on_toggle={on_toggle.clone()} />
                    }) }
                    <button type="button" class="clear" onclick={on_clear} disabled={ticked.is_empty()}>
                        { "Clear all" }
                    </button>
                </form>
                <section class="answers" aria-labelledby="answers-title">
                    <h2 id="answers-title">{ "What could fit" }</h2>
                    <Results ticked={ticked.clone()} level={triage.level} on_toggle={on_toggle.clone()} />
                </section>
            </div>
            <footer class="page-footer">
                <p>
                    { "Content from cited public health sources (NIH, MedlinePlus, NHS and others); \
                       it has not been reviewed by a clinician. Nothing you tick is sent anywhere: \
                       it is kept only in this browser tab and is gone when you close it. " }
                    { format!("Knowledge base {}, checked against its sources on {}.", kb.version, kb.reviewed) }
                </p>
            </footer>
        </div>
    }
}

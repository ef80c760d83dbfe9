//! The checker page: warning banner, checkbox groups, live summary and ranked results.
//!
//! The answers change here and only here; one assessment is computed per change and each
//! child gets only the part it shows, so Yew skips the children whose part did not change.

use std::rc::Rc;

use yew::prelude::*;

use super::evaluation_summary::EvaluationSummary;
use super::finding_group::FindingGroup;
use super::onset_question::OnsetQuestion;
use super::results::Results;
use super::sources::SourceLinks;
use super::triage_banner::TriageBanner;
use crate::browser;
use crate::engine::{Engine, FindingIx};
use crate::kb::{FindingKind, Onset};
use crate::state::{self, Action};

#[derive(Properties, PartialEq)]
pub struct CheckerProps {
    /// The engine with its knowledge base (also in context for the components below).
    pub engine: Rc<Engine>,
}

/// The whole checker.
#[component]
pub fn Checker(props: &CheckerProps) -> Html {
    let engine = &props.engine;
    let boot = use_memo((), {
        let engine = Rc::clone(engine);
        move |_| state::restore(&engine, browser::read_saved())
    });
    let state = use_reducer({
        let start = boot.0;
        move || start
    });
    let assessment = use_memo(state.answers, {
        let engine = Rc::clone(engine);
        move |answers| engine.assess(answers)
    });
    // From the first render on screen, a panic is no longer a failed start.
    use_effect_with((), |_| browser::mark_started());
    let save_error = use_state(|| None::<AttrValue>);
    {
        let save_error = save_error.clone();
        let engine = Rc::clone(engine);
        use_effect_with(state.answers, move |answers| {
            let result = browser::save_answers(&state::to_saved(&engine, answers))
                .err()
                .map(|e| AttrValue::from(e.to_string()));
            if *save_error != result {
                save_error.set(result);
            }
        });
    }
    let on_toggle = {
        let dispatcher = state.dispatcher();
        use_callback((), move |f: FindingIx, _| {
            dispatcher.dispatch(Action::Toggle(f))
        })
    };
    let on_onset = {
        let dispatcher = state.dispatcher();
        use_callback((), move |o: Onset, _| {
            dispatcher.dispatch(Action::SetOnset(o))
        })
    };
    let on_clear = {
        let dispatcher = state.dispatcher();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Clear)
        })
    };

    let ticks = state.answers.ticks;
    let onset = state.answers.onset;
    // The ticks this render shows, sorted, for tests to wait on (the browser flips a box before
    // the page has rendered what follows from it).
    let mut rendered = engine.ids(ticks);
    rendered.sort_unstable();
    let rendered = AttrValue::from(rendered.join(" "));
    let kb = engine.kb();
    let group = |kind: FindingKind| {
        html! {
            <FindingGroup {kind} ticks={ticks.and(engine.kind_mask(kind))}
                          on_toggle={on_toggle.clone()} />
        }
    };
    html! {
        <div class="checker">
            <TriageBanner level={assessment.level} rules={assessment.fired.clone()} />
            <header class="page-header">
                <h1>{ "Weak or cramping legs: could a missing nutrient be the cause?" }</h1>
                <p class="disclaimer" data-testid="disclaimer">
                    <strong>{ "This is not a diagnosis. " }</strong>
                    { "It shows which deficiencies fit what you tick and which blood test to ask \
                       about. Most leg weakness has other causes: see a doctor or nurse to find \
                       out what is going on. What you tick stays on this device." }
                </p>
                <p class="scope" data-testid="scope">
                    { "For adults only, not for children or pregnancy. It cannot examine you or \
                       test your blood, and it cannot rule anything out. It only knows the \
                       deficiencies listed here." }
                </p>
                <div class="special-groups" data-testid="special-groups">
                    { for kb.notices.iter().map(|n| html! {
                        <div class="special-group" data-notice={n.id.clone()}>
                            <p><strong>{ format!("{} ", n.title) }</strong>{ &n.text }</p>
                            <SourceLinks ids={n.sources.clone()} />
                        </div>
                    }) }
                </div>
            </header>
            <div class="notices">
                { for boot.1.iter().chain(save_error.iter()).map(|n| html! { <p class="notice">{ n.clone() }</p> }) }
            </div>
            <div class="layout">
                <form class="questions" aria-label="Your symptoms and situation"
                      data-testid="questions" data-ticked={rendered}
                      data-onset={onset.map_or("", |o| o.as_str())}
                      onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { group(FindingKind::WarningSign) }
                    // At the top of the symptoms, after the warning signs.
                    <OnsetQuestion {onset} on_choose={on_onset} />
                    { for FindingKind::ALL.into_iter().filter(|k| *k != FindingKind::WarningSign).map(group) }
                    <button type="button" class="clear" onclick={on_clear} disabled={state.answers.is_empty()}>
                        { "Clear all" }
                    </button>
                </form>
                <section class="answers" aria-labelledby="answers-title">
                    <h2 id="answers-title">{ "What could fit" }</h2>
                    <Results assessment={assessment.clone()} on_toggle={on_toggle.clone()} />
                </section>
            </div>
            <EvaluationSummary />
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

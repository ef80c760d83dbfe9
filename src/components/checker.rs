//! The checker page: the care card, the questions (search, groups, onset), the status bar and
//! the results, the summary for a clinician.
//!
//! The answers change here and only here; one assessment is computed per change and each
//! child gets only the part it shows, so Yew skips the children whose part did not change.

use std::rc::Rc;

use yew::prelude::*;

use super::care_card::{CareCard, Place};
use super::clinician_summary::ClinicianSummary;
use super::evaluation_summary::EvaluationSummary;
use super::finding_group::FindingGroup;
use super::finding_search::FindingSearch;
use super::keep_answers::KeepAnswers;
use super::onset_question::OnsetQuestion;
use super::page_footer::PageFooter;
use super::page_header::PageHeader;
use super::results::Results;
use super::start::Start;
use super::status_bar::StatusBar;
use super::summary;
use super::use_answers::use_answers;
use crate::browser;
use crate::engine::{Engine, RuleIx};
use crate::kb::FindingKind;
use crate::state::Undoable;

#[derive(Properties, PartialEq)]
pub struct CheckerProps {
    /// The engine with its knowledge base (also in context for the components below).
    pub engine: Rc<Engine>,
    /// Where the first answers come from (read once, at the first render).
    pub start: Start,
}

/// The id of the results section, where "See results" goes.
const RESULTS_ID: &str = "results";

/// The whole checker.
#[component]
pub fn Checker(props: &CheckerProps) -> Html {
    let engine = &props.engine;
    let (state, save_error, on) = use_answers(engine, &props.start);
    let assessment = use_memo(state.answers, {
        let engine = Rc::clone(engine);
        move |answers| engine.assess(answers)
    });
    let query = use_state(|| match &props.start {
        Start::Prebuilt => AttrValue::default(),
        Start::Browser { given, .. } => AttrValue::from(given.query.clone()),
    });
    // Back to where the person was in the prebuilt form, once the live form replaced it.
    {
        let place = match &props.start {
            Start::Browser { place, .. } => place.clone(),
            Start::Prebuilt => None,
        };
        use_effect_with((), move |_| {
            if let Some(place) = place {
                browser::return_to(&place);
            }
        });
    }
    let found = use_memo((*query).clone(), {
        let engine = Rc::clone(engine);
        move |q| engine.search(q)
    });
    // Where the person was before "See results", for the way back, and the last question
    // that had focus (clicking "See results" moves focus to the button itself).
    let place = use_state(|| None::<browser::Place>);
    let last_focus = use_mut_ref(|| None::<String>);
    let on_query = {
        let query = query.clone();
        use_callback((), move |q: String, _| query.set(q.into()))
    };
    let on_see_results = {
        let place = place.clone();
        let last_focus = last_focus.clone();
        use_callback((), move |(), _| {
            place.set(Some(browser::remember_place(last_focus.borrow().clone())));
            browser::show(RESULTS_ID);
        })
    };
    let on_focus_in = {
        let last_focus = last_focus.clone();
        use_callback((), move |e: FocusEvent, _| {
            let id = e
                .target_dyn_into::<web_sys::Element>()
                .map(|el| el.id())
                .filter(|id| !id.is_empty());
            if id.is_some() {
                *last_focus.borrow_mut() = id;
            }
        })
    };
    let on_back = {
        let place = place.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &*place {
                browser::return_to(p);
            }
            place.set(None);
        })
    };

    let answers = state.answers;
    // The answers and search this render shows, for tests to wait on (the browser flips a box
    // before the page has rendered what follows from it): sorted ids, space-separated.
    let hook = |t: crate::engine::Ticks| {
        let mut ids = engine.ids(t);
        ids.sort_unstable();
        AttrValue::from(ids.join(" "))
    };
    let none_of: Vec<&str> = answers.none_of.iter().map(|k| k.as_str()).collect();
    let group = |kind: FindingKind| {
        let mask = engine.kind_mask(kind);
        html! {
            <FindingGroup {kind} ticks={answers.ticks.and(mask)}
                          said_no={answers.no.and(mask)} none={answers.none_of.contains(kind)}
                          found={found.map(|f| f.and(mask))}
                          on_toggle={on.toggle.clone()} on_none={on.none.clone()} />
        }
    };
    let found_count = found.map(|f| f.without(engine.kind_mask(FindingKind::WarningSign)).len());
    let status = summary::status(engine, &assessment);
    let rules: Rc<[RuleIx]> = assessment.fired.as_slice().into();
    let undo_text = state.undo.map(|u| match u.what {
        Undoable::Clear => "Undo clear all",
        Undoable::NoneOf(_) => "Undo \"None of these\"",
        Undoable::Replaced => "Undo: bring back my earlier answers",
    });
    html! {
        <div class="checker">
            <CareCard level={assessment.level} rules={Rc::clone(&rules)}
                      ask_onset={assessment.ask_onset} place={Place::Top} />
            <PageHeader />
            <div class="notices">
                { for state.notices.iter().chain(save_error.iter()).map(|n| html! { <p class="notice">{ n.clone() }</p> }) }
            </div>
            <div class="layout">
                <form class="questions" aria-label="Your symptoms and situation" autocomplete="off"
                      data-testid="questions" data-ticked={hook(answers.ticks)}
                      data-no={hook(answers.no)} data-unsure={hook(answers.unsure)}
                      data-none-of={none_of.join(" ")} data-query={(*query).clone()}
                      data-onset={answers.onset.map_or("", |o| o.as_str())}
                      onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}
                      onfocusin={on_focus_in}>
                    <FindingSearch query={(*query).clone()} found={found_count} {on_query} />
                    { group(FindingKind::WarningSign) }
                    // At the top of the symptoms, after the warning signs.
                    <OnsetQuestion onset={answers.onset} on_choose={on.onset.clone()} />
                    { for FindingKind::ALL.into_iter().filter(|k| *k != FindingKind::WarningSign).map(group) }
                    <div class="form-actions">
                        <button type="button" class="clear" onclick={on.clear.clone()} disabled={answers.is_empty()}>
                            { "Clear all" }
                        </button>
                        <button type="button" class="secondary undo" onclick={on.undo.clone()}
                                hidden={undo_text.is_none()}>
                            { undo_text.unwrap_or("Undo") }
                        </button>
                    </div>
                </form>
                <section class="answers" id={RESULTS_ID} aria-labelledby="answers-title" tabindex="-1">
                    <StatusBar level={assessment.level} headline={status.headline.map(AttrValue::from)}
                               detail={status.detail} {on_see_results} />
                    <h2 id="answers-title">{ "What could fit" }</h2>
                    <button type="button" class="secondary back" onclick={on_back}
                            hidden={place.is_none()}>
                        { "Back to where you were" }
                    </button>
                    <CareCard level={assessment.level} {rules} ask_onset={assessment.ask_onset}
                              place={Place::Results} />
                    <Results assessment={assessment.clone()} on_reply={on.reply.clone()} />
                    <ClinicianSummary assessment={assessment.clone()} />
                    <KeepAnswers answers={answers} remember={state.remember}
                                 on_remember={on.remember.clone()} on_forget={on.forget.clone()} />
                </section>
            </div>
            <EvaluationSummary />
            <PageFooter />
        </div>
    }
}

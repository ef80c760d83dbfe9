//! The live summary and the ranked list, from the assessment the checker computed.
//!
//! The skeleton never changes shape: the status line, the safety notes, the intro slot, the
//! suggestions and the list are always there and only their contents vary. Yew 0.23 can panic
//! ("failed to insert node before next sibling", yewstack/yew#4092, fixed upstream in #4093 but
//! in no release yet) when a component that renders no DOM nodes sits between a sibling that
//! starts rendering and one that stops in the same render; unticking the last box did exactly
//! that here. Every component therefore renders an element of its own, and every conditional
//! sits alone inside a wrapper that is always present.

use std::rc::Rc;

use yew::prelude::*;

use super::result_card::ResultCard;
use super::safety_notes::SafetyNotes;
use super::separators::Separators;
use super::summary;
use crate::engine::{Assessment, Engine, FindingIx};
use crate::kb::TriageLevel;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
    /// Ticks a finding suggested in "what would tell them apart".
    pub on_toggle: Callback<FindingIx>,
}

/// Summary line (role="status", present from the first render) and the ranked cards.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let Some(engine) = use_context::<Rc<Engine>>() else {
        return html! { <div class="results" data-testid="results" /> };
    };
    let a = &*props.assessment;
    let line = summary::line(&engine, a);
    let intro = if a.answers.ticks.is_empty() {
        html! {
            <p class="empty" data-testid="empty">
                { "Start with the boxes on this page: tick what you notice in your legs and \
                   elsewhere, and what applies to you. Matching deficiencies appear here \
                   as you tick, with the reasons." }
            </p>
        }
    } else if !a.anything_fits() {
        html! {
            <div class="nothing-fits" data-testid="nothing-fits">
                <h3>{ "Nothing fits well" }</h3>
                <p>
                    { if a.level != TriageLevel::None {
                        "What you ticked does not match any deficiency on this list well. \
                         Most leg weakness has other causes, such as nerve, spine, joint or \
                         muscle problems, medicines or other illnesses. Please see a doctor \
                         or nurse; they can examine you and arrange tests."
                    } else {
                        "You have ticked only things that apply to you, not symptoms. \
                         They raise the chance of some deficiencies, but cannot show one. \
                         Tick what you notice, or ask a doctor or nurse about a blood test."
                    } }
                </p>
            </div>
        }
    } else {
        html! {}
    };
    html! {
        <>
            <p class="summary" role="status" data-testid="summary">{ line }</p>
            <div class="results" data-testid="results">
                <SafetyNotes mimics={a.mimics.clone()} cautions={a.general_cautions.clone()} />
                <div class="intro">{ intro }</div>
                <Separators ids={a.separators.clone()} on_toggle={props.on_toggle.clone()} />
                <ol class="matches">
                    { for a.matches.iter().enumerate().map(|(i, m)| html! {
                        <ResultCard key={m.deficiency} rank={i + 1} m={m.clone()} />
                    }) }
                </ol>
            </div>
        </>
    }
}

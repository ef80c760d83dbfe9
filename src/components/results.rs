//! The live summary and the ranked list, derived from the ticks on every render.
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
use crate::engine::{self, Strength, Ticked};
use crate::kb::{KnowledgeBase, TriageLevel};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub ticked: Ticked,
    pub level: TriageLevel,
    /// Ticks a finding suggested in "what would tell them apart".
    pub on_toggle: Callback<String>,
}

/// Summary line (role="status", present from the first render) and the ranked cards.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let Some(kb) = use_context::<Rc<KnowledgeBase>>() else {
        return html! { <div class="results" data-testid="results" /> };
    };
    let matches = engine::rank(&kb, &props.ticked);
    let line = summary::line(&matches, props.level, props.ticked.len());
    let fits = matches.iter().any(|m| m.strength > Strength::Weak);
    let any_symptom = props.level != TriageLevel::None;
    let intro = if props.ticked.is_empty() {
        html! {
            <p class="empty" data-testid="empty">
                { "Start with the boxes on this page: tick what you notice in your legs and \
                   elsewhere, and what applies to you. Matching deficiencies appear here \
                   as you tick, with the reasons." }
            </p>
        }
    } else if !fits {
        html! {
            <div class="nothing-fits" data-testid="nothing-fits">
                <h3>{ "Nothing fits well" }</h3>
                <p>
                    { if any_symptom {
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
                <SafetyNotes ticked={props.ticked.clone()} />
                <div class="intro">{ intro }</div>
                <Separators ids={engine::separators(&kb, &matches, &props.ticked, 3)} on_toggle={props.on_toggle.clone()} />
                <ol class="matches">
                    { for matches.iter().enumerate().map(|(i, m)| html! {
                        <ResultCard key={m.deficiency.id.clone()} rank={i + 1}
                            deficiency={m.deficiency.id.clone()} strength={m.strength}
                            evidence={m.evidence.clone()} missing={m.missing.clone()}
                            capped_by={m.capped_by.clone()}
                            ticked={props.ticked.clone()} />
                    }) }
                </ol>
            </div>
        </>
    }
}

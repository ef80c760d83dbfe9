//! The ranked results, from the assessment the checker computed: safety notes, what to do
//! when nothing is ticked or nothing fits, the suggestions and the list of matches.
//!
//! The skeleton never changes shape: the safety notes, the intro slot, the suggestions and the
//! list are always there and only their contents vary. Yew 0.23 can panic ("failed to insert
//! node before next sibling", yewstack/yew#4092, fixed upstream in #4093 but in no release
//! yet) when a component that renders no DOM nodes sits between a sibling that starts
//! rendering and one that stops in the same render; unticking the last box did exactly that
//! here. Every component therefore renders an element of its own, and every conditional sits
//! alone inside a wrapper that is always present.

use std::rc::Rc;

use yew::prelude::*;

use super::result_card::ResultCard;
use super::safety_notes::SafetyNotes;
use super::separators::Separators;
use crate::engine::{Assessment, FindingIx, Reply, Strength};

/// At least this many matches are always in view; weak matches after them (and after the last
/// better match) are folded under "more weak matches", still in rank order.
pub const MATCHES_IN_VIEW: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub assessment: Rc<Assessment>,
    /// An answer to a suggestion in "what would tell them apart".
    pub on_reply: Callback<(FindingIx, Reply)>,
}

/// The results list (`data-testid="results"`, one `data-condition` per match in rank order,
/// the weak ones after the first few folded under a `details`).
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let a = &*props.assessment;
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
                    { if a.any_symptom {
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
    let in_view = a
        .matches
        .iter()
        .rposition(|m| m.strength > Strength::Weak)
        .map_or(0, |i| i + 1)
        .max(MATCHES_IN_VIEW)
        .min(a.matches.len());
    let (first, rest) = a.matches.split_at(in_view);
    let card = |(i, m): (usize, &crate::engine::Match)| {
        html! { <ResultCard key={m.deficiency.get()} rank={i + 1} m={m.clone()} /> }
    };
    html! {
        <div class="results" data-testid="results">
            <SafetyNotes mimics={a.mimics.clone()} cautions={a.general_cautions.clone()} />
            <div class="intro">{ intro }</div>
            <Separators ids={a.separators.clone()} on_reply={props.on_reply.clone()} />
            <ol class="matches">{ for first.iter().enumerate().map(card) }</ol>
            <div class="more-matches-wrap">
                if !rest.is_empty() {
                    <details class="more-matches">
                        <summary>{ format!("{} more weak {}", rest.len(), if rest.len() == 1 { "match" } else { "matches" }) }</summary>
                        <ol class="matches" start={(in_view + 1).to_string()}>
                            { for rest.iter().enumerate().map(|(i, m)| card((i + in_view, m))) }
                        </ol>
                    </details>
                }
            </div>
        </div>
    }
}

//! The care-level banner at the top: emergency or urgent advice (role="alert") for warning
//! signs and dangerous combinations, "see a doctor in the next few days" for the soon level,
//! plain routine advice otherwise. Each fired rule gives its reason. Nothing else on the page
//! can hide it.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Engine, RuleIx};
use crate::kb::TriageLevel;

#[derive(Properties, PartialEq)]
pub struct TriageBannerProps {
    pub level: TriageLevel,
    /// The fired rules, most urgent first.
    pub rules: Vec<RuleIx>,
}

/// Renders `data-testid="triage"` with `data-level` always present, and one reason per fired
/// rule with its `data-rule` id.
#[component]
pub fn TriageBanner(props: &TriageBannerProps) -> Html {
    let engine = use_context::<Rc<Engine>>();
    let level = props.level;
    let reasons: Vec<(String, String)> = engine
        .iter()
        .flat_map(|e| {
            props
                .rules
                .iter()
                .filter_map(|&r| e.kb().triage_rules.get(r))
                .map(|r| (r.id.clone(), r.reason.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let why = html! {
        <>
            <p class="why">{ "Why: " }</p>
            <ul class="reasons">
                { for reasons.into_iter().map(|(id, why)| html! { <li data-rule={id}>{ why }</li> }) }
            </ul>
        </>
    };
    let body = match level {
        TriageLevel::None => html! {},
        TriageLevel::Routine => html! {
            <div class="care-card care-routine">
                <h2>{ "See a doctor or nurse" }</h2>
                <p>
                    { "Book an appointment about your legs, sooner if it is getting worse. \
                       Blood tests can show whether a nutrient is low. If a warning sign \
                       appears, get help straight away." }
                </p>
            </div>
        },
        TriageLevel::Soon => html! {
            <div class="care-card care-soon">
                <h2>{ "See a doctor in the next few days" }</h2>
                <p>
                    { "Contact your doctor's surgery and ask to be seen in the next day or two. \
                       You do not need an emergency number, but do not wait for a routine \
                       appointment. If it gets worse, or a warning sign appears, get help \
                       straight away." }
                </p>
                { why }
            </div>
        },
        TriageLevel::Urgent | TriageLevel::Emergency => {
            let (title, action) = if level == TriageLevel::Emergency {
                (
                    "Call your emergency number now, such as 911, 999 or 112",
                    "Or go straight to the nearest emergency department. Do not drive yourself. \
                     Do not wait to find out which nutrient it might be.",
                )
            } else {
                (
                    "Get medical help today",
                    "Contact your doctor's surgery, an urgent care centre or a nurse advice line \
                     today. If it gets worse quickly, call your emergency number.",
                )
            };
            html! {
                <div class={classes!("care-card", format!("care-{}", level.as_str()))} role="alert">
                    <h2>{ title }</h2>
                    <p>{ action }</p>
                    { why }
                </div>
            }
        }
    };
    html! {
        <div class="triage" data-testid="triage" data-level={level.as_str()}>
            { body }
        </div>
    }
}

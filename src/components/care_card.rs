//! The care card (after the NHS pattern): how soon to get care and why, for warning signs and
//! dangerous combinations. It shows twice: at the top of the page, where an urgent or
//! emergency card (`role="alert"`) stays in view while the person scrolls, with only its
//! headline, one line and "Why" on demand; and in full at the top of the results.

use std::rc::Rc;

use yew::prelude::*;

use super::care;
use super::use_engine;
use crate::engine::RuleIx;
use crate::kb::TriageLevel;

/// Where the card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At the top of the page: `data-testid="triage"` with `data-level`, one `data-rule` per
    /// fired rule (the page's test hooks), the alert role, sticky when urgent or emergency.
    Top,
    /// At the top of the results: the same advice, with every reason open.
    Results,
}

#[derive(Properties, PartialEq)]
pub struct CareCardProps {
    pub level: TriageLevel,
    /// The fired rules, most urgent first.
    pub rules: Rc<[RuleIx]>,
    /// The level "in the last few hours" would give, when the onset is unanswered and that is
    /// higher: the card asks the question again.
    pub ask_onset: Option<TriageLevel>,
    pub place: Place,
}

/// Always one wrapper element, empty before any symptom is ticked (see `results.rs` on
/// yewstack/yew#4092).
#[component]
pub fn CareCard(props: &CareCardProps) -> Html {
    let engine = use_engine();
    let level = props.level;
    let top = props.place == Place::Top;
    let action = if top {
        care::short_action(level)
    } else {
        care::action(level)
    };
    let (Some(headline), Some(action)) = (care::headline(level), action) else {
        return if top {
            html! { <div class="triage" data-testid="triage" data-level={level.as_str()} /> }
        } else {
            html! { <div class="care-advice" data-testid="care-advice" /> }
        };
    };
    let reasons = props.rules.iter().map(|&r| {
        let rule = engine.rule(r);
        let hook = top.then(|| AttrValue::from(rule.id.clone()));
        html! { <li data-rule={hook}>{ &rule.reason }</li> }
    });
    let card = classes!("care-card", format!("care-{}", level.as_str()));
    let role = (top && care::is_alert(level)).then_some("alert");
    let why = if props.rules.is_empty() {
        html! {}
    } else if top {
        html! {
            <details class="why">
                <summary>{ "Why this advice" }</summary>
                // Focusable, so a keyboard can scroll it when it is taller than its space.
                <ul class="reasons" tabindex="0" aria-label="Why this advice">{ for reasons }</ul>
            </details>
        }
    } else {
        html! {
            <>
                <h3 class="why">{ "Why" }</h3>
                <ul class="reasons">{ for reasons }</ul>
            </>
        }
    };
    // Asked again at the top in one short line (the card there must leave room), in full in
    // the results.
    let ask = props.ask_onset.and_then(|higher| {
        let text = if top {
            format!(
                "Started in the last few hours? {}.",
                care::short_headline(higher)?
            )
        } else {
            format!(
                "If this started in the last few hours, or is happening now: {}. Answer \"When did \
                 the main problem start?\" to be sure.",
                care::headline(higher)?
            )
        };
        Some(html! {
            <p class="ask-onset" data-testid="ask-onset" data-level={higher.as_str()}>
                <strong>{ text }</strong>
            </p>
        })
    });
    let body = html! {
        <div class={card} {role}>
            <h2>{ headline }</h2>
            <p class="action">{ action }</p>
            <div class="ask-wrap">{ for ask }</div>
            <div class="why-wrap">{ why }</div>
        </div>
    };
    if top {
        html! { <div class="triage" data-testid="triage" data-level={level.as_str()}>{ body }</div> }
    } else {
        html! { <div class="care-advice" data-testid="care-advice">{ body }</div> }
    }
}

//! One ranked deficiency, to scan: its name and strength, what was ticked for it in one line,
//! the blood test to ask about, any caution the ticks light up and the "no" answers against
//! it. Everything else (what it is, signs not ticked, what the nutrient does, who is at risk,
//! intake, what helps and every source) opens on demand.

use yew::prelude::*;

use super::care::strength_text;
use super::caution_note::CautionNote;
use super::deficiency_details::DeficiencyDetails;
use super::sources::SourceLinks;
use super::use_engine;
use crate::engine::{Evidence, FindingIx, Match};

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// 1 for the best match.
    pub rank: usize,
    /// The match as the engine assessed it: the card renders again only when it changes.
    pub m: Match,
}

/// How much one piece of evidence counts, in words (no numbers are invented for the person).
fn weight_text(e: &Evidence) -> String {
    let how = match e.shared_by {
        1 => "only this deficiency on the list has it".to_string(),
        n => format!("shared by {n} deficiencies on the list"),
    };
    if e.kind.is_symptom() {
        how
    } else {
        format!("raises the risk; {how}")
    }
}

/// A list item with `data-condition` and `data-strength` for tests, and an article inside.
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let engine = use_engine();
    let m = &props.m;
    let d = engine.deficiency(m.deficiency);
    let finding = |f: FindingIx| engine.finding(f);
    let title_id = format!("result-{}", d.id);
    let denied: Vec<&str> = m
        .denied
        .iter()
        .map(|&f| finding(f).label.as_str())
        .collect();
    let denied_ids: Vec<&str> = m.denied.iter().map(|&f| finding(f).id.as_str()).collect();
    html! {
        <li class={classes!("result", format!("strength-{}", m.strength.as_str()))}
            data-condition={d.id.clone()} data-strength={m.strength.as_str()}>
            <article aria-labelledby={title_id.clone()}>
                <h3 id={title_id}>
                    <span class="rank">{ format!("{}. ", props.rank) }</span>
                    { &d.name }
                    <span class="badge">{ strength_text(m.strength) }</span>
                </h3>
                <div class="fits">
                    <span class="fits-label">{ "You ticked: " }</span>
                    <ul class="evidence" data-testid="evidence">
                        { for m.evidence.iter().map(|e| html! {
                            <li data-finding={finding(e.finding).id.clone()}>{ &finding(e.finding).label }</li>
                        }) }
                    </ul>
                </div>
                <p class="ask-for"><strong>{ "Blood test to ask about: " }</strong>{ &d.tests.ask_for }</p>
                <div class="card-notes">
                    if let Some(mimic) = m.capped_by.map(|i| engine.mimic(i)) {
                        <p class="capped" data-testid="capped">
                            { format!("Shown as possible, not strong: what you ticked also fits {}, which is not a deficiency.", mimic.name) }
                        </p>
                    }
                    { for m.cautions.iter().map(|&c| {
                        let c = engine.caution(c);
                        html! { <CautionNote id={c.id.clone()} text={c.text.clone()} sources={c.sources.clone()} /> }
                    }) }
                    if !denied.is_empty() {
                        <p class="denied" data-testid="denied" data-denied={denied_ids.join(" ")}>
                            { format!("You said no to: {}.", denied.join("; ")) }
                        </p>
                    }
                </div>
                <details class="more">
                    <summary>{ format!("More about {}: food, supplements, sources", d.name) }</summary>
                    <p class="condition">{ &d.condition }</p>
                    <h4>{ "Why it matched" }</h4>
                    <ul class="weights">
                        { for m.evidence.iter().map(|e| html! {
                            <li>{ format!("{}: {}", finding(e.finding).label, weight_text(e)) }</li>
                        }) }
                    </ul>
                    <h4>{ "Typical signs you did not tick" }</h4>
                    if m.missing.is_empty() {
                        <p class="missing-none">{ "None: you ticked or answered all its typical signs." }</p>
                    } else {
                        <ul class="missing" data-testid="missing">
                            { for m.missing.iter().map(|&i| html! { <li data-finding={finding(i).id.clone()}>{ &finding(i).label }</li> }) }
                        </ul>
                    }
                    if let Some(note) = &d.symptoms.note { <p class="note">{ note }</p> }
                    <SourceLinks ids={d.symptoms.sources.clone()} />
                    <DeficiencyDetails deficiency={m.deficiency} />
                </details>
            </article>
        </li>
    }
}

//! One ranked deficiency: strength, the ticked evidence, typical signs not ticked, and what to
//! do, each section with its sources.

use std::rc::Rc;

use yew::prelude::*;

use super::caution_note::CautionNote;
use super::sources::SourceLinks;
use crate::engine::{self, Evidence, Strength, Ticked};
use crate::kb::KnowledgeBase;

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// 1 for the best match.
    pub rank: usize,
    pub deficiency: AttrValue,
    pub strength: Strength,
    pub evidence: Vec<Evidence>,
    pub missing: Vec<String>,
    /// The mimic that kept this match from being strong, if any.
    pub capped_by: Option<String>,
    pub ticked: Ticked,
}

fn strength_text(s: Strength) -> &'static str {
    match s {
        Strength::Strong => "Strong match",
        Strength::Possible => "Possible match",
        Strength::Weak => "Weak match",
    }
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

/// A list item with `data-condition` for tests and an article inside.
#[component]
pub fn ResultCard(props: &ResultCardProps) -> Html {
    let kb = use_context::<Rc<KnowledgeBase>>();
    // Never an empty render (yewstack/yew#4092, see `results.rs`).
    let found = kb
        .as_deref()
        .and_then(|kb| kb.deficiency(&props.deficiency).map(|d| (kb, d)));
    let Some((kb, d)) = found else {
        return html! { <li class="result" data-condition={props.deficiency.clone()}>{ "This result could not be shown." }</li> };
    };
    let label = |id: &str| kb.finding(id).map(|f| f.label.clone()).unwrap_or_default();
    let cautions = engine::active_cautions(kb, &d.id, &props.ticked);
    let title_id = format!("result-{}", d.id);
    let risks: Vec<_> = d
        .risk_factors
        .items
        .iter()
        .filter_map(|l| kb.finding(&l.finding))
        .collect();
    html! {
        <li class={classes!("result", format!("strength-{}", props.strength.as_str()))}
            data-condition={d.id.clone()} data-strength={props.strength.as_str()}>
            <article aria-labelledby={title_id.clone()}>
                <h3 id={title_id}>
                    <span class="rank">{ format!("{}. ", props.rank) }</span>
                    { &d.name }
                    <span class="badge">{ strength_text(props.strength) }</span>
                </h3>
                <p class="condition">{ &d.condition }</p>
                if let Some(mimic) = props.capped_by.as_deref().and_then(|id| kb.mimics.iter().find(|m| m.id == id)) {
                    <p class="capped" data-testid="capped">
                        { format!("Shown as possible, not strong: what you ticked also fits {}, which is not a deficiency.", mimic.name) }
                    </p>
                }
                <div class="card-cautions">
                    { for cautions.iter().map(|c| html! {
                        <CautionNote id={c.id.clone()} text={c.text.clone()} sources={c.sources.clone()} />
                    }) }
                </div>
                <h4>{ "Why it matched" }</h4>
                <ul class="evidence" data-testid="evidence">
                    { for props.evidence.iter().map(|e| html! {
                        <li data-finding={e.finding.clone()}>
                            { label(&e.finding) }
                            <span class="weight">{ format!(" ({})", weight_text(e)) }</span>
                        </li>
                    }) }
                </ul>
                <h4>{ "Typical signs you did not tick" }</h4>
                if props.missing.is_empty() {
                    <p class="missing-none">{ "None: you ticked all its typical signs." }</p>
                } else {
                    <ul class="missing" data-testid="missing">
                        { for props.missing.iter().map(|id| html! { <li data-finding={id.clone()}>{ label(id) }</li> }) }
                    </ul>
                }
                if let Some(note) = &d.symptoms.note { <p class="note">{ note }</p> }
                <SourceLinks ids={d.symptoms.sources.clone()} />
                <details class="more" open={props.rank == 1}>
                    <summary>{ format!("About {}: what it does, the test, what to do", d.name) }</summary>
                    <h4>{ "What it does" }</h4>
                    <p>{ &d.role.text }</p>
                    <SourceLinks ids={d.role.sources.clone()} />
                    <h4>{ "Blood test to ask a doctor or nurse about" }</h4>
                    <p>{ &d.tests.text }</p>
                    <SourceLinks ids={d.tests.sources.clone()} />
                    <h4>{ "Who is more at risk" }</h4>
                    <ul class="risks">
                        { for risks.iter().filter(|f| !f.medicine).map(|f| html! { <li>{ &f.label }</li> }) }
                    </ul>
                    if risks.iter().any(|f| f.medicine) {
                        <h4>{ "Medicines that raise the risk" }</h4>
                        <ul class="risks" data-testid="medicines">
                            { for risks.iter().filter(|f| f.medicine).map(|f| html! { <li>{ &f.label }</li> }) }
                        </ul>
                        <p class="note">{ "Never stop a prescribed medicine on your own: ask your prescriber whether a blood test makes sense." }</p>
                    }
                    if let Some(note) = &d.risk_factors.note { <p class="note">{ note }</p> }
                    <SourceLinks ids={d.risk_factors.sources.clone()} />
                    if let Some(intake) = &d.intake {
                        <h4>{ "How much adults need" }</h4>
                        <p>{ &intake.text }</p>
                        <SourceLinks ids={intake.sources.clone()} />
                    }
                    <h4>{ "What helps, once a test confirms it" }</h4>
                    <dl class="management">
                        <dt>{ "Food" }</dt><dd>{ &d.management.diet }</dd>
                        <dt>{ "Supplements" }</dt><dd>{ &d.management.supplements }</dd>
                        <dt>{ "Everyday steps" }</dt><dd>{ &d.management.lifestyle }</dd>
                    </dl>
                    <SourceLinks ids={d.management.sources.clone()} />
                </details>
            </article>
        </li>
    }
}

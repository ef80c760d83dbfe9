//! One ranked deficiency: strength, the ticked evidence and typical signs not ticked, each
//! section with its sources, then what to do (`DeficiencyDetails`, which renders again only
//! when it opens or closes, not on every tick).

use std::rc::Rc;

use yew::prelude::*;

use super::caution_note::CautionNote;
use super::deficiency_details::DeficiencyDetails;
use super::sources::SourceLinks;
use crate::engine::{Engine, Evidence, Match, Strength};

#[derive(Properties, PartialEq)]
pub struct ResultCardProps {
    /// 1 for the best match.
    pub rank: usize,
    /// The match as the engine assessed it: the card renders again only when it changes.
    pub m: Match,
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
    let engine = use_context::<Rc<Engine>>();
    let m = &props.m;
    // Never an empty render (yewstack/yew#4092, see `results.rs`).
    let Some((kb, d)) = engine
        .as_deref()
        .and_then(|e| e.kb().deficiencies.get(m.deficiency).map(|d| (e.kb(), d)))
    else {
        return html! { <li class="result">{ "This result could not be shown." }</li> };
    };
    let label = |i: usize| {
        kb.findings
            .get(i)
            .map(|f| f.label.clone())
            .unwrap_or_default()
    };
    let id_of = |i: usize| kb.findings.get(i).map(|f| f.id.clone()).unwrap_or_default();
    let title_id = format!("result-{}", d.id);
    html! {
        <li class={classes!("result", format!("strength-{}", m.strength.as_str()))}
            data-condition={d.id.clone()} data-strength={m.strength.as_str()}>
            <article aria-labelledby={title_id.clone()}>
                <h3 id={title_id}>
                    <span class="rank">{ format!("{}. ", props.rank) }</span>
                    { &d.name }
                    <span class="badge">{ strength_text(m.strength) }</span>
                </h3>
                <p class="condition">{ &d.condition }</p>
                if let Some(mimic) = m.capped_by.and_then(|i| kb.mimics.get(i)) {
                    <p class="capped" data-testid="capped">
                        { format!("Shown as possible, not strong: what you ticked also fits {}, which is not a deficiency.", mimic.name) }
                    </p>
                }
                <div class="card-cautions">
                    { for m.cautions.iter().filter_map(|&c| kb.cautions.get(c)).map(|c| html! {
                        <CautionNote id={c.id.clone()} text={c.text.clone()} sources={c.sources.clone()} />
                    }) }
                </div>
                <h4>{ "Why it matched" }</h4>
                <ul class="evidence" data-testid="evidence">
                    { for m.evidence.iter().map(|e| html! {
                        <li data-finding={id_of(e.finding)}>
                            { label(e.finding) }
                            <span class="weight">{ format!(" ({})", weight_text(e)) }</span>
                        </li>
                    }) }
                </ul>
                <h4>{ "Typical signs you did not tick" }</h4>
                if m.missing.is_empty() {
                    <p class="missing-none">{ "None: you ticked all its typical signs." }</p>
                } else {
                    <ul class="missing" data-testid="missing">
                        { for m.missing.iter().map(|&i| html! { <li data-finding={id_of(i)}>{ label(i) }</li> }) }
                    </ul>
                }
                if let Some(note) = &d.symptoms.note { <p class="note">{ note }</p> }
                <SourceLinks ids={d.symptoms.sources.clone()} />
                <DeficiencyDetails deficiency={m.deficiency} open={props.rank == 1} />
            </article>
        </li>
    }
}

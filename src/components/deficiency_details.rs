//! What a deficiency's card says whatever is ticked: what the nutrient does, the blood test,
//! who is more at risk, intake and what helps, each with its sources. A component of its own
//! so that a tick, which changes a card's evidence, never renders this part again.

use yew::prelude::*;

use super::sources::SourceLinks;
use super::use_engine;
use crate::engine::DeficiencyIx;

#[derive(Properties, PartialEq)]
pub struct DeficiencyDetailsProps {
    pub deficiency: DeficiencyIx,
}

/// A `div` inside the card's "More about" details.
#[component]
pub fn DeficiencyDetails(props: &DeficiencyDetailsProps) -> Html {
    let engine = use_engine();
    let kb = engine.kb();
    let d = engine.deficiency(props.deficiency);
    let risks: Vec<_> = d
        .risk_factors
        .items
        .iter()
        .filter_map(|l| kb.finding(&l.finding))
        .collect();
    html! {
        <div class="deficiency-details">
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
                <p class="note">{ "Never stop a medicine your doctor prescribed on your own. Ask your prescriber if a blood test makes sense." }</p>
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
        </div>
    }
}

//! Notes shown with the results: patterns that fit another cause than a deficiency (mimics),
//! and general cautions that apply to what is ticked.

use yew::prelude::*;

use super::caution_note::CautionNote;
use super::sources::SourceLinks;
use super::use_engine;
use crate::engine::{CautionIx, MimicIx};

#[derive(Properties, PartialEq)]
pub struct SafetyNotesProps {
    pub mimics: Vec<MimicIx>,
    /// General cautions (those on no deficiency's card).
    pub cautions: Vec<CautionIx>,
}

/// A `div` that is always there and empty when no mimic or general caution applies (a
/// component rendering no DOM nodes can trip yewstack/yew#4092; see `results.rs`).
#[component]
pub fn SafetyNotes(props: &SafetyNotesProps) -> Html {
    let engine = use_engine();
    html! {
        <div class="safety-notes" data-testid="safety-notes">
            { for props.mimics.iter().map(|&m| {
                let m = engine.mimic(m);
                html! {
                    <div class="mimic" data-testid="mimic" data-mimic={m.id.clone()}>
                        <h3>{ format!("This could be something other than a missing nutrient: {}", m.name) }</h3>
                        <p>{ &m.text }</p>
                        <SourceLinks ids={m.sources.clone()} />
                    </div>
                }
            }) }
            { for props.cautions.iter().map(|&c| {
                let c = engine.caution(c);
                html! { <CautionNote id={c.id.clone()} text={c.text.clone()} sources={c.sources.clone()} /> }
            }) }
        </div>
    }
}

//! Notes shown with the results: patterns that fit another cause than a deficiency (mimics),
//! and general cautions that apply to what is ticked.

use std::rc::Rc;

use yew::prelude::*;

use super::caution_note::CautionNote;
use super::sources::SourceLinks;
use crate::engine::{CautionIx, Engine, MimicIx};

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
    let Some(engine) = use_context::<Rc<Engine>>() else {
        return html! { <div class="safety-notes" data-testid="safety-notes" /> };
    };
    let kb = engine.kb();
    html! {
        <div class="safety-notes" data-testid="safety-notes">
            { for props.mimics.iter().filter_map(|&m| kb.mimics.get(m)).map(|m| html! {
                <div class="mimic" data-testid="mimic" data-mimic={m.id.clone()}>
                    <h3>{ format!("This could be something other than a missing nutrient: {}", m.name) }</h3>
                    <p>{ &m.text }</p>
                    <SourceLinks ids={m.sources.clone()} />
                </div>
            }) }
            { for props.cautions.iter().filter_map(|&c| kb.cautions.get(c)).map(|c| html! {
                <CautionNote id={c.id.clone()} text={c.text.clone()} sources={c.sources.clone()} />
            }) }
        </div>
    }
}

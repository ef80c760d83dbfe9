//! "What would tell them apart": unticked findings that would best separate the top matches,
//! each with a button that ticks it in place.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Engine, FindingIx};

#[derive(Properties, PartialEq)]
pub struct SeparatorsProps {
    /// The assessment's separators, best first.
    pub ids: Vec<FindingIx>,
    /// Called with the finding to tick.
    pub on_toggle: Callback<FindingIx>,
}

/// Always renders its `section` (hidden and empty when there is nothing to suggest), so the
/// results keep one shape (see `results.rs` on yewstack/yew#4092).
#[component]
pub fn Separators(props: &SeparatorsProps) -> Html {
    let engine = use_context::<Rc<Engine>>();
    let ids = &props.ids;
    html! {
        <section class="separators" data-testid="separators" aria-labelledby="separators-title"
                 hidden={ids.is_empty()}>
            if let (Some(engine), false) = (engine, ids.is_empty()) {
                <h3 id="separators-title">{ "What would tell them apart" }</h3>
                <p class="group-hint">{ "Do any of these apply to you too? Of everything not ticked, these would change the order below the most." }</p>
                <ul>
                    { for ids.iter().filter_map(|&i| engine.kb().findings.get(i).map(|f| (i, f))).map(|(i, f)| {
                        let on_toggle = props.on_toggle.clone();
                        let onclick = Callback::from(move |_: MouseEvent| on_toggle.emit(i));
                        html! {
                            <li data-finding={f.id.clone()}>
                                <span>{ &f.label }</span>
                                <button type="button" class="tick-in-place" {onclick}
                                        aria-label={format!("Tick: {}", f.label)}>
                                    { "Yes, tick this" }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

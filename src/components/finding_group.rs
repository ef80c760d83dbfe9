//! One group of checkboxes (a `fieldset` with legend and hint) for one kind of finding.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Engine, FindingIx, Ticks};
use crate::kb::FindingKind;

#[derive(Properties, PartialEq)]
pub struct FindingGroupProps {
    pub kind: FindingKind,
    /// The ticked boxes of this group only, so the other groups skip rendering on a tick here.
    pub ticks: Ticks,
    /// Called with the finding when its box is ticked or unticked.
    pub on_toggle: Callback<FindingIx>,
}

/// Legend and hint for each group.
fn heading(kind: FindingKind) -> (&'static str, &'static str) {
    match kind {
        FindingKind::WarningSign => (
            "Warning signs: get help first",
            "Tick any that are happening to you now.",
        ),
        FindingKind::LegSymptom => ("Your legs", "Tick all that apply."),
        FindingKind::OtherSymptom => ("Other things you notice", "Tick all that apply."),
        FindingKind::RiskFactor => (
            "Things that apply to you",
            "Diet, sunlight, age, health conditions and medicines. Tick all that apply.",
        ),
    }
}

/// A fieldset of labelled checkboxes; emits findings, not DOM events.
#[component]
pub fn FindingGroup(props: &FindingGroupProps) -> Html {
    let Some(engine) = use_context::<Rc<Engine>>() else {
        // Never an empty render (yewstack/yew#4092, see `results.rs`).
        return html! { <p class="error-panel">{ "This group of questions could not be shown." }</p> };
    };
    let kind_key = props.kind.as_str();
    let (legend, hint) = heading(props.kind);
    let hint_id = format!("hint-{kind_key}");
    html! {
        <fieldset class={classes!("group", format!("group-{kind_key}"))} data-testid={format!("group-{kind_key}")}
                  aria-describedby={hint_id.clone()}>
            <legend>{ legend }</legend>
            <p class="group-hint" id={hint_id}>{ hint }</p>
            <ul class="choices">
                { for engine.kb().findings.iter().enumerate().filter(|(_, f)| f.kind == props.kind).map(|(i, f)| {
                    let on_toggle = props.on_toggle.clone();
                    let onchange = Callback::from(move |_: Event| on_toggle.emit(i));
                    let input_id = format!("f-{}", f.id);
                    let hint_id = format!("h-{}", f.id);
                    html! {
                        <li>
                            <input type="checkbox" id={input_id.clone()} name={f.id.clone()}
                                   checked={props.ticks.contains(i)} {onchange}
                                   aria-describedby={f.hint.as_ref().map(|_| hint_id.clone())} />
                            <label for={input_id}>{ &f.label }</label>
                            if let Some(h) = &f.hint {
                                <span class="choice-hint" id={hint_id}>{ h }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

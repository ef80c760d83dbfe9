//! One group of checkboxes (a `fieldset` with legend and hint) for one kind of finding, with
//! "None of these" at its end (the NHS pattern: exclusive, it unticks the group).

use yew::prelude::*;

use super::use_engine;
use crate::engine::{FindingIx, Ticks};
use crate::kb::FindingKind;

#[derive(Properties, PartialEq)]
pub struct FindingGroupProps {
    pub kind: FindingKind,
    /// The ticked boxes of this group only, so the other groups skip rendering on a tick here.
    pub ticks: Ticks,
    /// The boxes of this group the person said "no" to from a suggestion.
    pub said_no: Ticks,
    /// Whether "None of these" is ticked.
    pub none: bool,
    /// The boxes of this group a search matches, or `None` when nothing is searched.
    pub found: Option<Ticks>,
    /// Called with the finding when its box is ticked or unticked.
    pub on_toggle: Callback<FindingIx>,
    /// Called with the group and `true` when "None of these" is ticked, `false` when unticked.
    pub on_none: Callback<(FindingKind, bool)>,
}

/// Legend and hint for each group.
pub fn heading(kind: FindingKind) -> (&'static str, &'static str) {
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

/// The words of a group's "None of these" box.
pub fn none_label(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::WarningSign => "I have checked: none of these warning signs",
        FindingKind::LegSymptom => "None of these leg problems",
        FindingKind::OtherSymptom => "None of these other problems",
        FindingKind::RiskFactor => "None of these apply to me",
    }
}

/// A fieldset of labelled checkboxes; emits findings, not DOM events. During a search it
/// hides the boxes that do not match, but never a ticked box or a warning sign, and the whole
/// group when nothing in it shows.
#[component]
pub fn FindingGroup(props: &FindingGroupProps) -> Html {
    let engine = use_engine();
    let kind_key = props.kind.as_str();
    let (legend, hint) = heading(props.kind);
    let hint_id = format!("hint-{kind_key}");
    let warning = props.kind == FindingKind::WarningSign;
    let shows = |f: FindingIx| {
        warning || props.ticks.contains(f) || props.found.is_none_or(|found| found.contains(f))
    };
    let mask = engine.kind_mask(props.kind);
    let any_shown = mask.iter().any(shows);
    let none_id = format!("none-{kind_key}");
    let kind = props.kind;
    let on_none = props.on_none.reform(move |e: Event| {
        (
            kind,
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    html! {
        <fieldset class={classes!("group", format!("group-{kind_key}"))} data-testid={format!("group-{kind_key}")}
                  aria-describedby={hint_id.clone()} hidden={!any_shown}>
            <legend>{ legend }</legend>
            <p class="group-hint" id={hint_id}>{ hint }</p>
            <ul class="choices">
                { for mask.iter().map(|i| {
                    let f = engine.finding(i);
                    let on_toggle = props.on_toggle.clone();
                    let onchange = Callback::from(move |_: Event| on_toggle.emit(i));
                    let input_id = format!("f-{}", f.id);
                    let hint_id = format!("h-{}", f.id);
                    let said_no = props.said_no.contains(i);
                    let described = f.hint.as_ref().map(|_| hint_id.clone());
                    html! {
                        <li hidden={!shows(i)}>
                            <input type="checkbox" id={input_id.clone()} name={f.id.clone()}
                                   checked={props.ticks.contains(i)} {onchange}
                                   aria-describedby={described} />
                            <label for={input_id}>{ &f.label }</label>
                            <span class="choice-hint" id={hint_id}>
                                { f.hint.clone().unwrap_or_default() }
                                if said_no { <span class="said-no">{ "You said no to this." }</span> }
                            </span>
                        </li>
                    }
                }) }
                <li class="none-of" hidden={props.found.is_some()}>
                    <span class="or" aria-hidden="true">{ "or" }</span>
                    <input type="checkbox" id={none_id.clone()} checked={props.none}
                           onchange={on_none} data-testid={format!("none-{kind_key}")} />
                    <label for={none_id}>{ none_label(props.kind) }</label>
                </li>
            </ul>
        </fieldset>
    }
}

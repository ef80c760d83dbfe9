//! "When did the main problem start?": one group of radio buttons (NHS pattern), at the top of
//! the symptoms. Unanswered counts as "not sure", the cautious choice.

use yew::prelude::*;

use crate::kb::Onset;

#[derive(Properties, PartialEq)]
pub struct OnsetQuestionProps {
    /// The answer so far, if any.
    pub onset: Option<Onset>,
    /// Called with the chosen answer.
    pub on_choose: Callback<Onset>,
}

/// The words of each answer.
pub fn label(onset: Onset) -> &'static str {
    match onset {
        Onset::Hours => "In the last few hours",
        Onset::Days => "Over a few days",
        Onset::Weeks => "Over weeks",
        Onset::Months => "Months ago or longer",
        Onset::NotSure => "Not sure",
    }
}

/// A fieldset of radio buttons named `onset`; emits the answer, not DOM events.
#[component]
pub fn OnsetQuestion(props: &OnsetQuestionProps) -> Html {
    html! {
        <fieldset class="group group-onset" data-testid="group-onset" aria-describedby="hint-onset">
            <legend>{ "When did the main problem start?" }</legend>
            <p class="group-hint" id="hint-onset">
                { "Think of the problem that worries you most. If you are not sure, choose \"Not sure\"." }
            </p>
            <ul class="choices">
                { for Onset::ALL.iter().map(|&onset| {
                    let on_choose = props.on_choose.clone();
                    let onchange = Callback::from(move |_: Event| on_choose.emit(onset));
                    let id = format!("onset-{}", onset.as_str());
                    html! {
                        <li>
                            <input type="radio" name="onset" id={id.clone()} value={onset.as_str()}
                                   checked={props.onset == Some(onset)} {onchange} />
                            <label for={id}>{ label(onset) }</label>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}

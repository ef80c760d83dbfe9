//! "What would tell them apart": findings not yet answered that would best separate the top
//! matches, each with Yes, No and Not sure. Yes ticks the box; No and Not sure are recorded
//! (a "no" counts against the deficiencies that list it; "not sure" counts neither way) and
//! the finding is not offered again.

use yew::prelude::*;

use super::use_engine;
use crate::engine::{FindingIx, Reply};

#[derive(Properties, PartialEq)]
pub struct SeparatorsProps {
    /// The assessment's separators, best first.
    pub ids: Vec<FindingIx>,
    /// Called with the finding and the person's answer.
    pub on_reply: Callback<(FindingIx, Reply)>,
}

/// Always renders its `section` (hidden and empty when there is nothing to suggest), so the
/// results keep one shape (see `results.rs` on yewstack/yew#4092).
#[component]
pub fn Separators(props: &SeparatorsProps) -> Html {
    let engine = use_engine();
    let ids = &props.ids;
    // Each button is named by its visible word and described by the finding, so no element
    // but the finding's own checkbox is named by its label (a test hook others rely on).
    let button = |f: FindingIx, reply: Reply, text: &'static str, label_id: &str| {
        let on_reply = props.on_reply.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_reply.emit((f, reply)));
        html! {
            <button type="button" class="reply" {onclick} aria-describedby={label_id.to_string()}>
                { text }
            </button>
        }
    };
    html! {
        <section class="separators" data-testid="separators" aria-labelledby="separators-title"
                 hidden={ids.is_empty()}>
            if !ids.is_empty() {
                <h3 id="separators-title">{ "What would tell them apart" }</h3>
                <p class="group-hint">{ "Does this apply to you? Of everything not answered yet, these would change the order below the most." }</p>
                <ul>
                    { for ids.iter().map(|&i| {
                        let f = engine.finding(i);
                        let label_id = format!("sep-{}", f.id);
                        html! {
                            <li data-finding={f.id.clone()}>
                                <span id={label_id.clone()}>{ &f.label }</span>
                                <span class="replies">
                                    { button(i, Reply::Yes, "Yes", &label_id) }
                                    { button(i, Reply::No, "No", &label_id) }
                                    { button(i, Reply::NotSure, "Not sure", &label_id) }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

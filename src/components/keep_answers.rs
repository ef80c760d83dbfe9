//! "Keep or pass on your answers": remember them on this device (off until the person asks;
//! "Forget" erases them) and copy a link that carries them. The page says which is on, and
//! that a link carries health information.

use yew::prelude::*;

use super::copy_result::{use_copy, CopyResult};
use super::use_engine;
use crate::browser;
use crate::engine::Answers;
use crate::state::codec;

#[derive(Properties, PartialEq)]
pub struct KeepAnswersProps {
    pub answers: Answers,
    /// Whether the answers are remembered on this device.
    pub remember: bool,
    pub on_remember: Callback<MouseEvent>,
    pub on_forget: Callback<MouseEvent>,
}

/// The status line says which is on (this tab only, or this device too); one button turns
/// remembering on or forgets; one copies a link.
#[component]
pub fn KeepAnswers(props: &KeepAnswersProps) -> Html {
    let engine = use_engine();
    let (copied, copy) = use_copy();
    let on_copy = {
        let text = codec::encode(&engine, &props.answers);
        copy.reform(move |_: MouseEvent| browser::link_to(&text))
    };
    html! {
        <section class="keep-answers" data-testid="keep-answers" aria-labelledby="keep-answers-title">
            <h2 id="keep-answers-title">{ "Keep or pass on your answers" }</h2>
            if props.remember {
                <p data-testid="remember-status" data-remember="on">
                    { "Your answers are remembered on this device until you press \"Forget\". \
                       Anyone who uses this browser can see them." }
                </p>
                <button type="button" class="secondary" onclick={props.on_forget.clone()}>
                    { "Forget my answers on this device" }
                </button>
            } else {
                <p data-testid="remember-status" data-remember="off">
                    { "Your answers are kept only in this tab, and are gone when you close it." }
                </p>
                <button type="button" class="secondary" onclick={props.on_remember.clone()}>
                    { "Remember my answers on this device" }
                </button>
            }
            <p>
                { "A link can carry your answers to another device or to someone you trust. \
                   The link holds health information. Anyone who opens it can see your \
                   answers. Send it only to people you choose." }
            </p>
            <button type="button" class="secondary" onclick={on_copy}>{ "Copy a link to these answers" }</button>
            <CopyResult copied={(*copied).clone()} done_id="link-copied"
                        done="Link copied. Anyone who opens it sees these answers."
                        otherwise="" label="The link to these answers" rows={3} />
        </section>
    }
}

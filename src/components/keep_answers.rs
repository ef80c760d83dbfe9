//! "Keep or pass on your answers": remember them on this device (off until the person asks;
//! "Forget" erases them) and copy a link that carries them. The page says which is on, and
//! that a link carries health information.

use yew::prelude::*;

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

/// What happened to the last "Copy a link".
#[derive(Debug, Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The browser refused: the link is shown to select and copy by hand.
    Failed {
        why: String,
        link: String,
    },
}

/// The status line says which is on (this tab only, or this device too); one button turns
/// remembering on or forgets; one copies a link.
#[component]
pub fn KeepAnswers(props: &KeepAnswersProps) -> Html {
    let engine = use_engine();
    let copied = use_state(|| Copied::Not);
    let on_copy = {
        let copied = copied.clone();
        let text = codec::encode(&engine, &props.answers);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let link = browser::link_to(&text);
            yew::platform::spawn_local(async move {
                copied.set(match browser::copy_text(&link).await {
                    Ok(()) => Copied::Done,
                    Err(e) => Copied::Failed {
                        why: e.to_string(),
                        link,
                    },
                });
            });
        })
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
            <div class="copy-result" aria-live="polite">
                { match &*copied {
                    Copied::Not => html! {},
                    Copied::Done => html! { <p data-testid="link-copied">{ "Link copied. Anyone who opens it sees these answers." }</p> },
                    Copied::Failed { why, link } => html! {
                        <>
                            <p>{ format!("{why} Select the link below and copy it.") }</p>
                            <input type="text" readonly=true aria-label="The link to these answers" value={link.clone()} />
                        </>
                    },
                } }
            </div>
        </section>
    }
}

//! Copying text for the person (the clinician summary, a link to the answers): the copy itself,
//! and what happened, said politely. When the browser refuses, the text is shown to select
//! and copy by hand, so nothing is lost.

use yew::prelude::*;

use crate::browser;

/// What happened to the last copy.
#[derive(Debug, Clone, PartialEq)]
pub enum Copied {
    Not,
    Done,
    /// The browser refused: the text is shown to select and copy by hand.
    Failed {
        why: String,
        text: String,
    },
}

/// The outcome of the last copy, and a callback that copies the text it is given.
#[hook]
pub fn use_copy() -> (UseStateHandle<Copied>, Callback<String>) {
    let copied = use_state(|| Copied::Not);
    let copy = {
        let copied = copied.clone();
        use_callback((), move |text: String, _| {
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                copied.set(match browser::copy_text(&text).await {
                    Ok(()) => Copied::Done,
                    Err(e) => Copied::Failed {
                        why: e.to_string(),
                        text,
                    },
                });
            });
        })
    };
    (copied, copy)
}

#[derive(Properties, PartialEq)]
pub struct CopyResultProps {
    pub copied: Copied,
    /// What to say when it worked, and its test id.
    pub done: AttrValue,
    pub done_id: AttrValue,
    /// What else to do when the browser refused (after "select the text below and copy it").
    pub otherwise: AttrValue,
    /// The accessible name of the text shown then, and its height in lines.
    pub label: AttrValue,
    pub rows: u32,
}

/// A polite live region with the outcome of the last copy.
#[component]
pub fn CopyResult(props: &CopyResultProps) -> Html {
    html! {
        <div class="copy-result" aria-live="polite">
            { match &props.copied {
                Copied::Not => html! {},
                Copied::Done => html! { <p data-testid={props.done_id.clone()}>{ props.done.clone() }</p> },
                Copied::Failed { why, text } => html! {
                    <>
                        <p>{ format!("{why} Select the text below and copy it{}.", props.otherwise) }</p>
                        <textarea readonly=true rows={props.rows.to_string()} aria-label={props.label.clone()}
                                  value={text.clone()} />
                    </>
                },
            } }
        </div>
    }
}

//! "A summary for your doctor or nurse": print it (the print style sheet shows only this
//! summary) or copy it as plain text. Both come from `summary::for_clinician`, so what is
//! printed and what is copied say the same.

use std::rc::Rc;

use yew::prelude::*;

use super::summary::{as_text, for_clinician};
use super::use_engine;
use crate::browser;
use crate::engine::Assessment;

#[derive(Properties, PartialEq)]
pub struct ClinicianSummaryProps {
    pub assessment: Rc<Assessment>,
}

/// What happened to the last "Copy summary".
#[derive(Debug, Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The browser refused: the text is shown to select and copy by hand.
    Failed {
        why: String,
        text: String,
    },
}

/// The buttons, the result of copying, and the summary laid out for print.
#[component]
pub fn ClinicianSummary(props: &ClinicianSummaryProps) -> Html {
    let engine = use_engine();
    let copied = use_state(|| Copied::Not);
    // Today's date on this device, read after the first render: the prebuilt page (rendered
    // ahead of time, with no browser) and the first live render are the same.
    let date = use_state(|| None::<AttrValue>);
    {
        let date = date.clone();
        use_effect_with((), move |_| date.set(Some(browser::today().into())));
    }
    let sections = use_memo((Rc::clone(&props.assessment), (*date).clone()), {
        let engine = Rc::clone(&engine);
        move |(a, date)| for_clinician(&engine, a, date.as_deref())
    });
    let on_copy = {
        let copied = copied.clone();
        let sections = Rc::clone(&sections);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = as_text(&sections);
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
    let on_print = Callback::from(|_: MouseEvent| browser::print_page());
    html! {
        <section class="clinician-summary" data-testid="clinician-summary"
                 aria-labelledby="clinician-summary-title">
            <h2 id="clinician-summary-title">{ "A summary for your doctor or nurse" }</h2>
            <p>{ "Print it or copy it to show a doctor or nurse. It lists your answers and what this page said. It does not leave this device unless you send it." }</p>
            <div class="summary-actions">
                <button type="button" class="secondary" onclick={on_copy}>{ "Copy summary" }</button>
                <button type="button" class="secondary" onclick={on_print}>{ "Print summary" }</button>
            </div>
            <div class="copy-result" aria-live="polite">
                { match &*copied {
                    Copied::Not => html! {},
                    Copied::Done => html! { <p data-testid="copied">{ "Copied. You can paste it into a message or a note." }</p> },
                    Copied::Failed { why, text } => html! {
                        <>
                            <p>{ format!("{why} Select the text below and copy it, or use Print summary.") }</p>
                            <textarea readonly=true rows="10" aria-label="The summary as text" value={text.clone()} />
                        </>
                    },
                } }
            </div>
            <div class="print-summary" data-testid="print-summary">
                <h1>{ "Weak or cramping legs: summary to show a doctor or nurse" }</h1>
                { for sections.iter().map(|s| html! {
                    <>
                        <h2>{ s.heading }</h2>
                        <ul>{ for s.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </>
                }) }
            </div>
        </section>
    }
}

//! "A summary for your doctor or nurse": print it (the print style sheet shows only this
//! summary) or copy it as plain text. Both come from `summary::for_clinician`, so what is
//! printed and what is copied say the same.

use std::rc::Rc;

use yew::prelude::*;

use super::copy_result::{use_copy, CopyResult};
use super::summary::{as_text, for_clinician};
use super::use_engine;
use crate::browser;
use crate::engine::Assessment;

#[derive(Properties, PartialEq)]
pub struct ClinicianSummaryProps {
    pub assessment: Rc<Assessment>,
}

/// The buttons, the result of copying, and the summary laid out for print.
#[component]
pub fn ClinicianSummary(props: &ClinicianSummaryProps) -> Html {
    let engine = use_engine();
    let (copied, copy) = use_copy();
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
        let sections = Rc::clone(&sections);
        copy.reform(move |_: MouseEvent| as_text(&sections))
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
            <CopyResult copied={(*copied).clone()} done_id="copied"
                        done="Copied. You can paste it into a message or a note."
                        otherwise=", or use Print summary" label="The summary as text" rows={10} />
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

//! "How good is this?": how the checker was tested and what the sealed test set found, as
//! measured (the same figures as the README; `tests/evaluation_summary.rs` checks them against
//! `tests/eval/sealed4/result.json`, the one recorded run of the newest sealed set).

use yew::prelude::*;

/// The sealed set's figures, as measured once at the end of a round of changes.
pub struct SealedFigures {
    /// The date of the run (YYYY-MM-DD).
    pub date: &'static str,
    pub cases: usize,
    /// Cases whose cause is a deficiency, and how many had it first or in the first three.
    pub deficiency_cases: usize,
    pub first: usize,
    pub first_three: usize,
    /// Cases both readers said need care today, and how many the page sent for care today.
    pub need_today: usize,
    pub sent_today: usize,
    /// Cases both readers said can wait, and how many the page still sent for care today.
    pub can_wait: usize,
    pub escalated: usize,
}

/// The figures of the newest sealed run, as recorded in `tests/eval/sealed4/result.json`.
pub const SEALED: SealedFigures = SealedFigures {
    date: "2026-12-06",
    cases: 44,
    deficiency_cases: 26,
    first: 15,
    first_three: 26,
    need_today: 23,
    sent_today: 23,
    can_wait: 21,
    escalated: 1,
};

/// A short section near the end of the page.
#[component]
pub fn EvaluationSummary() -> Html {
    let s = &SEALED;
    html! {
        <section class="evaluation" data-testid="evaluation" aria-labelledby="evaluation-title">
            <h2 id="evaluation-title">{ "How good is this?" }</h2>
            <p>
                { "We tested the checker on short stories of people with weak or cramping legs. \
                   Each story was based on a published medical report. The people who wrote them \
                   had not seen how the checker works. Another person, who saw only this page, \
                   chose the boxes each person would tick. Two more people said how soon each \
                   person needed care." }
            </p>
            <p data-testid="evaluation-figures">
                { format!(
                    "On {} stories (tested on {}): the right nutrient came first for {} of {} \
                     and was in the top three for {}. Of {} people who needed care the same \
                     day, the page said so for {}. Of {} people who could wait, it sent {} to \
                     get help the same day.",
                    s.cases, s.date, s.first, s.deficiency_cases, s.first_three, s.need_today,
                    s.sent_today, s.can_wait, s.escalated
                ) }
            </p>
            // A wrapper that is always there, so no conditional sits between siblings (see
            // results.rs on yewstack/yew#4092), although this one never changes after start.
            <div class="evaluation-warning">
            if s.sent_today < s.need_today {
                <p data-testid="evaluation-warning">
                    { format!(
                        "So it missed {} of the {} people who needed care that day. Do not use it \
                         alone to decide whether you need care today. If you feel very unwell or \
                         are getting worse, get medical help.",
                        s.need_today - s.sent_today, s.need_today
                    ) }
                </p>
            } else {
                <p data-testid="evaluation-warning">
                    { "It sent everyone in this test who needed care that day, but earlier tests \
                       of the checker missed some people. Do not use it alone to decide whether \
                       you need care today. If you feel very unwell or are getting worse, get \
                       medical help." }
                </p>
            }
            </div>
            <p>
                { "That is a small test, and it was not done on real patients. Treat every \
                   result here as a question to ask a doctor, not an answer." }
            </p>
        </section>
    }
}

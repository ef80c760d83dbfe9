//! Shown instead of the checker when the knowledge base is broken.

use yew::prelude::*;

/// The knowledge base's emergency warning signs (finding id, label), written out here because
/// this panel shows when the knowledge base cannot be read. `index.html` lists the same signs
/// for when the page cannot run at all; `tests/knowledge_base.rs` checks both against the
/// knowledge base, label for label.
pub const EMERGENCY_SIGNS: [(&str, &str); 20] = [
    ("sudden_weakness", "Leg weakness that came on suddenly, or is spreading or getting worse over hours or days"),
    ("cannot_stand_now", "So weak right now that I cannot stand up or walk, or only just"),
    ("paralysis", "Suddenly cannot move a leg or an arm at all (paralysis)"),
    ("one_sided_weakness", "Sudden weakness or numbness on one side of the body or face. Or a face that droops, or speech that is suddenly slurred."),
    ("breathing_swallowing", "New trouble breathing or swallowing"),
    ("heart_racing_now", "My heart is racing or beating unevenly right now, and I feel faint, short of breath or have chest pain"),
    ("chest_pain", "Chest pain or pressure that does not go away, or pain that spreads to an arm, the neck, jaw or back"),
    ("seizure", "A fit (seizure), if it is your first one or not like your usual ones"),
    ("locked_spasm", "My hands or feet are locked in a cramp-like spasm right now, and it will not let go"),
    ("rising_from_feet", "New weakness or tingling that started in the feet and is spreading up the legs over hours or days"),
    ("both_legs_severe", "Weakness or numbness in both legs that is severe or getting worse"),
    ("weakness_after_injury", "The weakness or numbness started after a fall or an injury to my head, neck or back"),
    ("bladder_bowel_loss", "New loss of control of your bladder or bowels, or not being able to pee. Or a numb bottom or genitals."),
    ("cold_pale_leg", "A leg that has suddenly become cold, pale or blue, and painful"),
    ("tense_painful_leg", "A tight, swollen and very painful leg after an injury, a tight cast or hard exercise. Rest does not ease the pain."),
    ("staggering_walk", "A new staggering walk, as if drunk, that came on over hours or days"),
    ("new_confusion", "New confusion, or being very sleepy or hard to wake, that came on over hours or days"),
    ("odd_eye_movements", "New double vision, or eyes that flicker or will not move as they should"),
    ("sudden_vision_loss", "Sudden loss of sight, or sudden blurred or dim sight, in one or both eyes"),
    ("sepsis_signs", "A high temperature or shivering, and skin that is blotchy, pale or blue. Or a rash that does not fade, or very fast breathing."),
];

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    /// What is wrong, naming the bad entry.
    pub message: AttrValue,
}

/// A clear, non-blank error with the emergency advice the checker would otherwise give.
#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    html! {
        <section class="error-panel" data-testid="kb-error" aria-labelledby="kb-error-title">
            <h1 id="kb-error-title">{ "The checker could not start" }</h1>
            <p>
                { "Its medical information could not be loaded, so it will not guess. \
                   Please reload the page later. Nothing you entered has left this device." }
            </p>
            <div class="care-card care-emergency">
                <h2>{ "Call your emergency number now, such as 911, 999 or 112, if you have:" }</h2>
                <ul>
                    { for EMERGENCY_SIGNS.iter().map(|(id, label)| html! { <li data-finding={*id}>{ *label }</li> }) }
                </ul>
            </div>
            <p>{ "Otherwise, see a doctor or nurse about weak legs." }</p>
            <details>
                <summary>{ "Technical details" }</summary>
                <p class="error-detail">{ props.message.clone() }</p>
            </details>
        </section>
    }
}

//! The words of each care level and strength, written once: the care card, the status bar,
//! the results and the summary for a clinician all take them from here.

use crate::engine::Strength;
use crate::kb::TriageLevel;

/// The care level's headline, or `None` before any symptom is ticked.
pub fn headline(level: TriageLevel) -> Option<&'static str> {
    match level {
        TriageLevel::None => None,
        TriageLevel::Routine => Some("See a doctor or nurse"),
        TriageLevel::Soon => Some("See a doctor in the next few days"),
        TriageLevel::Urgent => Some("Get medical help today"),
        TriageLevel::Emergency => Some("Call your emergency number now, such as 911, 999 or 112"),
    }
}

/// The headline as the status line starts with it (the card gives the emergency numbers).
pub fn short_headline(level: TriageLevel) -> Option<&'static str> {
    match level {
        TriageLevel::Emergency => Some("Call your emergency number now"),
        other => headline(other),
    }
}

/// What to do, in one or two sentences, or `None` before any symptom is ticked.
pub fn action(level: TriageLevel) -> Option<&'static str> {
    match level {
        TriageLevel::None => None,
        TriageLevel::Routine => Some(
            "Book an appointment about your legs, sooner if it is getting worse. Blood tests \
             can show whether a nutrient is low. If a warning sign appears, get help straight \
             away.",
        ),
        TriageLevel::Soon => Some(
            "Contact your doctor's surgery and ask to be seen in the next day or two. You do \
             not need an emergency number, but do not wait for a routine appointment. If it \
             gets worse, or a warning sign appears, get help straight away.",
        ),
        TriageLevel::Urgent => Some(
            "Contact your doctor's surgery, an urgent care centre or a nurse advice line \
             today. If it gets worse quickly, call your emergency number.",
        ),
        TriageLevel::Emergency => Some(
            "Or go straight to the nearest emergency department. Do not drive yourself. Do not \
             wait to find out which nutrient it might be.",
        ),
    }
}

/// The one line the care card keeps in view at the top of a phone's screen (the full advice
/// is at the top of the results).
pub fn short_action(level: TriageLevel) -> Option<&'static str> {
    match level {
        TriageLevel::None => None,
        TriageLevel::Routine => Some("Book an appointment about your legs."),
        TriageLevel::Soon => Some("Ask your doctor's surgery to see you in the next day or two."),
        TriageLevel::Urgent => {
            Some("Contact a doctor, an urgent care centre or a nurse line today.")
        }
        TriageLevel::Emergency => Some("Or go to the nearest emergency department now."),
    }
}

/// Whether the level's card is an alert (`role="alert"`) that nothing may hide.
pub fn is_alert(level: TriageLevel) -> bool {
    level >= TriageLevel::Urgent
}

/// The strength label as the page shows it.
pub fn strength_text(s: Strength) -> &'static str {
    match s {
        Strength::Strong => "Strong match",
        Strength::Possible => "Possible match",
        Strength::Weak => "Weak match",
    }
}

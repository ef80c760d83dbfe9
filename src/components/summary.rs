//! The one-line summary announced (role="status") as the results change.

use crate::engine::{Assessment, Engine, Strength};
use crate::kb::TriageLevel;

/// The summary sentence for an assessment.
pub fn line(engine: &Engine, a: &Assessment) -> String {
    let warning = matches!(a.level, TriageLevel::Urgent | TriageLevel::Emergency);
    let prefix = if warning {
        "Warning sign ticked: get help first (see the top of the page). "
    } else {
        ""
    };
    if a.answers.ticks.is_empty() {
        return "Nothing ticked yet. Tick what you notice to see which deficiencies fit.".into();
    }
    let fitting = a
        .matches
        .iter()
        .filter(|m| m.strength > Strength::Weak)
        .count();
    let body = match a.matches.first() {
        None => "No deficiency on this list fits what you ticked.".to_string(),
        Some(_) if fitting == 0 => format!(
            "No deficiency fits well ({} weak {}).",
            a.matches.len(),
            plural(a.matches.len(), "match", "matches")
        ),
        Some(best) => format!(
            "{} possible {}; top match: {} ({}).",
            fitting,
            plural(fitting, "match", "matches"),
            engine
                .kb()
                .deficiencies
                .get(best.deficiency)
                .map_or("", |d| d.name.as_str()),
            best.strength.as_str()
        ),
    };
    format!("{prefix}{body}")
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

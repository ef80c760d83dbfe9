//! The one-line summary announced (role="status") as the results change.

use crate::engine::{Match, Strength};
use crate::kb::TriageLevel;

/// The summary sentence for the ranked matches, the care level and the number of ticks.
pub fn line(matches: &[Match], level: TriageLevel, ticked: usize) -> String {
    let warning = matches!(level, TriageLevel::Urgent | TriageLevel::Emergency);
    let prefix = if warning {
        "Warning sign ticked: get help first (see the top of the page). "
    } else {
        ""
    };
    if ticked == 0 {
        return "Nothing ticked yet. Tick what you notice to see which deficiencies fit.".into();
    }
    let fitting = matches
        .iter()
        .filter(|m| m.strength > Strength::Weak)
        .count();
    let body = match matches.first() {
        None => "No deficiency on this list fits what you ticked.".to_string(),
        Some(_) if fitting == 0 => format!(
            "No deficiency fits well ({} weak {}).",
            matches.len(),
            plural(matches.len(), "match", "matches")
        ),
        Some(best) => format!(
            "{} possible {}; top match: {} ({}).",
            fitting,
            plural(fitting, "match", "matches"),
            best.deficiency.name,
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

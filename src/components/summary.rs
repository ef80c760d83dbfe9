//! The one-line summary announced (role="status") as the results change.

use crate::engine::{Assessment, Engine, Strength};
use crate::kb::TriageLevel;

/// The summary sentence for an assessment. When a rule raised the level, it starts with what
/// to do and names what raised it (the titles of the rules at that level), whether a warning
/// sign or a combination of answers.
pub fn line(engine: &Engine, a: &Assessment) -> String {
    let action = match a.level {
        TriageLevel::Emergency => Some("Call your emergency number now"),
        TriageLevel::Urgent => Some("Get medical help today"),
        TriageLevel::Soon => Some("See a doctor in the next few days"),
        TriageLevel::None | TriageLevel::Routine => None,
    };
    let raised_by: Vec<&str> = a
        .fired
        .iter()
        .filter_map(|&r| engine.kb().triage_rules.get(r))
        .filter(|r| r.level == a.level)
        .map(|r| r.title.as_str())
        .collect();
    let prefix = match action {
        Some(action) if !raised_by.is_empty() => format!(
            "{action} (see the top of the page), because of: {}. ",
            raised_by.join("; ")
        ),
        _ => String::new(),
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

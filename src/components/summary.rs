//! The page's two summaries of an assessment: the status line announced (`role="status"`) as
//! the answers change, and the summary for a clinician (printed or copied as plain text).
//! Plain functions, so the native oracle and tests compute exactly what the page shows.

use std::fmt;

use super::care;
use super::finding_group::heading;
use super::onset_question::label as onset_label;
use crate::engine::{Assessment, Engine, Strength, Ticks};
use crate::kb::FindingKind;

/// How many matches the summary for a clinician lists.
pub const SUMMARY_MATCHES: usize = 3;

/// The status line: the care level's short headline (none before a symptom is ticked) and
/// what fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusLine {
    pub headline: Option<&'static str>,
    pub detail: String,
}

impl fmt::Display for StatusLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.headline {
            Some(h) => write!(f, "{h}. {}", self.detail),
            None => f.write_str(&self.detail),
        }
    }
}

/// The status line for an assessment.
pub fn status(engine: &Engine, a: &Assessment) -> StatusLine {
    if a.answers.ticks.is_empty() {
        return StatusLine {
            headline: None,
            detail: "Nothing ticked yet. Tick what you notice to see which deficiencies fit."
                .into(),
        };
    }
    let fitting = a.fitting();
    let detail = match a.matches.first() {
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
            engine.deficiency(best.deficiency).name,
            best.strength.as_str()
        ),
    };
    let detail = if a.any_symptom {
        detail
    } else {
        format!("No symptom ticked yet. {detail}")
    };
    StatusLine {
        headline: care::short_headline(a.level),
        detail,
    }
}

/// One part of the summary for a clinician.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static str,
    pub lines: Vec<String>,
}

/// The summary for a clinician: the date and knowledge-base version, the care advice, the
/// onset, what was ticked, the "no", "not sure" and "None of these" answers, the top matches
/// with their evidence and the blood tests to ask about, and the not-a-diagnosis note.
pub fn for_clinician(engine: &Engine, a: &Assessment, date: Option<&str>) -> Vec<Section> {
    let kb = engine.kb();
    let labels =
        |t: Ticks| -> Vec<String> { t.iter().map(|f| engine.finding(f).label.clone()).collect() };
    let mut sections = vec![Section {
        heading: "About this summary",
        lines: vec![
            format!(
                "Made {}with the leg weakness checker, knowledge base {}.",
                date.map(|d| format!("on {d} ")).unwrap_or_default(),
                kb.version
            ),
            NOT_A_DIAGNOSIS.to_string(),
        ],
    }];
    let mut advice: Vec<String> = care::headline(a.level)
        .map(|h| format!("{h}."))
        .into_iter()
        .collect();
    advice.extend(a.fired.iter().map(|&r| engine.rule(r).reason.clone()));
    if advice.is_empty() {
        advice.push("No symptom was ticked, so the checker gave no care advice.".into());
    }
    sections.push(Section {
        heading: "Care advice the checker gave",
        lines: advice,
    });
    sections.push(Section {
        heading: "When the main problem started",
        lines: vec![a
            .answers
            .onset
            .map_or("Not answered".into(), |o| onset_label(o).into())],
    });
    let mut ticked = Vec::new();
    for kind in FindingKind::ALL {
        let mine = labels(a.answers.ticks.and(engine.kind_mask(kind)));
        if !mine.is_empty() {
            ticked.push(format!("{}: {}", heading(kind).0, mine.join("; ")));
        }
    }
    if ticked.is_empty() {
        ticked.push("Nothing.".into());
    }
    sections.push(Section {
        heading: "What the person ticked",
        lines: ticked,
    });
    let mut no: Vec<String> = a
        .answers
        .none_of
        .iter()
        .map(|kind| match kind {
            FindingKind::WarningSign => "Read the warning signs: none of them applies.".into(),
            _ => format!("None of these: {}.", heading(kind).0),
        })
        .collect();
    let said_no = labels(a.answers.no.without(a.answers.ticks));
    if !said_no.is_empty() {
        no.push(format!("No: {}.", said_no.join("; ")));
    }
    let unsure = labels(a.answers.unsure);
    if !unsure.is_empty() {
        no.push(format!("Not sure: {}.", unsure.join("; ")));
    }
    if !no.is_empty() {
        sections.push(Section {
            heading: "What the person said does not apply, or was not sure of",
            lines: no,
        });
    }
    let shown: Vec<_> = a
        .matches
        .iter()
        .filter(|m| m.strength > Strength::Weak || !a.anything_fits())
        .take(SUMMARY_MATCHES)
        .collect();
    let matches: Vec<String> = shown
        .iter()
        .map(|m| {
            let d = engine.deficiency(m.deficiency);
            let why: Vec<&str> = m
                .evidence
                .iter()
                .map(|e| engine.finding(e.finding).label.as_str())
                .collect();
            format!(
                "{} ({}). Fits: {}. Test to ask about: {}.",
                d.name,
                care::strength_text(m.strength).to_lowercase(),
                why.join("; "),
                d.tests.ask_for.trim_end_matches('.')
            )
        })
        .collect();
    sections.push(Section {
        heading: "What could fit, and the blood tests to ask about",
        lines: if matches.is_empty() {
            vec!["No deficiency on the checker's list fits what was ticked.".into()]
        } else {
            matches
        },
    });
    sections
}

/// The summary for a clinician as plain text, for copying.
pub fn as_text(sections: &[Section]) -> String {
    let mut out = String::from("Weak or cramping legs: summary to show a doctor or nurse\n");
    for s in sections {
        out.push('\n');
        out.push_str(s.heading);
        out.push('\n');
        for line in &s.lines {
            out.push_str("- ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The note every summary carries.
pub const NOT_A_DIAGNOSIS: &str = "This is not a diagnosis. It shows which nutrient \
    deficiencies fit what the person ticked, from public health sources. Only a clinician can \
    examine them and test their blood.";

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

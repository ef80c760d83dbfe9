//! The clinical hazard log (`src/hazard-log.json`), read by the safety tests: the hazards of
//! the care card and one entry per triage rule (the picture, the level by onset, the controls
//! that chose it, the evidence for and against, what would make it wrong), and what each mimic
//! and caution text asks the person to do. Never compiled into the page.

use std::collections::BTreeMap;

use legcheck::kb::{Onset, TriageLevel};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HazardLog {
    pub about: String,
    /// The controls of the clinical safety policy, by number.
    pub controls: BTreeMap<String, String>,
    pub hazards: Vec<Hazard>,
    pub rules: Vec<RuleEntry>,
    /// What each mimic and caution text asks for.
    pub messages: Vec<MessageEntry>,
}

/// One hazard: too low (H1.*) or too high (H2.*) for a kind of person or picture.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hazard {
    pub id: String,
    pub hazard: String,
    pub who: String,
}

/// One rule as the log records it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    pub rule: String,
    /// The hazards this rule controls.
    pub hazards: Vec<String>,
    /// The picture, in words.
    pub picture: String,
    /// The level and onset gate (empty: any onset), as the knowledge base has them.
    pub level: TriageLevel,
    pub onset: Vec<Onset>,
    /// A smallest set of ticks that fires the rule.
    pub example: Vec<String>,
    /// The numbers of the controls that set the level.
    pub controls: Vec<u8>,
    pub evidence: Vec<Evidence>,
    /// Set when the level is above what its allow-listed sources say: why (a safety control).
    #[serde(default)]
    pub safety_margin: Option<String>,
    /// What would make the level wrong.
    pub wrong_if: String,
    /// For reviewers: history, conflicts, what a clinician should look at first.
    #[serde(default)]
    pub notes: Option<String>,
    /// A clinical safety officer should review this entry first.
    #[serde(default)]
    pub review_first: bool,
}

/// A sentence that bears on a level.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// A knowledge-base source id (allow-listed, cited on the page) ...
    #[serde(default)]
    pub source: Option<String>,
    /// ... or a page outside the allow-list, kept here only as a reason.
    #[serde(default)]
    pub url: Option<String>,
    pub stance: Stance,
    pub quote: String,
    /// Where it was read, when that was a copy of the page on another host.
    #[serde(default)]
    pub read_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Supports the level chosen.
    For,
    /// Gives a different level for the picture, or for part of it.
    Against,
}

/// What a mimic's or caution's text asks the person to do, and when.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageEntry {
    /// `mimic:<id>` or `caution:<id>`.
    pub message: String,
    pub asks: Vec<Ask>,
}

/// One instruction of a message: the level it asks for, always or only when one of the
/// listed boxes is ticked, and for which onsets (empty: any).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    pub level: TriageLevel,
    #[serde(default)]
    pub if_any: Vec<String>,
    #[serde(default)]
    pub onset: Vec<Onset>,
    /// The words of the text that ask it.
    pub words: String,
}

/// The log as committed.
pub fn load() -> HazardLog {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/hazard-log.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?} is not a hazard log: {e}"))
}

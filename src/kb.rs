//! The knowledge base: typed data from `src/knowledge-base.json` (checked and prepared by `build.rs`, parsed at run time by tests), and its validation.
//!
//! Everything the page says about a deficiency, every checkbox and every warning-sign rule comes
//! from `src/knowledge-base.json`. `build.rs` includes this module, parses and validates the
//! file (unique ids, resolvable references, allow-listed sources) and fails the build when it
//! is broken, so nobody sees wrong advice; it then writes the prepared form the page loads
//! (`KnowledgeBase::to_prepared`, read back by `src/prepared.rs`). Tests parse the JSON at run
//! time into the same structure. Nothing here may use the rest of the crate.

mod validate;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The knowledge base's JSON, for tests and dev tools (the page loads the prepared form).
pub const EMBEDDED_JSON: &str = include_str!("knowledge-base.json");

/// The most findings (boxes) a knowledge base may have: the engine keeps ticks as a bit set of
/// this size (`engine::Ticks`).
pub const MAX_FINDINGS: usize = 256;

/// Hosts a source URL may use (or their `www.` form). See [`check_source_url`].
pub const ALLOWED_HOSTS: &[&str] = &[
    "ods.od.nih.gov",
    "medlineplus.gov",
    "nhs.uk",
    "msdmanuals.com",
    "merckmanuals.com",
    "ncbi.nlm.nih.gov",
    "pmc.ncbi.nlm.nih.gov",
    "pubmed.ncbi.nlm.nih.gov",
    "fda.gov",
    "cdc.gov",
    "niddk.nih.gov",
    "ninds.nih.gov",
    "nice.org.uk",
    "mayoclinic.org",
    "my.clevelandclinic.org",
];

/// Why a knowledge base could not be used.
#[derive(Debug, Error)]
pub enum KbError {
    /// The text is not valid JSON or does not have the expected shape.
    #[error("the knowledge-base file could not be read: {0}. Fix the JSON and reload.")]
    Parse(#[from] serde_json::Error),
    /// The JSON parsed but breaks one or more content rules; each entry names the bad item.
    #[error("the knowledge-base file has {} problem(s): {}", .0.len(), .0.join("; "))]
    Invalid(Vec<String>),
    /// The prepared form built into the page could not be decoded (it is written by `build.rs`
    /// from the same types, so this means a build went wrong).
    #[error("the prepared knowledge base could not be read: {0}. Rebuild the page.")]
    Prepared(#[from] postcard::Error),
}

/// The whole knowledge base.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// Version of the content, shown in the footer.
    pub version: String,
    /// Date (YYYY-MM-DD) the content was last checked against its sources.
    pub reviewed: String,
    /// Codes of findings that were removed: never given to another finding, so a saved answer
    /// or a link made with an older version can never tick the wrong box.
    #[serde(default)]
    pub retired_codes: Vec<u16>,
    /// Every source any section cites, by id.
    pub sources: Vec<Source>,
    /// The checkboxes: shared by every deficiency and rule that uses them.
    pub findings: Vec<Finding>,
    /// The conditions the page ranks.
    pub deficiencies: Vec<Deficiency>,
    /// Findings (alone or together) that need urgent or emergency care.
    pub triage_rules: Vec<TriageRule>,
    /// Warnings attached to advice when a finding applies to the person.
    pub cautions: Vec<Caution>,
    /// Patterns that point away from a deficiency.
    #[serde(default)]
    pub mimics: Vec<Mimic>,
    /// Short notes for people the checker is not made for (pregnancy, under-18s).
    #[serde(default)]
    pub notices: Vec<Notice>,
}

/// A short note shown near the top of the page, with its sources.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub id: String,
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// A public page that states the facts a section cites it for.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
}

/// What kind of checkbox a finding is; decides its group on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    WarningSign,
    LegSymptom,
    OtherSymptom,
    RiskFactor,
}

impl FindingKind {
    /// All kinds in the order the page shows their groups.
    pub const ALL: [FindingKind; 4] = [
        FindingKind::WarningSign,
        FindingKind::LegSymptom,
        FindingKind::OtherSymptom,
        FindingKind::RiskFactor,
    ];

    /// The snake_case name used in the JSON and in page hooks.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::WarningSign => "warning_sign",
            FindingKind::LegSymptom => "leg_symptom",
            FindingKind::OtherSymptom => "other_symptom",
            FindingKind::RiskFactor => "risk_factor",
        }
    }

    /// The kind named `s` (its snake_case name), if any.
    pub fn parse(s: &str) -> Option<FindingKind> {
        FindingKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The group's place on the page (its position in [`FindingKind::ALL`]).
    pub fn slot(self) -> usize {
        match self {
            FindingKind::WarningSign => 0,
            FindingKind::LegSymptom => 1,
            FindingKind::OtherSymptom => 2,
            FindingKind::RiskFactor => 3,
        }
    }

    /// Symptoms (including warning signs) count as signs; risk factors do not.
    pub fn is_symptom(self) -> bool {
        self != FindingKind::RiskFactor
    }
}

/// One checkbox: something a person notices or something that applies to them.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: String,
    /// The finding's number in saved answers and links (`state::codec`): unique, never 0, and
    /// never changed or reused (`tests/fixtures/finding-codes.json` keeps every code given).
    pub code: u16,
    pub kind: FindingKind,
    /// Plain-language text of the checkbox.
    pub label: String,
    /// Optional extra explanation shown under the label.
    #[serde(default)]
    pub hint: Option<String>,
    /// A medicine (or supplement) the person takes; shown apart from other risk factors.
    #[serde(default)]
    pub medicine: bool,
    /// Everyday words for the same thing that search also finds, from patient pages.
    #[serde(default)]
    pub lay_words: Option<LayWords>,
}

/// Other words people use for a box ("water tablets", "pins and needles"), each stated by a
/// cited patient page. Search looks in them; the page never shows them as labels.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LayWords {
    pub words: Vec<String>,
    pub sources: Vec<String>,
    /// Where the words were read, for reviewers. Never shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

/// How typical a finding is for a deficiency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkStrength {
    /// A typical sign or risk the sources state for this deficiency.
    #[default]
    Core,
    /// Only an association or weak evidence; counts half.
    Supporting,
}

impl LinkStrength {
    /// The multiplier this strength applies to a finding's weight.
    pub fn factor(self) -> f64 {
        match self {
            LinkStrength::Core => 1.0,
            LinkStrength::Supporting => 0.5,
        }
    }
}

/// A finding as it belongs to one deficiency.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FindingLink {
    pub finding: String,
    #[serde(default)]
    pub strength: LinkStrength,
    /// A risk factor that a cited source says causes the deficiency (the person loses the
    /// nutrient, cannot absorb it, does not take it in, or something uses it up or blocks it),
    /// not only a marker of risk. With a typical sign ticked, the match is at least possible.
    #[serde(default)]
    pub cause: bool,
}

/// A list of linked findings with its sources.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LinkedSection {
    pub items: Vec<FindingLink>,
    /// An honest qualifier for the person, e.g. where a popular claim is only an association.
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
    /// A note for reviewers (what a source does or does not say, why a weight is low). Never
    /// shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

/// A paragraph of text with its sources.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TextSection {
    pub text: String,
    pub sources: Vec<String>,
    /// A note for reviewers (what a source does or does not say, why a weight is low). Never
    /// shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

/// Which blood test(s) to ask about: one short line for the card, and the full text.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TestSection {
    /// The test(s) in a few words, shown on the card ("A blood test for potassium").
    pub ask_for: String,
    pub text: String,
    pub sources: Vec<String>,
    /// A note for reviewers. Never shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

/// What to do about a deficiency once a clinician has confirmed it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Management {
    pub diet: String,
    pub supplements: String,
    pub lifestyle: String,
    pub sources: Vec<String>,
}

/// One deficiency the page can rank.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deficiency {
    pub id: String,
    /// Short name of the nutrient, e.g. "Vitamin D".
    pub name: String,
    /// The condition in plain words with the medical term.
    pub condition: String,
    /// What the nutrient does.
    pub role: TextSection,
    /// Leg and other symptoms.
    pub symptoms: LinkedSection,
    pub risk_factors: LinkedSection,
    /// Which blood test(s) to ask a clinician about.
    pub tests: TestSection,
    /// The adult recommended intake, where an allow-listed source gives one.
    #[serde(default)]
    pub intake: Option<TextSection>,
    pub management: Management,
}

/// How soon to get care.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum TriageLevel {
    /// No symptom ticked yet.
    #[default]
    None,
    /// See a clinician in the usual way.
    Routine,
    /// See a doctor in the next few days.
    Soon,
    /// Get medical help today.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl TriageLevel {
    /// The value of the page's `data-level` hook.
    pub fn as_str(self) -> &'static str {
        match self {
            TriageLevel::None => "none",
            TriageLevel::Routine => "routine",
            TriageLevel::Soon => "soon",
            TriageLevel::Urgent => "urgent",
            TriageLevel::Emergency => "emergency",
        }
    }
}

/// When the main problem started: the answer to the page's onset question. Unanswered counts
/// as `NotSure`, the cautious choice.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Onset {
    /// In the last few hours.
    Hours,
    /// Over a few days.
    Days,
    /// Over weeks.
    Weeks,
    /// Months or longer.
    Months,
    /// Not sure (or not answered).
    #[default]
    NotSure,
}

impl Onset {
    /// Every answer, in the order the page offers them.
    pub const ALL: [Onset; 5] = [
        Onset::Hours,
        Onset::Days,
        Onset::Weeks,
        Onset::Months,
        Onset::NotSure,
    ];

    /// The snake_case name used in the JSON, in saved answers and in page hooks.
    pub fn as_str(self) -> &'static str {
        match self {
            Onset::Hours => "hours",
            Onset::Days => "days",
            Onset::Weeks => "weeks",
            Onset::Months => "months",
            Onset::NotSure => "not_sure",
        }
    }

    /// The answer named `s`, if any.
    pub fn parse(s: &str) -> Option<Onset> {
        Onset::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// A combination of findings: every `all_of` finding ticked, at least one finding of each
/// `any_of` group, and, when `onset` is given, an onset answer among those listed.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    #[serde(default)]
    pub all_of: Vec<String>,
    #[serde(default)]
    pub any_of: Vec<Vec<String>>,
    /// The onset answers for which the pattern applies; empty means any answer.
    #[serde(default)]
    pub onset: Vec<Onset>,
}

impl Pattern {
    /// Every finding the pattern names.
    pub fn findings(&self) -> impl Iterator<Item = &String> {
        self.all_of.iter().chain(self.any_of.iter().flatten())
    }

    /// True when the pattern names no finding (it never matches).
    pub fn is_empty(&self) -> bool {
        self.all_of.is_empty() && self.any_of.is_empty()
    }

    /// True when the pattern is this one finding alone (for some or all onset answers).
    pub fn is_single(&self, finding: &str) -> bool {
        self.any_of.is_empty() && self.all_of.len() == 1 && self.all_of[0] == finding
    }

    /// True when the pattern is exactly this one finding, whatever the onset.
    pub fn is_only(&self, finding: &str) -> bool {
        self.any_of.is_empty()
            && self.onset.is_empty()
            && self.all_of.len() == 1
            && self.all_of[0] == finding
    }
}

/// A warning-sign rule: fires when its pattern matches.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRule {
    pub id: String,
    /// `soon`, `urgent` or `emergency` (validation refuses the others).
    pub level: TriageLevel,
    /// A few plain words naming what raised the level, for the status line ("Signs of a
    /// stroke").
    pub title: String,
    pub when: Pattern,
    /// Plain sentences: why this needs care, and how soon.
    pub reason: String,
    /// The deficiencies the reason names as a likely cause ("can mean your potassium is
    /// low"): while the rule fires, each is shown as at least a possible match, so the results
    /// never say "nothing fits" about what the card names.
    #[serde(default)]
    pub names: Vec<String>,
    /// The pages the reason rests on. The sentences that set the level, for and against, and
    /// the controls that chose it are in the hazard log (`src/hazard-log.json`), not here.
    pub sources: Vec<String>,
}

/// A pattern that fits a cause other than a deficiency (a stroke, a trapped nerve, a
/// medicine). When it matches the page says so, and no deficiency is strong on it alone.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mimic {
    pub id: String,
    /// Plain name of the other cause.
    pub name: String,
    pub when: Pattern,
    /// What it may be and what to do.
    pub text: String,
    pub sources: Vec<String>,
    /// A note for reviewers (what a source does or does not say, why a weight is low). Never
    /// shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

/// A warning on advice, shown prominently when any listed finding is ticked: on each listed
/// deficiency's card, or with the results when it lists none (a general caution).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Caution {
    pub id: String,
    #[serde(default)]
    pub deficiencies: Vec<String>,
    pub any_of: Vec<String>,
    pub text: String,
    pub sources: Vec<String>,
    /// A note for reviewers (what a source does or does not say, why a weight is low). Never
    /// shown on the page.
    #[serde(default)]
    pub review: Option<String>,
}

impl KnowledgeBase {
    /// Parses and validates a knowledge base from JSON text.
    pub fn from_json(text: &str) -> Result<Self, KbError> {
        let kb: KnowledgeBase = serde_json::from_str(text)?;
        kb.validate()?;
        Ok(kb)
    }

    /// Parses and validates the embedded knowledge base.
    pub fn embedded() -> Result<Self, KbError> {
        Self::from_json(EMBEDDED_JSON)
    }

    /// Reads the prepared form `build.rs` writes: the knowledge base validated at build time,
    /// without reviewer notes, in postcard's compact binary form. It is not validated again.
    pub fn from_prepared(bytes: &[u8]) -> Result<Self, KbError> {
        Ok(postcard::from_bytes(bytes)?)
    }

    /// The prepared form of this knowledge base (see [`KnowledgeBase::from_prepared`]):
    /// reviewer notes are left out, since the page never shows them.
    pub fn to_prepared(&self) -> Result<Vec<u8>, KbError> {
        Ok(postcard::to_allocvec(
            &self.clone().without_reviewer_notes(),
        )?)
    }

    /// This knowledge base without the notes for reviewers (`review` fields), which the page
    /// never shows.
    pub fn without_reviewer_notes(mut self) -> Self {
        for f in &mut self.findings {
            if let Some(words) = &mut f.lay_words {
                words.review = None;
            }
        }
        for d in &mut self.deficiencies {
            d.role.review = None;
            d.symptoms.review = None;
            d.risk_factors.review = None;
            d.tests.review = None;
            if let Some(intake) = &mut d.intake {
                intake.review = None;
            }
        }
        for m in &mut self.mimics {
            m.review = None;
        }
        for c in &mut self.cautions {
            c.review = None;
        }
        self
    }

    /// (id, label) of each warning sign whose own rule is an emergency (for some or all onset
    /// answers), in knowledge-base order: the list the page shows before it starts, and if it
    /// cannot start.
    pub fn emergency_signs(&self) -> Vec<(&str, &str)> {
        self.findings
            .iter()
            .filter(|f| f.kind == FindingKind::WarningSign)
            .filter(|f| {
                self.triage_rules
                    .iter()
                    .any(|r| r.when.is_single(&f.id) && r.level == TriageLevel::Emergency)
            })
            .map(|f| (f.id.as_str(), f.label.as_str()))
            .collect()
    }

    /// Looks up a finding by id.
    pub fn finding(&self, id: &str) -> Option<&Finding> {
        self.findings.iter().find(|f| f.id == id)
    }

    /// Looks up a source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Looks up a deficiency by id.
    pub fn deficiency(&self, id: &str) -> Option<&Deficiency> {
        self.deficiencies.iter().find(|d| d.id == id)
    }

    /// Checks every content rule and returns all problems at once, each naming its entry
    /// (the checks are in `kb/validate.rs`).
    pub fn validate(&self) -> Result<(), KbError> {
        let problems = validate::problems(self);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(KbError::Invalid(problems))
        }
    }
}

/// Checks that a source URL is https on an allow-listed host (or its `www.` form), with
/// NCBI pages other than PMC and PubMed only under `/books/` (StatPearls and the Bookshelf).
pub fn check_source_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .ok_or_else(|| format!("URL {url:?} must start with https://"))?;
    let (authority, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    if authority.contains(['@', ':']) {
        return Err(format!("URL {url:?} must not carry a user or port"));
    }
    let host = authority.to_ascii_lowercase();
    let bare = host.strip_prefix("www.").unwrap_or(&host);
    if !ALLOWED_HOSTS.contains(&bare) {
        return Err(format!(
            "host {host:?} of {url:?} is not on the source allow-list"
        ));
    }
    if bare == "ncbi.nlm.nih.gov" && !path.starts_with("/books/") {
        return Err(format!(
            "NCBI URL {url:?} must be a /books/ page (StatPearls/Bookshelf)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_rule_accepts_allowed_hosts_and_www_form() {
        for ok in [
            "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
            "https://www.nhs.uk/conditions/stroke/symptoms/",
            "https://www.ncbi.nlm.nih.gov/books/NBK532266/",
            "https://pmc.ncbi.nlm.nih.gov/articles/PMC3113994/",
            "https://my.clevelandclinic.org/health/diseases/15345-paralysis",
            "https://www.nice.org.uk/guidance/ng234",
        ] {
            assert_eq!(check_source_url(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn url_rule_rejects_http_other_hosts_and_lookalikes() {
        for bad in [
            "http://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
            "https://healthjade.com/hypokalemia",
            "https://nhs.uk.evil.example/page",
            "https://evilnhs.uk/page",
            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/",
            "https://user@nhs.uk/page",
            "https://clevelandclinic.org/health",
        ] {
            assert!(check_source_url(bad).is_err(), "{bad} should be rejected");
        }
    }
}

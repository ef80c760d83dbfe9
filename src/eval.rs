//! The evaluation set: short vignettes from published cases, in the person's own words, run
//! through the same engine as the page. Plain Rust; printed by `make eval`, gated by
//! `tests/evaluation.rs`.
//!
//! Each phrase is matched to a checkbox by its label, hint and synonyms (the words a person
//! might use), never by finding id, and the report says how many phrases matched.

use std::collections::BTreeSet;
use std::fmt;

use serde::Deserialize;

use crate::engine::{self, Strength, Ticked};
use crate::kb::{KnowledgeBase, TriageLevel};

/// The evaluation set shipped in the repository.
pub const VIGNETTES_JSON: &str = include_str!("../tests/eval/vignettes.json");

/// Where a vignette comes from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub title: String,
    pub url: String,
    /// The key sentence, verbatim.
    pub quote: String,
}

/// One case: findings in lay words and what a careful clinician would expect.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vignette {
    pub id: String,
    pub source: Citation,
    pub findings: Vec<String>,
    /// A deficiency id, or `none` for a mimic.
    pub expected: String,
    /// Other ids that are fair answers where the case is truly ambiguous.
    #[serde(default)]
    pub acceptable: Vec<String>,
    pub triage: TriageLevel,
    #[serde(default)]
    pub note: Option<String>,
}

/// Parses the evaluation set.
pub fn parse(text: &str) -> Result<Vec<Vignette>, serde_json::Error> {
    serde_json::from_str(text)
}

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "but",
    "by",
    "do",
    "for",
    "from",
    "get",
    "got",
    "has",
    "have",
    "i",
    "i'm",
    "im",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "me",
    "my",
    "of",
    "on",
    "or",
    "so",
    "such",
    "that",
    "the",
    "them",
    "then",
    "there",
    "they",
    "this",
    "to",
    "up",
    "very",
    "was",
    "were",
    "when",
    "with",
    "you",
    "your",
    "also",
    "all",
    "some",
    "lot",
    "really",
    "now",
    "feel",
    "feels",
    "felt",
    "feeling",
    "had",
    "am",
    "like",
    "become",
    "becomes",
    "became",
    "gone",
    "going",
    "go",
    "goes",
    "more",
    "much",
    "quite",
    "bit",
    "both",
    "since",
    "over",
    "last",
    "past",
    "few",
    "every",
    "ago",
    "often",
    "sometimes",
    "seem",
    "seems",
    "about",
    "any",
    "able",
];

/// Markers of a phrase that denies something ("I have no bladder problems"). Plain "not" or
/// "never" are not enough: "I could not move" and "almost never fresh fruit" state findings.
const DENIALS: &[&str] = &[
    "no problem",
    "no symptom",
    "never had",
    "don't have",
    "do not have",
    "haven't had",
    "nobody",
];

/// Irregular plurals and spellings folded before stemming.
const FOLD: &[(&str, &str)] = &[
    ("feet", "foot"),
    ("calves", "calf"),
    ("pee", "urine"),
    ("wee", "urine"),
    ("poo", "stool"),
    ("stools", "stool"),
    ("diarrhea", "diarrhoea"),
    ("celiac", "coeliac"),
    ("anemia", "anaemia"),
    ("tingly", "tingle"),
    ("weaker", "weak"),
    ("weakness", "weak"),
    ("numbness", "numb"),
    ("tired", "tire"),
    ("tiredness", "tire"),
    ("vomit", "vomit"),
    ("sick", "sick"),
];

/// A crude stemmer: enough to match short lay phrases to synonyms stemmed the same way.
fn stem(word: &str) -> String {
    let w = word.trim_matches('\'');
    if let Some((_, to)) = FOLD.iter().find(|(from, _)| *from == w) {
        return (*to).to_string();
    }
    for suffix in [
        "ingly", "ness", "ing", "ion", "ies", "ied", "ed", "er", "es", "ly", "s", "e", "y",
    ] {
        if w.len() >= suffix.len() + 3 {
            if let Some(stem) = w.strip_suffix(suffix) {
                return stem.to_string();
            }
        }
    }
    w.to_string()
}

/// Lower-case word stems without stopwords.
fn stems(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(stem)
        .collect()
}

fn is_negated(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    DENIALS.iter().any(|d| lower.contains(d))
}

/// An age of 65 or more stated in the phrase ("I am 72", "a 68-year-old").
fn states_older_age(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let ageish = ["year", "aged", "i am", "i'm", "age"]
        .iter()
        .any(|w| lower.contains(w));
    ageish
        && lower
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<u32>().ok())
            .any(|n| (65..=120).contains(&n))
}

/// The checkboxes a phrase matches, as a person reading the page would tick them: every
/// finding one of whose synonyms (or its whole label) has all its word stems in the phrase.
/// A phrase that denies something ("no bladder problems") matches nothing; a stated age of
/// 65 or more matches "older age".
pub fn match_phrase(kb: &KnowledgeBase, phrase: &str) -> Vec<String> {
    if is_negated(phrase) {
        return Vec::new();
    }
    let mut found = Vec::new();
    if states_older_age(phrase) && kb.finding("older_age").is_some() {
        found.push("older_age".to_string());
    }
    let words: BTreeSet<String> = stems(phrase).into_iter().collect();
    for f in &kb.findings {
        let hit = std::iter::once(&f.label).chain(&f.synonyms).any(|s| {
            let need = stems(s);
            !need.is_empty() && need.iter().all(|w| words.contains(w))
        });
        if hit && !found.contains(&f.id) {
            found.push(f.id.clone());
        }
    }
    found
}

/// What the engine made of one vignette.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub id: String,
    pub expected: String,
    pub acceptable: Vec<String>,
    pub expected_triage: TriageLevel,
    /// Each phrase and the findings it matched.
    pub phrases: Vec<(String, Vec<String>)>,
    /// Deficiency ids with strength, best first.
    pub ranking: Vec<(String, Strength)>,
    pub triage: TriageLevel,
}

impl Outcome {
    fn position(&self, id: &str) -> Option<usize> {
        self.ranking.iter().position(|(d, _)| d == id)
    }
    /// The expected deficiency is first.
    pub fn top1(&self) -> bool {
        self.position(&self.expected) == Some(0)
    }
    /// The expected deficiency, or an acceptable alternative, is in the first three.
    pub fn top3(&self) -> bool {
        std::iter::once(&self.expected)
            .chain(&self.acceptable)
            .any(|id| self.position(id).is_some_and(|p| p < 3))
    }
    /// Some deficiency is a strong match.
    pub fn any_strong(&self) -> bool {
        self.ranking.iter().any(|(_, s)| *s == Strength::Strong)
    }
    fn is_mimic(&self) -> bool {
        self.expected == "none"
    }
    fn needs_help(&self) -> bool {
        self.expected_triage >= TriageLevel::Urgent
    }
}

/// Runs one vignette through phrase matching, ranking and triage.
pub fn run(kb: &KnowledgeBase, v: &Vignette) -> Outcome {
    let phrases: Vec<(String, Vec<String>)> = v
        .findings
        .iter()
        .map(|p| (p.clone(), match_phrase(kb, p)))
        .collect();
    let ticked: Ticked = phrases
        .iter()
        .flat_map(|(_, f)| f.iter().cloned())
        .collect();
    Outcome {
        id: v.id.clone(),
        expected: v.expected.clone(),
        acceptable: v.acceptable.clone(),
        expected_triage: v.triage,
        ranking: engine::rank(kb, &ticked)
            .iter()
            .map(|m| (m.deficiency.id.clone(), m.strength))
            .collect(),
        triage: engine::triage(kb, &ticked).level,
        phrases,
    }
}

/// A share: `hit` of `of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub hit: usize,
    pub of: usize,
}

impl Share {
    fn count<'a>(
        items: impl Iterator<Item = &'a Outcome>,
        test: impl Fn(&Outcome) -> bool,
    ) -> Self {
        let (mut hit, mut of) = (0, 0);
        for o in items {
            of += 1;
            hit += usize::from(test(o));
        }
        Share { hit, of }
    }
    /// The share in percent (100 when there is nothing to count).
    pub fn percent(self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            100.0 * self.hit as f64 / self.of as f64
        }
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:5.1}% ({}/{})", self.percent(), self.hit, self.of)
    }
}

/// The figures over the whole set.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub outcomes: Vec<Outcome>,
    /// Phrases matched to a checkbox.
    pub phrases_matched: Share,
    /// Deficiency vignettes whose expected id is first.
    pub top1: Share,
    /// Deficiency vignettes with the expected or an acceptable id in the first three.
    pub top3: Share,
    /// Vignettes needing urgent or emergency care that reached at least that level.
    pub red_flag_recall: Share,
    /// Routine vignettes raised to urgent or emergency.
    pub over_triage: Share,
    /// Mimics where no deficiency is strong.
    pub mimics_not_strong: Share,
    /// Deficiency vignettes with a strong match.
    pub strong: Share,
}

/// Runs every vignette and computes the figures.
pub fn evaluate(kb: &KnowledgeBase, vignettes: &[Vignette]) -> Report {
    let outcomes: Vec<Outcome> = vignettes.iter().map(|v| run(kb, v)).collect();
    let deficiency = || outcomes.iter().filter(|o| !o.is_mimic());
    let phrases = outcomes.iter().flat_map(|o| &o.phrases);
    let phrases_matched = Share {
        hit: phrases.clone().filter(|(_, f)| !f.is_empty()).count(),
        of: phrases.count(),
    };
    Report {
        phrases_matched,
        top1: Share::count(deficiency(), Outcome::top1),
        top3: Share::count(deficiency(), Outcome::top3),
        red_flag_recall: Share::count(outcomes.iter().filter(|o| o.needs_help()), |o| {
            o.triage >= o.expected_triage
        }),
        over_triage: Share::count(
            outcomes
                .iter()
                .filter(|o| o.expected_triage <= TriageLevel::Routine),
            |o| o.triage >= TriageLevel::Urgent,
        ),
        mimics_not_strong: Share::count(outcomes.iter().filter(|o| o.is_mimic()), |o| {
            !o.any_strong()
        }),
        strong: Share::count(deficiency(), Outcome::any_strong),
        outcomes,
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "vignettes:            {}", self.outcomes.len())?;
        writeln!(f, "phrases matched:      {}", self.phrases_matched)?;
        writeln!(f, "top-1:                {}", self.top1)?;
        writeln!(f, "top-3:                {}", self.top3)?;
        writeln!(f, "red-flag recall:      {}", self.red_flag_recall)?;
        writeln!(f, "over-triage:          {}", self.over_triage)?;
        writeln!(f, "mimics not strong:    {}", self.mimics_not_strong)?;
        writeln!(f, "strong match (defic): {}", self.strong)?;
        let misses: Vec<&Outcome> = self
            .outcomes
            .iter()
            .filter(|o| {
                let wrong_rank = if o.is_mimic() {
                    o.any_strong()
                } else {
                    !o.top1()
                };
                wrong_rank
                    || (o.needs_help() && o.triage < o.expected_triage)
                    || (!o.needs_help() && o.triage >= TriageLevel::Urgent)
            })
            .collect();
        writeln!(f, "\nmisses ({}):", misses.len())?;
        for o in misses {
            let ranking: Vec<String> = o
                .ranking
                .iter()
                .take(5)
                .map(|(id, s)| format!("{id} ({})", s.as_str()))
                .collect();
            writeln!(
                f,
                "- {}: expected {} / {}, got [{}] / {}",
                o.id,
                o.expected,
                o.expected_triage.as_str(),
                ranking.join(", "),
                o.triage.as_str()
            )?;
            for (phrase, finding) in &o.phrases {
                let to = if finding.is_empty() {
                    "(no match)".to_string()
                } else {
                    finding.join(", ")
                };
                writeln!(f, "    {phrase:?} -> {to}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_drop_stopwords_and_suffixes() {
        assert_eq!(stems("My legs are cramping"), ["leg", "cramp"]);
        assert_eq!(stems("weaker, tingly feet"), ["weak", "tingle", "foot"]);
    }

    #[test]
    fn denials_match_nothing() {
        assert!(is_negated("I have no problems controlling my bladder"));
        assert!(!is_negated("I can't swallow"));
    }

    #[test]
    fn age_is_read_from_numbers() {
        assert!(states_older_age("I am 72"));
        assert!(states_older_age("a 68-year-old man"));
        assert!(!states_older_age("I am 40"));
        assert!(!states_older_age("I walk 70 steps"));
    }
}

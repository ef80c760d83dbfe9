//! The scoring engine: a pure function from (knowledge base, ticked findings) to ranked,
//! explained matches, and the warning-sign triage.
//!
//! Method (also in the README):
//! * A finding's weight for a deficiency is its *specificity*, `1 / n` where `n` is how many
//!   deficiencies list it, times its link strength (core 1, supporting ½). Weights are integer
//!   milli-points so sums are exact and ties are real ties.
//! * `signs` adds the weights of the ticked symptoms (warning signs included), `risks` those of
//!   ticked risk factors. The rank score is `signs + risks / 2`.
//! * Coverage is `signs` over the weight of the deficiency's symptoms, counting at most three
//!   fully specific signs' worth (so a long list of signs is not a handicap); support is the
//!   rank score over that same total.
//! * Strength: **strong** with 2+ ticked symptoms, coverage at least 20%, support at least
//!   35%, and either a fairly specific symptom (shared by at most two deficiencies) or a risk
//!   factor; **possible** with a ticked symptom and support at least 20%, or one fairly specific
//!   symptom (shared by at most one other deficiency) with a risk factor; otherwise **weak**.
//!   Risk factors alone, or tiredness alone, are never more than weak.
//! * Mimics: when the ticks match a pattern of another cause (a stroke, a trapped nerve, a
//!   statin), a deficiency stays strong only if it is strong without that pattern's findings.
//! * Order: rank score (the weight of the evidence), then the order in the knowledge base (the
//!   six seed deficiencies first). Strength is a label of how much of a deficiency's typical
//!   picture is ticked, so a long-listed deficiency can rank above a short-listed one that is
//!   labelled more strongly.
//!
//! No probability is computed or shown: the strength and the evidence are the whole result.

use std::collections::{BTreeMap, BTreeSet};

use crate::kb::{
    Caution, Deficiency, FindingKind, KnowledgeBase, LinkStrength, Mimic, TriageLevel, TriageRule,
};

/// The ids of the ticked findings.
pub type Ticked = BTreeSet<String>;

/// Milli-points: one fully specific, core finding is worth 1000.
pub const FULL_WEIGHT: u32 = 1000;

/// How well a deficiency fits the ticks. Ordered: `Weak < Possible < Strong`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Weak,
    Possible,
    Strong,
}

impl Strength {
    /// Lower-case word used on the page and in test hooks.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Weak => "weak",
            Strength::Possible => "possible",
            Strength::Strong => "strong",
        }
    }
}

/// One ticked finding that counts for a deficiency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub finding: String,
    pub kind: FindingKind,
    /// Its weight for this deficiency, in milli-points (risk factors count half of this).
    pub weight: u32,
    /// How many deficiencies in the knowledge base list this finding.
    pub shared_by: usize,
}

/// A ranked deficiency with the evidence for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Match<'a> {
    pub deficiency: &'a Deficiency,
    pub strength: Strength,
    /// Weight of ticked symptoms.
    pub signs: u32,
    /// Weight of ticked risk factors.
    pub risks: u32,
    /// Weight of all the deficiency's symptoms.
    pub sign_total: u32,
    /// Ticked findings that count, most weighty first.
    pub evidence: Vec<Evidence>,
    /// Typical symptoms (not warning signs) not ticked, most specific first.
    pub missing: Vec<String>,
    /// The mimic that kept this match from being strong: it was strong only on findings that
    /// fit that other cause.
    pub capped_by: Option<String>,
}

impl Match<'_> {
    /// Twice the rank score (symptoms plus half the risk factors), kept in whole numbers.
    pub fn score(&self) -> u32 {
        self.signs * 2 + self.risks
    }
}

/// How many deficiencies list each finding.
pub fn sharing(kb: &KnowledgeBase) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for d in &kb.deficiencies {
        for link in d.symptoms.items.iter().chain(&d.risk_factors.items) {
            *counts.entry(link.finding.as_str()).or_insert(0) += 1;
        }
    }
    counts
}

/// Ranks every deficiency that at least one ticked finding counts for, by rank score, ties in
/// knowledge-base order.
///
/// When a mimic's pattern matches, a deficiency stays strong only if it would be strong
/// without that pattern's findings; otherwise it shows as possible, with `capped_by` set.
pub fn rank<'a>(kb: &'a KnowledgeBase, ticked: &Ticked) -> Vec<Match<'a>> {
    let shared = sharing(kb);
    let fired = mimics(kb, ticked);
    let mut matches: Vec<(usize, Match<'a>)> = kb
        .deficiencies
        .iter()
        .enumerate()
        .filter_map(|(order, d)| score(kb, &shared, d, ticked).map(|m| (order, m)))
        .collect();
    for (_, m) in matches
        .iter_mut()
        .filter(|(_, m)| m.strength == Strength::Strong)
    {
        for mimic in &fired {
            let without: Ticked = ticked
                .iter()
                .filter(|f| !mimic.when.findings().any(|p| p == *f))
                .cloned()
                .collect();
            let still_strong = score(kb, &shared, m.deficiency, &without)
                .is_some_and(|rest| rest.strength == Strength::Strong);
            if !still_strong {
                m.strength = Strength::Possible;
                m.capped_by = Some(mimic.id.clone());
                break;
            }
        }
    }
    matches.sort_by(|(ao, a), (bo, b)| b.score().cmp(&a.score()).then_with(|| ao.cmp(bo)));
    matches.into_iter().map(|(_, m)| m).collect()
}

/// A finding's weight for one deficiency: `1000 / shared_by`, halved for a supporting link,
/// rounded to whole milli-points (at least 1).
fn link_weight(strength: LinkStrength, shared_by: usize) -> u32 {
    ((f64::from(FULL_WEIGHT) * strength.factor() / shared_by.max(1) as f64).round() as u32).max(1)
}

fn score<'a>(
    kb: &KnowledgeBase,
    shared: &BTreeMap<&str, usize>,
    d: &'a Deficiency,
    ticked: &Ticked,
) -> Option<Match<'a>> {
    let mut m = Match {
        deficiency: d,
        strength: Strength::Weak,
        signs: 0,
        risks: 0,
        sign_total: 0,
        evidence: Vec::new(),
        missing: Vec::new(),
        capped_by: None,
    };
    let mut missing = Vec::new();
    for link in d.symptoms.items.iter().chain(&d.risk_factors.items) {
        let Some(finding) = kb.finding(&link.finding) else {
            continue;
        };
        let shared_by = shared
            .get(link.finding.as_str())
            .copied()
            .unwrap_or(1)
            .max(1);
        // Rounded to whole milli-points; every finding keeps at least 1.
        let weight = ((f64::from(FULL_WEIGHT) * link.strength.factor() / shared_by as f64).round()
            as u32)
            .max(1);
        let is_sign = finding.kind.is_symptom();
        if is_sign {
            m.sign_total += weight;
        }
        if ticked.contains(&link.finding) {
            if is_sign {
                m.signs += weight;
            } else {
                m.risks += weight;
            }
            m.evidence.push(Evidence {
                finding: link.finding.clone(),
                kind: finding.kind,
                weight,
                shared_by,
            });
        } else if is_sign && finding.kind != FindingKind::WarningSign {
            missing.push((weight, link.finding.clone()));
        }
    }
    if m.evidence.is_empty() {
        return None;
    }
    // Stable sorts keep knowledge-base order among equal weights.
    m.evidence
        .sort_by_key(|e| (!e.kind.is_symptom(), std::cmp::Reverse(e.weight)));
    missing.sort_by_key(|(w, _)| std::cmp::Reverse(*w));
    m.missing = missing.into_iter().map(|(_, id)| id).collect();

    let signs_ticked = m.evidence.iter().filter(|e| e.kind.is_symptom()).count();
    let most_specific_sign = m
        .evidence
        .iter()
        .filter(|e| e.kind.is_symptom())
        .map(|e| e.weight)
        .max()
        .unwrap_or(0);
    // Percentages of the symptom weight, compared in whole numbers.
    let total = u64::from(m.sign_total.clamp(1, 3 * FULL_WEIGHT));
    let coverage_at_least = |pct: u64| u64::from(m.signs) * 100 >= pct * total;
    let support_at_least = |pct: u64| u64::from(m.score()) * 100 >= pct * 2 * total;
    // Signs that many deficiencies share cannot single one out: a strong match also needs a
    // fairly specific sign (shared by at most two) or a risk factor.
    let singled_out = most_specific_sign >= FULL_WEIGHT / 2 || m.risks > 0;
    m.strength =
        if signs_ticked >= 2 && singled_out && coverage_at_least(20) && support_at_least(35) {
            Strength::Strong
        } else if (signs_ticked >= 1 && support_at_least(20))
            || (most_specific_sign >= FULL_WEIGHT / 2 && m.risks > 0)
        {
            Strength::Possible
        } else {
            Strength::Weak
        };
    Some(m)
}

/// The care level for the ticks and the rules that set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage<'a> {
    pub level: TriageLevel,
    /// Every rule whose findings are all ticked, most urgent first.
    pub fired: Vec<&'a TriageRule>,
}

/// Decides the care level: the most urgent fired rule; else `routine` once any symptom is
/// ticked; else `none` (risk factors alone do not make a visit necessary).
pub fn triage<'a>(kb: &'a KnowledgeBase, ticked: &Ticked) -> Triage<'a> {
    let mut fired: Vec<&TriageRule> = kb
        .triage_rules
        .iter()
        .filter(|r| r.when.matches(ticked))
        .collect();
    fired.sort_by_key(|r| std::cmp::Reverse(r.level));
    let any_symptom = ticked
        .iter()
        .any(|id| kb.finding(id).is_some_and(|f| f.kind.is_symptom()));
    let level = match fired.first() {
        Some(r) => r.level,
        None if any_symptom => TriageLevel::Routine,
        None => TriageLevel::None,
    };
    Triage { level, fired }
}

/// The cautions on a deficiency's advice that apply because of what is ticked.
pub fn active_cautions<'a>(
    kb: &'a KnowledgeBase,
    deficiency: &str,
    ticked: &Ticked,
) -> Vec<&'a Caution> {
    kb.cautions
        .iter()
        .filter(|c| c.deficiencies.iter().any(|d| d == deficiency))
        .filter(|c| c.any_of.iter().any(|f| ticked.contains(f)))
        .collect()
}

/// The cautions with no deficiency (shown with the results) that apply to the ticks.
pub fn general_cautions<'a>(kb: &'a KnowledgeBase, ticked: &Ticked) -> Vec<&'a Caution> {
    kb.cautions
        .iter()
        .filter(|c| c.deficiencies.is_empty())
        .filter(|c| c.any_of.iter().any(|f| ticked.contains(f)))
        .collect()
}

/// The mimics (other causes than a deficiency) whose pattern the ticks match.
pub fn mimics<'a>(kb: &'a KnowledgeBase, ticked: &Ticked) -> Vec<&'a Mimic> {
    kb.mimics
        .iter()
        .filter(|m| m.when.matches(ticked))
        .collect()
}

/// Up to `limit` unticked findings that would best tell the top matches apart: for each
/// symptom or risk factor that one of the first three matches lists, how much ticking it would
/// widen or close the gaps between their rank scores (the largest minus the smallest score it
/// would add among them). Only offered when two or more deficiencies match; warning signs are
/// never suggested. Ties keep the knowledge-base order of findings.
/// `ranked` is `rank(kb, ticked)`, passed in so the page ranks once per render.
pub fn separators(
    kb: &KnowledgeBase,
    ranked: &[Match],
    ticked: &Ticked,
    limit: usize,
) -> Vec<String> {
    if ranked.len() < 2 {
        return Vec::new();
    }
    let shared = sharing(kb);
    let top: Vec<&Deficiency> = ranked.iter().take(3).map(|m| m.deficiency).collect();
    // What ticking `finding` would add to one deficiency's (doubled) rank score.
    let gain = |d: &Deficiency, finding: &str, is_sign: bool| -> u32 {
        d.symptoms
            .items
            .iter()
            .chain(&d.risk_factors.items)
            .find(|l| l.finding == finding)
            .map(|l| {
                let w = link_weight(l.strength, shared.get(finding).copied().unwrap_or(1));
                if is_sign {
                    2 * w
                } else {
                    w
                }
            })
            .unwrap_or(0)
    };
    let mut scored: Vec<(u32, &str)> = kb
        .findings
        .iter()
        .filter(|f| f.kind != FindingKind::WarningSign && !ticked.contains(&f.id))
        .filter_map(|f| {
            let gains: Vec<u32> = top
                .iter()
                .map(|d| gain(d, &f.id, f.kind.is_symptom()))
                .collect();
            let spread = gains.iter().max()? - gains.iter().min()?;
            (spread > 0).then_some((spread, f.id.as_str()))
        })
        .collect();
    scored.sort_by_key(|(spread, _)| std::cmp::Reverse(*spread));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, id)| id.to_string())
        .collect()
}

//! The scoring engine: a pure function from the person's answers to one [`Assessment`] (the
//! care level and the rules that set it, the ranked and explained matches, the mimics, the
//! cautions and the findings that would tell the top matches apart).
//!
//! Method (also in the README):
//! * A finding's weight for a deficiency is its *specificity*, `1 / n` where `n` is how many
//!   deficiencies list it, times its link strength (core 1, supporting ½): [`link_weight`].
//!   Weights are integer milli-points so sums are exact and ties are real ties.
//! * `signs` adds the weights of the ticked symptoms (warning signs included), `risks` those of
//!   ticked risk factors. The rank score is `signs + risks / 2`.
//! * Coverage is `signs` over the weight of the deficiency's symptoms, counting at most
//!   [`COVERAGE_CAP_SIGNS`] fully specific signs' worth (so a long list of signs is not a
//!   handicap); support is the rank score over that same total.
//! * Strength: see [`Strength`] and the threshold constants below. Risk factors alone, or
//!   tiredness alone, are never more than weak. A "no" to a typical sign counts against a
//!   deficiency as much as a tick would count for it, in the strength only.
//! * Mimics: when the ticks match a pattern of another cause (a stroke, a trapped nerve, a
//!   statin), a deficiency stays strong only if it is strong without that pattern's findings.
//! * Order: rank score (the weight of the evidence), then the weight of the "no" answers
//!   against it (less first), then the order in the knowledge base (the six seed deficiencies
//!   first).
//! * "No" and "not sure" answers never change the care level; answered findings are not
//!   suggested again.
//!
//! No probability is computed or shown: the strength and the evidence are the whole result.
//! Everything that depends only on the knowledge base (finding indices, sharing counts,
//! weights, compiled patterns, search words) is computed once, in [`Engine::new`].

use std::collections::BTreeMap;

mod ix;
mod order;
mod ticks;

pub use ix::{CautionIx, DeficiencyIx, FindingIx, MimicIx, RuleIx};
pub use ticks::Ticks;

use crate::kb::{
    Caution, Deficiency, Finding, FindingKind, KnowledgeBase, LinkStrength, Mimic, Onset, Pattern,
    TriageLevel, TriageRule,
};
use crate::search;
use order::{pair, sort_stable_by_key};

/// Milli-points: one fully specific, core finding is worth 1000.
pub const FULL_WEIGHT: u32 = 1000;

/// A symptom shared by at most two deficiencies weighs at least this much: "fairly specific".
/// A strong match needs one (or a risk factor), since signs that many deficiencies share
/// cannot single one out.
pub const FAIRLY_SPECIFIC: u32 = FULL_WEIGHT / 2;

/// Coverage and support are measured against a deficiency's symptom weight counted up to this
/// many fully specific signs' worth, so a deficiency with a long list of typical signs is not
/// held back for the ones a person does not have.
pub const COVERAGE_CAP_SIGNS: u32 = 3;

/// A strong match needs at least this many ticked symptoms: one sign alone is never strong.
pub const STRONG_MIN_SIGNS: usize = 2;

/// A strong match needs the ticked symptoms to cover at least this share (percent) of the
/// capped symptom weight, and the rank score to reach [`STRONG_MIN_SUPPORT_PCT`] of it. These
/// two values are a design choice, not from a source: they were lowered from 25 and 40 when the
/// first evaluation set was run (commit 59d416b), which that set no longer measures blind.
pub const STRONG_MIN_COVERAGE_PCT: u64 = 20;

/// See [`STRONG_MIN_COVERAGE_PCT`].
pub const STRONG_MIN_SUPPORT_PCT: u64 = 35;

/// A possible match needs a ticked symptom and a rank score of at least this share (percent)
/// of the capped symptom weight (or a fairly specific symptom together with a risk factor).
/// A design choice, not from a source.
pub const POSSIBLE_MIN_SUPPORT_PCT: u64 = 20;

/// How many findings "what would tell them apart" offers.
pub const SEPARATORS_SHOWN: usize = 3;

/// How many of the top matches "what would tell them apart" tries to separate.
pub const SEPARATORS_AMONG: usize = 3;

/// A set of groups of boxes (finding kinds): the groups answered "None of these".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Groups(u8);

impl Groups {
    fn bit(kind: FindingKind) -> u8 {
        1 << kind.slot()
    }

    /// Whether the group is in the set.
    pub fn contains(self, kind: FindingKind) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// Adds or removes a group.
    pub fn set(&mut self, kind: FindingKind, on: bool) {
        if on {
            self.0 |= Self::bit(kind);
        } else {
            self.0 &= !Self::bit(kind);
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The groups in the set, in page order.
    pub fn iter(self) -> impl Iterator<Item = FindingKind> {
        FindingKind::ALL
            .into_iter()
            .filter(move |k| self.contains(*k))
    }
}

/// A person's answer to a suggested finding ("what would tell them apart").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reply {
    /// It applies: the box is ticked.
    Yes,
    /// It does not apply: a "no", which counts against the deficiencies that list it.
    No,
    /// The person cannot say: it is not offered again and counts neither way.
    NotSure,
}

/// Everything the person has entered: the input of [`Engine::assess`]. A finding is in at most
/// one of `ticks`, `no` and `unsure` (the reducer keeps them apart).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    /// The ticked boxes.
    pub ticks: Ticks,
    /// Findings the person said "no" to.
    pub no: Ticks,
    /// Findings the person said "not sure" to.
    pub unsure: Ticks,
    /// Groups answered "None of these": a "no" to each of their boxes that is not ticked; for
    /// the warning signs, a record that the person read them and none applies.
    pub none_of: Groups,
    /// The answer to "When did the main problem start?"; `None` until answered, and then
    /// counted as not sure (the cautious choice).
    pub onset: Option<Onset>,
}

impl Answers {
    /// The onset the rules see: the answer, or not sure.
    pub fn onset_or_not_sure(&self) -> Onset {
        self.onset.unwrap_or_default()
    }

    /// Whether nothing at all has been entered.
    pub fn is_empty(&self) -> bool {
        self.ticks.is_empty()
            && self.no.is_empty()
            && self.unsure.is_empty()
            && self.none_of.is_empty()
            && self.onset.is_none()
    }
}

/// How well a deficiency fits the answers. Ordered: `Weak < Possible < Strong`.
///
/// **Strong**: [`STRONG_MIN_SIGNS`] or more ticked symptoms, coverage at least
/// [`STRONG_MIN_COVERAGE_PCT`], support at least [`STRONG_MIN_SUPPORT_PCT`], and either a
/// fairly specific symptom or a risk factor. **Possible**: a ticked symptom and support at
/// least [`POSSIBLE_MIN_SUPPORT_PCT`], or a fairly specific symptom with a risk factor that
/// outweighs every "no", or a risk factor a source names as a cause of the deficiency with one
/// of its core typical signs (a named cause with its typical sign is never weak), or the
/// deficiency is named by a fired rule's reason (the card and the results agree). **Weak**:
/// anything else. A "no" to one of the deficiency's typical
/// signs counts against it as much as a tick would count for it: its weight comes off the
/// coverage and the support (never off the rank score, which only orders equal scores).
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
    pub finding: FindingIx,
    pub kind: FindingKind,
    /// Its weight for this deficiency, in milli-points (risk factors count half of this).
    pub weight: u32,
    /// How many deficiencies in the knowledge base list this finding.
    pub shared_by: usize,
}

/// A ranked deficiency with the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub deficiency: DeficiencyIx,
    pub strength: Strength,
    /// Weight of ticked symptoms.
    pub signs: u32,
    /// Weight of ticked risk factors.
    pub risks: u32,
    /// Weight of the typical symptoms the person said "no" to.
    pub against: u32,
    /// Weight of all the deficiency's symptoms.
    pub sign_total: u32,
    /// Ticked findings that count, symptoms first, most weighty first.
    pub evidence: Vec<Evidence>,
    /// Typical symptoms (not warning signs) neither ticked nor answered "no", most specific
    /// first.
    pub missing: Vec<FindingIx>,
    /// Typical symptoms the person said "no" to, most specific first.
    pub denied: Vec<FindingIx>,
    /// A ticked risk factor that a source names as a cause of this deficiency.
    pub cause_ticked: bool,
    /// How many of its core typical signs are ticked.
    pub core_signs: usize,
    /// The mimic that kept this match from being strong: it was strong only on findings that
    /// fit that other cause.
    pub capped_by: Option<MimicIx>,
    /// The cautions on this deficiency's advice that the ticks make apply.
    pub cautions: Vec<CautionIx>,
}

impl Match {
    /// Twice the rank score (symptoms plus half the risk factors), kept in whole numbers.
    pub fn score(&self) -> u32 {
        self.signs * 2 + self.risks
    }
}

/// Everything the page shows for one set of answers, computed once per change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assessment {
    /// The answers this is the assessment of.
    pub answers: Answers,
    /// Whether a symptom (a warning sign included) is ticked, not only risk factors.
    pub any_symptom: bool,
    /// How soon to get care: the most urgent fired rule; else routine once a symptom is
    /// ticked; else none (risk factors alone, or an onset answer alone, do not make a visit
    /// necessary). "No" and "not sure" answers never change it.
    pub level: TriageLevel,
    /// Every rule whose pattern matches, most urgent first.
    pub fired: Vec<RuleIx>,
    /// When the onset is unanswered and "in the last few hours" would give a higher level, that
    /// level: the card asks the question again (an unanswered onset is not hours).
    pub ask_onset: Option<TriageLevel>,
    /// Every deficiency at least one ticked finding counts for, best first.
    pub matches: Vec<Match>,
    /// The mimics (other causes than a deficiency) whose pattern the ticks match.
    pub mimics: Vec<MimicIx>,
    /// The cautions with no deficiency (shown with the results) that apply.
    pub general_cautions: Vec<CautionIx>,
    /// Unticked, unanswered findings that would best tell the top matches apart, best first.
    pub separators: Vec<FindingIx>,
}

impl Assessment {
    /// How many deficiencies fit better than weakly.
    pub fn fitting(&self) -> usize {
        self.matches
            .iter()
            .filter(|m| m.strength > Strength::Weak)
            .count()
    }

    /// Whether any deficiency fits better than weakly.
    pub fn anything_fits(&self) -> bool {
        self.fitting() > 0
    }
}

/// A finding as one deficiency lists it, with its weight.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Link {
    finding: FindingIx,
    weight: u32,
    is_sign: bool,
    is_warning_sign: bool,
    /// A core typical sign (not only supporting).
    is_core: bool,
    /// A risk factor a source names as a cause of the deficiency.
    is_cause: bool,
}

/// A rule, mimic or caution pattern over finding indices.
#[derive(Debug, Clone, PartialEq)]
struct Compiled {
    all_of: Ticks,
    any_of: Vec<Ticks>,
    /// The onset answers it applies to; empty for any.
    onset: Vec<Onset>,
}

impl Compiled {
    /// Every `all_of` finding, one of each `any_of` group and an onset it lists (if it lists
    /// any); an empty pattern never matches.
    fn matches(&self, t: Ticks, onset: Onset) -> bool {
        !(self.all_of.is_empty() && self.any_of.is_empty())
            && t.contains_all(self.all_of)
            && self.any_of.iter().all(|g| t.intersects(*g))
            && (self.onset.is_empty() || self.onset.contains(&onset))
    }

    /// Every finding the pattern names.
    fn findings(&self) -> Ticks {
        let mut all = self.all_of;
        for g in &self.any_of {
            all = all.or(*g);
        }
        all
    }
}

/// A finding's weight for one deficiency: `1000 / shared_by`, halved for a supporting link,
/// rounded to whole milli-points (at least 1). The one place the weight formula is written.
pub fn link_weight(strength: LinkStrength, shared_by: usize) -> u32 {
    ((f64::from(FULL_WEIGHT) * strength.factor() / shared_by.max(1) as f64).round() as u32).max(1)
}

/// The knowledge base with everything derived from it once: finding indices, how many
/// deficiencies share each finding, every link's weight, compiled patterns and the words
/// search looks in.
#[derive(Debug, Clone, PartialEq)]
pub struct Engine {
    kb: KnowledgeBase,
    index: BTreeMap<String, FindingIx>,
    kinds: Vec<FindingKind>,
    shared_by: Vec<usize>,
    links: Vec<Vec<Link>>,
    sign_totals: Vec<u32>,
    rules: Vec<Compiled>,
    mimics: Vec<Compiled>,
    cautions: Vec<Compiled>,
    /// Per deficiency, the cautions on its card.
    card_cautions: Vec<Vec<CautionIx>>,
    /// Rules in the order they are reported: most urgent first, then knowledge-base order.
    rule_order: Vec<RuleIx>,
    /// The findings of each kind, in the order of `FindingKind::ALL`.
    kind_masks: [Ticks; 4],
    /// Per finding, its label, hint and lay words as search words.
    search_words: Vec<Vec<String>>,
    /// Per rule, the deficiencies its reason names.
    named: Vec<Vec<DeficiencyIx>>,
}

/// A finding id the knowledge base does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the knowledge base has no finding `{0}`")]
pub struct UnknownFinding(pub String);

impl Engine {
    /// Derives the engine's tables from a knowledge base (validated, so every reference
    /// resolves and there are at most [`crate::kb::MAX_FINDINGS`] findings; unknown ids are skipped).
    pub fn new(kb: KnowledgeBase) -> Self {
        let index: BTreeMap<String, FindingIx> = kb
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.clone(), FindingIx::new(i)))
            .collect();
        let kinds: Vec<FindingKind> = kb.findings.iter().map(|f| f.kind).collect();
        let mut shared_by = vec![0; kb.findings.len()];
        for d in &kb.deficiencies {
            for link in d.symptoms.items.iter().chain(&d.risk_factors.items) {
                if let Some(&f) = index.get(&link.finding) {
                    shared_by[f.get()] += 1;
                }
            }
        }
        let links: Vec<Vec<Link>> = kb
            .deficiencies
            .iter()
            .map(|d| {
                d.symptoms
                    .items
                    .iter()
                    .chain(&d.risk_factors.items)
                    .filter_map(|l| {
                        let f = *index.get(&l.finding)?;
                        let kind = kinds[f.get()];
                        Some(Link {
                            finding: f,
                            weight: link_weight(l.strength, shared_by[f.get()]),
                            is_sign: kind.is_symptom(),
                            is_warning_sign: kind == FindingKind::WarningSign,
                            is_core: l.strength == LinkStrength::Core,
                            is_cause: l.cause && !kind.is_symptom(),
                        })
                    })
                    .collect()
            })
            .collect();
        let sign_totals = links
            .iter()
            .map(|ls| ls.iter().filter(|l| l.is_sign).map(|l| l.weight).sum())
            .collect();
        let ticks_of = |ids: &[String]| -> Ticks {
            ids.iter().filter_map(|id| index.get(id).copied()).collect()
        };
        let compile = |p: &Pattern| Compiled {
            all_of: ticks_of(&p.all_of),
            any_of: p.any_of.iter().map(|g| ticks_of(g)).collect(),
            onset: p.onset.clone(),
        };
        let rules = kb.triage_rules.iter().map(|r| compile(&r.when)).collect();
        let mimics = kb.mimics.iter().map(|m| compile(&m.when)).collect();
        let cautions = kb
            .cautions
            .iter()
            .map(|c| Compiled {
                all_of: Ticks::default(),
                any_of: vec![ticks_of(&c.any_of)],
                onset: Vec::new(),
            })
            .collect();
        let kind_masks = FindingKind::ALL.map(|kind| {
            (0..kinds.len())
                .filter(|&i| kinds[i] == kind)
                .map(FindingIx::new)
                .collect()
        });
        let card_cautions = kb
            .deficiencies
            .iter()
            .map(|d| {
                (0..kb.cautions.len())
                    .filter(|&c| kb.cautions[c].deficiencies.contains(&d.id))
                    .map(CautionIx::new)
                    .collect()
            })
            .collect();
        let mut rule_order: Vec<RuleIx> = (0..kb.triage_rules.len()).map(RuleIx::new).collect();
        // Highest level first (`!` turns a small-first sort into a large-first one).
        sort_stable_by_key(&mut rule_order, |&r| {
            !(kb.triage_rules[r.get()].level as u64)
        });
        let search_words = kb
            .findings
            .iter()
            .map(|f| {
                let lay = f.lay_words.iter().flat_map(|l| &l.words);
                let texts = [&f.label].into_iter().chain(&f.hint).chain(lay);
                texts.flat_map(|t| search::words(t)).collect()
            })
            .collect();
        let named = kb
            .triage_rules
            .iter()
            .map(|r| {
                r.names
                    .iter()
                    .filter_map(|id| kb.deficiencies.iter().position(|d| &d.id == id))
                    .map(DeficiencyIx::new)
                    .collect()
            })
            .collect();
        Engine {
            named,
            index,
            kinds,
            shared_by,
            links,
            sign_totals,
            rules,
            mimics,
            cautions,
            card_cautions,
            rule_order,
            kind_masks,
            search_words,
            kb,
        }
    }

    /// The knowledge base the engine was built from.
    pub fn kb(&self) -> &KnowledgeBase {
        &self.kb
    }

    /// A finding (a checkbox).
    pub fn finding(&self, f: FindingIx) -> &Finding {
        &self.kb.findings[f.get()]
    }

    /// A deficiency.
    pub fn deficiency(&self, d: DeficiencyIx) -> &Deficiency {
        &self.kb.deficiencies[d.get()]
    }

    /// A triage rule.
    pub fn rule(&self, r: RuleIx) -> &TriageRule {
        &self.kb.triage_rules[r.get()]
    }

    /// A mimic.
    pub fn mimic(&self, m: MimicIx) -> &Mimic {
        &self.kb.mimics[m.get()]
    }

    /// A caution.
    pub fn caution(&self, c: CautionIx) -> &Caution {
        &self.kb.cautions[c.get()]
    }

    /// Every finding with its index, in knowledge-base order.
    pub fn findings(&self) -> impl Iterator<Item = (FindingIx, &Finding)> {
        self.kb
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| (FindingIx::new(i), f))
    }

    /// Every deficiency with its index, in knowledge-base order.
    pub fn deficiencies(&self) -> impl Iterator<Item = (DeficiencyIx, &Deficiency)> {
        self.kb
            .deficiencies
            .iter()
            .enumerate()
            .map(|(i, d)| (DeficiencyIx::new(i), d))
    }

    /// The index of a finding id.
    pub fn finding_ix(&self, id: &str) -> Option<FindingIx> {
        self.index.get(id).copied()
    }

    /// The finding with this stable code (`Finding::code`), if any.
    pub fn finding_by_code(&self, code: u16) -> Option<FindingIx> {
        self.kb
            .findings
            .iter()
            .position(|f| f.code == code)
            .map(FindingIx::new)
    }

    /// The ticks for a list of finding ids; an error names the first unknown id.
    pub fn ticks<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<Ticks, UnknownFinding> {
        ids.into_iter()
            .map(|id| {
                self.finding_ix(id)
                    .ok_or_else(|| UnknownFinding(id.to_string()))
            })
            .collect()
    }

    /// The finding ids of a set of ticks, in knowledge-base order.
    pub fn ids(&self, ticks: Ticks) -> Vec<&str> {
        ticks
            .iter()
            .filter_map(|f| self.kb.findings.get(f.get()))
            .map(|f| f.id.as_str())
            .collect()
    }

    /// How many deficiencies list a finding.
    pub fn shared_by(&self, f: FindingIx) -> usize {
        self.shared_by.get(f.get()).copied().unwrap_or(0)
    }

    /// The findings of one kind (one group of boxes on the page).
    pub fn kind_mask(&self, kind: FindingKind) -> Ticks {
        self.kind_masks[kind.slot()]
    }

    /// The findings the person said no to: their own "no" answers and every box of a group
    /// answered "None of these" (a ticked box is never denied).
    pub fn denied(&self, answers: &Answers) -> Ticks {
        answers
            .none_of
            .iter()
            .fold(answers.no, |no, kind| no.or(self.kind_mask(kind)))
            .without(answers.ticks)
    }

    /// The findings whose label, hint or lay words match a search, or `None` when the search
    /// has no words to look for (every box shows).
    pub fn search(&self, query: &str) -> Option<Ticks> {
        let query = search::query_words(query);
        if query.is_empty() {
            return None;
        }
        Some(
            self.findings()
                .map(|(f, _)| f)
                .filter(|f| search::matches(&query, &self.search_words[f.get()]))
                .collect(),
        )
    }

    /// Everything the page shows for these answers.
    pub fn assess(&self, answers: &Answers) -> Assessment {
        let t = answers.ticks;
        let onset = answers.onset_or_not_sure();
        let fired = self.fired(t, onset);
        let any_symptom = t.iter().any(|f| self.kinds[f.get()].is_symptom());
        let level_of = |fired: &[RuleIx]| match fired.first() {
            Some(&r) => self.rule(r).level,
            None if any_symptom => TriageLevel::Routine,
            None => TriageLevel::None,
        };
        let level = level_of(&fired);
        let ask_onset = answers
            .onset
            .is_none()
            .then(|| level_of(&self.fired(t, Onset::Hours)))
            .filter(|&if_hours| if_hours > level);
        let mimics: Vec<MimicIx> = (0..self.mimics.len())
            .filter(|&m| self.mimics[m].matches(t, onset))
            .map(MimicIx::new)
            .collect();
        let denied = self.denied(answers);
        let mut matches = self.rank(t, denied, &mimics);
        // A deficiency the card names as a likely cause is at least a possible match.
        for m in &mut matches {
            let named = fired
                .iter()
                .any(|&r| self.named[r.get()].contains(&m.deficiency));
            if named && m.strength == Strength::Weak {
                m.strength = Strength::Possible;
            }
        }
        let general_cautions = (0..self.cautions.len())
            .filter(|&c| {
                self.kb.cautions[c].deficiencies.is_empty() && self.cautions[c].matches(t, onset)
            })
            .map(CautionIx::new)
            .collect();
        let answered = t.or(denied).or(answers.unsure);
        let separators = self.separators(answered, &matches);
        Assessment {
            answers: *answers,
            any_symptom,
            level,
            fired,
            ask_onset,
            matches,
            mimics,
            general_cautions,
            separators,
        }
    }

    /// The rules whose patterns match, most urgent first.
    fn fired(&self, t: Ticks, onset: Onset) -> Vec<RuleIx> {
        self.rule_order
            .iter()
            .copied()
            .filter(|&r| self.rules[r.get()].matches(t, onset))
            .collect()
    }

    /// Every deficiency a ticked finding counts for, by rank score, then by the weight of the
    /// "no" answers against it (less first), then in knowledge-base order; capped by a matching
    /// mimic when strong only on that mimic's findings.
    fn rank(&self, t: Ticks, denied: Ticks, mimics: &[MimicIx]) -> Vec<Match> {
        let mut matches: Vec<Match> = (0..self.kb.deficiencies.len())
            .filter_map(|d| self.score(DeficiencyIx::new(d), t, denied))
            .collect();
        for m in matches
            .iter_mut()
            .filter(|m| m.strength == Strength::Strong)
        {
            for &mimic in mimics {
                let without = t.without(self.mimics[mimic.get()].findings());
                let still_strong = self
                    .score(m.deficiency, without, denied)
                    .is_some_and(|rest| rest.strength == Strength::Strong);
                if !still_strong {
                    m.strength = Strength::Possible;
                    m.capped_by = Some(mimic);
                    break;
                }
            }
        }
        // Only the matches shown get their cautions (not the re-scores for a mimic above).
        for m in &mut matches {
            m.cautions = self.card_cautions[m.deficiency.get()]
                .iter()
                .copied()
                .filter(|&c| self.cautions[c.get()].matches(t, Onset::NotSure))
                .collect();
        }
        // Stable: fully equal matches keep knowledge-base order.
        sort_stable_by_key(&mut matches, |m| pair(!m.score(), m.against));
        matches
    }

    fn score(&self, d: DeficiencyIx, t: Ticks, denied: Ticks) -> Option<Match> {
        let links = &self.links[d.get()];
        let mut m = Match {
            deficiency: d,
            strength: Strength::Weak,
            signs: 0,
            risks: 0,
            against: 0,
            sign_total: self.sign_totals[d.get()],
            evidence: Vec::new(),
            missing: Vec::new(),
            denied: Vec::new(),
            cause_ticked: false,
            core_signs: 0,
            capped_by: None,
            cautions: Vec::new(),
        };
        let (mut missing, mut said_no) = (Vec::new(), Vec::new());
        for l in links {
            if t.contains(l.finding) {
                if l.is_sign {
                    m.signs += l.weight;
                    m.core_signs += usize::from(l.is_core);
                } else {
                    m.risks += l.weight;
                    m.cause_ticked |= l.is_cause;
                }
                m.evidence.push(Evidence {
                    finding: l.finding,
                    kind: self.kinds[l.finding.get()],
                    weight: l.weight,
                    shared_by: self.shared_by[l.finding.get()],
                });
            } else if l.is_sign && denied.contains(l.finding) {
                m.against += l.weight;
                said_no.push((l.weight, l.finding));
            } else if l.is_sign && !l.is_warning_sign {
                missing.push((l.weight, l.finding));
            }
        }
        if m.evidence.is_empty() {
            return None;
        }
        // Stable sorts keep knowledge-base order among equal weights.
        // Symptoms before risk factors, then the heaviest first.
        sort_stable_by_key(&mut m.evidence, |e| {
            pair(u32::from(!e.kind.is_symptom()), !e.weight)
        });
        for list in [&mut missing, &mut said_no] {
            sort_stable_by_key(list, |&(w, _)| u64::from(!w));
        }
        m.missing = missing.into_iter().map(|(_, f)| f).collect();
        m.denied = said_no.into_iter().map(|(_, f)| f).collect();
        m.strength = strength(&m);
        Some(m)
    }

    /// Up to [`SEPARATORS_SHOWN`] findings not yet answered that would best tell the top
    /// matches apart: for each symptom or risk factor that one of the first
    /// [`SEPARATORS_AMONG`] matches lists, how much ticking it would widen or close the gaps
    /// between their rank scores (the largest minus the smallest score it would add among
    /// them). Only offered when two or more deficiencies match; warning signs are never
    /// suggested. Ties keep the knowledge-base order of findings.
    fn separators(&self, answered: Ticks, ranked: &[Match]) -> Vec<FindingIx> {
        if ranked.len() < 2 {
            return Vec::new();
        }
        let top: Vec<DeficiencyIx> = ranked
            .iter()
            .take(SEPARATORS_AMONG)
            .map(|m| m.deficiency)
            .collect();
        // What ticking each finding would add to each top deficiency's (doubled) score.
        let mut gains = vec![vec![0u32; top.len()]; self.kinds.len()];
        for (slot, &d) in top.iter().enumerate() {
            for l in &self.links[d.get()] {
                gains[l.finding.get()][slot] = if l.is_sign { 2 * l.weight } else { l.weight };
            }
        }
        let mut scored: Vec<(u32, FindingIx)> = gains
            .iter()
            .enumerate()
            .map(|(i, g)| (FindingIx::new(i), g))
            .filter(|(f, _)| {
                self.kinds[f.get()] != FindingKind::WarningSign && !answered.contains(*f)
            })
            .filter_map(|(f, g)| {
                let spread = g.iter().max()? - g.iter().min()?;
                (spread > 0).then_some((spread, f))
            })
            .collect();
        sort_stable_by_key(&mut scored, |&(spread, _)| u64::from(!spread));
        scored
            .into_iter()
            .take(SEPARATORS_SHOWN)
            .map(|(_, f)| f)
            .collect()
    }
}

/// The strength label of a scored match (see [`Strength`]).
fn strength(m: &Match) -> Strength {
    let signs_ticked = m.evidence.iter().filter(|e| e.kind.is_symptom()).count();
    let most_specific_sign = m
        .evidence
        .iter()
        .filter(|e| e.kind.is_symptom())
        .map(|e| e.weight)
        .max()
        .unwrap_or(0);
    // Percentages of the capped symptom weight, compared in whole (signed) numbers: each "no"
    // takes its weight off the ticked symptoms.
    let total = i64::from(m.sign_total.clamp(1, COVERAGE_CAP_SIGNS * FULL_WEIGHT));
    let net_signs = i64::from(m.signs) - i64::from(m.against);
    let net_score = 2 * net_signs + i64::from(m.risks);
    let coverage_at_least = |pct: u64| net_signs * 100 >= pct as i64 * total;
    let support_at_least = |pct: u64| net_score * 100 >= pct as i64 * 2 * total;
    let singled_out = most_specific_sign >= FAIRLY_SPECIFIC || m.risks > 0;
    if signs_ticked >= STRONG_MIN_SIGNS
        && singled_out
        && coverage_at_least(STRONG_MIN_COVERAGE_PCT)
        && support_at_least(STRONG_MIN_SUPPORT_PCT)
    {
        Strength::Strong
    } else if (signs_ticked >= 1 && support_at_least(POSSIBLE_MIN_SUPPORT_PCT))
        || (most_specific_sign >= FAIRLY_SPECIFIC && m.risks > 0 && m.against < most_specific_sign)
        || (m.cause_ticked && m.core_signs >= 1)
    {
        Strength::Possible
    } else {
        Strength::Weak
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_need_every_all_of_and_one_of_each_group() {
        let set = |ids: &[usize]| ids.iter().map(|&i| FindingIx::new(i)).collect::<Ticks>();
        let any = Onset::NotSure;
        let p = Compiled {
            all_of: set(&[0]),
            any_of: vec![set(&[1, 2]), set(&[3])],
            onset: vec![],
        };
        assert!(p.matches(set(&[0, 2, 3]), any));
        assert!(!p.matches(set(&[2, 3]), any), "all_of missing");
        assert!(!p.matches(set(&[0, 3]), any), "first group missing");
        assert!(!p.matches(set(&[0, 1, 2]), any), "second group missing");
        let empty = Compiled {
            all_of: Ticks::default(),
            any_of: vec![],
            onset: vec![],
        };
        assert!(
            !empty.matches(set(&[0]), any),
            "an empty pattern never matches"
        );
        assert_eq!(p.findings(), set(&[0, 1, 2, 3]));
        let new_only = Compiled {
            onset: vec![Onset::Hours, Onset::Days, Onset::NotSure],
            ..p
        };
        assert!(new_only.matches(set(&[0, 2, 3]), Onset::Days));
        assert!(new_only.matches(set(&[0, 2, 3]), Onset::NotSure));
        assert!(
            !new_only.matches(set(&[0, 2, 3]), Onset::Months),
            "gated by onset"
        );
    }

    #[test]
    fn link_weights_follow_specificity_and_strength() {
        assert_eq!(link_weight(LinkStrength::Core, 1), FULL_WEIGHT);
        assert_eq!(link_weight(LinkStrength::Core, 2), FAIRLY_SPECIFIC);
        assert_eq!(link_weight(LinkStrength::Supporting, 1), 500);
        assert_eq!(link_weight(LinkStrength::Core, 3), 333);
        assert_eq!(link_weight(LinkStrength::Supporting, 2000), 1, "never zero");
    }
}

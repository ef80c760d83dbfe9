//! Generated knowledge bases for timing the engine at sizes the real one will not reach:
//! `deficiencies` conditions over `findings` boxes (at most `kb::MAX_FINDINGS`), each linked to
//! 12 signs and 6 risk factors, with a rule per two deficiencies (single warning signs and
//! combinations), and a mimic and a caution per eight. Fixed seeds, so every run times the
//! same work. Used by `make bench` only (natively in `tests/tools/bench.rs`, in wasm in
//! `tests/tools/engine_wasm.rs`); never validated as content and never shipped.

use legcheck::engine::{Answers, Engine, Ticks};
use legcheck::kb::{
    Caution, Deficiency, Finding, FindingKind, FindingLink, KnowledgeBase, LinkStrength,
    LinkedSection, Management, Mimic, Pattern, Source, TestSection, TextSection, TriageLevel,
    TriageRule,
};

/// A small seeded generator (xorshift64*).
pub struct Seeded(pub u64);

impl Seeded {
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }
}

fn text(words: &str) -> TextSection {
    TextSection {
        text: words.to_string(),
        sources: vec!["s".into()],
        review: None,
    }
}

/// A knowledge base of `deficiencies` conditions over `findings` boxes (20 warning signs, then
/// leg symptoms, other symptoms and risk factors in roughly equal parts).
pub fn knowledge_base(deficiencies: usize, findings: usize) -> KnowledgeBase {
    let mut rng = Seeded(0x5eed_0000 + deficiencies as u64);
    let kind_of = |i: usize| match i {
        i if i < 20 => FindingKind::WarningSign,
        i if i < 20 + (findings - 20) / 3 => FindingKind::LegSymptom,
        i if i < 20 + 2 * (findings - 20) / 3 => FindingKind::OtherSymptom,
        _ => FindingKind::RiskFactor,
    };
    let finding_list: Vec<Finding> = (0..findings)
        .map(|i| Finding {
            id: format!("f{i}"),
            code: i as u16 + 1,
            kind: kind_of(i),
            label: format!("Finding number {i} that a person may notice"),
            hint: None,
            medicine: false,
            lay_words: None,
        })
        .collect();
    let of_kind = |pred: fn(FindingKind) -> bool| -> Vec<usize> {
        (0..findings).filter(|&i| pred(kind_of(i))).collect()
    };
    let signs = of_kind(|k| matches!(k, FindingKind::LegSymptom | FindingKind::OtherSymptom));
    let risks = of_kind(|k| k == FindingKind::RiskFactor);
    let pick = |from: &[usize], n: usize, rng: &mut Seeded| -> Vec<FindingLink> {
        let mut chosen = Vec::new();
        while chosen.len() < n {
            let f = from[rng.below(from.len())];
            if !chosen.contains(&f) {
                chosen.push(f);
            }
        }
        chosen
            .into_iter()
            .map(|f| FindingLink {
                finding: format!("f{f}"),
                strength: if rng.below(4) == 0 {
                    LinkStrength::Supporting
                } else {
                    LinkStrength::Core
                },
                cause: false,
            })
            .collect()
    };
    let deficiency_list: Vec<Deficiency> = (0..deficiencies)
        .map(|d| Deficiency {
            id: format!("d{d}"),
            name: format!("Nutrient {d}"),
            condition: format!("Low nutrient {d}"),
            role: text("What it does."),
            symptoms: LinkedSection {
                items: pick(&signs, 12, &mut rng),
                note: None,
                sources: vec!["s".into()],
                review: None,
            },
            risk_factors: LinkedSection {
                items: pick(&risks, 6, &mut rng),
                note: None,
                sources: vec!["s".into()],
                review: None,
            },
            tests: TestSection {
                ask_for: "A blood test".into(),
                text: "A blood test.".into(),
                sources: vec!["s".into()],
                review: None,
            },
            intake: None,
            management: Management {
                diet: "Food.".into(),
                supplements: "Tablets.".into(),
                lifestyle: "Habits.".into(),
                sources: vec!["s".into()],
            },
        })
        .collect();
    let id = |from: &[usize], rng: &mut Seeded| format!("f{}", from[rng.below(from.len())]);
    let triage_rules = (0..deficiencies / 2)
        .map(|r| TriageRule {
            id: format!("r{r}"),
            level: [
                TriageLevel::Soon,
                TriageLevel::Urgent,
                TriageLevel::Emergency,
            ][r % 3],
            title: format!("Rule {r}"),
            when: if r % 2 == 0 {
                Pattern {
                    all_of: vec![format!("f{}", r % 20)],
                    ..Pattern::default()
                }
            } else {
                Pattern {
                    all_of: vec![id(&risks, &mut rng)],
                    any_of: vec![vec![id(&signs, &mut rng), id(&signs, &mut rng)]],
                    onset: Vec::new(),
                }
            },
            reason: "Why.".into(),
            names: vec![format!("d{}", rng.below(deficiencies))],
            sources: vec!["s".into()],
        })
        .collect();
    let mimics = (0..deficiencies / 8)
        .map(|m| Mimic {
            id: format!("m{m}"),
            name: format!("Other cause {m}"),
            when: Pattern {
                all_of: vec![id(&signs, &mut rng), id(&signs, &mut rng)],
                ..Pattern::default()
            },
            text: "What it may be.".into(),
            sources: vec!["s".into()],
            review: None,
        })
        .collect();
    let cautions = (0..deficiencies / 8)
        .map(|c| Caution {
            id: format!("c{c}"),
            deficiencies: vec![format!("d{}", rng.below(deficiencies))],
            any_of: vec![id(&risks, &mut rng)],
            text: "Careful.".into(),
            sources: vec!["s".into()],
            review: None,
        })
        .collect();
    KnowledgeBase {
        version: "generated".into(),
        reviewed: "2026-12-06".into(),
        retired_codes: Vec::new(),
        sources: vec![Source {
            id: "s".into(),
            title: "A source".into(),
            publisher: "NHS".into(),
            url: "https://www.nhs.uk/".into(),
        }],
        findings: finding_list,
        deficiencies: deficiency_list,
        triage_rules,
        cautions,
        mimics,
        notices: Vec::new(),
    }
}

/// `n` answer sets for any knowledge base: 3 to 12 boxes ticked other than warning signs (and
/// a warning sign one time in ten), up to three "no" answers, an onset half of the time.
pub fn answer_sets(engine: &Engine, n: usize) -> Vec<Answers> {
    let mut rng = Seeded(42);
    let all: Vec<_> = engine
        .kb()
        .findings
        .iter()
        .filter_map(|f| Some((engine.finding_ix(&f.id)?, f.kind)))
        .collect();
    let warning: Vec<_> = all
        .iter()
        .filter(|(_, k)| *k == FindingKind::WarningSign)
        .map(|(f, _)| *f)
        .collect();
    let others: Vec<_> = all
        .iter()
        .filter(|(_, k)| *k != FindingKind::WarningSign)
        .map(|(f, _)| *f)
        .collect();
    (0..n)
        .map(|_| {
            let mut ticks = Ticks::default();
            let mut no = Ticks::default();
            for _ in 0..3 + rng.below(10) {
                ticks.insert(others[rng.below(others.len())]);
            }
            if rng.below(10) == 0 {
                ticks.insert(warning[rng.below(warning.len())]);
            }
            for _ in 0..rng.below(4) {
                let f = others[rng.below(others.len())];
                if !ticks.contains(f) {
                    no.insert(f);
                }
            }
            Answers {
                ticks,
                no,
                onset: (rng.below(2) == 0).then_some(legcheck::kb::Onset::Weeks),
                ..Answers::default()
            }
        })
        .collect()
}

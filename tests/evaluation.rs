//! The evaluation set as a gate: its make-up, and the figures it must reach.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use legcheck::engine::{self, Ticked};
use legcheck::eval::{self, Vignette, VIGNETTES_JSON};
use legcheck::kb::{KnowledgeBase, TriageLevel};

fn kb() -> KnowledgeBase {
    KnowledgeBase::embedded().expect("the shipped knowledge base is valid")
}

fn vignettes() -> Vec<Vignette> {
    eval::parse(VIGNETTES_JSON).expect("tests/eval/vignettes.json parses")
}

#[test]
fn the_set_has_the_required_make_up() {
    let kb = kb();
    let set = vignettes();
    assert!(set.len() >= 40, "{} vignettes", set.len());
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    for v in &set {
        *per.entry(v.expected.as_str()).or_default() += 1;
        assert!(
            v.expected == "none" || kb.deficiency(&v.expected).is_some(),
            "{}: {}",
            v.id,
            v.expected
        );
        for a in &v.acceptable {
            assert!(kb.deficiency(a).is_some(), "{}: acceptable {a}", v.id);
        }
        assert!(
            !v.findings.is_empty() && !v.source.quote.trim().is_empty(),
            "{}",
            v.id
        );
        assert!(
            v.source.url.starts_with("http"),
            "{}: {}",
            v.id,
            v.source.url
        );
    }
    for d in &kb.deficiencies {
        assert!(
            per.get(d.id.as_str()).copied().unwrap_or(0) >= 2,
            "fewer than 2 vignettes for {}",
            d.id
        );
    }
    assert!(
        per.get("none").copied().unwrap_or(0) >= 5,
        "fewer than 5 mimics"
    );
    let mut ids: Vec<&str> = set.iter().map(|v| v.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), set.len(), "vignette ids are unique");
}

#[test]
fn at_least_eight_need_urgent_care_and_half_of_those_only_through_a_combination() {
    // "Only through a combination": no finding the vignette's words match is on its own a
    // warning sign with an urgent or emergency rule.
    let kb = kb();
    let urgent: Vec<Vignette> = vignettes()
        .into_iter()
        .filter(|v| v.triage >= TriageLevel::Urgent)
        .collect();
    assert!(urgent.len() >= 8, "{} urgent vignettes", urgent.len());
    let via_combination = urgent
        .iter()
        .filter(|v| {
            let o = eval::run(&kb, v);
            o.phrases.iter().flat_map(|(_, f)| f).all(|f| {
                let single: Ticked = std::iter::once(f.clone()).collect();
                engine::triage(&kb, &single).level < TriageLevel::Urgent
            })
        })
        .count();
    // The issue asks for at least 8 urgent vignettes, half of them (4) through a combination.
    assert!(
        via_combination >= 4,
        "only {via_combination} of {} urgent vignettes need a combination",
        urgent.len()
    );
}

/// The targets. Not all are met yet: see README ("Evaluation") for the figures and
/// why, and `figures_do_not_fall_below_the_measured_floor` for the gate that holds today.
const TARGETS: Targets = Targets {
    top3: 90.0,
    top1: 75.0,
    red_flag_recall: 100.0,
    over_triage: 15.0,
    mimics: 100.0,
    strong: 50.0,
};

/// The figures measured when the knowledge base last changed. A change that makes any of them
/// worse fails; raise them (towards `TARGETS`) when the figures improve.
const FLOOR: Targets = Targets {
    top3: 95.0,
    top1: 63.0,
    red_flag_recall: 75.0,
    over_triage: 0.0,
    mimics: 100.0,
    strong: 43.0,
};

struct Targets {
    top3: f64,
    top1: f64,
    red_flag_recall: f64,
    over_triage: f64,
    mimics: f64,
    strong: f64,
}

fn shortfalls(report: &eval::Report, t: &Targets) -> Vec<String> {
    [
        ("top-3", report.top3.percent() >= t.top3),
        ("top-1", report.top1.percent() >= t.top1),
        (
            "red-flag recall",
            report.red_flag_recall.percent() >= t.red_flag_recall,
        ),
        ("over-triage", report.over_triage.percent() <= t.over_triage),
        (
            "mimics not strong",
            report.mimics_not_strong.percent() >= t.mimics,
        ),
        ("strong matches", report.strong.percent() >= t.strong),
    ]
    .into_iter()
    .filter(|(_, ok)| !ok)
    .map(|(name, _)| name.to_string())
    .collect()
}

#[test]
fn figures_do_not_fall_below_the_measured_floor() {
    let report = eval::evaluate(&kb(), &vignettes());
    let failures = shortfalls(&report, &FLOOR);
    assert!(
        failures.is_empty(),
        "worse than the measured floor: {failures:?}\n{report}"
    );
}

#[test]
fn the_floor_is_never_below_what_the_targets_already_meet() {
    // Where a target is met, the floor must hold it, so a met target cannot silently regress.
    let report = eval::evaluate(&kb(), &vignettes());
    let unmet = shortfalls(&report, &TARGETS);
    let all = [
        "top-3",
        "top-1",
        "red-flag recall",
        "over-triage",
        "mimics not strong",
        "strong matches",
    ];
    let floor_of = |name: &str| match name {
        "top-3" => (FLOOR.top3, TARGETS.top3),
        "top-1" => (FLOOR.top1, TARGETS.top1),
        "red-flag recall" => (FLOOR.red_flag_recall, TARGETS.red_flag_recall),
        "mimics not strong" => (FLOOR.mimics, TARGETS.mimics),
        "strong matches" => (FLOOR.strong, TARGETS.strong),
        _ => (TARGETS.over_triage - FLOOR.over_triage, 0.0),
    };
    for name in all.iter().filter(|n| !unmet.iter().any(|u| u == *n)) {
        let (floor, target) = floor_of(name);
        assert!(
            floor >= target,
            "{name} meets its target; raise its floor to at least {target}"
        );
    }
}

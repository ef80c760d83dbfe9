//! The evaluation sets as a gate: their make-up, no case words in the knowledge base, and the
//! development set's figures against a floor measured on the blind annotation.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/eval.rs"]
#[allow(dead_code)]
mod eval;

use std::collections::{BTreeMap, BTreeSet};

use common::{engine, kb};
use eval::{Expected, SetName};
use legcheck::kb::EMBEDDED_JSON;
use serde_json::Value;

fn dev() -> Vec<eval::Case> {
    eval::load(SetName::Dev).unwrap_or_else(|e| panic!("{e}"))
}

/// The sealed sets' folders, oldest first.
const SEALED_SETS: [&str; 4] = ["sealed", "sealed2", "sealed3", "sealed4"];

/// A sealed set's cases as committed (its annotation is made only at the end).
fn sealed_cases(set: &str) -> Vec<Value> {
    let path = eval::eval_dir().join(set).join("cases.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file["cases"].as_array().unwrap().clone()
}

fn sealed_levels(set: &str) -> BTreeMap<String, Vec<String>> {
    let path = eval::eval_dir().join(set).join("levels.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let levels = c["readers"].as_array().unwrap().iter();
            (
                c["case"].as_str().unwrap().to_string(),
                levels
                    .map(|r| r["level"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn the_development_set_has_its_make_up_and_a_complete_annotation() {
    let kb = kb();
    let set = dev();
    assert!(set.len() >= 40, "{} cases", set.len());
    let mut per: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &set {
        *per.entry(c.expected.as_str()).or_default() += 1;
        assert!(
            c.is_mimic() || kb.deficiency(&c.expected).is_some(),
            "{}",
            c.id
        );
        for a in &c.acceptable {
            assert!(kb.deficiency(a).is_some(), "{}: acceptable {a}", c.id);
        }
        for p in &c.phrases {
            for f in p.ticks.iter().chain(&p.negated) {
                assert!(
                    kb.finding(f).is_some(),
                    "{}: {:?} names no box {f}",
                    c.id,
                    p.text
                );
            }
        }
    }
    for d in &kb.deficiencies {
        assert!(
            per.get(d.id.as_str()).copied().unwrap_or(0) >= 2,
            "fewer than 2 cases for {}",
            d.id
        );
    }
    assert!(
        per.get("none").copied().unwrap_or(0) >= 5,
        "fewer than 5 other causes"
    );
    let ids: BTreeSet<&str> = set.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), set.len(), "case ids are unique");
}

#[test]
fn each_sealed_set_has_its_make_up_and_shares_no_source_with_an_earlier_set() {
    let mut earlier: BTreeSet<String> = dev().into_iter().map(|c| c.source_url).collect();
    for set in SEALED_SETS {
        sealed_set_has_its_make_up(set, &earlier);
        earlier.extend(
            sealed_cases(set)
                .iter()
                .map(|c| c["source"]["url"].as_str().unwrap().to_string()),
        );
    }
}

fn sealed_set_has_its_make_up(set: &str, earlier_sources: &BTreeSet<String>) {
    let kb = kb();
    let cases = sealed_cases(set);
    let levels = sealed_levels(set);
    assert!(cases.len() >= 40, "{set}: {} cases", cases.len());
    let (mut today, mut wait) = (0, 0);
    for c in &cases {
        let id = c["id"].as_str().unwrap();
        let expected = c["expected"].as_str().unwrap();
        assert!(
            expected == "none" || kb.deficiency(expected).is_some(),
            "{id}: {expected}"
        );
        assert!(
            !earlier_sources.contains(c["source"]["url"].as_str().unwrap()),
            "{set}: {id} repeats the source of an earlier set"
        );
        let readers = &levels[id];
        assert_eq!(readers.len(), 2, "{id}");
        let says_today = |l: &String| l == "urgent" || l == "emergency";
        today += usize::from(readers.iter().all(says_today));
        wait += usize::from(!readers.iter().any(says_today));
    }
    assert!(
        wait >= 20,
        "{set}: {wait} cases both readers say can wait (routine or soon)"
    );
    assert!(
        today >= 10,
        "{set}: {today} cases both readers say need care today"
    );
}

/// Lower-case words of a text, space-joined with a space at each end, for whole-word matching.
fn words(text: &str) -> String {
    let w: Vec<String> = text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    format!(" {} ", w.join(" "))
}

fn word_count(spaced: &str) -> usize {
    spaced.split_whitespace().count()
}

/// These labels were on the page (commit 4b86ee2) before any case was written (the
/// development set came in 72a8ab8; the second and third sealed sets in adb13b0 and 8b4dc4d,
/// by writers who never saw the page): the cases repeat the page's words, or say the same
/// plain thing, not the other way round. Each must stay exactly a label to stay exempt.
const LABELS_OLDER_THAN_THE_CASES: &[&str] = &[
    "My legs feel weak",
    "High blood pressure",
    "I have dark skin",
    "I drink a lot of alcohol",
    "I smoke",
    "I have kidney disease",
    "I take metformin (a diabetes medicine)",
];

/// The words the page or a search could use for a box: every label, hint, synonym and lay
/// word (`lay_words.words`, which search looks in).
fn box_texts(kb_json: &str) -> Vec<(String, String)> {
    let kb: Value = serde_json::from_str(kb_json).unwrap();
    let mut texts = Vec::new();
    for f in kb["findings"].as_array().unwrap() {
        let id = f["id"].as_str().unwrap();
        for (field, value) in [
            ("label", &f["label"]),
            ("hint", &f["hint"]),
            ("synonyms", &f["synonyms"]),
            ("lay_words", &f["lay_words"]["words"]),
        ] {
            let values = match value {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect(),
                _ => vec![],
            };
            texts.extend(values.into_iter().map(|t| (format!("{id}.{field}"), t)));
        }
    }
    texts
}

/// Every case phrase of every set.
fn case_phrases() -> Vec<String> {
    let mut phrases: Vec<String> = dev()
        .into_iter()
        .flat_map(|c| c.phrases.into_iter().map(|p| p.text))
        .collect();
    for c in SEALED_SETS.iter().flat_map(|set| sealed_cases(set)) {
        phrases.extend(
            c["phrases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p.as_str().unwrap().to_string()),
        );
    }
    phrases
}

/// A box text copies a phrase when they are the same words, or one holds the other whole and
/// the part held is three words or more.
fn copies(text: &str, phrase: &str) -> bool {
    let (t, p) = (words(text), words(phrase));
    t == p || (word_count(&t) >= 3 && p.contains(&t)) || (word_count(&p) >= 3 && t.contains(&p))
}

fn copied_case_words(kb_json: &str) -> Vec<String> {
    let phrases = case_phrases();
    box_texts(kb_json)
        .into_iter()
        .filter(|(_, text)| !LABELS_OLDER_THAN_THE_CASES.contains(&text.as_str()))
        .filter_map(|(place, text)| {
            phrases
                .iter()
                .find(|p| copies(&text, p))
                .map(|p| format!("{place} {text:?} copies the case phrase {p:?}"))
        })
        .collect()
}

#[test]
fn no_case_phrase_is_copied_into_a_label_hint_or_synonym() {
    let copied = copied_case_words(EMBEDDED_JSON);
    assert!(
        copied.is_empty(),
        "{} copies:\n{}",
        copied.len(),
        copied.join("\n")
    );
    let labels: BTreeSet<String> = kb().findings.iter().map(|f| f.label.clone()).collect();
    for exempt in LABELS_OLDER_THAN_THE_CASES {
        assert!(
            labels.contains(*exempt),
            "{exempt:?} is no longer a label: drop its exemption"
        );
    }
}

#[test]
fn the_copy_check_catches_a_copied_lay_word() {
    let mut kb: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let phrase = case_phrases()
        .into_iter()
        .find(|p| word_count(&words(p)) >= 4)
        .unwrap();
    kb["findings"][0]["lay_words"] = serde_json::json!({ "words": [phrase], "sources": [] });
    assert_eq!(copied_case_words(&kb.to_string()).len(), 1, "{phrase:?}");
}

#[test]
fn the_copy_check_catches_a_copied_synonym() {
    let mut kb: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    let phrase = case_phrases()
        .into_iter()
        .find(|p| word_count(&words(p)) >= 4)
        .unwrap();
    let spaced = words(&phrase);
    let fragment: Vec<&str> = spaced.split_whitespace().skip(1).take(3).collect();
    kb["findings"][0]["synonyms"] = Value::from(vec![fragment.join(" ")]);
    assert_eq!(
        copied_case_words(&kb.to_string()).len(),
        1,
        "{fragment:?} from {phrase:?}"
    );
}

/// One figure: its name, whether higher is better, the target the triage issue sets and the
/// floor measured on the blind annotation of the development set.
struct Figure {
    name: &'static str,
    higher_is_better: bool,
    target: f64,
    floor: f64,
    measured: fn(&eval::Report) -> f64,
}

/// Targets gate the development set only; the sealed sets are reported, never gated. The floors
/// are the figures measured on the fresh blind annotation of knowledge base 3.0.0 (the boxes
/// changed): a change that makes a figure fall below its floor fails; raise a floor when the
/// figures improve. Top-3 meets its target. Levels from the hazard log (3.0.0) cost escalation:
/// 10.5% (2/19) on 2.2.0 became 47.4% (9/19), by the policy's controls, not by accident: an
/// onset the reader could not tell ("not sure") counts as new, so weak legs are today (controls
/// 2 and 5, 4 cases); severity boxes ticked for months-long weakness are today, no longer 999
/// (control 3, 3 cases); two were already today. The level reached fell from 70.0% to 66.7%
/// where the clinical review asked for today, not 999, for tetany, refeeding and low potassium
/// that has settled. Safe advice and the expected deficiency's strength are new figures: safe
/// 95.9% (47/49, unchanged), weak or absent 31.8% on 2.2.0, 18.2% on 3.0.0.
const FIGURES: &[Figure] = &[
    Figure {
        name: "top-3",
        higher_is_better: true,
        target: 90.0,
        floor: 97.7,
        measured: |r| r.top3.percent(),
    },
    Figure {
        name: "top-1",
        higher_is_better: true,
        target: 75.0,
        floor: 65.9,
        measured: |r| r.top1.percent(),
    },
    Figure {
        name: "level reached when both readers say today",
        higher_is_better: true,
        target: 100.0,
        floor: 66.6, // 20/30 = 66.67%
        measured: |r| r.level_reached.percent(),
    },
    Figure {
        name: "escalated when both readers say it can wait",
        higher_is_better: false,
        target: 10.0,
        floor: 47.4, // 9/19 = 47.37%
        measured: |r| r.escalated.percent(),
    },
    Figure {
        name: "safe advice",
        higher_is_better: true,
        target: 97.0,
        floor: 95.9,
        measured: |r| r.safe.percent(),
    },
];

fn reaches(f: &Figure, value: f64, bound: f64) -> bool {
    if f.higher_is_better {
        value >= bound
    } else {
        value <= bound
    }
}

#[test]
fn development_figures_do_not_fall_below_the_floor() {
    let report = eval::evaluate(engine(), SetName::Dev, &dev());
    let worse: Vec<String> = FIGURES
        .iter()
        .filter(|f| !reaches(f, (f.measured)(&report), f.floor))
        .map(|f| {
            format!(
                "{} {:.1}% (floor {}%, target {}%)",
                f.name,
                (f.measured)(&report),
                f.floor,
                f.target
            )
        })
        .collect();
    assert!(
        worse.is_empty(),
        "worse than the floor: {worse:?}\n{report}"
    );
}

#[test]
fn a_case_counts_as_needing_care_only_when_both_readers_say_so() {
    let set = dev();
    let disagree = set
        .iter()
        .filter(|c| c.expected_care() == Expected::Disagree)
        .count();
    let today = set
        .iter()
        .filter(|c| matches!(c.expected_care(), Expected::Today(_)))
        .count();
    let wait = set
        .iter()
        .filter(|c| matches!(c.expected_care(), Expected::NotToday(_)))
        .count();
    assert_eq!(disagree + today + wait, set.len());
    let report = eval::evaluate(engine(), SetName::Dev, &set);
    assert_eq!(report.today_recall.of, today);
    assert_eq!(report.escalated.of, wait);
}

//! The shipped knowledge base as a whole, and broken copies of it that must be refused with a
//! message naming the bad entry.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{kb, seed_rows};
use legcheck::components::error_panel::EMERGENCY_SIGNS;
use legcheck::kb::{
    check_source_url, FindingKind, KbError, KnowledgeBase, TriageLevel, EMBEDDED_JSON,
};
use serde_json::{json, Value};

/// Applies `edit` to a copy of the shipped JSON and returns the validation error text.
fn broken(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    edit(&mut v);
    match KnowledgeBase::from_json(&v.to_string()) {
        Ok(_) => panic!("the edited knowledge base was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn shipped_knowledge_base_is_valid_and_dated() {
    let kb = kb();
    assert!(!kb.version.is_empty());
    assert_eq!(kb.reviewed.len(), 10);
}

#[test]
fn it_holds_the_six_seed_deficiencies() {
    let kb = kb();
    for id in [
        "vitamin_d",
        "vitamin_b12",
        "potassium",
        "magnesium",
        "calcium",
        "vitamin_c",
    ] {
        assert!(kb.deficiency(id).is_some(), "{id} missing");
    }
}

#[test]
fn every_seed_table_cell_is_linked_to_its_deficiency() {
    let kb = kb();
    for row in seed_rows() {
        let id = &row.deficiency;
        let d = kb.deficiency(id).unwrap();
        for f in &row.findings {
            let listed = d
                .symptoms
                .items
                .iter()
                .chain(&d.risk_factors.items)
                .any(|l| l.finding == *f);
            assert!(listed, "{id} does not list seed finding {f}");
        }
    }
}

#[test]
fn required_warning_signs_exist_and_each_triggers_its_own_rule() {
    let kb = kb();
    for id in [
        "sudden_weakness",
        "paralysis",
        "one_sided_weakness",
        "breathing_swallowing",
        "seizure",
        "locked_spasm",
        "rising_from_feet",
        "bladder_bowel_loss",
        "new_confusion",
        "odd_eye_movements",
        "staggering_walk",
        "tense_painful_leg",
        "cold_pale_leg",
        "swollen_calf",
        "cannot_stand_now",
        "heart_racing_now",
        "chest_pain",
        "both_legs_severe",
        "weakness_after_injury",
        "sudden_vision_loss",
        "sepsis_signs",
        "cannot_keep_drinks",
    ] {
        let f = kb.finding(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(f.kind, FindingKind::WarningSign, "{id}");
        assert!(
            kb.triage_rules.iter().any(|r| r.when.is_single(id)),
            "{id} has no rule"
        );
    }
}

#[test]
fn every_cited_url_passes_the_host_rule() {
    for s in &kb().sources {
        assert_eq!(check_source_url(&s.url), Ok(()), "{}", s.id);
    }
}

/// The knowledge base's text without the fields the page never shows (notes for reviewers),
/// so that quoting a source that says "stop" is not advice to stop.
fn shown_json() -> String {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("review");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    strip(&mut v);
    v.to_string()
}

#[test]
fn advice_never_tells_people_to_stop_a_medicine() {
    // "Don't stop your medicine" is good advice; a bare "stop your medicine" is not.
    let text = shown_json().to_lowercase();
    for phrase in [
        "stop your medicine",
        "stop taking",
        "stop the medicine",
        "stop using",
    ] {
        for (at, _) in text.match_indices(phrase) {
            let before = &text[at.saturating_sub(8)..at];
            let negated = ["don't ", "do not ", "never "]
                .iter()
                .any(|n| before.ends_with(n));
            assert!(
                negated,
                "advice says {phrase:?} at byte {at}: ask your prescriber instead"
            );
        }
    }
}

#[test]
fn malformed_json_is_a_parse_error() {
    let err = KnowledgeBase::from_json("{ \"version\": ").unwrap_err();
    assert!(matches!(err, KbError::Parse(_)), "{err}");
}

#[test]
fn unknown_fields_are_refused() {
    let err = broken(|v| v["deficiencies"][0]["sypmtoms"] = json!([]));
    assert!(err.contains("sypmtoms"), "{err}");
}

#[test]
fn duplicate_finding_id_is_named() {
    let err = broken(|v| {
        let copy = v["findings"][0].clone();
        v["findings"].as_array_mut().unwrap().push(copy);
    });
    let id = serde_json::from_str::<Value>(EMBEDDED_JSON).unwrap()["findings"][0]["id"].clone();
    assert!(
        err.contains(&format!(
            "finding id `{}` is used twice",
            id.as_str().unwrap()
        )),
        "{err}"
    );
}

#[test]
fn unknown_finding_in_a_deficiency_is_named() {
    let err =
        broken(|v| v["deficiencies"][1]["symptoms"]["items"][0]["finding"] = json!("made_up"));
    assert!(err.contains("unknown finding `made_up`"), "{err}");
    assert!(err.contains("deficiency `vitamin_b12`"), "{err}");
}

#[test]
fn risk_factor_listed_as_symptom_is_named() {
    let err =
        broken(|v| v["deficiencies"][0]["symptoms"]["items"][0]["finding"] = json!("older_age"));
    assert!(
        err.contains("lists `older_age`, which is a RiskFactor"),
        "{err}"
    );
}

#[test]
fn unknown_source_is_named() {
    let err = broken(|v| v["deficiencies"][2]["tests"]["sources"] = json!(["nowhere"]));
    assert!(
        err.contains("deficiency `potassium` tests cites unknown source `nowhere`"),
        "{err}"
    );
}

#[test]
fn section_without_sources_is_named() {
    let err = broken(|v| v["deficiencies"][3]["management"]["sources"] = json!([]));
    assert!(
        err.contains("deficiency `magnesium` management cites no source"),
        "{err}"
    );
}

#[test]
fn off_list_or_plain_http_source_is_named() {
    let err = broken(|v| v["sources"][0]["url"] = json!("https://healthjade.com/calcium/"));
    assert!(err.contains("not on the source allow-list"), "{err}");
    let err = broken(|v| v["sources"][0]["url"] = json!("http://ods.od.nih.gov/"));
    assert!(err.contains("must start with https://"), "{err}");
}

#[test]
fn empty_label_is_named() {
    let err = broken(|v| v["findings"][3]["label"] = json!("  "));
    assert!(err.contains("has an empty label"), "{err}");
}

#[test]
fn deficiency_without_symptoms_is_named() {
    let err = broken(|v| v["deficiencies"][4]["symptoms"]["items"] = json!([]));
    assert!(
        err.contains("deficiency `calcium` lists no symptoms"),
        "{err}"
    );
}

#[test]
fn triage_rule_problems_are_named() {
    let err = broken(|v| v["triage_rules"][0]["when"]["all_of"] = json!(["nope"]));
    assert!(err.contains("names unknown finding `nope`"), "{err}");
    let err = broken(|v| v["triage_rules"][0]["level"] = json!("routine"));
    assert!(
        err.contains("level must be soon, urgent or emergency"),
        "{err}"
    );
    let err = broken(|v| v["triage_rules"][0]["quote"] = json!({ "source": "x", "text": "y" }));
    assert!(err.contains("unknown field `quote`"), "{err}");
    let err = broken(|v| v["triage_rules"][0]["when"]["onset"] = json!(["months"]));
    assert!(
        err.contains("warning sign `sudden_weakness` alone gives no urgent or emergency care for the onset answers hours, days, weeks, not_sure"),
        "{err}"
    );
}

#[test]
fn warning_sign_without_a_rule_is_named() {
    let err = broken(|v| {
        let rules = v["triage_rules"].as_array_mut().unwrap();
        rules.retain(|r| r["when"] != json!({"all_of": ["paralysis"]}));
    });
    assert!(
        err.contains("warning sign `paralysis` alone gives no urgent or emergency care"),
        "{err}"
    );
}

#[test]
fn caution_problems_are_named() {
    let err = broken(|v| v["cautions"][0]["deficiencies"] = json!(["vitamin_z"]));
    assert!(err.contains("unknown deficiency `vitamin_z`"), "{err}");
}

#[test]
fn unused_finding_is_named() {
    let err = broken(|v| {
        v["findings"].as_array_mut().unwrap().push(json!({
            "id": "orphan", "code": 999, "kind": "other_symptom", "label": "Orphan"
        }))
    });
    assert!(
        err.contains("finding `orphan` is used by no deficiency"),
        "{err}"
    );
}

#[test]
fn bad_reviewed_date_is_named() {
    let err = broken(|v| v["reviewed"] = json!("last week"));
    assert!(err.contains("`reviewed`"), "{err}");
}

#[test]
fn the_emergency_list_names_each_sign_whose_own_rule_is_an_emergency() {
    let kb = kb();
    let listed: Vec<&str> = kb.emergency_signs().iter().map(|(id, _)| *id).collect();
    assert!(listed.len() >= 9, "{listed:?}");
    for f in kb
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::WarningSign)
    {
        let own_emergency = kb
            .triage_rules
            .iter()
            .any(|r| r.when.is_single(&f.id) && r.level == TriageLevel::Emergency);
        assert_eq!(listed.contains(&f.id.as_str()), own_emergency, "{}", f.id);
    }
    let panel: Vec<(&str, &str)> = EMERGENCY_SIGNS.to_vec();
    assert_eq!(
        panel,
        kb.emergency_signs(),
        "the error panel's EMERGENCY_SIGNS, prepared by build.rs"
    );
}

/// A finding's code is its number in saved answers and links: the ledger of every code ever
/// given (`tests/fixtures/finding-codes.json`) holds each finding's code unchanged, and a
/// removed finding's code is retired, never given again.
#[test]
fn finding_codes_never_change_and_are_never_reused() {
    let ledger: Value = serde_json::from_str(include_str!("fixtures/finding-codes.json")).unwrap();
    let ledger = ledger["codes"].as_object().unwrap();
    let kb = kb();
    for f in &kb.findings {
        match ledger.get(&f.id) {
            Some(code) => assert_eq!(
                code.as_u64(),
                Some(u64::from(f.code)),
                "finding `{}` changed its code",
                f.id
            ),
            None => panic!(
                "finding `{}` (code {}) is not in tests/fixtures/finding-codes.json: add it",
                f.id, f.code
            ),
        }
    }
    for (id, code) in ledger {
        let code = code.as_u64().unwrap() as u16;
        if kb.finding(id).is_none() {
            assert!(
                kb.retired_codes.contains(&code),
                "`{id}` was removed: put its code {code} in retired_codes"
            );
        }
        let holders: Vec<&str> = ledger
            .iter()
            .filter(|(_, c)| c.as_u64() == Some(u64::from(code)))
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(holders.len(), 1, "code {code} was given to {holders:?}");
    }
}

#[test]
fn a_reused_or_duplicate_finding_code_is_named() {
    let err = broken(|v| v["findings"][1]["code"] = v["findings"][0]["code"].clone());
    assert!(err.contains("is used twice"), "{err}");
    let err = broken(|v| v["retired_codes"] = json!([v["findings"][2]["code"].clone()]));
    assert!(err.contains("is retired"), "{err}");
    let err = broken(|v| v["findings"][3]["code"] = json!(0));
    assert!(err.contains("code 0"), "{err}");
}

/// The form the page loads is the shipped JSON, validated, minus the notes for reviewers.
#[test]
fn the_prepared_knowledge_base_is_the_json_without_reviewer_notes() {
    let prepared = KnowledgeBase::from_prepared(legcheck::prepared::KNOWLEDGE_BASE).unwrap();
    assert_eq!(prepared, kb().clone().without_reviewer_notes());
    prepared.validate().unwrap();
    let notes = serde_json::from_str::<Value>(EMBEDDED_JSON).unwrap();
    let mut reviews = Vec::new();
    collect_reviews(&notes, &mut reviews);
    assert!(reviews.len() > 20, "{}", reviews.len());
    let bytes = legcheck::prepared::KNOWLEDGE_BASE;
    for review in reviews {
        assert!(
            !bytes.windows(review.len()).any(|w| w == review.as_bytes()),
            "a reviewer note is in the prepared form: {review}"
        );
    }
}

/// Every `review` string anywhere in a JSON value.
fn collect_reviews(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("review", Value::String(s)) => out.push(s.clone()),
                    _ => collect_reviews(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_reviews(v, out)),
        _ => {}
    }
}

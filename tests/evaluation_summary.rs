//! The page's "How good is this?" figures are the newest sealed set's one recorded run, unchanged.
#![cfg(not(target_arch = "wasm32"))]

use legcheck::components::evaluation_summary::SEALED;
use serde_json::Value;

#[test]
fn the_page_shows_the_sealed_run_as_recorded() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/eval/sealed4/result.json"
    );
    let run: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let n = |key: &str| run[key].as_u64().unwrap_or_else(|| panic!("{key}")) as usize;
    assert_eq!(SEALED.date, run["date"].as_str().unwrap());
    assert_eq!(
        [
            SEALED.cases,
            SEALED.deficiency_cases,
            SEALED.first,
            SEALED.first_three,
            SEALED.need_today,
            SEALED.sent_today,
            SEALED.can_wait,
            SEALED.escalated,
        ],
        [
            n("cases"),
            n("deficiency_cases"),
            n("first"),
            n("first_three"),
            n("need_today"),
            n("sent_today"),
            n("can_wait"),
            n("escalated"),
        ]
    );
}

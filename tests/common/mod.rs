//! Shared by the native test files (`mod common;`): one engine per test binary (the knowledge
//! base is parsed once, not once per test or property case), helpers over finding ids, and the
//! seed document's rows from `tests/fixtures/seed-rows.json` (also read by the end-to-end
//! tests).
#![allow(dead_code)]

use std::sync::LazyLock;

use legcheck::engine::{Answers, Assessment, Engine, FindingIx, Match};
use legcheck::kb::{KnowledgeBase, Onset};
use serde::Deserialize;

static ENGINE: LazyLock<Engine> = LazyLock::new(|| {
    Engine::new(KnowledgeBase::embedded().expect("the shipped knowledge base is valid"))
});

/// The engine over the shipped knowledge base, built once per test binary.
pub fn engine() -> &'static Engine {
    &ENGINE
}

/// The shipped knowledge base (the engine's own copy).
pub fn kb() -> &'static KnowledgeBase {
    ENGINE.kb()
}

/// Answers with these boxes ticked (onset unanswered); an unknown id fails the test.
pub fn answers_in(engine: &Engine, ids: &[&str]) -> Answers {
    Answers {
        ticks: engine
            .ticks(ids.iter().copied())
            .unwrap_or_else(|e| panic!("{e}")),
        ..Answers::default()
    }
}

/// The assessment of these ticks with this onset answer, by the shipped engine.
pub fn assess_onset(ids: &[&str], onset: Onset) -> Assessment {
    let engine = engine();
    engine.assess(&Answers {
        onset: Some(onset),
        ..answers_in(engine, ids)
    })
}

/// The assessment of these ticks by the shipped engine.
pub fn assess(ids: &[&str]) -> Assessment {
    assess_with(engine(), ids)
}

/// The assessment of these ticks by `engine`.
pub fn assess_with(engine: &Engine, ids: &[&str]) -> Assessment {
    engine.assess(&answers_in(engine, ids))
}

/// The ranked deficiency ids.
pub fn ranked<'e>(engine: &'e Engine, a: &Assessment) -> Vec<&'e str> {
    a.matches
        .iter()
        .map(|m| engine.deficiency(m.deficiency).id.as_str())
        .collect()
}

/// The match for a deficiency id, if it is ranked.
pub fn find<'a>(engine: &Engine, a: &'a Assessment, deficiency: &str) -> Option<&'a Match> {
    a.matches
        .iter()
        .find(|m| engine.deficiency(m.deficiency).id == deficiency)
}

/// The fired rules' ids, most urgent first.
pub fn fired<'e>(engine: &'e Engine, a: &Assessment) -> Vec<&'e str> {
    a.fired
        .iter()
        .map(|&r| engine.rule(r).id.as_str())
        .collect()
}

/// A finding's id.
pub fn finding_id(engine: &Engine, f: FindingIx) -> &str {
    &engine.finding(f).id
}

#[derive(Deserialize)]
struct SeedRows {
    rows: Vec<SeedRow>,
}

/// One row of the seed document's table.
#[derive(Deserialize)]
pub struct SeedRow {
    pub deficiency: String,
    /// Every finding the seed names for it, in the table's column order.
    pub findings: Vec<String>,
}

impl SeedRow {
    pub fn ids(&self) -> Vec<&str> {
        self.findings.iter().map(String::as_str).collect()
    }
}

static SEED_ROWS: LazyLock<Vec<SeedRow>> = LazyLock::new(|| {
    let rows: SeedRows = serde_json::from_str(include_str!("../fixtures/seed-rows.json"))
        .expect("tests/fixtures/seed-rows.json parses");
    rows.rows
});

/// The seed document's six rows.
pub fn seed_rows() -> &'static [SeedRow] {
    &SEED_ROWS
}

//! Times the knowledge base's parsing and the engine natively (one assessment per tick set of
//! every development case) and prints the figures: `make bench`. Not a test: timings on a
//! shared 2-core machine are noisy. A dev-only binary.

#[path = "../support/eval.rs"]
#[allow(dead_code)]
mod eval;

use std::time::Instant;

use legcheck::engine::{Answers, Engine};
use legcheck::kb::KnowledgeBase;

fn main() {
    let started = Instant::now();
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base is valid");
    println!(
        "parse and validate the knowledge base: {:?}",
        started.elapsed()
    );
    let started = Instant::now();
    let engine = Engine::new(kb);
    println!("build the engine's tables: {:?}", started.elapsed());
    let cases = eval::load(eval::SetName::Dev).expect("the development set loads");
    let sets: Vec<Answers> = cases.iter().map(|c| c.answers(&engine)).collect();
    let rounds = 200;
    let started = Instant::now();
    for _ in 0..rounds {
        for a in &sets {
            std::hint::black_box(engine.assess(a));
        }
    }
    let per = started.elapsed() / (rounds * sets.len() as u32);
    println!(
        "one assessment (triage, ranking, mimics, cautions, separators): {per:?} ({} sets x {rounds} rounds)",
        sets.len()
    );
}

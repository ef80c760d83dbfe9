//! Times the engine natively (ranking, triage and separators for the tick set of every
//! development case) and prints the figures: `make bench`. Not a test: timings on a shared
//! 2-core machine are noisy. A dev-only binary.

#[path = "../support/eval.rs"]
#[allow(dead_code)]
mod eval;

use std::time::Instant;

use legcheck::engine::{self, Ticked};
use legcheck::kb::KnowledgeBase;

fn main() {
    let started = Instant::now();
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base is valid");
    println!(
        "parse and validate the knowledge base: {:?}",
        started.elapsed()
    );
    let cases = eval::load(eval::SetName::Dev).expect("the development set loads");
    let sets: Vec<Ticked> = cases.iter().map(eval::Case::ticks).collect();
    let rounds = 200;
    let started = Instant::now();
    for _ in 0..rounds {
        for t in &sets {
            let ranked = std::hint::black_box(engine::rank(&kb, t));
            std::hint::black_box(engine::triage(&kb, t));
            std::hint::black_box(engine::separators(&kb, &ranked, t, 3));
        }
    }
    let per = started.elapsed() / (rounds * sets.len() as u32);
    println!(
        "rank + triage + separators per tick set: {per:?} ({} sets x {rounds} rounds)",
        sets.len()
    );
}

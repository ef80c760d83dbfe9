//! Times the engine natively and prints the figures as one JSON object (`make bench` puts them
//! in its table): loading the knowledge base (the prepared form the page loads, and the JSON
//! with validation the tests use), building the engine's tables, and one assessment on the
//! real knowledge base (every development case) and on generated ones of 200, 400, 800 and 1600
//! deficiencies over 256 boxes. Not a test: timings on a shared 2-core machine are noisy. A
//! dev-only example.

#[path = "../support/eval.rs"]
#[allow(dead_code)]
mod eval;
#[path = "../support/synthetic.rs"]
mod synthetic;

use std::time::{Duration, Instant};

use legcheck::engine::{Answers, Engine};
use legcheck::kb::{KnowledgeBase, MAX_FINDINGS};
use legcheck::prepared;
use serde_json::json;

/// The median time of one call of `f`, over `rounds` rounds of at least 20 ms each.
fn median_per_call(rounds: usize, mut f: impl FnMut() -> usize) -> Duration {
    let mut samples: Vec<Duration> = (0..rounds)
        .map(|_| {
            let started = Instant::now();
            let mut calls = 0;
            while started.elapsed() < Duration::from_millis(20) {
                calls += f();
            }
            started.elapsed() / calls as u32
        })
        .collect();
    samples.sort();
    samples[rounds / 2]
}

fn assess_all(engine: &Engine, sets: &[Answers]) -> usize {
    for a in sets {
        std::hint::black_box(engine.assess(a));
    }
    sets.len()
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn main() {
    let prepared_load = median_per_call(11, || {
        std::hint::black_box(prepared::knowledge_base().expect("the prepared knowledge base"));
        1
    });
    let json_load = median_per_call(11, || {
        std::hint::black_box(KnowledgeBase::embedded().expect("the embedded knowledge base"));
        1
    });
    let kb = KnowledgeBase::embedded().expect("the embedded knowledge base");
    let build = median_per_call(11, || {
        std::hint::black_box(Engine::new(kb.clone()));
        1
    });
    let engine = Engine::new(kb);
    let cases = eval::load(eval::SetName::Dev).expect("the development set loads");
    let sets: Vec<Answers> = cases.iter().map(|c| c.answers(&engine)).collect();
    let real = median_per_call(11, || assess_all(&engine, &sets));
    let generated: Vec<_> = [200, 400, 800, 1600]
        .into_iter()
        .map(|d| {
            let engine = Engine::new(synthetic::knowledge_base(d, MAX_FINDINGS));
            let sets = synthetic::answer_sets(&engine, 50);
            let per = median_per_call(11, || assess_all(&engine, &sets));
            json!({ "deficiencies": d, "findings": MAX_FINDINGS, "assess_us": micros(per) })
        })
        .collect();
    let out = json!({
        "load_prepared_us": micros(prepared_load),
        "load_json_and_validate_us": micros(json_load),
        "build_engine_us": micros(build),
        "assess_real_us": micros(real),
        "real_sets": sets.len(),
        "generated": generated,
    });
    println!("{out}");
}

//! `make bench` only: the engine timed inside WebAssembly (built for wasm32 and loaded by
//! `tests/perf/bench.mjs` into Chromium, plain and at 4x CPU throttling). The real knowledge
//! base (the prepared form the page loads) and generated ones (`tests/support/synthetic.rs`).

#[path = "../support/synthetic.rs"]
mod synthetic;

use legcheck::engine::{Answers, Engine};
use legcheck::kb::MAX_FINDINGS;
use wasm_bindgen::prelude::*;

/// Microseconds per assessment, the median of 5 rounds of at least 100 ms each, on the real
/// knowledge base (`deficiencies` = 0) or a generated one of that many deficiencies over 256
/// boxes, with 50 answer sets.
#[wasm_bindgen]
pub fn assess_micros(deficiencies: u32) -> f64 {
    let kb = if deficiencies == 0 {
        legcheck::prepared::knowledge_base().expect("the prepared knowledge base")
    } else {
        synthetic::knowledge_base(deficiencies as usize, MAX_FINDINGS)
    };
    let engine = Engine::new(kb);
    let sets: Vec<Answers> = synthetic::answer_sets(&engine, 50);
    let mut rounds: Vec<f64> = (0..5)
        .map(|_| {
            let started = js_sys::Date::now();
            let mut calls = 0;
            while js_sys::Date::now() - started < 100.0 {
                for a in &sets {
                    std::hint::black_box(engine.assess(a));
                }
                calls += sets.len();
            }
            (js_sys::Date::now() - started) * 1000.0 / calls as f64
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    rounds[2]
}

/// Microseconds to load the prepared knowledge base and build the engine's tables (what the
/// page does once at start), the median of 21.
#[wasm_bindgen]
pub fn start_micros() -> f64 {
    let mut samples: Vec<f64> = (0..21)
        .map(|_| {
            let started = js_sys::Date::now();
            let mut calls = 0;
            while js_sys::Date::now() - started < 20.0 {
                let kb = legcheck::prepared::knowledge_base().expect("the prepared knowledge base");
                std::hint::black_box(Engine::new(kb));
                calls += 1;
            }
            (js_sys::Date::now() - started) * 1000.0 / f64::from(calls)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[10]
}

//! Prints the evaluation figures, the confusion matrix of care levels and every miss by name:
//! `make eval` (the development set) or `make eval SET=sealed` (the sealed test set, run once
//! at the end of a round of changes). A dev-only binary; the gate is `tests/evaluation.rs`.

#[path = "../support/eval.rs"]
mod eval;

use std::io::Write;
use std::process::ExitCode;

use legcheck::engine::Engine;
use legcheck::kb::KnowledgeBase;

fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let Some(set) = eval::SetName::parse(&arg) else {
        eprintln!("evaluate: unknown set {arg:?}; use dev or sealed");
        return ExitCode::FAILURE;
    };
    let engine = match KnowledgeBase::embedded() {
        Ok(kb) => Engine::new(kb),
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::FAILURE;
        }
    };
    match eval::load(set) {
        Ok(cases) => {
            let report = eval::evaluate(&engine, set, &cases).to_string();
            // A closed pipe (`make eval | head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(report.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}

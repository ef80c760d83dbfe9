//! Prints the evaluation figures (top-1, top-3, red-flag recall, over-triage, mimics) and every
//! miss with its ranking: `make eval`.

use std::io::Write;
use std::process::ExitCode;

use legcheck::eval;
use legcheck::kb::KnowledgeBase;

fn main() -> ExitCode {
    let kb = match KnowledgeBase::embedded() {
        Ok(kb) => kb,
        Err(e) => {
            eprintln!("evaluate: {e}");
            return ExitCode::FAILURE;
        }
    };
    match eval::parse(eval::VIGNETTES_JSON) {
        Ok(vignettes) => {
            let report = eval::evaluate(&kb, &vignettes).to_string();
            // A closed pipe (`make eval | head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(report.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("evaluate: tests/eval/vignettes.json is not valid: {e}");
            ExitCode::FAILURE
        }
    }
}

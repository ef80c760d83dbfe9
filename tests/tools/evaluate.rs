//! Prints the evaluation figures, the confusion matrix of care levels and every miss by name:
//! `make eval` (the development set), `make eval SET=sealed`, `SET=sealed2`, `SET=sealed3` or `SET=sealed4`
//! (the sealed test sets, each run once at the end of a round of changes). A dev-only binary;
//! the gate is `tests/evaluation.rs`.

#[path = "../support/eval.rs"]
mod eval;
#[path = "../support/readability.rs"]
#[allow(dead_code)]
mod readability;

use std::io::Write;
use std::process::ExitCode;

use legcheck::engine::Engine;
use legcheck::kb::KnowledgeBase;

/// Every text the page shows with its reading grade (brackets left out), hardest first.
fn grades(kb: &KnowledgeBase) -> String {
    let mut texts = readability::kb_texts(kb);
    texts.extend(readability::ui_texts());
    let mut graded: Vec<(f64, usize, String)> = texts
        .into_iter()
        .filter_map(|(place, text)| {
            let words = readability::without_brackets(&text)
                .split_whitespace()
                .count();
            readability::grade(&text).map(|g| (g, words, place))
        })
        .collect();
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out = String::from(
        "\nreading grade of every text the page shows (Flesch-Kincaid, brackets left out; \
         texts under 12 words are gated together, tests/readability.rs):\n",
    );
    for (g, words, place) in graded {
        out.push_str(&format!("{g:5.1}  {words:3} words  {place}\n"));
    }
    out
}

fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "dev".into());
    let Some(set) = eval::SetName::parse(&arg) else {
        eprintln!("evaluate: unknown set {arg:?}; use dev, sealed, sealed2, sealed3 or sealed4");
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
            let mut report = eval::evaluate(&engine, set, &cases).to_string();
            report.push_str(&grades(engine.kb()));
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

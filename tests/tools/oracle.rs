//! The model-based browser walk's oracle: the engine run natively on the walk's ticks.
//!
//! Reads the answers, one JSON object per line on stdin (`{"ticked": [ids], "onset": "weeks" |
//! null}`; a bare array of ids means no onset answer), and prints, per line, one JSON object
//! with everything the page should show for those answers: the ranked deficiency ids
//! with their strength labels, the triage level and fired rules, the mimics, the general and
//! per-card cautions, the "what would tell them apart" suggestions and the status line.
//! A dev-only binary (`tests/e2e/walk.spec.mjs` spawns it); nothing here ships in the page.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use legcheck::browser::SavedAnswers;
use legcheck::components::summary;
use legcheck::engine::{Answers, Engine};
use legcheck::kb::{KnowledgeBase, Onset};
use serde_json::{json, Value};

/// What the page should show for one set of answers, by id.
fn expected(engine: &Engine, answers: &Answers) -> Value {
    let a = engine.assess(answers);
    let kb = engine.kb();
    let ids = |items: &[usize], of: &dyn Fn(usize) -> String| -> Vec<String> {
        items.iter().map(|&i| of(i)).collect()
    };
    let caution = |i: usize| kb.cautions[i].id.clone();
    json!({
        "ranked": a.matches.iter().map(|m| json!({
            "id": kb.deficiencies[m.deficiency].id,
            "strength": m.strength.as_str(),
            "cautions": ids(&m.cautions, &caution),
        })).collect::<Vec<_>>(),
        "level": a.level.as_str(),
        "rules": ids(&a.fired, &|i| kb.triage_rules[i].id.clone()),
        "mimics": ids(&a.mimics, &|i| kb.mimics[i].id.clone()),
        "cautions": ids(&a.general_cautions, &caution),
        "separators": ids(&a.separators, &|i| kb.findings[i].id.clone()),
        "summary": summary::line(engine, &a),
    })
}

/// One line of input as answers.
fn parse(engine: &Engine, line: &str) -> Result<Answers, String> {
    let saved: SavedAnswers = serde_json::from_str::<Vec<String>>(line)
        .map(|ticked| SavedAnswers {
            ticked,
            onset: None,
        })
        .or_else(|_| serde_json::from_str(line))
        .map_err(|e| e.to_string())?;
    let ticks = engine
        .ticks(saved.ticked.iter().map(String::as_str))
        .map_err(|e| e.to_string())?;
    let onset = match saved.onset.as_deref() {
        None => None,
        Some(o) => Some(Onset::parse(o).ok_or_else(|| format!("no onset answer {o:?}"))?),
    };
    Ok(Answers { ticks, onset })
}

fn main() -> ExitCode {
    let engine = match KnowledgeBase::embedded() {
        Ok(kb) => Engine::new(kb),
        Err(e) => {
            eprintln!("oracle: {e}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let reply = match line
            .map_err(|e| e.to_string())
            .and_then(|l| parse(&engine, &l))
        {
            Ok(answers) => expected(&engine, &answers),
            Err(e) => json!({ "error": format!("not the answers: {e}") }),
        };
        // The walk waits for one line per query; a closed pipe simply ends the oracle.
        if writeln!(out, "{reply}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

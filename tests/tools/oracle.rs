//! The model-based browser walk's oracle: the engine run natively on the walk's ticks.
//!
//! Reads one JSON array of ticked finding ids per line on stdin and prints, per line, one JSON
//! object with everything the page should show for those ticks: the ranked deficiency ids
//! with their strength labels, the triage level and fired rules, the mimics, the general and
//! per-card cautions, the "what would tell them apart" suggestions and the status line.
//! A dev-only binary (`tests/e2e/walk.spec.mjs` spawns it); nothing here ships in the page.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use legcheck::components::summary;
use legcheck::engine::{self, Ticked};
use legcheck::kb::KnowledgeBase;
use serde_json::{json, Value};

/// What the page should show for one set of ticks.
fn expected(kb: &KnowledgeBase, ticked: &Ticked) -> Value {
    let ranked = engine::rank(kb, ticked);
    let triage = engine::triage(kb, ticked);
    json!({
        "ranked": ranked.iter().map(|m| json!({
            "id": m.deficiency.id,
            "strength": m.strength.as_str(),
            "cautions": engine::active_cautions(kb, &m.deficiency.id, ticked)
                .iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "level": triage.level.as_str(),
        "rules": triage.fired.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        "mimics": engine::mimics(kb, ticked).iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        "cautions": engine::general_cautions(kb, ticked).iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
        "separators": engine::separators(kb, &ranked, ticked, 3),
        "summary": summary::line(&ranked, triage.level, ticked.len()),
    })
}

fn main() -> ExitCode {
    let kb = match KnowledgeBase::embedded() {
        Ok(kb) => kb,
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
            .and_then(|l| serde_json::from_str::<Ticked>(&l).map_err(|e| e.to_string()))
        {
            Ok(ticked) => expected(&kb, &ticked),
            Err(e) => json!({ "error": format!("not a JSON array of finding ids: {e}") }),
        };
        // The walk waits for one line per query; a closed pipe simply ends the oracle.
        if writeln!(out, "{reply}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

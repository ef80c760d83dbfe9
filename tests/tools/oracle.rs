//! The model-based browser walk's oracle: the engine run natively on the walk's answers.
//!
//! Reads one JSON object per line on stdin, the answers as the page saves them (`{"ticked":
//! [ids], "onset": "weeks" | null, "no": [ids], "unsure": [ids], "none_of": [groups]}`, the
//! last three optional; a bare array of ids means ticks only) plus an optional `"query"` (the
//! search field's text), and prints, per line, one JSON object with everything the page
//! should show: the ranked deficiency ids with their strength labels, cautions and "no"
//! answers against them, the triage level, the level the card asks about again when the onset
//! is unanswered, the fired rules, the mimics, the general cautions,
//! the suggestions, the status line, the boxes a search shows, and the answers as the page
//! writes them in storage and links (`code`). A line `{"decode": "text"}` instead asks what
//! the page makes of a link or stored text: the answers by id and how many things it left
//! out. A dev-only binary
//! (`tests/e2e/walk.spec.mjs` spawns it); nothing here ships in the page.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use legcheck::components::summary;
use legcheck::engine::{Answers, Engine, Ticks};
use legcheck::kb::{FindingKind, KnowledgeBase};
use legcheck::state::{self, codec, SavedAnswers};
use serde_json::{json, Value};

/// One line of input: the saved answers and the search text.
#[derive(serde::Deserialize)]
struct Query {
    #[serde(flatten)]
    answers: SavedAnswers,
    #[serde(default)]
    query: String,
}

/// What the page should show for one set of answers and search, by id.
fn expected(engine: &Engine, answers: &Answers, query: &str) -> Value {
    let a = engine.assess(answers);
    let ids = |items: Vec<String>| Value::from(items);
    let findings = |t: &[legcheck::engine::FindingIx]| -> Vec<String> {
        t.iter().map(|&f| engine.finding(f).id.clone()).collect()
    };
    let cautions = |c: &[legcheck::engine::CautionIx]| -> Vec<String> {
        c.iter().map(|&c| engine.caution(c).id.clone()).collect()
    };
    // The boxes a search leaves in view: matches, ticked boxes and every warning sign.
    let shown: Option<Vec<&str>> = engine.search(query).map(|found: Ticks| {
        let keep = found
            .or(answers.ticks)
            .or(engine.kind_mask(FindingKind::WarningSign));
        engine.ids(keep)
    });
    json!({
        "ranked": a.matches.iter().map(|m| json!({
            "id": engine.deficiency(m.deficiency).id,
            "strength": m.strength.as_str(),
            "cautions": cautions(&m.cautions),
            "denied": findings(&m.denied),
        })).collect::<Vec<_>>(),
        "level": a.level.as_str(),
        "ask_onset": a.ask_onset.map(|l| l.as_str()),
        "rules": ids(a.fired.iter().map(|&r| engine.rule(r).id.clone()).collect()),
        "mimics": ids(a.mimics.iter().map(|&m| engine.mimic(m).id.clone()).collect()),
        "cautions": cautions(&a.general_cautions),
        "separators": findings(&a.separators),
        "summary": summary::status(engine, &a).to_string(),
        "shown": shown,
        // The answers as the page writes them in storage and links (`state::codec`).
        "code": codec::encode(engine, answers),
    })
}

/// What the page makes of the answers in a link or storage text: the answers by id and how many
/// things it left out.
fn decoded(engine: &Engine, text: &str) -> Value {
    let d = codec::decode(engine, text);
    json!({ "answers": state::to_saved(engine, &d.answers), "dropped": d.dropped })
}

/// One line of input as answers (every name must match a box or group) and the search text.
fn parse(engine: &Engine, line: &str) -> Result<(Answers, String), String> {
    let q: Query = serde_json::from_str::<Vec<String>>(line)
        .map(|ticked| Query {
            answers: SavedAnswers {
                ticked,
                ..SavedAnswers::default()
            },
            query: String::new(),
        })
        .or_else(|_| serde_json::from_str(line))
        .map_err(|e| e.to_string())?;
    match state::from_saved(engine, &q.answers) {
        (answers, 0) => Ok((answers, q.query)),
        (_, unknown) => Err(format!("{unknown} name(s) match no box or group")),
    }
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
        let line = line.unwrap_or_default();
        let reply = match serde_json::from_str::<Value>(&line) {
            Ok(Value::Object(o)) if o.contains_key("decode") => {
                decoded(&engine, o["decode"].as_str().unwrap_or_default())
            }
            _ => match parse(&engine, &line) {
                Ok((answers, query)) => expected(&engine, &answers, &query),
                Err(e) => json!({ "error": format!("not the answers: {e}") }),
            },
        };
        // The walk waits for one line per query; a closed pipe simply ends the oracle.
        if writeln!(out, "{reply}").and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

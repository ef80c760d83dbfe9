//! Everything the page shows reads at about school grade 7 (a 12-year-old), not counting
//! medical terms in brackets: each text of 12 words or more at most grade 8 by Flesch-Kincaid,
//! and the short texts (labels, hints, titles) together at most grade 7. `make eval` prints
//! every text's grade.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/readability.rs"]
mod readability;

use readability::{grade, kb_texts, ui_texts};

/// The most a text of 12 words or more may grade.
const LONG_TEXT_BOUND: f64 = 8.0;
/// The most the short texts may grade, taken together as one passage.
const SHORT_TEXTS_BOUND: f64 = 7.0;
/// Texts shorter than this are too short for a grade of their own.
const LONG_TEXT_WORDS: usize = 12;

fn words(text: &str) -> usize {
    readability::without_brackets(text)
        .split_whitespace()
        .count()
}

fn all_texts() -> Vec<(String, String)> {
    let mut texts = kb_texts(common::kb());
    texts.extend(ui_texts());
    texts
}

#[test]
fn every_long_text_reads_at_about_grade_seven() {
    let too_hard: Vec<String> = all_texts()
        .into_iter()
        .filter(|(_, t)| words(t) >= LONG_TEXT_WORDS)
        .filter_map(|(place, t)| {
            let g = grade(&t)?;
            (g > LONG_TEXT_BOUND).then(|| format!("{g:.1} {place}: {t}"))
        })
        .collect();
    assert!(
        too_hard.is_empty(),
        "{} texts read above grade {LONG_TEXT_BOUND}:\n{}",
        too_hard.len(),
        too_hard.join("\n")
    );
}

#[test]
fn the_short_texts_together_read_at_about_grade_seven() {
    let passage: Vec<String> = all_texts()
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| (1..LONG_TEXT_WORDS).contains(&words(t)))
        .map(|t| format!("{}.", t.trim_end_matches(['.', ':', '?', '!'])))
        .collect();
    assert!(passage.len() > 50, "{} short texts", passage.len());
    let g = grade(&passage.join(" ")).unwrap();
    assert!(
        g <= SHORT_TEXTS_BOUND,
        "the short texts read at grade {g:.1}"
    );
}

#[test]
fn the_measure_finds_every_kind_of_text() {
    let texts = all_texts();
    for kind in [
        "finding",
        "deficiency",
        "rule",
        "mimic",
        "caution",
        "notice",
        "component",
        "index.html",
    ] {
        assert!(
            texts.iter().any(|(place, _)| place.starts_with(kind)),
            "no {kind} text found"
        );
    }
}

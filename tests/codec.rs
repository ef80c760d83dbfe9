//! The answers' string form (`state::codec`), used for tab storage, the device and links: any
//! answers survive a round trip, and any text at all decodes without a panic into answers the
//! page knows, with what it could not read counted.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{engine, kb};
use legcheck::engine::{Answers, Groups, Ticks};
use legcheck::kb::{FindingKind, Onset};
use legcheck::state::codec::{decode, encode, MAX_TEXT};
use proptest::prelude::*;

fn set_of(picks: &[usize]) -> Ticks {
    let e = engine();
    picks
        .iter()
        .map(|&i| {
            e.finding_ix(&kb().findings[i % kb().findings.len()].id)
                .unwrap()
        })
        .collect()
}

fn answers() -> impl Strategy<Value = Answers> {
    let n = kb().findings.len();
    (
        proptest::collection::vec(0..n, 0..20),
        proptest::collection::vec(0..n, 0..8),
        proptest::collection::vec(0..n, 0..8),
        0u8..16,
        proptest::option::of(0..Onset::ALL.len()),
    )
        .prop_map(|(ticks, no, unsure, groups, onset)| {
            let ticks = set_of(&ticks);
            let no = set_of(&no).without(ticks);
            let mut none_of = Groups::default();
            for kind in FindingKind::ALL {
                none_of.set(kind, groups & (1 << kind.slot()) != 0);
            }
            Answers {
                ticks,
                no,
                unsure: set_of(&unsure).without(ticks).without(no),
                none_of,
                onset: onset.map(|i| Onset::ALL[i]),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 500,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20261206),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_answers_survive_a_round_trip(a in answers()) {
        let d = decode(engine(), &encode(engine(), &a));
        prop_assert_eq!(d.dropped, 0);
        prop_assert_eq!(d.answers, a);
    }

    #[test]
    fn any_text_decodes_without_a_panic(text in any::<String>()) {
        let d = decode(engine(), &text);
        prop_assert!(d.answers.no.and(d.answers.ticks).is_empty());
    }

    /// Text made of the codec's own characters reaches every branch of the parser.
    #[test]
    fn any_text_in_the_codec_alphabet_decodes_to_known_boxes(
        text in "[0-9a-z.~]{0,80}",
        version in prop_oneof![Just("1~"), Just("2~"), Just("")],
    ) {
        let d = decode(engine(), &format!("{version}{text}"));
        prop_assert!(d.answers.ticks.iter().all(|f| f.get() < kb().findings.len()));
        prop_assert!(d.answers.unsure.and(d.answers.no).is_empty());
    }
}

#[test]
fn a_hundred_kilobytes_keeps_what_is_known_and_says_the_rest_was_dropped() {
    let e = engine();
    let one = Answers {
        ticks: set_of(&[0, 30]),
        ..Answers::default()
    };
    let text = encode(e, &one);
    let long = format!("{text}.{}", "zz.".repeat(100 * 1024 / 3));
    assert!(long.len() > 100_000 && long.len() > MAX_TEXT);
    let d = decode(e, &long);
    assert_eq!(d.answers.ticks, one.ticks);
    assert!(d.dropped > 1);
    let noise: String = (0..100_000u32)
        .map(|i| char::from_u32(i % 0x2FFF + 32).unwrap_or('?'))
        .collect();
    assert!(decode(e, &noise).answers.is_empty());
}

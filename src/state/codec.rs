//! The answers as one short string, for tab storage, the device (when the person asks) and a
//! link: versioned, compact, and safe on anything.
//!
//! Version 1 is `1` followed by parts, each a tilde, a letter and a value:
//! `1~t1.2.1c~n5~u~g4~o3` ticks findings 1, 2 and 48, says no to 5, "None of these" for the
//! groups in bit set 4 and onset answer 3. Finding codes are the knowledge base's stable
//! `code`s in base 36 (never an index, which changes when boxes are added); groups are a bit
//! set over `FindingKind::slot`; the onset is its place in `Onset::ALL`, from 1. Only the
//! characters `0-9 a-z . ~` appear, so a link needs no escaping.
//!
//! Decoding never fails and never panics: whatever it cannot read (an unknown code, a part it
//! does not know, garbage, a newer version's extras, anything past the first
//! [`MAX_TEXT`] characters) is left out and counted, so the page can keep what is known and say
//! that something was dropped.

use crate::engine::{Answers, Engine, Groups, Ticks};
use crate::kb::{FindingKind, Onset};

/// The version this code writes.
pub const VERSION: &str = "1";

/// The start of a link's fragment that carries answers: `#a=1~t...`.
pub const LINK_PREFIX: &str = "#a=";

/// The most characters read; the rest of a longer text is dropped (and counted).
pub const MAX_TEXT: usize = 8 * 1024;

/// What was read from a text: the answers understood, and how many parts or codes were not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Decoded {
    pub answers: Answers,
    /// How many things were left out (unknown codes or parts, garbage, a cut-off tail).
    pub dropped: usize,
}

/// The answers as a version 1 string.
pub fn encode(engine: &Engine, answers: &Answers) -> String {
    let codes = |t: Ticks| -> String {
        t.iter()
            .map(|f| base36(u32::from(engine.finding(f).code)))
            .collect::<Vec<_>>()
            .join(".")
    };
    let mut out = String::from(VERSION);
    for (tag, set) in [
        ('t', answers.ticks),
        ('n', answers.no),
        ('u', answers.unsure),
    ] {
        if !set.is_empty() {
            out.push('~');
            out.push(tag);
            out.push_str(&codes(set));
        }
    }
    let groups: u32 = answers
        .none_of
        .iter()
        .map(|k| 1u32 << k.slot())
        .fold(0, |a, b| a | b);
    if groups != 0 {
        out.push_str("~g");
        out.push_str(&base36(groups));
    }
    if let Some(onset) = answers.onset {
        let place = Onset::ALL.iter().position(|&o| o == onset).unwrap_or(0) + 1;
        out.push_str("~o");
        out.push_str(&base36(place as u32));
    }
    out
}

/// The answers in `text`, whatever it holds (see the module notes). A box is in one answer
/// only: a tick wins over a "no", a "no" over "not sure".
pub fn decode(engine: &Engine, text: &str) -> Decoded {
    let mut dropped = 0;
    let text = match text.char_indices().nth(MAX_TEXT) {
        // Cut at the last separator before the limit, never inside a code (half a code is
        // another code).
        Some((cut, _)) => {
            dropped += 1;
            let head = &text[..cut];
            &head[..head.rfind(['.', '~']).unwrap_or(0)]
        }
        None => text,
    };
    let mut parts = text.split('~');
    let version = parts.next().unwrap_or_default();
    if version != VERSION {
        // Not version 1: a newer page's answers are read part by part, anything else is
        // garbage and each part counts as dropped.
        if version.parse::<u32>().map_or(true, |v| v < 1) {
            return Decoded {
                answers: Answers::default(),
                dropped: dropped + 1 + parts.count(),
            };
        }
    }
    let mut answers = Answers::default();
    let finding_codes = |value: &str, dropped: &mut usize| -> Ticks {
        let mut set = Ticks::default();
        for code in value.split('.').filter(|c| !c.is_empty()) {
            match from_base36(code)
                .and_then(|c| u16::try_from(c).ok())
                .and_then(|c| engine.finding_by_code(c))
            {
                Some(f) => set.insert(f),
                None => *dropped += 1,
            }
        }
        set
    };
    for part in parts {
        let mut chars = part.chars();
        let tag = chars.next();
        let value = chars.as_str();
        match tag {
            Some('t') => answers.ticks = answers.ticks.or(finding_codes(value, &mut dropped)),
            Some('n') => answers.no = answers.no.or(finding_codes(value, &mut dropped)),
            Some('u') => answers.unsure = answers.unsure.or(finding_codes(value, &mut dropped)),
            Some('g') => match from_base36(value) {
                Some(bits) if bits < 1 << FindingKind::ALL.len() => {
                    answers.none_of = groups(bits);
                }
                _ => dropped += 1,
            },
            Some('o') => match from_base36(value)
                .and_then(|place| (place as usize).checked_sub(1))
                .and_then(|i| Onset::ALL.get(i))
            {
                Some(&onset) => answers.onset = Some(onset),
                None => dropped += 1,
            },
            _ => dropped += 1,
        }
    }
    answers.no = answers.no.without(answers.ticks);
    answers.unsure = answers.unsure.without(answers.ticks).without(answers.no);
    Decoded { answers, dropped }
}

fn groups(bits: u32) -> Groups {
    let mut groups = Groups::default();
    for kind in FindingKind::ALL {
        groups.set(kind, bits & (1 << kind.slot()) != 0);
    }
    groups
}

fn base36(mut n: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A base-36 number of at most 6 digits (lower case), or `None`.
fn from_base36(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 {
        return None;
    }
    s.chars().try_fold(0u32, |n, c| {
        let d = c.to_digit(36).filter(|_| !c.is_ascii_uppercase())?;
        Some(n * 36 + d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    fn engine() -> Engine {
        Engine::new(KnowledgeBase::embedded().unwrap())
    }

    fn ticks(e: &Engine, ids: &[&str]) -> Ticks {
        ids.iter().map(|id| e.finding_ix(id).unwrap()).collect()
    }

    #[test]
    fn a_known_string_reads_as_written() {
        let e = engine();
        let mut answers = Answers {
            ticks: ticks(&e, &["leg_weakness", "muscle_cramps"]),
            no: ticks(&e, &["water_pill"]),
            onset: Some(Onset::Weeks),
            ..Answers::default()
        };
        answers.none_of.set(FindingKind::WarningSign, true);
        let text = encode(&e, &answers);
        assert!(text.starts_with("1~t"), "{text}");
        assert!(text
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase() || c == '.' || c == '~'));
        assert_eq!(
            decode(&e, &text),
            Decoded {
                answers,
                dropped: 0
            }
        );
        assert_eq!(decode(&e, "1"), Decoded::default());
    }

    #[test]
    fn unknown_codes_parts_and_garbage_are_dropped_and_counted() {
        let e = engine();
        let code = base36(u32::from(e.kb().findings[0].code));
        let d = decode(&e, &format!("1~t{code}.zzzz.!!~x9~o9~gzz"));
        assert_eq!(d.answers.ticks.len(), 1);
        assert_eq!(d.dropped, 5);
        assert_eq!(decode(&e, "garbage%%").dropped, 1);
        assert_eq!(decode(&e, "").dropped, 1);
        // A newer version: what this one knows is kept.
        let d = decode(&e, &format!("2~t{code}~q1"));
        assert_eq!((d.answers.ticks.len(), d.dropped), (1, 1));
        // A very long text is cut, and says so.
        let long = format!("1~t{}", format!("{code}.").repeat(50_000));
        let d = decode(&e, &long);
        assert_eq!(d.answers.ticks.len(), 1);
        assert!(d.dropped >= 1);
    }

    #[test]
    fn base36_round_trips() {
        for n in [0, 1, 35, 36, 1295, 65_535] {
            assert_eq!(from_base36(&base36(n)), Some(n));
        }
        assert_eq!(from_base36("A"), None);
        assert_eq!(from_base36("1234567"), None);
    }
}

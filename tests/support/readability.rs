//! How hard a text is to read: the Flesch-Kincaid school grade of what the page shows, not
//! counting medical terms in brackets ("muscle pain (myalgia)" reads as "muscle pain").
//!
//! grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Sentences end at
//! `.`, `!` or `?` (a text without one is one sentence); syllables are counted by vowel groups,
//! the usual rule of thumb, so single words can be off by one but long texts average out.
//! Used by the gate `tests/readability.rs` and printed by `make eval`.

use std::path::Path;

use legcheck::kb::KnowledgeBase;

/// The text without anything in brackets, which names medical terms for those who need them.
pub fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The syllables of one word, at least one.
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    // A silent final e ("time"), but not "-le" after a consonant ("simple").
    let consonant_le = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !consonant_le {
        count -= 1;
    }
    // "-ed" is silent unless after t or d ("walked", but "needed").
    if n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd' && !"td".contains(w[n - 3]) && !vowel(w[n - 3]) {
        count -= 1;
    }
    count.max(1)
}

/// Words, sentences and syllables of a text (brackets already removed).
fn counts(text: &str) -> (usize, usize, usize) {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let sentences = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1);
    let syllables = words.iter().map(|w| syllables(w)).sum();
    (words.len(), sentences, syllables)
}

/// The Flesch-Kincaid grade of a text shown on the page, brackets left out; `None` for a text
/// with no words.
pub fn grade(text: &str) -> Option<f64> {
    let (words, sentences, syllables) = counts(&without_brackets(text));
    (words > 0).then(|| {
        0.39 * words as f64 / sentences as f64 + 11.8 * syllables as f64 / words as f64 - 15.59
    })
}

/// Every knowledge-base text the page shows, with where it is ("deficiency vitamin_d role").
/// Source titles are left out: they are the names of other publishers' pages.
pub fn kb_texts(kb: &KnowledgeBase) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let mut add = |place: String, text: &str| texts.push((place, text.to_string()));
    for f in &kb.findings {
        add(format!("finding {} label", f.id), &f.label);
        if let Some(h) = &f.hint {
            add(format!("finding {} hint", f.id), h);
        }
    }
    for d in &kb.deficiencies {
        let at = |what: &str| format!("deficiency {} {what}", d.id);
        add(at("condition"), &d.condition);
        add(at("role"), &d.role.text);
        if let Some(n) = &d.symptoms.note {
            add(at("symptoms note"), n);
        }
        if let Some(n) = &d.risk_factors.note {
            add(at("risk factors note"), n);
        }
        add(at("tests ask for"), &d.tests.ask_for);
        add(at("tests"), &d.tests.text);
        if let Some(i) = &d.intake {
            add(at("intake"), &i.text);
        }
        add(at("food"), &d.management.diet);
        add(at("supplements"), &d.management.supplements);
        add(at("everyday steps"), &d.management.lifestyle);
    }
    for r in &kb.triage_rules {
        add(format!("rule {} title", r.id), &r.title);
        add(format!("rule {} reason", r.id), &r.reason);
    }
    for m in &kb.mimics {
        add(format!("mimic {} name", m.id), &m.name);
        add(format!("mimic {} text", m.id), &m.text);
    }
    for c in &kb.cautions {
        add(format!("caution {}", c.id), &c.text);
    }
    for n in &kb.notices {
        add(format!("notice {} title", n.id), &n.title);
        add(format!("notice {} text", n.id), &n.text);
    }
    texts
}

/// The sentences written into the page's components and `index.html`: every string literal
/// of a component that reads as words (it has a space and starts with a capital letter), and
/// every text between tags of `index.html`.
pub fn ui_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    let dir = root.join("src").join("components");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("src/components")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let code = std::fs::read_to_string(&file).unwrap();
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for literal in string_literals(&code) {
            let words = literal.replace("\\\n", " ");
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            let reads_as_words = words.contains(' ')
                && words.starts_with(|c: char| c.is_ascii_uppercase())
                && !words.contains('{');
            if reads_as_words {
                texts.push((format!("component {name}"), words));
            }
        }
    }
    let page = std::fs::read_to_string(root.join("index.html")).unwrap();
    let body = &page[page.find("<body>").unwrap_or(0)..];
    let mut in_tag = false;
    let mut current = String::new();
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                let t = current.split_whitespace().collect::<Vec<_>>().join(" ");
                if t.chars().filter(|c| c.is_alphabetic()).count() > 3 {
                    texts.push(("index.html".to_string(), t));
                }
                current.clear();
            }
            '>' => in_tag = false,
            _ if !in_tag => current.push(c),
            _ => {}
        }
    }
    texts
}

/// The contents of the double-quoted string literals of Rust code (escapes kept as written).
fn string_literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A char literal such as '"' must not open a string.
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                chars.nth(if rest.starts_with('"') { 1 } else { 2 });
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(d) = chars.next() {
            match d {
                '\\' => {
                    s.push(d);
                    if let Some(e) = chars.next() {
                        s.push(e);
                    }
                }
                '"' => break,
                _ => s.push(d),
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_by_vowel_groups() {
        for (word, n) in [
            ("leg", 1),
            ("time", 1),
            ("simple", 2),
            ("walked", 1),
            ("needed", 2),
            ("muscle", 2),
            ("vitamin", 3),
            ("tiredness", 3),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn brackets_are_left_out() {
        assert_eq!(
            without_brackets("muscle pain (myalgia) here"),
            "muscle pain  here"
        );
        assert_eq!(grade("(myalgia)"), None);
    }

    #[test]
    fn short_plain_words_read_easily_and_long_latinate_ones_do_not() {
        let easy = grade("My legs feel weak. I get tired.").unwrap();
        let hard = grade(
            "Hypophosphataemia precipitates rhabdomyolysis, encephalopathy and respiratory insufficiency \
             in malnourished individuals undergoing nutritional rehabilitation.",
        )
        .unwrap();
        assert!(easy < 3.0 && hard > 16.0, "{easy} {hard}");
    }
}

//! The knowledge base's content rules, one check per kind of entry. Every problem is collected
//! (not just the first) and names the entry it is about, so a broken file is fixed in one go.

use std::collections::BTreeSet;

use super::{
    check_source_url, FindingKind, KnowledgeBase, Onset, Pattern, TriageLevel, MAX_FINDINGS,
};

/// All problems with `kb`, each naming its entry; empty when it is valid.
pub(super) fn problems(kb: &KnowledgeBase) -> Vec<String> {
    let mut v = Validation {
        kb,
        problems: Vec::new(),
        used: BTreeSet::new(),
        source_ids: BTreeSet::new(),
        finding_ids: BTreeSet::new(),
        deficiency_ids: BTreeSet::new(),
    };
    v.header();
    v.sources();
    v.findings();
    v.deficiencies();
    v.triage_rules();
    v.mimics();
    v.cautions();
    v.notices();
    v.every_finding_used();
    v.problems
}

struct Validation<'a> {
    kb: &'a KnowledgeBase,
    problems: Vec<String>,
    /// Findings some deficiency, rule, mimic or caution refers to.
    used: BTreeSet<&'a str>,
    source_ids: BTreeSet<&'a str>,
    finding_ids: BTreeSet<&'a str>,
    deficiency_ids: BTreeSet<&'a str>,
}

impl<'a> Validation<'a> {
    fn note(&mut self, problem: String) {
        self.problems.push(problem);
    }

    /// Collects ids, noting empty and duplicate ones.
    fn unique_ids(&mut self, what: &str, ids: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
        let mut set = BTreeSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.note(format!("a {what} has an empty id"));
            } else if !set.insert(id) {
                self.note(format!("{what} id `{id}` is used twice"));
            }
        }
        set
    }

    /// Notes a section that cites no source or an unknown one.
    fn cites(&mut self, owner: &str, sources: &[String]) {
        if sources.is_empty() {
            self.note(format!("{owner} cites no source"));
        }
        for s in sources {
            if !self.source_ids.contains(s.as_str()) {
                self.note(format!("{owner} cites unknown source `{s}`"));
            }
        }
    }

    /// Notes a pattern that names nothing, has an empty group, or names an unknown finding.
    fn pattern(&mut self, who: &str, pattern: &'a Pattern) {
        if pattern.is_empty() {
            self.note(format!("{who} names no finding"));
        }
        if pattern.any_of.iter().any(Vec::is_empty) {
            self.note(format!("{who} has an empty any_of group"));
        }
        let mut onsets = pattern.onset.clone();
        onsets.sort();
        onsets.dedup();
        if onsets.len() != pattern.onset.len() {
            self.note(format!("{who} lists an onset twice"));
        }
        for f in pattern.findings() {
            self.used.insert(f.as_str());
            if !self.finding_ids.contains(f.as_str()) {
                self.note(format!("{who} names unknown finding `{f}`"));
            }
        }
    }

    fn header(&mut self) {
        if self.kb.version.trim().is_empty() {
            self.note("`version` is empty".into());
        }
        if !is_iso_date(&self.kb.reviewed) {
            self.note(format!(
                "`reviewed` {:?} is not a YYYY-MM-DD date",
                self.kb.reviewed
            ));
        }
    }

    fn sources(&mut self) {
        let kb = self.kb;
        self.source_ids = self.unique_ids("source", kb.sources.iter().map(|s| s.id.as_str()));
        for s in &kb.sources {
            if let Err(why) = check_source_url(&s.url) {
                self.note(format!("source `{}`: {why}", s.id));
            }
            if s.title.trim().is_empty() || s.publisher.trim().is_empty() {
                self.note(format!("source `{}` has an empty title or publisher", s.id));
            }
        }
    }

    fn findings(&mut self) {
        let kb = self.kb;
        self.finding_ids = self.unique_ids("finding", kb.findings.iter().map(|f| f.id.as_str()));
        if kb.findings.len() > MAX_FINDINGS {
            self.note(format!(
                "{} findings: the engine holds at most {MAX_FINDINGS}",
                kb.findings.len()
            ));
        }
        let mut codes = BTreeSet::new();
        for f in &kb.findings {
            if f.code == 0 {
                self.note(format!("finding `{}` has code 0 (codes start at 1)", f.id));
            } else if !codes.insert(f.code) {
                self.note(format!("finding `{}`: code {} is used twice", f.id, f.code));
            }
            if kb.retired_codes.contains(&f.code) {
                self.note(format!(
                    "finding `{}`: code {} is retired and may not be given again",
                    f.id, f.code
                ));
            }
            if f.label.trim().is_empty() {
                self.note(format!("finding `{}` has an empty label", f.id));
            }
            if f.hint.as_deref().is_some_and(|h| h.trim().is_empty()) {
                self.note(format!(
                    "finding `{}` has an empty hint (leave it out instead)",
                    f.id
                ));
            }
            if let Some(lay) = &f.lay_words {
                let who = format!("finding `{}` lay_words", f.id);
                if lay.words.is_empty() || lay.words.iter().any(|w| w.trim().is_empty()) {
                    self.note(format!("{who} has no words or an empty word"));
                }
                self.cites(&who, &lay.sources);
            }
            // A warning sign alone gets care today or sooner at every onset answer: its own
            // rules (the sign alone) may split the onsets between levels, never leave one out.
            let uncovered: Vec<&str> = Onset::ALL
                .into_iter()
                .filter(|o| {
                    !kb.triage_rules.iter().any(|r| {
                        r.when.is_single(&f.id)
                            && r.level >= TriageLevel::Urgent
                            && (r.when.onset.is_empty() || r.when.onset.contains(o))
                    })
                })
                .map(Onset::as_str)
                .collect();
            if f.kind == FindingKind::WarningSign && !uncovered.is_empty() {
                self.note(format!(
                    "warning sign `{}` alone gives no urgent or emergency care for the onset answers {}",
                    f.id,
                    uncovered.join(", ")
                ));
            }
        }
    }

    fn deficiencies(&mut self) {
        let kb = self.kb;
        self.deficiency_ids =
            self.unique_ids("deficiency", kb.deficiencies.iter().map(|d| d.id.as_str()));
        for d in &kb.deficiencies {
            let who = format!("deficiency `{}`", d.id);
            for (field, text) in [
                ("name", &d.name),
                ("condition", &d.condition),
                ("role", &d.role.text),
                ("tests", &d.tests.text),
                ("tests.ask_for", &d.tests.ask_for),
                ("management.diet", &d.management.diet),
                ("management.supplements", &d.management.supplements),
                ("management.lifestyle", &d.management.lifestyle),
            ] {
                if text.trim().is_empty() {
                    self.note(format!("{who}: `{field}` is empty"));
                }
            }
            self.cites(&format!("{who} role"), &d.role.sources);
            self.cites(&format!("{who} symptoms"), &d.symptoms.sources);
            self.cites(&format!("{who} risk_factors"), &d.risk_factors.sources);
            self.cites(&format!("{who} tests"), &d.tests.sources);
            self.cites(&format!("{who} management"), &d.management.sources);
            if let Some(intake) = &d.intake {
                self.cites(&format!("{who} intake"), &intake.sources);
            }
            if d.symptoms.items.is_empty() {
                self.note(format!("{who} lists no symptoms"));
            }
            self.links(&who, d);
        }
    }

    /// A deficiency's symptom and risk-factor links: known findings of the right kind, once.
    fn links(&mut self, who: &str, d: &'a super::Deficiency) {
        let mut seen = BTreeSet::new();
        for (section, items, want_symptom) in [
            ("symptoms", &d.symptoms.items, true),
            ("risk_factors", &d.risk_factors.items, false),
        ] {
            for link in items {
                self.used.insert(link.finding.as_str());
                if link.cause && want_symptom {
                    self.note(format!(
                        "{who} marks symptom `{}` as a cause (only risk factors are causes)",
                        link.finding
                    ));
                }
                if !seen.insert(link.finding.as_str()) {
                    self.note(format!("{who} lists finding `{}` twice", link.finding));
                }
                match self.kb.finding(&link.finding).map(|f| f.kind) {
                    None => self.note(format!(
                        "{who} {section} names unknown finding `{}`",
                        link.finding
                    )),
                    Some(kind) if kind.is_symptom() != want_symptom => self.note(format!(
                        "{who} {section} lists `{}`, which is a {kind:?}",
                        link.finding
                    )),
                    Some(_) => {}
                }
            }
        }
    }

    fn triage_rules(&mut self) {
        let kb = self.kb;
        self.unique_ids("triage rule", kb.triage_rules.iter().map(|r| r.id.as_str()));
        for r in &kb.triage_rules {
            let who = format!("triage rule `{}`", r.id);
            if !matches!(
                r.level,
                TriageLevel::Soon | TriageLevel::Urgent | TriageLevel::Emergency
            ) {
                self.note(format!("{who}: level must be soon, urgent or emergency"));
            }
            if r.reason.trim().is_empty() || r.title.trim().is_empty() {
                self.note(format!("{who} has an empty reason or title"));
            }
            for d in &r.names {
                if !self.deficiency_ids.contains(d.as_str()) {
                    self.note(format!("{who} names unknown deficiency `{d}`"));
                }
            }
            self.pattern(&who, &r.when);
            self.cites(&who, &r.sources);
        }
    }

    fn mimics(&mut self) {
        let kb = self.kb;
        self.unique_ids("mimic", kb.mimics.iter().map(|m| m.id.as_str()));
        for m in &kb.mimics {
            let who = format!("mimic `{}`", m.id);
            if m.name.trim().is_empty() || m.text.trim().is_empty() {
                self.note(format!("{who} has an empty name or text"));
            }
            self.pattern(&who, &m.when);
            self.cites(&who, &m.sources);
        }
    }

    fn cautions(&mut self) {
        let kb = self.kb;
        self.unique_ids("caution", kb.cautions.iter().map(|c| c.id.as_str()));
        for c in &kb.cautions {
            let who = format!("caution `{}`", c.id);
            if c.text.trim().is_empty() {
                self.note(format!("{who} has empty text"));
            }
            if c.any_of.is_empty() {
                self.note(format!("{who} names no finding that shows it"));
            }
            for d in &c.deficiencies {
                if !self.deficiency_ids.contains(d.as_str()) {
                    self.note(format!("{who} names unknown deficiency `{d}`"));
                }
            }
            for f in &c.any_of {
                self.used.insert(f.as_str());
                if !self.finding_ids.contains(f.as_str()) {
                    self.note(format!("{who} names unknown finding `{f}`"));
                }
            }
            self.cites(&who, &c.sources);
        }
    }

    fn notices(&mut self) {
        let kb = self.kb;
        self.unique_ids("notice", kb.notices.iter().map(|n| n.id.as_str()));
        for n in &kb.notices {
            let who = format!("notice `{}`", n.id);
            if n.title.trim().is_empty() || n.text.trim().is_empty() {
                self.note(format!("{who} has an empty title or text"));
            }
            self.cites(&who, &n.sources);
        }
    }

    fn every_finding_used(&mut self) {
        let kb = self.kb;
        for f in &kb.findings {
            if !self.used.contains(f.id.as_str()) {
                self.note(format!(
                    "finding `{}` is used by no deficiency, rule or caution",
                    f.id
                ));
            }
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::is_iso_date;

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2026-11-26"));
        assert!(!is_iso_date("26-11-2026"));
        assert!(!is_iso_date("2026-1-26"));
    }
}

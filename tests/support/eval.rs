//! The evaluation: cases modelled on published reports, each phrase ticked exactly as a blind
//! reader annotated it (never matched through words in the knowledge base), run through the
//! same engine as the page, and judged against the care level two independent readers set.
//!
//! Shared by `make eval` (`tests/tools/evaluate.rs`) and the gate `tests/evaluation.rs`; it
//! reads the files under `tests/eval/` at run time and never compiles into the page.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use legcheck::engine::{Answers, Engine, Strength};
use legcheck::kb::{Onset, TriageLevel};
use serde::Deserialize;

/// Why an evaluation set could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file is missing or unreadable.
    #[error("could not read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file is not the JSON this module expects.
    #[error("{path} is not valid: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    /// The files disagree with each other (a phrase without annotation, a case without levels).
    #[error("{0}")]
    Inconsistent(String),
}

/// Which set to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetName {
    /// The development set (`tests/eval/vignettes.json`), used while building.
    Dev,
    /// The first sealed test set (`tests/eval/sealed/`), run once at the end of the triage
    /// issue (knowledge base 2.0.0).
    Sealed,
    /// The second sealed test set (`tests/eval/sealed2/`), committed before the level-words
    /// review of the rules (knowledge base 2.1.0) and run once at its end.
    Sealed2,
    /// The third sealed test set (`tests/eval/sealed3/`), committed before the source audit of
    /// every box (knowledge base 2.2.0) and run once at its end.
    Sealed3,
    /// The fourth sealed test set (`tests/eval/sealed4/`), committed before levels from the
    /// hazard log (knowledge base 3.0.0) and run once at its end.
    Sealed4,
}

impl SetName {
    /// The set's name as given on the command line.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "dev" => Some(SetName::Dev),
            "sealed" => Some(SetName::Sealed),
            "sealed2" => Some(SetName::Sealed2),
            "sealed3" => Some(SetName::Sealed3),
            "sealed4" => Some(SetName::Sealed4),
            _ => None,
        }
    }

    /// The set's folder under `tests/eval/`.
    fn folder(self) -> &'static str {
        match self {
            SetName::Dev => "dev",
            SetName::Sealed => "sealed",
            SetName::Sealed2 => "sealed2",
            SetName::Sealed3 => "sealed3",
            SetName::Sealed4 => "sealed4",
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            SetName::Dev => "development set",
            SetName::Sealed => "sealed test set",
            SetName::Sealed2 => "second sealed test set",
            SetName::Sealed3 => "third sealed test set",
            SetName::Sealed4 => "fourth sealed test set",
        }
    }
}

/// A care level as the readers and the page give it, least urgent first. The page's `none`
/// (no symptom ticked) is below routine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Care {
    None,
    Routine,
    /// Within a few days.
    Soon,
    /// Today.
    Urgent,
    Emergency,
}

impl Care {
    /// All levels, least urgent first.
    pub const ALL: [Care; 5] = [
        Care::None,
        Care::Routine,
        Care::Soon,
        Care::Urgent,
        Care::Emergency,
    ];

    /// Urgent or emergency: care is needed today.
    pub fn today(self) -> bool {
        self >= Care::Urgent
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Care::None => "none",
            Care::Routine => "routine",
            Care::Soon => "soon",
            Care::Urgent => "urgent",
            Care::Emergency => "emergency",
        }
    }

    /// The page's level as a care level.
    pub fn from_page(level: TriageLevel) -> Care {
        match level {
            TriageLevel::None => Care::None,
            TriageLevel::Routine => Care::Routine,
            TriageLevel::Soon => Care::Soon,
            TriageLevel::Urgent => Care::Urgent,
            TriageLevel::Emergency => Care::Emergency,
        }
    }
}

/// One reader's view of a case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ReaderView {
    pub level: Care,
    pub level_reason: String,
    /// hours, days, weeks, months or unclear.
    pub onset: String,
    pub onset_reason: String,
}

/// What the two readers' levels say a case needs, counting only what both agree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// Both say care is needed today; the level is the lower of the two.
    Today(Care),
    /// Both say it can wait (routine or soon); the level is the lower of the two.
    NotToday(Care),
    /// One says today, the other not: counted neither as a miss nor as an escalation.
    Disagree,
}

impl Expected {
    fn from_readers(readers: &[ReaderView]) -> Self {
        let lowest = readers.iter().map(|r| r.level).min().unwrap_or(Care::None);
        if readers.iter().all(|r| r.level.today()) {
            Expected::Today(lowest)
        } else if readers.iter().all(|r| !r.level.today()) {
            Expected::NotToday(lowest)
        } else {
            Expected::Disagree
        }
    }

    fn row(self) -> &'static str {
        match self {
            Expected::Today(c) | Expected::NotToday(c) => c.as_str(),
            Expected::Disagree => "disagree",
        }
    }
}

/// One phrase and the boxes the blind reader ticked for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub text: String,
    pub ticks: Vec<String>,
    /// Boxes the phrase explicitly denies ("no numbness"); recorded, not used yet.
    pub negated: Vec<String>,
}

/// One case of a set.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub id: String,
    pub source_url: String,
    pub phrases: Vec<Phrase>,
    /// A deficiency id, or `none` when the cause is something else.
    pub expected: String,
    pub acceptable: Vec<String>,
    pub readers: Vec<ReaderView>,
    /// The blind reader's answer to "When did the main problem start?" for this person;
    /// `None` where the annotation has none (counted as not sure, as on the page).
    pub onset: Option<Onset>,
}

impl Case {
    /// The boxes the case ticks: every box annotated for any of its phrases, each once.
    pub fn ticks(&self) -> BTreeSet<&str> {
        self.phrases
            .iter()
            .flat_map(|p| p.ticks.iter().map(String::as_str))
            .collect()
    }

    /// The case's answers for `engine` (ids the knowledge base lacks are left out; the gate
    /// checks there are none).
    pub fn answers(&self, engine: &Engine) -> Answers {
        Answers {
            ticks: self
                .ticks()
                .into_iter()
                .filter_map(|id| engine.finding_ix(id))
                .collect(),
            onset: self.onset,
            ..Answers::default()
        }
    }

    pub fn expected_care(&self) -> Expected {
        Expected::from_readers(&self.readers)
    }

    pub fn is_mimic(&self) -> bool {
        self.expected == "none"
    }
}

// The files, as committed.
#[derive(Deserialize)]
struct DevVignette {
    id: String,
    source: SourceRef,
    findings: Vec<String>,
    expected: String,
    #[serde(default)]
    acceptable: Vec<String>,
}

#[derive(Deserialize)]
struct SourceRef {
    url: String,
}

#[derive(Deserialize)]
struct SealedFile {
    cases: Vec<SealedCase>,
}

#[derive(Deserialize)]
struct SealedCase {
    id: String,
    source: SourceRef,
    phrases: Vec<String>,
    expected: String,
    #[serde(default)]
    acceptable: Vec<String>,
}

/// A case as read from either set's file, before its annotation and levels are joined.
struct RawCase {
    id: String,
    source_url: String,
    phrases: Vec<String>,
    expected: String,
    acceptable: Vec<String>,
}

#[derive(Deserialize)]
struct AnnotationFile {
    phrases: Vec<AnnotatedPhrase>,
    /// Per case, the onset answer the reader chose (absent in annotations made before the page
    /// asked it).
    #[serde(default)]
    onsets: Vec<AnnotatedOnset>,
}

#[derive(Deserialize)]
struct AnnotatedOnset {
    #[serde(alias = "vignette")]
    case: String,
    onset: Onset,
}

#[derive(Deserialize)]
struct AnnotatedPhrase {
    #[serde(alias = "case")]
    vignette: String,
    phrase: usize,
    text: String,
    ticks: Vec<String>,
    negated: Vec<String>,
}

#[derive(Deserialize)]
struct LevelsFile {
    cases: Vec<CaseLevels>,
}

#[derive(Deserialize)]
struct CaseLevels {
    #[serde(alias = "case")]
    vignette: String,
    readers: Vec<ReaderView>,
}

/// The folder of the evaluation files.
pub fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("eval")
}

fn read_json<T: for<'de> Deserialize<'de>>(path: PathBuf) -> Result<T, EvalError> {
    let text = std::fs::read_to_string(&path).map_err(|source| EvalError::Read {
        path: path.clone(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| EvalError::Parse { path, source })
}

/// Loads a set with its annotation and levels, checking that every phrase is annotated once
/// (with the same text) and every case has two readers.
pub fn load(set: SetName) -> Result<Vec<Case>, EvalError> {
    let dir = eval_dir();
    let (raw, folder): (Vec<RawCase>, PathBuf) = match set {
        SetName::Dev => (
            read_json::<Vec<DevVignette>>(dir.join("vignettes.json"))?
                .into_iter()
                .map(|v| RawCase {
                    id: v.id,
                    source_url: v.source.url,
                    phrases: v.findings,
                    expected: v.expected,
                    acceptable: v.acceptable,
                })
                .collect(),
            dir.join("dev"),
        ),
        SetName::Sealed | SetName::Sealed2 | SetName::Sealed3 | SetName::Sealed4 => (
            read_json::<SealedFile>(dir.join(set.folder()).join("cases.json"))?
                .cases
                .into_iter()
                .map(|c| RawCase {
                    id: c.id,
                    source_url: c.source.url,
                    phrases: c.phrases,
                    expected: c.expected,
                    acceptable: c.acceptable,
                })
                .collect(),
            dir.join(set.folder()),
        ),
    };
    let annotation: AnnotationFile = read_json(folder.join("annotation.json"))?;
    let levels: LevelsFile = read_json(folder.join("levels.json"))?;
    let mut cases = Vec::new();
    let mut used = 0;
    for RawCase {
        id,
        source_url,
        phrases: texts,
        expected,
        acceptable,
    } in raw
    {
        let mut phrases = Vec::new();
        for (i, text) in texts.into_iter().enumerate() {
            let found: Vec<&AnnotatedPhrase> = annotation
                .phrases
                .iter()
                .filter(|a| a.vignette == id && a.phrase == i)
                .collect();
            let [a] = found.as_slice() else {
                return Err(EvalError::Inconsistent(format!(
                    "{id} phrase {i} is annotated {} times, not once",
                    found.len()
                )));
            };
            if a.text != text {
                return Err(EvalError::Inconsistent(format!(
                    "{id} phrase {i}: the annotation is of {:?}, the case says {text:?}; annotate it again",
                    a.text
                )));
            }
            used += 1;
            phrases.push(Phrase {
                text,
                ticks: a.ticks.clone(),
                negated: a.negated.clone(),
            });
        }
        let readers = levels
            .cases
            .iter()
            .find(|l| l.vignette == id)
            .map(|l| l.readers.clone())
            .unwrap_or_default();
        if readers.len() != 2 {
            return Err(EvalError::Inconsistent(format!(
                "{id} has {} readers' levels, not 2",
                readers.len()
            )));
        }
        let onset = annotation
            .onsets
            .iter()
            .find(|o| o.case == id)
            .map(|o| o.onset);
        cases.push(Case {
            id,
            source_url,
            phrases,
            expected,
            acceptable,
            readers,
            onset,
        });
    }
    if used != annotation.phrases.len() {
        return Err(EvalError::Inconsistent(format!(
            "the annotation has {} phrases that are in no case",
            annotation.phrases.len() - used
        )));
    }
    Ok(cases)
}

/// What the engine made of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub case: Case,
    /// Deficiency ids with strength, best first.
    pub ranking: Vec<(String, Strength)>,
    pub level: Care,
    /// The rules that fired.
    pub rules: Vec<String>,
}

impl Outcome {
    fn position(&self, id: &str) -> Option<usize> {
        self.ranking.iter().position(|(d, _)| d == id)
    }
    /// The expected deficiency is first.
    pub fn top1(&self) -> bool {
        self.position(&self.case.expected) == Some(0)
    }
    /// The expected deficiency, or an acceptable alternative, is in the first three.
    pub fn top3(&self) -> bool {
        std::iter::once(&self.case.expected)
            .chain(&self.case.acceptable)
            .any(|id| self.position(id).is_some_and(|p| p < 3))
    }
    /// Some deficiency is a strong match.
    pub fn any_strong(&self) -> bool {
        self.ranking.iter().any(|(_, s)| *s == Strength::Strong)
    }
    /// Both readers say today and the page does not.
    pub fn missed(&self) -> bool {
        matches!(self.case.expected_care(), Expected::Today(_)) && !self.level.today()
    }
    /// Both readers say today and the page says today too, at a lower level than theirs.
    pub fn below_level(&self) -> bool {
        match self.case.expected_care() {
            Expected::Today(level) => self.level.today() && self.level < level,
            _ => false,
        }
    }
    /// Safe advice (the clinical safety policy's definition, after Gilbert et al., BMJ Open
    /// 2020): where both readers agree whether care is needed today, the page's level is their
    /// (lower) level, higher, or one step lower, but never routine or none for someone who
    /// needs care today. `None` for a disagreement.
    pub fn safe(&self) -> Option<bool> {
        let (Expected::Today(want) | Expected::NotToday(want)) = self.case.expected_care() else {
            return None;
        };
        let one_below = Care::ALL[Care::ALL.iter().position(|c| *c == want)?.saturating_sub(1)];
        Some(self.level >= one_below && (!want.today() || self.level >= Care::Soon))
    }

    /// The expected deficiency's strength, or `None` when it is not ranked at all.
    pub fn expected_strength(&self) -> Option<Strength> {
        self.position(&self.case.expected)
            .map(|p| self.ranking[p].1)
    }

    /// Both readers say it can wait and the page says today.
    pub fn escalated(&self) -> bool {
        matches!(self.case.expected_care(), Expected::NotToday(_)) && self.level.today()
    }
}

/// Runs one case: its annotated ticks through the engine.
pub fn run(engine: &Engine, case: &Case) -> Outcome {
    let a = engine.assess(&case.answers(engine));
    Outcome {
        ranking: a
            .matches
            .iter()
            .map(|m| (engine.deficiency(m.deficiency).id.clone(), m.strength))
            .collect(),
        level: Care::from_page(a.level),
        rules: a.fired.iter().map(|&r| engine.rule(r).id.clone()).collect(),
        case: case.clone(),
    }
}

/// A share: `hit` of `of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub hit: usize,
    pub of: usize,
}

impl Share {
    fn count<'a>(
        items: impl Iterator<Item = &'a Outcome>,
        test: impl Fn(&Outcome) -> bool,
    ) -> Self {
        let (mut hit, mut of) = (0, 0);
        for o in items {
            of += 1;
            hit += usize::from(test(o));
        }
        Share { hit, of }
    }
    /// The share in percent (100 when there is nothing to count).
    pub fn percent(self) -> f64 {
        if self.of == 0 {
            100.0
        } else {
            100.0 * self.hit as f64 / self.of as f64
        }
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:5.1}% ({}/{})", self.percent(), self.hit, self.of)
    }
}

/// The figures over a whole set.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub set: SetName,
    pub outcomes: Vec<Outcome>,
    /// Phrases the reader mapped to at least one box.
    pub phrases_ticked: Share,
    /// Deficiency cases whose expected id is first.
    pub top1: Share,
    /// Deficiency cases with the expected or an acceptable id in the first three.
    pub top3: Share,
    /// Cases both readers say need care today that the page sends for care today.
    pub today_recall: Share,
    /// Cases both readers say need care today that reach the lower of the two readers' levels.
    pub level_reached: Share,
    /// Cases both readers say can wait that the page sends for care today.
    pub escalated: Share,
    /// Cases whose cause is not a deficiency where no deficiency is strong.
    pub mimics_not_strong: Share,
    /// Deficiency cases with a strong match.
    pub strong: Share,
    /// Cases where both readers agree on today or not that get safe advice.
    pub safe: Share,
    /// Deficiency cases by the strength of the expected deficiency: strong, possible, weak,
    /// not ranked.
    pub expected_strength: [usize; 4],
}

/// Runs every case and computes the figures.
pub fn evaluate(engine: &Engine, set: SetName, cases: &[Case]) -> Report {
    let outcomes: Vec<Outcome> = cases.iter().map(|c| run(engine, c)).collect();
    let deficiency = || outcomes.iter().filter(|o| !o.case.is_mimic());
    let needs_today = || {
        outcomes
            .iter()
            .filter(|o| matches!(o.case.expected_care(), Expected::Today(_)))
    };
    let phrases = outcomes.iter().flat_map(|o| &o.case.phrases);
    Report {
        set,
        phrases_ticked: Share {
            hit: phrases.clone().filter(|p| !p.ticks.is_empty()).count(),
            of: phrases.count(),
        },
        top1: Share::count(deficiency(), Outcome::top1),
        top3: Share::count(deficiency(), Outcome::top3),
        today_recall: Share::count(needs_today(), |o| !o.missed()),
        level_reached: Share::count(needs_today(), |o| !o.missed() && !o.below_level()),
        escalated: Share::count(
            outcomes
                .iter()
                .filter(|o| matches!(o.case.expected_care(), Expected::NotToday(_))),
            Outcome::escalated,
        ),
        mimics_not_strong: Share::count(outcomes.iter().filter(|o| o.case.is_mimic()), |o| {
            !o.any_strong()
        }),
        strong: Share::count(deficiency(), Outcome::any_strong),
        safe: Share::count(outcomes.iter().filter(|o| o.safe().is_some()), |o| {
            o.safe() == Some(true)
        }),
        expected_strength: deficiency().fold([0; 4], |mut counts, o| {
            counts[match o.expected_strength() {
                Some(Strength::Strong) => 0,
                Some(Strength::Possible) => 1,
                Some(Strength::Weak) => 2,
                None => 3,
            }] += 1;
            counts
        }),
        outcomes,
    }
}

impl Report {
    /// How many cases the readers put in `row` that the page gave `column`.
    pub fn confusion(&self, row: &str, column: Care) -> usize {
        self.outcomes
            .iter()
            .filter(|o| o.case.expected_care().row() == row && o.level == column)
            .count()
    }

    fn cases_where(&self, test: impl Fn(&Outcome) -> bool) -> Vec<&Outcome> {
        self.outcomes.iter().filter(|o| test(o)).collect()
    }
}

/// A test that picks the cases a list of the report names.
type CaseTest = dyn Fn(&Outcome) -> bool;

fn describe(o: &Outcome) -> String {
    let ranking: Vec<String> = o
        .ranking
        .iter()
        .take(4)
        .map(|(id, s)| format!("{id} ({})", s.as_str()))
        .collect();
    let readers: Vec<&str> = o.case.readers.iter().map(|r| r.level.as_str()).collect();
    let ticks = o.case.ticks();
    format!(
        "{}: expected {} (readers {}), page [{}] / {}{}\n    ticked: {}",
        o.case.id,
        o.case.expected,
        readers.join(" + "),
        ranking.join(", "),
        o.level.as_str(),
        if o.rules.is_empty() {
            String::new()
        } else {
            format!(" by {}", o.rules.join(", "))
        },
        ticks.into_iter().collect::<Vec<_>>().join(", ")
    )
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} ({} cases)", self.set.as_str(), self.outcomes.len())?;
        writeln!(f, "phrases mapped to a box:      {}", self.phrases_ticked)?;
        writeln!(f, "top-1:                        {}", self.top1)?;
        writeln!(f, "top-3:                        {}", self.top3)?;
        writeln!(f, "care today when both say so:  {}", self.today_recall)?;
        writeln!(f, "their (lower) level reached:  {}", self.level_reached)?;
        writeln!(f, "escalated when both say wait: {}", self.escalated)?;
        writeln!(
            f,
            "other causes, none strong:    {}",
            self.mimics_not_strong
        )?;
        writeln!(f, "deficiency cases strong:      {}", self.strong)?;
        writeln!(f, "safe advice:                  {}", self.safe)?;
        let [strong, possible, weak, absent] = self.expected_strength;
        writeln!(
            f,
            "expected deficiency shown as: strong {strong}, possible {possible}, weak {weak}, \
             not ranked {absent} (weak or absent {})",
            Share {
                hit: weak + absent,
                of: strong + possible + weak + absent
            }
        )?;

        writeln!(
            f,
            "\nlevels: rows are the readers' (the lower of two who agree on today or not), \
             columns the page's"
        )?;
        write!(f, "{:>10}", "")?;
        for c in Care::ALL {
            write!(f, "{:>10}", c.as_str())?;
        }
        writeln!(f)?;
        for row in ["emergency", "urgent", "soon", "routine", "disagree"] {
            write!(f, "{row:>10}")?;
            for c in Care::ALL {
                write!(f, "{:>10}", self.confusion(row, c))?;
            }
            writeln!(f)?;
        }

        let lists: [(&str, &CaseTest); 5] = [
            (
                "unsafe: more than one step below both readers, or routine for care today",
                &|o: &Outcome| o.safe() == Some(false),
            ),
            (
                "missed: both readers say today, the page does not",
                &Outcome::missed,
            ),
            (
                "below their level: care today, but lower than both readers' level",
                &Outcome::below_level,
            ),
            (
                "escalated: both readers say it can wait, the page says today",
                &Outcome::escalated,
            ),
            (
                "readers disagree on today (counted neither way)",
                &|o: &Outcome| o.case.expected_care() == Expected::Disagree,
            ),
        ];
        for (heading, test) in lists {
            let cases = self.cases_where(test);
            writeln!(f, "\n{heading} ({}):", cases.len())?;
            for o in cases {
                writeln!(f, "- {}", describe(o))?;
            }
        }
        let wrong = self.cases_where(|o| {
            if o.case.is_mimic() {
                o.any_strong()
            } else {
                !o.top1()
            }
        });
        writeln!(
            f,
            "\nranking misses: expected not first, or a strong deficiency for another cause ({}):",
            wrong.len()
        )?;
        for o in wrong {
            writeln!(
                f,
                "- {}{}",
                if o.top3() || o.case.is_mimic() {
                    ""
                } else {
                    "[not in top 3] "
                },
                describe(o)
            )?;
        }
        Ok(())
    }
}

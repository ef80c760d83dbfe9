//! The page's single state (the person's answers), its one reducer, and how saved answers are
//! restored. Assessments are derived from the answers, never stored; nothing here touches the
//! browser: `browser.rs` reads and writes tab storage and the prebuilt form, `restore` and
//! `prefill` are pure functions over what it read.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::engine::{Answers, Engine, FindingIx, Reply, Ticks};
use crate::kb::{FindingKind, Onset};

/// Why the answers could not be read from or written to this tab's storage. Each message says
/// what it means for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser offers no tab storage (blocked, or a private mode).
    #[error("This browser blocks tab storage, so a reload will clear your ticks.")]
    Blocked,
    /// Reading the saved answers threw (the browser's message is kept).
    #[error("This browser would not let the page read its saved ticks.")]
    Read { cause: String },
    /// The saved answers are not the list of ids this page writes (the parser's message is
    /// kept); they are dropped.
    #[error("Your saved ticks could not be read, so they were cleared.")]
    Corrupt { cause: String },
    /// Writing the answers threw, for example because storage is full.
    #[error("Your ticks could not be saved, so a reload will clear them.")]
    Write { cause: String },
}

/// What this tab's storage held at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Nothing was saved.
    Nothing,
    /// The answers saved last.
    Answers(SavedAnswers),
    /// The last start panicked before its first render: start empty (the saved ticks are
    /// dropped).
    AfterFailedStart,
}

/// The answers as saved: finding ids, group names and the onset answer's name, so they
/// survive a new version of the knowledge base that reorders its findings. Fields added later
/// default to empty, so answers saved by an earlier version still load.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SavedAnswers {
    pub ticked: Vec<String>,
    #[serde(default)]
    pub onset: Option<String>,
    /// Findings answered "no".
    #[serde(default)]
    pub no: Vec<String>,
    /// Findings answered "not sure".
    #[serde(default)]
    pub unsure: Vec<String>,
    /// Groups answered "None of these".
    #[serde(default)]
    pub none_of: Vec<String>,
}

/// Everything the person has entered, the one step they can undo, and what the page said about
/// the answers it restored at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub answers: Answers,
    /// The answers before the last "Clear all" or "None of these", until anything else changes.
    pub undo: Option<Undo>,
    /// Notices about the answers restored at start (left out, unreadable, a failed start).
    pub notices: Rc<[AttrValue]>,
}

/// One step back: the answers before a "Clear all" or a "None of these".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undo {
    pub answers: Answers,
    pub what: Undoable,
}

/// What can be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undoable {
    Clear,
    NoneOf(FindingKind),
}

/// What can happen to the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Tick the finding if unticked (forgetting any "no" or "not sure" to it and its group's
    /// "None of these"), untick it if ticked.
    Toggle {
        finding: FindingIx,
        group: FindingKind,
    },
    /// Answer a suggested finding: yes ticks it, no and not sure record the answer.
    Reply {
        finding: FindingIx,
        group: FindingKind,
        reply: Reply,
    },
    /// "None of these" for a group (its `boxes`): unticks them and counts each as a "no".
    NoneOf { group: FindingKind, boxes: Ticks },
    /// Take back a group's "None of these".
    NotNoneOf(FindingKind),
    /// Answer "When did the main problem start?".
    SetOnset(Onset),
    /// Forget every answer.
    Clear,
    /// Bring back the answers from before the last "Clear all" or "None of these".
    Undo,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut answers = self.answers;
        let mut undo = None;
        match action {
            Action::Toggle { finding, group } => {
                if !answers.ticks.remove(finding) {
                    tick(&mut answers, finding, group);
                }
            }
            Action::Reply {
                finding,
                group,
                reply,
            } => match reply {
                Reply::Yes => tick(&mut answers, finding, group),
                Reply::No => {
                    answers.ticks.remove(finding);
                    answers.unsure.remove(finding);
                    answers.no.insert(finding);
                }
                Reply::NotSure => {
                    answers.ticks.remove(finding);
                    answers.no.remove(finding);
                    answers.unsure.insert(finding);
                }
            },
            Action::NoneOf { group, .. } if answers.none_of.contains(group) => return self,
            Action::NoneOf { group, boxes } => {
                undo = Some(Undo {
                    answers,
                    what: Undoable::NoneOf(group),
                });
                answers.ticks = answers.ticks.without(boxes);
                answers.unsure = answers.unsure.without(boxes);
                answers.none_of.set(group, true);
            }
            Action::NotNoneOf(group) => answers.none_of.set(group, false),
            Action::SetOnset(onset) => answers.onset = Some(onset),
            Action::Clear if answers.is_empty() => return self,
            Action::Clear => {
                undo = Some(Undo {
                    answers,
                    what: Undoable::Clear,
                });
                answers = Answers::default();
            }
            Action::Undo => match self.undo {
                Some(u) => answers = u.answers,
                None => return self,
            },
        }
        if answers == self.answers && undo == self.undo {
            return self;
        }
        Rc::new(State {
            answers,
            undo,
            notices: Rc::clone(&self.notices),
        })
    }
}

/// Ticks a finding: it is no longer a "no" or "not sure", and its group no longer "None of
/// these".
fn tick(answers: &mut Answers, finding: FindingIx, group: FindingKind) {
    answers.ticks.insert(finding);
    answers.no.remove(finding);
    answers.unsure.remove(finding);
    answers.none_of.set(group, false);
}

/// The answers as they are saved: finding ids, group names and the onset answer's name.
pub fn to_saved(engine: &Engine, answers: &Answers) -> SavedAnswers {
    let ids = |t: Ticks| engine.ids(t).into_iter().map(String::from).collect();
    SavedAnswers {
        ticked: ids(answers.ticks),
        onset: answers.onset.map(|o| o.as_str().to_string()),
        no: ids(answers.no),
        unsure: ids(answers.unsure),
        none_of: answers
            .none_of
            .iter()
            .map(|k| k.as_str().to_string())
            .collect(),
    }
}

/// The state to start from, given what was read from this tab's storage, with the notices to
/// show about it: answers that no longer name a box are left out and said so; unreadable
/// storage or a failed last start gives an empty start with the reason. Called once, when the
/// page's state is created.
pub fn restore(engine: &Engine, saved: Result<Saved, StorageError>) -> State {
    let (answers, notices): (Answers, Vec<AttrValue>) = match saved {
        Err(e) => (Answers::default(), vec![e.to_string().into()]),
        Ok(Saved::Nothing) => (Answers::default(), Vec::new()),
        Ok(Saved::AfterFailedStart) => (
            Answers::default(),
            vec![
                "The checker stopped while it was starting last time, so this time it opened \
                  with nothing ticked. Please tick your answers again."
                    .into(),
            ],
        ),
        Ok(Saved::Answers(saved)) => {
            let mut unknown = 0;
            let mut ticks_of = |ids: &[String]| -> Ticks {
                ids.iter()
                    .filter_map(|id| {
                        let f = engine.finding_ix(id);
                        unknown += usize::from(f.is_none());
                        f
                    })
                    .collect()
            };
            let ticks = ticks_of(&saved.ticked);
            // A box is in one answer only: a tick wins over a "no", a "no" over "not sure".
            let no = ticks_of(&saved.no).without(ticks);
            let unsure = ticks_of(&saved.unsure).without(ticks).without(no);
            let mut answers = Answers {
                ticks,
                no,
                unsure,
                ..Answers::default()
            };
            for name in &saved.none_of {
                match FindingKind::parse(name) {
                    Some(kind) => answers.none_of.set(kind, true),
                    None => unknown += 1,
                }
            }
            match saved.onset.as_deref().map(Onset::parse) {
                None => {}
                Some(Some(onset)) => answers.onset = Some(onset),
                Some(None) => unknown += 1,
            }
            let notices = if unknown == 0 {
                Vec::new()
            } else {
                vec![format!(
                    "{unknown} saved answer(s) no longer match a question on this page and were \
                     left out. Please check your answers."
                )
                .into()]
            };
            (answers, notices)
        }
    };
    State {
        answers,
        undo: None,
        notices: notices.into(),
    }
}

/// Answers given in the prebuilt form before the app started (the built page shows the whole
/// form as plain HTML, so a person can tick while the WebAssembly loads), by id as read from
/// the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefilled {
    /// Ids of the boxes ticked.
    pub ticked: Vec<String>,
    /// Groups (by name) whose "None of these" was ticked.
    pub none_of: Vec<String>,
    /// The onset answer chosen, by name.
    pub onset: Option<String>,
    /// What was typed in the search field.
    pub query: String,
}

/// `state` with the answers given in the prebuilt form applied on top, as if the person had
/// given them to the running page: each "None of these" first, then each ticked box not
/// already ticked, then the onset answer. The form starts empty, so an unticked box there
/// says nothing and leaves the saved answer alone. Names that match nothing are ignored (the
/// form and the page come from the same build).
pub fn prefill(engine: &Engine, state: State, given: &Prefilled) -> State {
    let mut state = Rc::new(state);
    for kind in given.none_of.iter().filter_map(|k| FindingKind::parse(k)) {
        state = state.reduce(Action::NoneOf {
            group: kind,
            boxes: engine.kind_mask(kind),
        });
    }
    for f in given.ticked.iter().filter_map(|id| engine.finding_ix(id)) {
        if !state.answers.ticks.contains(f) {
            let group = engine.finding(f).kind;
            state = state.reduce(Action::Toggle { finding: f, group });
        }
    }
    if let Some(onset) = given.onset.as_deref().and_then(Onset::parse) {
        state = state.reduce(Action::SetOnset(onset));
    }
    State {
        undo: None,
        ..Rc::unwrap_or_clone(state)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    fn engine() -> Engine {
        Engine::new(KnowledgeBase::embedded().unwrap())
    }

    fn reduce(state: State, actions: &[Action]) -> Rc<State> {
        actions
            .iter()
            .fold(Rc::new(state), |s, a| Rc::clone(&s).reduce(*a))
    }

    fn toggle(e: &Engine, id: &str) -> Action {
        let finding = e.finding_ix(id).unwrap();
        Action::Toggle {
            finding,
            group: e.finding(finding).kind,
        }
    }

    fn reply(e: &Engine, id: &str, reply: Reply) -> Action {
        let finding = e.finding_ix(id).unwrap();
        Action::Reply {
            finding,
            group: e.finding(finding).kind,
            reply,
        }
    }

    fn ids(e: &Engine, t: Ticks) -> Vec<&str> {
        e.ids(t)
    }

    #[test]
    fn toggle_ticks_then_unticks() {
        let e = engine();
        let s = reduce(State::default(), &[toggle(&e, "fatigue")]);
        assert_eq!(ids(&e, s.answers.ticks), ["fatigue"]);
        let s = reduce((*s).clone(), &[toggle(&e, "fatigue")]);
        assert!(s.answers.ticks.is_empty());
    }

    #[test]
    fn clear_empties_keeps_the_same_rc_when_already_empty_and_can_be_undone() {
        let e = engine();
        let s = reduce(
            State::default(),
            &[toggle(&e, "fatigue"), Action::SetOnset(Onset::Weeks)],
        );
        let before = s.answers;
        let cleared = Rc::clone(&s).reduce(Action::Clear);
        assert!(cleared.answers.is_empty());
        assert_eq!(cleared.undo.map(|u| u.what), Some(Undoable::Clear));
        let again = Rc::clone(&cleared).reduce(Action::Clear);
        assert!(Rc::ptr_eq(&cleared, &again), "nothing to clear");
        let back = Rc::clone(&cleared).reduce(Action::Undo);
        assert_eq!((back.answers, back.undo), (before, None));
        let twice = Rc::clone(&back).reduce(Action::Undo);
        assert!(Rc::ptr_eq(&back, &twice), "one step only");
    }

    #[test]
    fn any_other_change_ends_the_undo() {
        let e = engine();
        let s = reduce(
            State::default(),
            &[
                toggle(&e, "fatigue"),
                Action::Clear,
                toggle(&e, "bone_pain"),
            ],
        );
        assert_eq!(s.undo, None);
        assert_eq!(ids(&e, s.answers.ticks), ["bone_pain"]);
    }

    #[test]
    fn onset_is_set_once_and_cleared_with_the_ticks() {
        let s = Rc::new(State::default()).reduce(Action::SetOnset(Onset::Weeks));
        assert_eq!(s.answers.onset, Some(Onset::Weeks));
        let same = Rc::clone(&s).reduce(Action::SetOnset(Onset::Weeks));
        assert!(
            Rc::ptr_eq(&s, &same),
            "answering the same again changes nothing"
        );
        let cleared = s.reduce(Action::Clear);
        assert_eq!(cleared.answers, Answers::default());
    }

    #[test]
    fn a_box_is_in_one_answer_only() {
        let e = engine();
        let s = reduce(
            State::default(),
            &[
                reply(&e, "bone_pain", Reply::No),
                reply(&e, "pale_skin", Reply::NotSure),
            ],
        );
        assert_eq!(ids(&e, s.answers.no), ["bone_pain"]);
        assert_eq!(ids(&e, s.answers.unsure), ["pale_skin"]);
        let s = reduce(
            (*s).clone(),
            &[
                reply(&e, "bone_pain", Reply::NotSure),
                toggle(&e, "pale_skin"),
            ],
        );
        assert_eq!(ids(&e, s.answers.unsure), ["bone_pain"]);
        assert!(s.answers.no.is_empty());
        assert_eq!(ids(&e, s.answers.ticks), ["pale_skin"]);
        let s = reduce((*s).clone(), &[reply(&e, "pale_skin", Reply::No)]);
        assert!(s.answers.ticks.is_empty());
        assert_eq!(ids(&e, s.answers.no), ["pale_skin"]);
        let yes = reduce((*s).clone(), &[reply(&e, "pale_skin", Reply::Yes)]);
        assert_eq!(ids(&e, yes.answers.ticks), ["pale_skin"]);
        assert!(yes.answers.no.is_empty());
    }

    #[test]
    fn none_of_these_unticks_its_group_until_a_box_of_it_is_ticked_and_can_be_undone() {
        let e = engine();
        let group = FindingKind::LegSymptom;
        let none = Action::NoneOf {
            group,
            boxes: e.kind_mask(group),
        };
        let s = reduce(
            State::default(),
            &[toggle(&e, "muscle_cramps"), toggle(&e, "fatigue"), none],
        );
        assert_eq!(ids(&e, s.answers.ticks), ["fatigue"], "only its group");
        assert!(s.answers.none_of.contains(group));
        assert!(e
            .denied(&s.answers)
            .contains(e.finding_ix("muscle_cramps").unwrap()));
        let same = Rc::clone(&s).reduce(none);
        assert!(Rc::ptr_eq(&s, &same));
        let undone = Rc::clone(&s).reduce(Action::Undo);
        assert_eq!(ids(&e, undone.answers.ticks), ["muscle_cramps", "fatigue"]);
        assert!(!undone.answers.none_of.contains(group));
        let ticked = Rc::clone(&s).reduce(toggle(&e, "leg_weakness"));
        assert!(!ticked.answers.none_of.contains(group), "exclusive");
        let taken_back = s.reduce(Action::NotNoneOf(group));
        assert!(taken_back.answers.none_of.is_empty());
    }

    #[test]
    fn restore_keeps_known_answers_and_says_how_many_were_left_out() {
        let engine = engine();
        let saved = SavedAnswers {
            ticked: vec!["fatigue".into(), "no_such_box".into()],
            onset: Some("weeks".into()),
            no: vec!["bone_pain".into(), "fatigue".into()],
            unsure: vec!["pale_skin".into()],
            none_of: vec!["warning_sign".into(), "no_such_group".into()],
        };
        let state = restore(&engine, Ok(Saved::Answers(saved)));
        assert_eq!(engine.ids(state.answers.ticks), ["fatigue"]);
        assert_eq!(engine.ids(state.answers.no), ["bone_pain"], "a tick wins");
        assert_eq!(engine.ids(state.answers.unsure), ["pale_skin"]);
        assert!(state.answers.none_of.contains(FindingKind::WarningSign));
        assert_eq!(state.answers.onset, Some(Onset::Weeks));
        assert_eq!(state.notices.len(), 1);
        assert!(
            state.notices[0].contains("2 saved answer(s)"),
            "{:?}",
            state.notices
        );
        let round_trip = to_saved(&engine, &state.answers);
        assert_eq!(round_trip.ticked, ["fatigue"]);
        assert_eq!(round_trip.no, ["bone_pain"]);
        assert_eq!(round_trip.none_of, ["warning_sign"]);
        assert_eq!(round_trip.onset.as_deref(), Some("weeks"));
        let odd = SavedAnswers {
            onset: Some("yesterday".into()),
            ..SavedAnswers::default()
        };
        let state = restore(&engine, Ok(Saved::Answers(odd)));
        assert_eq!((state.answers.onset, state.notices.len()), (None, 1));
    }

    #[test]
    fn a_failed_start_or_unreadable_storage_starts_empty_with_the_reason() {
        let engine = engine();
        let state = restore(&engine, Ok(Saved::AfterFailedStart));
        assert!(state.answers.is_empty());
        assert!(state.notices[0].contains("opened with nothing ticked"));
        let state = restore(&engine, Err(StorageError::Blocked));
        assert!(state.answers.is_empty());
        assert_eq!(
            &*state.notices,
            [AttrValue::from(StorageError::Blocked.to_string())]
        );
        assert_eq!(restore(&engine, Ok(Saved::Nothing)), State::default());
    }

    #[test]
    fn answers_given_before_the_start_join_the_saved_ones_and_leave_no_undo() {
        let engine = engine();
        let saved = SavedAnswers {
            ticked: vec!["leg_weakness".into()],
            no: vec!["muscle_cramps".into()],
            ..SavedAnswers::default()
        };
        let start = restore(&engine, Ok(Saved::Answers(saved)));
        let given = Prefilled {
            ticked: vec![
                "leg_weakness".into(),
                "muscle_cramps".into(),
                "no_such_box".into(),
            ],
            none_of: vec!["risk_factor".into()],
            onset: Some("weeks".into()),
            query: "cramp".into(),
        };
        let state = prefill(&engine, start.clone(), &given);
        // A box ticked in both stays ticked; a saved "no" gives way to a tick in the form.
        assert_eq!(
            ids(&engine, state.answers.ticks),
            ["leg_weakness", "muscle_cramps"]
        );
        assert!(state
            .answers
            .no
            .without(engine.kind_mask(FindingKind::RiskFactor))
            .is_empty());
        assert!(state.answers.none_of.contains(FindingKind::RiskFactor));
        assert_eq!(state.answers.onset, Some(Onset::Weeks));
        assert_eq!(state.undo, None);
        // Nothing given: the saved answers as they were.
        assert_eq!(
            prefill(&engine, start.clone(), &Prefilled::default()),
            start
        );
    }
}

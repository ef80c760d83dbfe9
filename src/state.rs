//! The page's single state (the person's answers), its one reducer, and how saved answers are
//! restored. Assessments are derived from the answers, never stored; nothing here touches the
//! browser: `browser.rs` reads and writes tab storage, `restore` is a pure function over what
//! it read.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::browser::{Saved, SavedAnswers, StorageError};
use crate::engine::{Answers, Engine, FindingIx};
use crate::kb::Onset;

/// Everything the person has entered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State {
    pub answers: Answers,
}

/// What can happen to the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Tick the finding if unticked, untick it if ticked.
    Toggle(FindingIx),
    /// Answer "When did the main problem start?".
    SetOnset(Onset),
    /// Untick everything and forget the onset answer.
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Toggle(f) => {
                let mut answers = self.answers;
                answers.ticks.toggle(f);
                Rc::new(State { answers })
            }
            Action::SetOnset(onset) if self.answers.onset == Some(onset) => self,
            Action::SetOnset(onset) => {
                let mut answers = self.answers;
                answers.onset = Some(onset);
                Rc::new(State { answers })
            }
            Action::Clear if self.answers.is_empty() => self,
            Action::Clear => Rc::new(State::default()),
        }
    }
}

/// The answers as they are saved: finding ids and the onset answer's name.
pub fn to_saved(engine: &Engine, answers: &Answers) -> SavedAnswers {
    SavedAnswers {
        ticked: engine
            .ids(answers.ticks)
            .into_iter()
            .map(String::from)
            .collect(),
        onset: answers.onset.map(|o| o.as_str().to_string()),
    }
}

/// The state to start from, given what was read from this tab's storage, and the notices to
/// show about it: ticks that no longer name a box are left out and said so; unreadable storage
/// or a failed last start gives an empty start with the reason.
pub fn restore(engine: &Engine, saved: Result<Saved, StorageError>) -> (State, Vec<AttrValue>) {
    match saved {
        Err(e) => (State::default(), vec![e.to_string().into()]),
        Ok(Saved::Nothing) => (State::default(), Vec::new()),
        Ok(Saved::AfterFailedStart) => (
            State::default(),
            vec![
                "The checker stopped while it was starting last time, so this time it opened \
                  with nothing ticked. Please tick your answers again."
                    .into(),
            ],
        ),
        Ok(Saved::Answers(saved)) => {
            let mut answers = Answers::default();
            let mut unknown = 0;
            for id in &saved.ticked {
                match engine.finding_ix(id) {
                    Some(f) => answers.ticks.insert(f),
                    None => unknown += 1,
                }
            }
            match saved.onset.as_deref().map(|o| (o, Onset::parse(o))) {
                None => {}
                Some((_, Some(onset))) => answers.onset = Some(onset),
                Some((_, None)) => unknown += 1,
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
            (State { answers }, notices)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    fn engine() -> Engine {
        Engine::new(KnowledgeBase::embedded().unwrap())
    }

    #[test]
    fn toggle_ticks_then_unticks() {
        let s = Rc::new(State::default()).reduce(Action::Toggle(3));
        assert!(s.answers.ticks.contains(3));
        let s = s.reduce(Action::Toggle(3));
        assert!(s.answers.ticks.is_empty());
    }

    #[test]
    fn clear_empties_and_keeps_the_same_rc_when_already_empty() {
        let s = Rc::new(State::default())
            .reduce(Action::Toggle(1))
            .reduce(Action::Clear);
        assert!(s.answers.ticks.is_empty());
        let again = Rc::clone(&s).reduce(Action::Clear);
        assert!(Rc::ptr_eq(&s, &again));
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
        assert_eq!(*cleared, State::default());
    }

    #[test]
    fn restore_keeps_known_answers_and_says_how_many_were_left_out() {
        let engine = engine();
        let saved = SavedAnswers {
            ticked: vec!["fatigue".into(), "no_such_box".into()],
            onset: Some("weeks".into()),
        };
        let (state, notices) = restore(&engine, Ok(Saved::Answers(saved.clone())));
        assert_eq!(engine.ids(state.answers.ticks), ["fatigue"]);
        assert_eq!(state.answers.onset, Some(Onset::Weeks));
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains("1 saved answer(s)"), "{notices:?}");
        let round_trip = to_saved(&engine, &state.answers);
        assert_eq!(round_trip.ticked, ["fatigue"]);
        assert_eq!(round_trip.onset.as_deref(), Some("weeks"));
        let odd = SavedAnswers {
            ticked: vec![],
            onset: Some("yesterday".into()),
        };
        let (state, notices) = restore(&engine, Ok(Saved::Answers(odd)));
        assert_eq!((state.answers.onset, notices.len()), (None, 1));
    }

    #[test]
    fn a_failed_start_or_unreadable_storage_starts_empty_with_the_reason() {
        let engine = engine();
        let (state, notices) = restore(&engine, Ok(Saved::AfterFailedStart));
        assert!(state.answers.ticks.is_empty());
        assert!(notices[0].contains("opened with nothing ticked"));
        let (state, notices) = restore(&engine, Err(StorageError::Blocked));
        assert!(state.answers.ticks.is_empty());
        assert_eq!(
            notices,
            [AttrValue::from(StorageError::Blocked.to_string())]
        );
        assert_eq!(
            restore(&engine, Ok(Saved::Nothing)),
            (State::default(), vec![])
        );
    }
}

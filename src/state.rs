//! The page's single state (the person's answers), its one reducer, and where the answers come
//! from at start. Assessments are derived from the answers, never stored. Nothing here touches
//! the browser: `browser.rs` reads and writes strings (tab storage, the device's storage, the
//! link in the address bar, the prebuilt form); the answers' string form is `codec`, and
//! `start` and `prefill` are pure functions over what was read.

pub mod codec;

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::engine::{Answers, Engine, FindingIx, Reply, Ticks};
use crate::kb::{FindingKind, Onset};

/// Why answers could not be read from or written to the browser's storage. Each message says
/// what it means for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser offers no tab storage (blocked, or a private mode).
    #[error("This browser blocks tab storage, so a reload will clear your answers.")]
    Blocked,
    /// Reading the tab's answers threw (the browser's message is kept).
    #[error("This browser would not let the page read the answers saved in this tab.")]
    Read { cause: String },
    /// Writing the tab's answers threw, for example because storage is full.
    #[error("Your answers could not be saved in this tab, so a reload will clear them.")]
    Write { cause: String },
    /// The device's storage is blocked or reading it threw.
    #[error("This browser would not let the page read the answers remembered on this device.")]
    DeviceRead { cause: String },
    /// Writing to or erasing the device's storage threw.
    #[error("This browser would not let the page remember or forget your answers on this device.")]
    DeviceWrite { cause: String },
}

/// What the browser held at start, as the strings it stored (`codec`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stored {
    /// The answers in the link the page was opened with (after `#a=`), if any.
    pub link: Option<String>,
    /// The answers saved in this tab, if any.
    pub tab: Option<Result<String, StorageError>>,
    /// The answers remembered on this device, if the person asked for that.
    pub device: Option<Result<String, StorageError>>,
    /// This tab holds answers saved by an earlier version in a form no longer read.
    pub old_format: bool,
    /// The last start panicked before its first render.
    pub failed_start: bool,
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

/// Everything the person has entered, the one step they can undo, whether the answers are
/// remembered on this device, and what the page said about the answers it found at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub answers: Answers,
    /// The answers before the last "Clear all" or "None of these", or those a link or the tab
    /// replaced at start, until anything else changes.
    pub undo: Option<Undo>,
    /// The person asked to keep the answers on this device (off until they do).
    pub remember: bool,
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
    /// At start, answers from a link (or this tab) took the place of earlier ones.
    Replaced,
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
    /// Bring back the answers from before the last "Clear all" or "None of these", or those
    /// replaced at start.
    Undo,
    /// Keep the answers on this device from now on (`true`), or stop (`false`; the browser
    /// layer erases them).
    Remember(bool),
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
            Action::Remember(on) if on == self.remember => return self,
            Action::Remember(remember) => {
                return Rc::new(State {
                    remember,
                    ..(*self).clone()
                })
            }
        }
        if answers == self.answers && undo == self.undo {
            return self;
        }
        Rc::new(State {
            answers,
            undo,
            remember: self.remember,
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

/// The answers named in `saved` (ids, as the walk's oracle writes them), and how many names
/// match nothing. A box is in one answer only: a tick wins over a "no", a "no" over "not sure".
pub fn from_saved(engine: &Engine, saved: &SavedAnswers) -> (Answers, usize) {
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
    (answers, unknown)
}

/// The state to start from, given what the browser held (`Stored`), with the notices to show
/// about it. A link wins over this tab, and this tab over the device; when the winner replaces
/// different answers, they can be brought back with Undo. What cannot be read is left out and
/// said so; a failed last start opens empty. Called once, when the page's state is created.
pub fn start(engine: &Engine, stored: Stored) -> State {
    let mut notices: Vec<AttrValue> = Vec::new();
    let remember = matches!(stored.device, Some(Ok(_)));
    if stored.failed_start {
        notices.push(
            "The checker stopped while it was starting last time, so this time it opened with \
             nothing ticked. Please tick your answers again."
                .into(),
        );
        return State {
            remember,
            notices: notices.into(),
            ..State::default()
        };
    }
    if stored.old_format {
        notices.push(
            "Answers saved in this tab by an earlier version of the page could not be read. \
             Please tick your answers again."
                .into(),
        );
    }
    let mut read = |text: Option<Result<String, StorageError>>, place: &str| match text? {
        Err(e) => {
            notices.push(e.to_string().into());
            None
        }
        Ok(text) => {
            let decoded = codec::decode(engine, &text);
            if decoded.dropped > 0 {
                notices.push(
                    format!(
                        "{} of the answers {place} could not be read and were left out. \
                             Please check your answers.",
                        decoded.dropped
                    )
                    .into(),
                );
            }
            Some(decoded.answers)
        }
    };
    let link = read(stored.link.map(Ok), "in the link");
    let tab = read(stored.tab, "saved in this tab");
    let device = read(stored.device, "remembered on this device");
    let differs =
        |earlier: Option<Answers>, now: &Answers| earlier.filter(|a| !a.is_empty() && a != now);
    let (answers, replaced) = match (link, tab, device) {
        (Some(link), tab, device) => {
            notices.push(
                "The answers from the link you opened are filled in below. Check them before \
                 you read the results."
                    .into(),
            );
            let replaced = differs(tab, &link)
                .map(|a| (a, "saved in this tab"))
                .or_else(|| differs(device, &link).map(|a| (a, "remembered on this device")));
            (link, replaced)
        }
        (None, Some(tab), device) => {
            let replaced = differs(device, &tab).map(|a| (a, "remembered on this device"));
            (tab, replaced)
        }
        (None, None, Some(device)) => (device, None),
        (None, None, None) => (Answers::default(), None),
    };
    let undo = replaced.map(|(earlier, place)| {
        notices.push(
            format!("They took the place of other answers {place}. \"Undo\" brings those back.")
                .into(),
        );
        Undo {
            answers: earlier,
            what: Undoable::Replaced,
        }
    });
    State {
        answers,
        undo,
        remember,
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
/// already ticked, then the onset answer; these are changes like any other, so they end the
/// start's undo. The form starts empty, so an unticked box there says nothing and leaves the
/// saved answer alone. Names that match nothing are ignored (the
/// form and the page come from the same build).
pub fn prefill(engine: &Engine, state: State, given: &Prefilled) -> State {
    // Nothing answered there (the search text is not an answer): the start's own undo stays.
    if given.ticked.is_empty() && given.none_of.is_empty() && given.onset.is_none() {
        return state;
    }
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
    fn saved_ids_keep_known_answers_and_count_the_rest() {
        let engine = engine();
        let saved = SavedAnswers {
            ticked: vec!["fatigue".into(), "no_such_box".into()],
            onset: Some("weeks".into()),
            no: vec!["bone_pain".into(), "fatigue".into()],
            unsure: vec!["pale_skin".into()],
            none_of: vec!["warning_sign".into(), "no_such_group".into()],
        };
        let (answers, unknown) = from_saved(&engine, &saved);
        assert_eq!(engine.ids(answers.ticks), ["fatigue"]);
        assert_eq!(engine.ids(answers.no), ["bone_pain"], "a tick wins");
        assert_eq!(engine.ids(answers.unsure), ["pale_skin"]);
        assert!(answers.none_of.contains(FindingKind::WarningSign));
        assert_eq!(answers.onset, Some(Onset::Weeks));
        assert_eq!(unknown, 2);
        let round_trip = to_saved(&engine, &answers);
        assert_eq!(round_trip.ticked, ["fatigue"]);
        assert_eq!(round_trip.no, ["bone_pain"]);
        assert_eq!(round_trip.none_of, ["warning_sign"]);
        assert_eq!(round_trip.onset.as_deref(), Some("weeks"));
    }

    fn some(e: &Engine, ids: &[&str]) -> Answers {
        Answers {
            ticks: ids.iter().map(|id| e.finding_ix(id).unwrap()).collect(),
            ..Answers::default()
        }
    }

    #[test]
    fn a_link_wins_over_the_tab_and_the_tab_over_the_device_and_undo_brings_back_the_other() {
        let e = engine();
        let (link, tab, device) = (
            some(&e, &["leg_weakness"]),
            some(&e, &["muscle_cramps"]),
            some(&e, &["fatigue"]),
        );
        let text = |a: &Answers| codec::encode(&e, a);
        let state = start(
            &e,
            Stored {
                link: Some(text(&link)),
                tab: Some(Ok(text(&tab))),
                device: Some(Ok(text(&device))),
                ..Stored::default()
            },
        );
        assert_eq!(state.answers, link);
        assert!(
            state.remember,
            "answers on the device mean remembering is on"
        );
        assert_eq!(
            state.undo.map(|u| (u.answers, u.what)),
            Some((tab, Undoable::Replaced))
        );
        assert!(state.notices.iter().any(|n| n.contains("link you opened")));
        let undone = Rc::new(state).reduce(Action::Undo);
        assert_eq!(undone.answers, tab);

        let state = start(
            &e,
            Stored {
                tab: Some(Ok(text(&tab))),
                device: Some(Ok(text(&device))),
                ..Stored::default()
            },
        );
        assert_eq!(state.answers, tab);
        assert_eq!(state.undo.map(|u| u.answers), Some(device));
        // The same answers in two places replace nothing; a new tab gets the device's answers.
        let same = start(
            &e,
            Stored {
                tab: Some(Ok(text(&tab))),
                device: Some(Ok(text(&tab))),
                ..Stored::default()
            },
        );
        assert_eq!(
            (same.answers, same.undo, same.notices.len()),
            (tab, None, 0)
        );
        let new_tab = start(
            &e,
            Stored {
                device: Some(Ok(text(&device))),
                ..Stored::default()
            },
        );
        assert_eq!((new_tab.answers, new_tab.remember), (device, true));
        assert_eq!(start(&e, Stored::default()), State::default());
    }

    #[test]
    fn unreadable_answers_are_left_out_with_a_notice_and_remembering_can_be_turned_off() {
        let e = engine();
        let state = start(
            &e,
            Stored {
                link: Some("garbage%%".into()),
                ..Stored::default()
            },
        );
        assert!(state.answers.is_empty());
        assert!(state
            .notices
            .iter()
            .any(|n| n.contains("in the link could not be read")));
        let state = start(
            &e,
            Stored {
                tab: Some(Err(StorageError::Blocked)),
                old_format: true,
                ..Stored::default()
            },
        );
        assert!(state
            .notices
            .contains(&AttrValue::from(StorageError::Blocked.to_string())));
        assert!(state.notices.iter().any(|n| n.contains("earlier version")));
        let on = Rc::new(State::default()).reduce(Action::Remember(true));
        assert!(on.remember);
        let off = on.reduce(Action::Remember(false));
        assert_eq!(*off, State::default());
    }

    #[test]
    fn a_failed_start_opens_empty_with_the_reason() {
        let e = engine();
        let state = start(
            &e,
            Stored {
                link: Some(codec::encode(&e, &some(&e, &["fatigue"]))),
                failed_start: true,
                ..Stored::default()
            },
        );
        assert!(state.answers.is_empty());
        assert!(state.notices[0].contains("opened with nothing ticked"));
    }

    #[test]
    fn answers_given_before_the_start_join_the_saved_ones_and_leave_no_undo() {
        let engine = engine();
        let saved = SavedAnswers {
            ticked: vec!["leg_weakness".into()],
            no: vec!["muscle_cramps".into()],
            ..SavedAnswers::default()
        };
        let start = State {
            answers: from_saved(&engine, &saved).0,
            ..State::default()
        };
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

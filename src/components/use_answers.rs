//! The person's answers: the state, read once from this tab's storage (and the prebuilt form)
//! when it is created and saved after every change, and one callback per way of answering, each mapping a domain
//! value to an action of the one reducer (`state.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::app::Start;
use crate::browser;
use crate::engine::{Engine, FindingIx, Reply};
use crate::kb::{FindingKind, Onset};
use crate::state::{self, Action, State};

/// The callbacks that change the answers.
pub struct AnswerCallbacks {
    /// Tick or untick a box.
    pub toggle: Callback<FindingIx>,
    /// Yes, No or Not sure to a suggested finding.
    pub reply: Callback<(FindingIx, Reply)>,
    /// A group's "None of these" ticked (`true`) or unticked.
    pub none: Callback<(FindingKind, bool)>,
    pub onset: Callback<Onset>,
    pub clear: Callback<MouseEvent>,
    pub undo: Callback<MouseEvent>,
}

/// The state, why it could not be saved (if so), and the callbacks that change it. From the
/// first render on screen a panic is no longer a failed start (`browser::mark_started`).
#[hook]
pub fn use_answers(
    engine: &Rc<Engine>,
    start: &Start,
) -> (UseReducerHandle<State>, Option<AttrValue>, AnswerCallbacks) {
    // Saved answers are read once, when the state is created; the prebuilt page starts empty.
    let state = use_reducer({
        let (engine, start) = (Rc::clone(engine), start.clone());
        move || match start {
            Start::Prebuilt => State::default(),
            Start::Browser { given, .. } => state::prefill(
                &engine,
                state::restore(&engine, browser::read_saved()),
                &given,
            ),
        }
    });
    use_effect_with((), |_| browser::mark_started());
    let save_error = use_state(|| None::<AttrValue>);
    {
        let save_error = save_error.clone();
        let engine = Rc::clone(engine);
        use_effect_with(state.answers, move |answers| {
            let result = browser::save_answers(&state::to_saved(&engine, answers))
                .err()
                .map(|e| AttrValue::from(e.to_string()));
            if *save_error != result {
                save_error.set(result);
            }
        });
    }
    let dispatcher = state.dispatcher();
    let with_group = {
        let engine = Rc::clone(engine);
        move |f: FindingIx| engine.finding(f).kind
    };
    let toggle = {
        let (dispatcher, group) = (dispatcher.clone(), with_group.clone());
        use_callback((), move |finding: FindingIx, _| {
            dispatcher.dispatch(Action::Toggle {
                finding,
                group: group(finding),
            })
        })
    };
    let reply = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(finding, reply): (FindingIx, Reply), _| {
            dispatcher.dispatch(Action::Reply {
                finding,
                group: with_group(finding),
                reply,
            })
        })
    };
    let none = {
        let (dispatcher, engine) = (dispatcher.clone(), Rc::clone(engine));
        use_callback((), move |(group, on): (FindingKind, bool), _| {
            dispatcher.dispatch(if on {
                Action::NoneOf {
                    group,
                    boxes: engine.kind_mask(group),
                }
            } else {
                Action::NotNoneOf(group)
            })
        })
    };
    let onset = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |o: Onset, _| {
            dispatcher.dispatch(Action::SetOnset(o))
        })
    };
    let clear = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Clear)
        })
    };
    let undo = use_callback((), move |_: MouseEvent, _| {
        dispatcher.dispatch(Action::Undo)
    });
    let callbacks = AnswerCallbacks {
        toggle,
        reply,
        none,
        onset,
        clear,
        undo,
    };
    (state, (*save_error).clone(), callbacks)
}

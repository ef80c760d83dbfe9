//! The person's answers: the state, read once from the link, this tab, the device and the
//! prebuilt form when it is created, and saved after every change (in the tab, and on the device
//! while the person asks for that), and one callback per way of answering, each mapping a domain
//! value to an action of the one reducer (`state.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::start::Start;
use crate::browser;
use crate::engine::{Engine, FindingIx, Reply};
use crate::kb::{FindingKind, Onset};
use crate::state::{self, codec, Action, State};

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
    /// Keep the answers on this device from now on.
    pub remember: Callback<MouseEvent>,
    /// Erase the answers kept on this device and stop keeping them.
    pub forget: Callback<MouseEvent>,
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
                state::start(&engine, browser::read_stored()),
                &given,
            ),
        }
    });
    use_effect_with((), |_| browser::mark_started());
    let save_error = use_state(|| None::<AttrValue>);
    {
        let save_error = save_error.clone();
        let engine = Rc::clone(engine);
        // Every change is saved in this tab, and on the device too while the person has asked
        // for that.
        use_effect_with(
            (state.answers, state.remember),
            move |(answers, remember)| {
                let text = codec::encode(&engine, answers);
                let mut result = browser::save_tab(&text);
                if *remember {
                    result = result.and(browser::save_device(&text));
                }
                let result = result.err().map(|e| AttrValue::from(e.to_string()));
                if *save_error != result {
                    save_error.set(result);
                }
            },
        );
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
    let undo = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Undo)
        })
    };
    let remember = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |_: MouseEvent, _| {
            dispatcher.dispatch(Action::Remember(true))
        })
    };
    // Forgetting erases at once (not after the next render), then stops remembering.
    let forget = {
        let save_error = save_error.clone();
        use_callback((), move |_: MouseEvent, _| {
            if let Err(e) = browser::forget_device() {
                save_error.set(Some(e.to_string().into()));
            }
            dispatcher.dispatch(Action::Remember(false))
        })
    };
    let callbacks = AnswerCallbacks {
        toggle,
        reply,
        none,
        onset,
        clear,
        undo,
        remember,
        forget,
    };
    (state, (*save_error).clone(), callbacks)
}

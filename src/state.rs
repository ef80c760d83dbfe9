//! The page's single state: which findings are ticked. Rankings are derived from it when
//! rendering, never stored.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::Ticked;

/// Everything the person has entered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    pub ticked: Ticked,
}

/// What can happen to the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Tick the finding if unticked, untick it if ticked.
    Toggle(String),
    /// Untick everything.
    Clear,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Toggle(id) => {
                let mut ticked = self.ticked.clone();
                if !ticked.remove(&id) {
                    ticked.insert(id);
                }
                Rc::new(State { ticked })
            }
            Action::Clear if self.ticked.is_empty() => self,
            Action::Clear => Rc::new(State::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(ids: &[&str]) -> Rc<State> {
        Rc::new(State {
            ticked: ids.iter().map(|s| s.to_string()).collect(),
        })
    }

    #[test]
    fn toggle_ticks_then_unticks() {
        let s = state(&[]).reduce(Action::Toggle("fatigue".into()));
        assert!(s.ticked.contains("fatigue"));
        let s = s.reduce(Action::Toggle("fatigue".into()));
        assert!(s.ticked.is_empty());
    }

    #[test]
    fn clear_empties_and_keeps_the_same_rc_when_already_empty() {
        let s = state(&["fatigue", "bone_pain"]).reduce(Action::Clear);
        assert!(s.ticked.is_empty());
        let again = Rc::clone(&s).reduce(Action::Clear);
        assert!(Rc::ptr_eq(&s, &again));
    }
}

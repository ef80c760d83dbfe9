//! The page's components, one per file, and the hook that gives them the engine.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Engine;

pub mod app;
pub mod care;
pub mod care_card;
pub mod caution_note;
pub mod checker;
pub mod clinician_summary;
pub mod copy_result;
pub mod deficiency_details;
pub mod error_panel;
pub mod evaluation_summary;
pub mod finding_group;
pub mod finding_search;
pub mod keep_answers;
pub mod onset_question;
pub mod page_footer;
pub mod page_header;
pub mod privacy;
pub mod result_card;
pub mod results;
pub mod safety_notes;
pub mod separators;
pub mod sources;
pub mod start;
pub mod status_bar;
pub mod summary;
pub mod use_answers;

/// The engine (with its knowledge base) that `App` provides to every component below it.
/// A component used without it is a programming error, and it fails loudly (the panic notice
/// takes over the page) rather than showing a page with parts silently missing.
#[hook]
pub fn use_engine() -> Rc<Engine> {
    use_context::<Rc<Engine>>()
        .expect("components are rendered inside App, which provides the engine")
}

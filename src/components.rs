//! The page's components, one per file.

pub mod app;
pub mod caution_note;
pub mod checker;
pub mod deficiency_details;
pub mod error_panel;
pub mod evaluation_summary;
pub mod finding_group;
pub mod onset_question;
pub mod result_card;
pub mod results;
pub mod safety_notes;
pub mod separators;
pub mod sources;
pub mod summary;
pub mod triage_banner;

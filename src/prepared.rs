//! What `build.rs` prepared from `src/knowledge-base.json` when the crate was built: the
//! validated knowledge base in compact binary form (no reviewer notes) and the emergency
//! warning signs. The page loads these instead of parsing and validating JSON at every start.

use crate::kb::{KbError, KnowledgeBase};

/// The knowledge base in postcard form (see [`KnowledgeBase::from_prepared`]).
pub const KNOWLEDGE_BASE: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/knowledge-base.postcard"));

include!(concat!(env!("OUT_DIR"), "/emergency-signs.rs"));

/// The knowledge base the page ships with.
pub fn knowledge_base() -> Result<KnowledgeBase, KbError> {
    KnowledgeBase::from_prepared(KNOWLEDGE_BASE)
}

//! Typed indices into the knowledge base's lists. Only the engine makes them (from the lists
//! it was built from), so an index always names an entry of the same engine's knowledge base,
//! and a finding index can never be passed where a deficiency index is meant.

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u16);

        impl $name {
            /// The position in its knowledge-base list.
            pub fn get(self) -> usize {
                usize::from(self.0)
            }

            /// The index of position `i`. The engine makes indices only for entries that
            /// exist, and validation keeps every list far below `u16::MAX` entries.
            pub(crate) fn new(i: usize) -> Self {
                Self(u16::try_from(i).unwrap_or(u16::MAX))
            }
        }
    };
}

index_type!(
    /// A finding (a checkbox) in `KnowledgeBase::findings`.
    FindingIx
);
index_type!(
    /// A deficiency in `KnowledgeBase::deficiencies`.
    DeficiencyIx
);
index_type!(
    /// A triage rule in `KnowledgeBase::triage_rules`.
    RuleIx
);
index_type!(
    /// A mimic in `KnowledgeBase::mimics`.
    MimicIx
);
index_type!(
    /// A caution in `KnowledgeBase::cautions`.
    CautionIx
);

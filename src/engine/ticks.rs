//! The ticked boxes as a bit set over finding indices.

use super::FindingIx;
use crate::kb::MAX_FINDINGS;

const WORDS: usize = MAX_FINDINGS.div_ceil(64);

/// A set of findings, as bits over finding indices: `Copy`, and compared in a few instructions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Ticks([u64; WORDS]);

impl Ticks {
    /// Whether finding `i` is in the set.
    pub fn contains(self, i: FindingIx) -> bool {
        i < MAX_FINDINGS && self.0[i / 64] & (1 << (i % 64)) != 0
    }

    /// Adds finding `i` (indices at or above [`MAX_FINDINGS`] are ignored; the knowledge base
    /// never has that many).
    pub fn insert(&mut self, i: FindingIx) {
        if i < MAX_FINDINGS {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }

    /// Removes finding `i`; true if it was there.
    pub fn remove(&mut self, i: FindingIx) -> bool {
        let was = self.contains(i);
        if was {
            self.0[i / 64] &= !(1 << (i % 64));
        }
        was
    }

    /// Adds `i` if absent, removes it if present.
    pub fn toggle(&mut self, i: FindingIx) {
        if !self.remove(i) {
            self.insert(i);
        }
    }

    pub fn is_empty(self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// How many findings are in the set.
    pub fn len(self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The findings in the set, lowest index first.
    pub fn iter(self) -> impl Iterator<Item = FindingIx> {
        (0..MAX_FINDINGS).filter(move |i| self.contains(*i))
    }

    /// Whether the two sets share a finding.
    pub fn intersects(self, other: Ticks) -> bool {
        self.0.iter().zip(other.0).any(|(a, b)| a & b != 0)
    }

    /// Whether every finding of `other` is in this set.
    pub fn contains_all(self, other: Ticks) -> bool {
        self.0.iter().zip(other.0).all(|(a, b)| a & b == b)
    }

    /// The findings of this set that are also in `other`.
    pub fn and(self, other: Ticks) -> Ticks {
        let mut out = self;
        out.0.iter_mut().zip(other.0).for_each(|(a, b)| *a &= b);
        out
    }

    /// The findings of either set.
    pub fn or(self, other: Ticks) -> Ticks {
        let mut out = self;
        out.0.iter_mut().zip(other.0).for_each(|(a, b)| *a |= b);
        out
    }

    /// This set without the findings of `other`.
    pub fn without(self, other: Ticks) -> Ticks {
        let mut out = self;
        out.0.iter_mut().zip(other.0).for_each(|(a, b)| *a &= !b);
        out
    }
}

impl FromIterator<FindingIx> for Ticks {
    fn from_iter<I: IntoIterator<Item = FindingIx>>(iter: I) -> Self {
        let mut t = Ticks::default();
        iter.into_iter().for_each(|i| t.insert(i));
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_a_set() {
        let mut t = Ticks::default();
        assert!(t.is_empty());
        t.insert(3);
        t.insert(70);
        t.insert(3);
        assert_eq!(t.len(), 2);
        assert_eq!(t.iter().collect::<Vec<_>>(), [3, 70]);
        assert!(t.remove(3) && !t.remove(3));
        t.toggle(70);
        assert!(t.is_empty());
        let a: Ticks = [1, 2, 65].into_iter().collect();
        let b: Ticks = [2, 65].into_iter().collect();
        assert!(a.contains_all(b) && !b.contains_all(a));
        assert!(a.intersects(b));
        assert_eq!(a.without(b).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(a.and(b), b);
    }
}

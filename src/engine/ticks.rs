//! The ticked boxes as a bit set over finding indices.

use super::FindingIx;
use crate::kb::MAX_FINDINGS;

const WORDS: usize = MAX_FINDINGS.div_ceil(64);

/// A set of findings, as bits over finding indices: `Copy`, and compared in a few instructions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Ticks([u64; WORDS]);

impl Ticks {
    /// Whether finding `f` is in the set.
    pub fn contains(self, f: FindingIx) -> bool {
        let i = f.get();
        i < MAX_FINDINGS && self.0[i / 64] & (1 << (i % 64)) != 0
    }

    /// Adds finding `f` (indices at or above [`MAX_FINDINGS`] are ignored; validation keeps the
    /// knowledge base below that many).
    pub fn insert(&mut self, f: FindingIx) {
        let i = f.get();
        if i < MAX_FINDINGS {
            self.0[i / 64] |= 1 << (i % 64);
        }
    }

    /// Removes finding `f`; true if it was there.
    pub fn remove(&mut self, f: FindingIx) -> bool {
        let was = self.contains(f);
        if was {
            let i = f.get();
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
        (0..MAX_FINDINGS)
            .map(FindingIx::new)
            .filter(move |f| self.contains(*f))
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

    fn set(ids: &[usize]) -> Ticks {
        ids.iter().map(|&i| FindingIx::new(i)).collect()
    }

    #[test]
    fn ticks_are_a_set() {
        let mut t = Ticks::default();
        assert!(t.is_empty());
        t.insert(FindingIx::new(3));
        t.insert(FindingIx::new(70));
        t.insert(FindingIx::new(3));
        assert_eq!(t.len(), 2);
        assert_eq!(t, set(&[3, 70]));
        assert!(t.remove(FindingIx::new(3)) && !t.remove(FindingIx::new(3)));
        t.toggle(FindingIx::new(70));
        assert!(t.is_empty());
        let (a, b) = (set(&[1, 2, 65]), set(&[2, 65]));
        assert!(a.contains_all(b) && !b.contains_all(a));
        assert!(a.intersects(b));
        assert_eq!(a.without(b), set(&[1]));
        assert_eq!(a.and(b), b);
        assert_eq!(a.iter().map(FindingIx::get).collect::<Vec<_>>(), [1, 2, 65]);
    }

    /// The bit set holds exactly the findings put in it, in index order, for every index up
    /// to the most findings a knowledge base may have.
    #[test]
    fn ticks_hold_exactly_what_was_ticked() {
        for step in 1..=MAX_FINDINGS {
            let picks: Vec<usize> = (0..MAX_FINDINGS).step_by(step).collect();
            let t = set(&picks);
            assert_eq!(t.len(), picks.len());
            assert_eq!(t.iter().map(FindingIx::get).collect::<Vec<_>>(), picks);
        }
    }
}

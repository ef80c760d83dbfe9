//! One stable sort for every ordering the engine makes.
//!
//! Each `sort_by_key` on its own element type puts another copy of the standard library's
//! stable sort into the page (about 4.7 KB of WebAssembly each, six of them before this).
//! Here every caller sorts the same plain `(key, position)` pairs, so the page carries one
//! sort, and ties on the key keep their first order because the position breaks them.

/// Sorts `items` by `key`, smallest first; items with equal keys keep their order.
pub(crate) fn sort_stable_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = items.iter().map(&key).zip(0..).collect();
    keyed.sort_unstable();
    // Place item `keyed[i].1` at `i`, one cycle of the permutation at a time, in place; a
    // position done points to itself.
    for start in 0..keyed.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut keyed[at].1, at);
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Two keys in one, the first deciding: `high` then `low`.
pub(crate) fn pair(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

// proptest is a native-only dev-dependency (Cargo.toml).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, for any keys and ties.
        #[test]
        fn orders_like_the_standard_stable_sort(
            keys in proptest::collection::vec(0u64..6, 0..60),
        ) {
            let items: Vec<(u64, usize)> = keys.into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_stable_by_key(&mut ours, |&(k, _)| k);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std_sorted);
        }

        /// A pair orders by its first part, then its second.
        #[test]
        fn pairs_order_by_high_then_low(a in any::<(u32, u32)>(), b in any::<(u32, u32)>()) {
            prop_assert_eq!(pair(a.0, a.1).cmp(&pair(b.0, b.1)), a.cmp(&b));
        }
    }
}

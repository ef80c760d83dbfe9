//! Finding the right box as a person types: plain words, no ranking. A box matches when every
//! word of the search (other than little words such as "my" or "the") begins a word of its
//! label, hint or lay words, so "tingl" finds "tingling" and "water tablet" finds "water
//! tablets". Pure and tested natively; the engine keeps each box's words (`Engine::search`).

/// Words too common to tell boxes apart; a search ignores them ("pain in my feet").
const LITTLE_WORDS: &[&str] = &[
    "a", "an", "and", "are", "at", "be", "been", "for", "from", "had", "has", "have", "i", "i'm",
    "im", "in", "is", "it", "its", "me", "my", "of", "on", "or", "so", "the", "to", "too", "very",
    "was", "with",
];

/// The lower-case words of a text: letters and digits, with apostrophes dropped ("don't" is
/// "dont") and accents kept.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['\'', '\u{2019}'], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

/// The words of a search that are worth looking for.
pub fn query_words(query: &str) -> Vec<String> {
    words(query)
        .into_iter()
        .filter(|w| !LITTLE_WORDS.contains(&w.as_str()))
        .collect()
}

/// Whether every query word begins one of the box's words.
pub fn matches(query: &[String], box_words: &[String]) -> bool {
    query
        .iter()
        .all(|q| box_words.iter().any(|w| w.starts_with(q.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(query: &str, text: &str) -> bool {
        matches(&query_words(query), &words(text))
    }

    #[test]
    fn every_word_must_begin_a_word_of_the_box() {
        assert!(hit("water tablet", "Water tablets (diuretics)"));
        assert!(hit("tingl", "Numbness, tingling or pins and needles"));
        assert!(hit("Pins and NEEDLES", "tingling or pins and needles"));
        assert!(!hit("water tablet", "A water pill"));
        assert!(
            !hit("ling", "tingling"),
            "a word must begin, not sit inside"
        );
    }

    #[test]
    fn little_words_and_punctuation_are_ignored() {
        assert!(hit("pain in my feet!", "Burning pain in the feet"));
        assert!(hit("dont", "I don't get sun"));
        assert!(query_words("in my the").is_empty());
        assert_eq!(
            words("Coeliac/Crohn's disease"),
            ["coeliac", "crohns", "disease"]
        );
    }
}

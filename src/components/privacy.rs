//! "Your privacy": exactly what the page keeps, where, for how long, and how to erase it. Each
//! sentence has a `data-privacy` key, and `tests/e2e/privacy.spec.mjs` tests what each one
//! says; the README's "Privacy" section says the same.

use yew::prelude::*;

/// The sentences, by key, in the order the page shows them.
pub const SENTENCES: [(&str, &str); 6] = [
    (
        "nothing-sent",
        "Nothing you tick or type leaves this device. The page sends your answers nowhere. It \
         loads nothing from other websites.",
    ),
    (
        "tab",
        "While this tab is open, your answers are kept in this tab's storage, so a reload \
         keeps them. They are erased when you close the tab.",
    ),
    (
        "device",
        "Your answers are kept in this browser's storage only if you press \"Remember my \
         answers on this device\". They stay there until you press \"Forget my answers on \
         this device\".",
    ),
    (
        "link",
        "A link made with \"Copy a link to these answers\" carries your answers in the link \
         itself. When you open such a link, the page fills in the answers and removes them \
         from the address bar.",
    ),
    (
        "clear",
        "\"Clear all\" erases your answers from this tab, and from this device when they are \
         remembered there.",
    ),
    (
        "offline",
        "The page keeps a copy of its own files on this device so it works offline. That copy \
         holds none of your answers.",
    ),
];

/// The privacy section, closed by default.
#[component]
pub fn Privacy() -> Html {
    html! {
        <details class="privacy" data-testid="privacy">
            <summary>{ "Your privacy: what this page keeps and how to erase it" }</summary>
            { for SENTENCES.iter().map(|(key, text)| html! { <p data-privacy={*key}>{ *text }</p> }) }
        </details>
    }
}

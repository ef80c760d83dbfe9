//! "Find a box": a search field above the groups that narrows the boxes as the person types.
//! Ticked boxes and warning signs always stay in view (`finding_group.rs`); when no box
//! matches, the page says what to do instead.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingSearchProps {
    /// What the person typed.
    pub query: AttrValue,
    /// How many boxes (other than warning signs) match, or `None` when nothing is searched.
    pub found: Option<usize>,
    /// Called with the new text as the person types, and with "" to clear it.
    pub on_query: Callback<String>,
}

/// The field, its hint and the "no box matches" message (in a wrapper that is always there).
#[component]
pub fn FindingSearch(props: &FindingSearchProps) -> Html {
    let oninput = props
        .on_query
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let clear = props.on_query.reform(|_: MouseEvent| String::new());
    let nothing = props.found == Some(0);
    html! {
        <div class="finding-search" role="search" data-testid="search">
            <label for="find-box">{ "Find a box" }</label>
            <p class="group-hint" id="find-box-hint">
                { "For example: pins and needles, or water tablet. Warning signs and ticked \
                   boxes always show." }
            </p>
            <div class="search-row">
                <input type="search" id="find-box" value={props.query.clone()} {oninput}
                       autocomplete="off" spellcheck="false"
                       aria-describedby="find-box-hint find-box-result" />
                <button type="button" class="secondary" onclick={clear}
                        hidden={props.query.is_empty()}>{ "Clear search" }</button>
            </div>
            <div id="find-box-result" class="search-result">
                if nothing {
                    <p class="no-match" data-testid="no-match">
                        <strong>{ format!("No box matches \"{}\". ", props.query.trim()) }</strong>
                        { "Try a shorter word or another word for it, or clear the search and \
                           read the groups. You can still tick the warning signs below. If \
                           something worries you, ask a doctor or nurse." }
                    </p>
                } else if let Some(n) = props.found {
                    <p class="found">{ format!("{n} {} {} the search.", if n == 1 { "box" } else { "boxes" }, if n == 1 { "matches" } else { "match" }) }</p>
                }
            </div>
        </div>
    }
}

//! `make bench` only: a bare Yew 0.23 page with one list of 92 checkboxes and a line that
//! counts the ticks, built with the same release profile, to hold this page's load against.

use yew::prelude::*;

#[component]
fn Bare() -> Html {
    let ticked = use_state(|| 0usize);
    html! {
        <main>
            <h1>{ "A bare Yew page" }</h1>
            <ul>
                { for (0..92).map(|i| {
                    let ticked = ticked.clone();
                    let onchange = Callback::from(move |e: Event| {
                        let on = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                        ticked.set(if on { *ticked + 1 } else { ticked.saturating_sub(1) });
                    });
                    html! {
                        <li>
                            <input type="checkbox" id={format!("b{i}")} {onchange} />
                            <label for={format!("b{i}")}>{ format!("Box number {i}") }</label>
                        </li>
                    }
                }) }
            </ul>
            <p role="status">{ format!("{} ticked", *ticked) }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<Bare>::new().render();
}

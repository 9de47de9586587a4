use leptos::prelude::*;

use crate::i18n::{tr, ui};

/// First focusable element: jumps past the header to the page content. Focus is moved by
/// hand because the router handles link clicks itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let on_click = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_main();
    };
    view! {
        <a class="wz-skip-link" href="#main-content" on:click=on_click>
            {tr(&ui::SKIP_LINK)}
        </a>
    }
}

/// Moves keyboard and screen-reader focus to the main content.
pub fn focus_main() {
    use leptos::wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main-content"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

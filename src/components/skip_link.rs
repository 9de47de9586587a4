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

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    use leptos::wasm_bindgen::JsCast;
    crate::browser::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard and screen-reader focus to the main content.
pub fn focus_main() {
    if let Some(main) = element("main-content") {
        let _ = main.focus();
    }
}

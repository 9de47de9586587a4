//! One calm line on a static page whose interactive part needs the app.

use leptos::prelude::*;

use crate::i18n::{tr, ui, Text};

/// Rendered into the static page only (the running app never shows it), inside `<noscript>`:
/// a browser without JavaScript shows it; one with JavaScript never does, not even for the
/// moment before the app takes over the page.
/// `text` says which part when the page has more (by default: "this part").
#[component]
pub fn NeedsApp(#[prop(optional)] text: Option<&'static Text>) -> impl IntoView {
    (!crate::browser::is_live()).then(|| {
        view! {
            <noscript>
                <p class="wz-needs-app">{tr(text.unwrap_or(&ui::NEEDS_APP))}</p>
            </noscript>
        }
    })
}

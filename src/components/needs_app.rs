//! One calm line on a static page whose interactive part needs the app.

use leptos::prelude::*;

use crate::i18n::{tr, ui};

/// Rendered into the static page only (the running app never shows it), inside `<noscript>`:
/// a browser without JavaScript shows it; one with JavaScript never does, not even for the
/// moment before the app takes over the page.
#[component]
pub fn NeedsApp() -> impl IntoView {
    (!crate::browser::is_live()).then(|| {
        view! {
            <noscript>
                <p class="wz-needs-app">{tr(&ui::NEEDS_APP)}</p>
            </noscript>
        }
    })
}

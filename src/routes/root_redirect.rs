use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::routing::Page;
use crate::i18n::{preferred_locale, ui};

/// `/` → `/nl/` or `/en/`: a stored choice first, then the browser's language, then Dutch.
/// Replaces the history entry so "back" does not bounce the user here again.
#[component]
pub fn RootRedirect() -> impl IntoView {
    let locale = preferred_locale();
    let navigate = use_navigate();
    Effect::new(move |_| {
        navigate(
            &Page::Home.path(locale),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! {
        <div class="wz-page" data-page="redirect">
            <p>{ui::REDIRECTING.get(locale)}</p>
        </div>
    }
}

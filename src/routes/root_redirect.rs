use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::routing::Page;
use crate::i18n::{preferred_locale, ui, Locale};

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
    // What the static `/` shows (also the host's page for an address that only the app can
    // show, such as a class session): both languages, as plain links.
    let home = |l: Locale| {
        view! {
            <p lang=l.code()>
                <a class="wz-button wz-button--secondary" href=Page::Home.path(l) hreflang=l.code()>
                    {ui::APP_NEEDED_HOME.get(l)}
                </a>
            </p>
        }
    };
    view! {
        <div class="wz-page" data-page="redirect">
            <h1 class="wz-page__title">{ui::APP_NAME.get(locale)}</h1>
            <p class="wz-page__intro" lang="nl">{ui::APP_NEEDED.get(Locale::Nl)}</p>
            <p class="wz-page__intro" lang="en">{ui::APP_NEEDED.get(Locale::En)}</p>
            {Locale::ALL.into_iter().map(home).collect_view()}
        </div>
    }
}

//! One file per page. Every page is reached under /nl/… and /en/…; `localized` shows the
//! not-found page when the prefix is not a language we speak.

pub mod checklists;
pub mod gemeente;
pub mod home;
pub mod melden;
pub mod not_found;
pub mod over;
pub mod root_redirect;
pub mod tips;
pub mod workshop;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::domain::routing::{locale_of_path, Page};

/// The view for a page, or not-found when the URL's language prefix is unknown (`/fr/tips`).
pub fn localized(page: Page) -> impl IntoView {
    let location = use_location();
    move || {
        if locale_of_path(&location.pathname.get()).is_none() {
            return view! { <not_found::NotFound/> }.into_any();
        }
        match page {
            Page::Home => view! { <home::Home/> }.into_any(),
            Page::Tips => view! { <tips::Tips/> }.into_any(),
            Page::Checklists => view! { <checklists::Checklists/> }.into_any(),
            Page::Melden => view! { <melden::Melden/> }.into_any(),
            Page::Workshop => view! { <workshop::Workshop/> }.into_any(),
            Page::Gemeente => view! { <gemeente::Gemeente/> }.into_any(),
            Page::Over => view! { <over::Over/> }.into_any(),
        }
    }
}

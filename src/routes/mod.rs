//! One file per page. Every page is reached under /nl/… and /en/…; `localized` shows the
//! not-found page when the prefix is not a language we speak.

pub mod buurt;
pub mod buurt_melding;
pub mod checklist;
pub mod checklists;
pub mod gegevens;
pub mod gemeente;
pub mod home;
pub mod melden;
pub mod not_found;
pub mod over;
pub mod root_redirect;
pub mod tip;
pub mod tips;
pub mod waarschuwingen;
pub mod workshop;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::domain::routing::locale_of_path;

/// The view for a page, or not-found when the URL's language prefix is unknown (`/fr/tips`).
/// Rebuilt whenever the path changes, so pages render their texts once (see i18n::tr).
pub fn localized<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    let location = use_location();
    move || {
        if locale_of_path(&location.pathname.get()).is_none() {
            return view! { <not_found::NotFound/> }.into_any();
        }
        page().into_any()
    }
}

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
use leptos_router::hooks::use_params_map;

use crate::schema::Locale;

/// The view for a page, or not-found when the URL's language prefix is unknown (`/fr/tips`).
/// Rebuilt whenever the route's params change (another tip, another step, the other
/// language), so pages render their texts once (see i18n::tr) and read fresh typed params
/// (tip::slug_params): the router has matched the new address by then. Tracking the path
/// instead rebuilt the page before the match, with the previous page's params.
pub fn localized<V: IntoView + 'static>(page: fn() -> V) -> impl IntoView {
    let params = use_params_map();
    move || {
        let lang = params.with(|p| p.get("lang"));
        if lang.as_deref().and_then(Locale::from_code).is_none() {
            return view! { <not_found::NotFound/> }.into_any();
        }
        page().into_any()
    }
}

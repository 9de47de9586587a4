//! The current language, as a narrow context type, plus the interface texts.

use leptos::prelude::*;

pub use crate::content::ui;
pub use crate::schema::{Locale, Text};

/// The language the page is shown in: from the URL prefix, or (on pages without a valid
/// prefix, such as not-found) the stored or browser preference.
#[derive(Clone, Copy)]
pub struct CurrentLocale(pub Memo<Locale>);

pub fn use_locale() -> Memo<Locale> {
    use_context::<CurrentLocale>()
        .map(|c| c.0)
        .unwrap_or_else(|| Memo::new(|_| Locale::default()))
}

/// A text in the current language: `{tr(&ui::NAV_TIPS)}`.
///
/// Not reactive on purpose: the app shell re-renders everything when the language changes
/// (a rare event), so views need no reactive closure per text. Each such closure is its own
/// generic instance in the wasm; thousands of them cost a phone real download time.
pub fn tr(text: &'static Text) -> &'static str {
    text.get(use_locale().get_untracked())
}

/// The user's language preference: stored choice, then browser, then Dutch.
pub fn preferred_locale() -> Locale {
    let stored = crate::storage::get(crate::storage::LANG_KEY);
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    crate::domain::locale_choice::preferred_locale(stored.as_deref(), &browser)
}

/// Remembers an explicit language choice. Failing to store it is harmless: the URL still
/// carries the language, so we ignore the error.
pub fn remember_choice(locale: Locale) {
    let _ = crate::storage::set(crate::storage::LANG_KEY, locale.code());
}

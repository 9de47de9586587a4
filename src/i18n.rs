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
    let browser: Vec<String> = crate::browser::window()
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

/// A check month as people say it: "2026-12" is "december 2026" (en "December 2026").
/// Anything else is shown as it is (the build only lets YYYY-MM through).
pub fn month_label(month: &str, locale: Locale) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parsed = month
        .split_once('-')
        .and_then(|(y, m)| Some((y, m.parse::<usize>().ok()?)))
        .filter(|(y, m)| y.len() == 4 && (1..=12).contains(m));
    match parsed {
        Some((year, m)) => {
            let names = if locale == Locale::En { EN } else { NL };
            format!("{} {year}", names[m - 1])
        }
        None => month.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_label_says_the_month_in_words() {
        assert_eq!(month_label("2026-12", Locale::Nl), "december 2026");
        assert_eq!(month_label("2026-01", Locale::En), "January 2026");
        assert_eq!(month_label("2026-13", Locale::Nl), "2026-13");
        assert_eq!(month_label("december", Locale::Nl), "december");
    }
}

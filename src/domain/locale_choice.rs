//! Which language to open `/` in: a stored choice wins, then the browser's preference,
//! then Dutch. Whatever is in storage (old, broken, hand-edited) never causes an error.

use crate::schema::Locale;

/// The first of the browser's languages we speak ("en-GB" counts as English).
pub fn from_browser<S: AsRef<str>>(languages: &[S]) -> Option<Locale> {
    languages.iter().find_map(|tag| {
        let primary = tag.as_ref().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::from_code(&primary)
    })
}

pub fn preferred_locale<S: AsRef<str>>(stored: Option<&str>, browser: &[S]) -> Locale {
    // The stored choice is read as every stored key is (domain::stored): anything but "nl"
    // or "en" counts as no choice.
    crate::domain::stored::locale(stored)
        .or_else(|| from_browser(browser))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: [&str; 0] = [];

    #[test]
    fn stored_choice_wins() {
        assert_eq!(preferred_locale(Some("nl"), &["en-US"]), Locale::Nl);
        assert_eq!(preferred_locale(Some("en"), &["nl-NL"]), Locale::En);
    }

    #[test]
    fn browser_preference_when_nothing_stored() {
        assert_eq!(preferred_locale(None, &["en-GB", "nl"]), Locale::En);
        assert_eq!(preferred_locale(None, &["de-DE", "nl-BE"]), Locale::Nl);
        assert_eq!(preferred_locale(None, &["EN"]), Locale::En);
    }

    #[test]
    fn dutch_by_default() {
        assert_eq!(preferred_locale(None, &NONE), Locale::Nl);
        assert_eq!(preferred_locale(None, &["fr-FR", "de"]), Locale::Nl);
    }

    #[test]
    fn broken_storage_is_ignored() {
        for junk in ["", "{broken", "\"en\"", "english", "EN-gb", "null", "\u{0}"] {
            assert_eq!(crate::domain::stored::locale(Some(junk)), None, "{junk:?}");
            assert_eq!(preferred_locale(Some(junk), &["nl-NL"]), Locale::Nl);
        }
        assert_eq!(preferred_locale(Some("{broken"), &["en-US"]), Locale::En);
        assert_eq!(
            crate::domain::stored::locale(Some(" en ")),
            Some(Locale::En)
        );
    }
}

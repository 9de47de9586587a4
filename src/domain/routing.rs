//! The app's URLs: every page lives under a language prefix (`/nl/…`, `/en/…`) with the same
//! Dutch slug in both languages, so switching language only swaps the prefix.

use crate::schema::Locale;

/// The top-level pages, in menu order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Tips,
    Checklists,
    Melden,
    Workshop,
    Gemeente,
    Over,
}

impl Page {
    pub const ALL: [Page; 7] = [
        Page::Home,
        Page::Tips,
        Page::Checklists,
        Page::Melden,
        Page::Workshop,
        Page::Gemeente,
        Page::Over,
    ];

    /// The path segment after the language prefix ("" for home).
    pub fn slug(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Tips => "tips",
            Page::Checklists => "checklists",
            Page::Melden => "melden",
            Page::Workshop => "workshop",
            Page::Gemeente => "gemeente",
            Page::Over => "over",
        }
    }

    /// `/nl/` for home, `/nl/tips` for the others.
    pub fn path(self, locale: Locale) -> String {
        format!("/{}/{}", locale.code(), self.slug())
    }
}

/// The language a path is in, if its first segment is a language we speak.
pub fn locale_of_path(path: &str) -> Option<Locale> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Locale::from_code(first)
}

/// The same page in another language: swaps the prefix and keeps the rest (query and hash
/// included). A path without a valid prefix (a not-found page) goes to the other home page.
pub fn switch_locale_path(path_and_query: &str, to: Locale) -> String {
    let trimmed = path_and_query.trim_start_matches('/');
    let (first, rest) = match trimmed.find(['/', '?', '#']) {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, ""),
    };
    match Locale::from_code(first) {
        Some(_) if rest.is_empty() => format!("/{}/", to.code()),
        Some(_) => format!("/{}{}", to.code(), rest),
        None => format!("/{}/", to.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_paths_share_dutch_slugs() {
        assert_eq!(Page::Home.path(Locale::Nl), "/nl/");
        assert_eq!(Page::Home.path(Locale::En), "/en/");
        assert_eq!(Page::Melden.path(Locale::En), "/en/melden");
        let slugs: Vec<_> = Page::ALL.iter().map(|p| p.slug()).collect();
        assert_eq!(
            slugs,
            [
                "",
                "tips",
                "checklists",
                "melden",
                "workshop",
                "gemeente",
                "over"
            ]
        );
    }

    #[test]
    fn locale_of_path_reads_the_prefix_only() {
        assert_eq!(locale_of_path("/nl/tips"), Some(Locale::Nl));
        assert_eq!(locale_of_path("/en"), Some(Locale::En));
        assert_eq!(locale_of_path("/en/"), Some(Locale::En));
        assert_eq!(locale_of_path("/fr/tips"), None);
        assert_eq!(locale_of_path("/english/"), None);
        assert_eq!(locale_of_path("/"), None);
        assert_eq!(locale_of_path(""), None);
    }

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(switch_locale_path("/nl/tips", Locale::En), "/en/tips");
        assert_eq!(switch_locale_path("/en/tips", Locale::Nl), "/nl/tips");
        assert_eq!(switch_locale_path("/nl/", Locale::En), "/en/");
        assert_eq!(switch_locale_path("/nl", Locale::En), "/en/");
        assert_eq!(
            switch_locale_path("/nl/melden/fraude?stap=2#notitie", Locale::En),
            "/en/melden/fraude?stap=2#notitie"
        );
        assert_eq!(switch_locale_path("/nl?x=1", Locale::En), "/en?x=1");
    }

    #[test]
    fn switching_from_a_bad_prefix_goes_home() {
        assert_eq!(switch_locale_path("/xx/tips", Locale::En), "/en/");
        assert_eq!(switch_locale_path("/", Locale::Nl), "/nl/");
        assert_eq!(switch_locale_path("", Locale::En), "/en/");
    }
}

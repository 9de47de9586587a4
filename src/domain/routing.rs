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
    Buurt,
    Waarschuwingen,
    Over,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::Home,
        Page::Tips,
        Page::Checklists,
        Page::Melden,
        Page::Workshop,
        Page::Gemeente,
        Page::Buurt,
        Page::Waarschuwingen,
        Page::Over,
    ];

    /// The path segment after the language prefix ("" for home): from the page table.
    pub fn slug(self) -> &'static str {
        crate::domain::pages::info(self).slug
    }

    /// `/nl/` for home, `/nl/tips` for the others.
    pub fn path(self, locale: Locale) -> String {
        format!("/{}/{}", locale.code(), self.slug())
    }

    /// The page whose slug is `slug` ("" for home).
    pub fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }
}

/// The app ships as a few WebAssembly bundles, one per group of pages, so a first visit
/// downloads the code of the page it opens and not of every page (issue 6: the home page
/// within 200 KB gzip). Inside a bundle, links move without reloading; a link into another
/// bundle loads that page as a new document (from the service worker's cache after the
/// first visit). The page loader in index.html picks the bundle by the same rule: its table
/// is `loader_table_json`, written into the page by scripts/bundles.mjs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Home and every address no other bundle owns (not-found): the first visit's bundle for
    /// most people, so it carries nothing else.
    Start,
    /// Tips: what people read (and what a WhatsApp link opens most).
    Tips,
    /// The checklists, apart from the tips: a checklist's first visit does not carry the
    /// tips' texts (about 43 KB gzip), nor a tip's the checklist page (about 22 KB).
    Checklists,
    /// The buurtpreventie kit and the current warnings (apart from the tips, so a tip's first
    /// visit does not carry them: about 40 KB gzip).
    Buurt,
    /// The report flow.
    Melden,
    /// The school quiz.
    Workshop,
    /// The municipality pages with their figures.
    Gemeente,
    /// About Waakzaam (every source, the plans by publisher) and "Mijn gegevens" (everything
    /// the app keeps, with the checklists' names): about 40 KB gzip that the home page, the
    /// most visited, no longer carries.
    Over,
    /// Every page in one app: what the service worker keeps for offline use and what the page
    /// loader starts once the worker controls the page (one copy of Leptos instead of one per
    /// bundle, and no new document between groups). It owns no page of its own.
    All,
}

impl Bundle {
    pub const ALL: [Bundle; 9] = [
        Bundle::Start,
        Bundle::Tips,
        Bundle::Checklists,
        Bundle::Buurt,
        Bundle::Melden,
        Bundle::Workshop,
        Bundle::Gemeente,
        Bundle::Over,
        Bundle::All,
    ];

    /// The binary that builds it; also the start of its file names in dist/.
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Start => "waakzaam",
            Bundle::Tips => "waakzaam-tips",
            Bundle::Checklists => "waakzaam-checklists",
            Bundle::Buurt => "waakzaam-buurt",
            Bundle::Melden => "waakzaam-melden",
            Bundle::Workshop => "waakzaam-workshop",
            Bundle::Gemeente => "waakzaam-gemeente",
            Bundle::Over => "waakzaam-over",
            Bundle::All => "waakzaam-all",
        }
    }

    /// Whether this bundle's app shows the pages of `owner` (its own, or every page).
    pub fn shows(self, owner: Bundle) -> bool {
        self == owner || self == Bundle::All
    }

    /// From the page table.
    pub fn of_page(page: Page) -> Bundle {
        crate::domain::pages::info(page).bundle
    }

    /// The bundle that shows a path: by its section (the segment after the language). A path
    /// without a language we speak, or with an unknown section, is Start's (not-found).
    pub fn of_path(path: &str) -> Bundle {
        // Exactly as the page loader splits `location.pathname` (one leading slash).
        let mut segments = path
            .strip_prefix('/')
            .unwrap_or(path)
            .split(['/', '?', '#']);
        let lang = segments.next().unwrap_or_default();
        let section = segments.next().unwrap_or_default();
        match (Locale::from_code(lang), Page::from_slug(section)) {
            (Some(_), Some(page)) => Bundle::of_page(page),
            _ => Bundle::Start,
        }
    }

    /// Each section owned by a bundle other than Start, with that bundle's binary: the page
    /// loader's table (every other address loads Start).
    pub fn sections() -> Vec<(&'static str, &'static str)> {
        Page::ALL
            .into_iter()
            .map(|p| (p.slug(), Bundle::of_page(p)))
            .filter(|(_, b)| *b != Bundle::Start)
            .map(|(slug, b)| (slug, b.bin()))
            .collect()
    }
}

/// The page loader's table as JSON, for scripts/post-build.mjs: the start bundle, the
/// languages, which bundle each other section loads (see `Bundle::of_path`), and the
/// one-app bundle it starts instead when the service worker controls the page.
pub fn loader_table_json() -> String {
    let quoted = |s: &str| format!("\"{s}\"");
    let languages: Vec<String> = Locale::ALL.iter().map(|l| quoted(l.code())).collect();
    let sections: Vec<String> = Bundle::sections()
        .into_iter()
        .map(|(slug, bin)| format!("{}:{}", quoted(slug), quoted(bin)))
        .collect();
    format!(
        "{{\"start\":{},\"all\":{},\"languages\":[{}],\"sections\":{{{}}}}}",
        quoted(Bundle::Start.bin()),
        quoted(Bundle::All.bin()),
        languages.join(","),
        sections.join(",")
    )
}

/// An address from the router's parts: its `search` comes without the `?`, its `hash` with
/// or without the `#`.
pub fn full_path(path: &str, search: &str, hash: &str) -> String {
    let mut url = path.to_string();
    if !search.is_empty() {
        url.push('?');
        url.push_str(search);
    }
    let hash = hash.trim_start_matches('#');
    if !hash.is_empty() {
        url.push('#');
        url.push_str(hash);
    }
    url
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

/// The address a person most likely meant when `path` is not one as typed: a language or
/// section in capitals (`/NL/Tips`), a language the app does not speak (`/de/`: `fallback`),
/// a municipality, tip or checklist in capitals (`/nl/gemeente/HUIZEN`), or the full stop or
/// comma of the sentence a link was pasted from. `None` when the path needs no correction,
/// so correcting twice changes nothing (the app navigates to the result).
pub fn corrected_path(path: &str, fallback: Locale) -> Option<String> {
    let trimmed = path.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let mut segments: Vec<String> = trimmed
        .strip_prefix('/')?
        .split('/')
        .map(str::to_string)
        .collect();
    let lang = segments[0].to_ascii_lowercase();
    segments[0] = match Locale::from_code(&lang) {
        Some(l) => l.code().to_string(),
        // Another two-letter language code (de, fr, …): our default language.
        None if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) => {
            fallback.code().to_string()
        }
        None => return None,
    };
    if let Some(section) = segments.get(1).map(|s| s.to_ascii_lowercase()) {
        if let Some(page) = Page::from_slug(&section) {
            segments[1] = section;
            // Their ids are lowercase; a workshop code (T4821) and the report flow's steps
            // are left as they are.
            if matches!(
                page,
                Page::Tips | Page::Checklists | Page::Gemeente | Page::Buurt | Page::Waarschuwingen
            ) {
                for segment in segments.iter_mut().skip(2) {
                    *segment = segment.to_ascii_lowercase();
                }
            }
        }
    }
    let corrected = format!("/{}", segments.join("/"));
    (corrected != path).then_some(corrected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrected_path_fixes_what_people_type_and_paste() {
        let nl = Locale::Nl;
        let fix = |p: &str| corrected_path(p, nl);
        assert_eq!(fix("/NL/").as_deref(), Some("/nl/"));
        assert_eq!(fix("/NL").as_deref(), Some("/nl"));
        assert_eq!(fix("/En/Tips").as_deref(), Some("/en/tips"));
        assert_eq!(fix("/de/").as_deref(), Some("/nl/"));
        assert_eq!(fix("/fr/tips").as_deref(), Some("/nl/tips"));
        assert_eq!(corrected_path("/de/", Locale::En).as_deref(), Some("/en/"));
        assert_eq!(
            fix("/nl/gemeente/HUIZEN").as_deref(),
            Some("/nl/gemeente/huizen")
        );
        assert_eq!(
            fix("/nl/tips/Vriend-In-Nood.").as_deref(),
            Some("/nl/tips/vriend-in-nood")
        );
        assert_eq!(
            fix("/nl/checklists/inbraakpreventie,").as_deref(),
            Some("/nl/checklists/inbraakpreventie")
        );
        // Left alone: what is right, what has no better guess, a class code.
        for fine in [
            "/",
            "/nl/",
            "/en",
            "/nl/tips/x",
            "/nl/workshop/T4821",
            "/nl/melden/fraude",
            "/foo",
            "/nederland/",
            "/nl/onbekend/X",
            "/12/",
        ] {
            assert_eq!(fix(fine), None, "{fine}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_corrected_path_needs_no_second_correction(path in "/[A-Za-z0-9./,-]{0,30}") {
            if let Some(once) = corrected_path(&path, Locale::Nl) {
                proptest::prop_assert_eq!(corrected_path(&once, Locale::Nl), None, "{}", once);
            }
        }
    }

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
                "buurt",
                "waarschuwingen",
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

    #[test]
    fn every_page_has_one_bundle_and_unknown_addresses_go_to_start() {
        assert_eq!(Bundle::of_path("/nl/"), Bundle::Start);
        assert_eq!(Bundle::of_path("/nl"), Bundle::Start);
        assert_eq!(Bundle::of_path("/"), Bundle::Start);
        assert_eq!(Bundle::of_path(""), Bundle::Start);
        assert_eq!(Bundle::of_path("/en/over/gegevens"), Bundle::Over);
        assert_eq!(Bundle::of_path("/nl/over"), Bundle::Over);
        assert_eq!(Bundle::of_path("/nl/tips/vriend-in-nood"), Bundle::Tips);
        assert_eq!(
            Bundle::of_path("/en/checklists/inbraak"),
            Bundle::Checklists
        );
        assert_eq!(Bundle::of_path("/nl/melden/fraude"), Bundle::Melden);
        assert_eq!(Bundle::of_path("/nl/melden?x=1"), Bundle::Melden);
        assert_eq!(
            Bundle::of_path("/nl/workshop/sessie/T4821/3"),
            Bundle::Workshop
        );
        assert_eq!(Bundle::of_path("/en/gemeente/huizen"), Bundle::Gemeente);
        assert_eq!(Bundle::of_path("/nl/buurt/melding"), Bundle::Buurt);
        assert_eq!(
            Bundle::of_path("/nl/waarschuwingen/donkere-dagen"),
            Bundle::Buurt
        );
        // Not a language we speak, or not a section: Start shows not-found.
        assert_eq!(Bundle::of_path("/fr/tips"), Bundle::Start);
        assert_eq!(Bundle::of_path("/nl/onbekend"), Bundle::Start);
        assert_eq!(Bundle::of_path("/nl/Tips"), Bundle::Start);
        assert_eq!(Bundle::of_path("//nl/tips"), Bundle::Start);
        assert_eq!(Bundle::of_path("/nl//tips"), Bundle::Start);
        for page in Page::ALL {
            for locale in [Locale::Nl, Locale::En] {
                assert_eq!(Bundle::of_path(&page.path(locale)), Bundle::of_page(page));
            }
        }
    }

    #[test]
    fn the_loader_table_names_each_bundle_but_start() {
        let sections = Bundle::sections();
        assert_eq!(
            sections,
            [
                ("tips", "waakzaam-tips"),
                ("checklists", "waakzaam-checklists"),
                ("melden", "waakzaam-melden"),
                ("workshop", "waakzaam-workshop"),
                ("gemeente", "waakzaam-gemeente"),
                ("buurt", "waakzaam-buurt"),
                ("waarschuwingen", "waakzaam-buurt"),
                ("over", "waakzaam-over"),
            ]
        );
        for bundle in Bundle::ALL {
            let owns_a_section = sections.iter().any(|(_, bin)| *bin == bundle.bin());
            let expected = !matches!(bundle, Bundle::Start | Bundle::All);
            assert_eq!(owns_a_section, expected, "{bundle:?}");
        }
    }

    #[test]
    fn the_one_app_shows_every_page_and_a_bundle_its_own() {
        for page in Page::ALL {
            let owner = Bundle::of_page(page);
            assert_ne!(owner, Bundle::All, "{page:?}");
            assert!(Bundle::All.shows(owner));
            assert!(owner.shows(owner));
        }
        assert!(!Bundle::Tips.shows(Bundle::Melden));
        assert!(!Bundle::Start.shows(Bundle::All));
    }

    #[test]
    fn the_loader_table_is_json_for_the_page_loader() {
        assert_eq!(
            loader_table_json(),
            r#"{"start":"waakzaam","all":"waakzaam-all","languages":["nl","en"],"sections":{"tips":"waakzaam-tips","checklists":"waakzaam-checklists","melden":"waakzaam-melden","workshop":"waakzaam-workshop","gemeente":"waakzaam-gemeente","buurt":"waakzaam-buurt","waarschuwingen":"waakzaam-buurt","over":"waakzaam-over"}}"#
        );
    }

    #[test]
    fn full_path_puts_back_the_question_mark_and_the_hash() {
        assert_eq!(full_path("/nl/tips", "", ""), "/nl/tips");
        assert_eq!(full_path("/nl/tips", "zoek=bank", ""), "/nl/tips?zoek=bank");
        assert_eq!(full_path("/nl/tips", "", "#stappen"), "/nl/tips#stappen");
        assert_eq!(
            full_path("/nl/tips", "a=1", "stappen"),
            "/nl/tips?a=1#stappen"
        );
        assert_eq!(
            switch_locale_path(&full_path("/nl/tips", "zoek=bank", ""), Locale::En),
            "/en/tips?zoek=bank"
        );
    }
}

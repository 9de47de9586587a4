//! The one page table: every top-level page with its address, its bundle, its name on the
//! page (`data-page`), its menu label, its title and description (the link preview), and its
//! card on the start page. Routes' slugs, the menu, the home cards, the static pages, the
//! page loader's table and the end-to-end tests' route list are all read from here, so a new
//! page is one row (plus its `<Route>` in `app.rs`, which the router's macro needs written out).

use crate::content::ui;
use crate::domain::routing::{Bundle, Page};
use crate::schema::Text;

/// A card on the start page.
#[derive(Debug)]
pub struct Card {
    /// Place among the cards (the report flow first).
    pub rank: u8,
    pub title: &'static Text,
    pub text: &'static Text,
}

#[derive(Debug)]
pub struct PageInfo {
    pub page: Page,
    /// The path segment after the language ("" for home).
    pub slug: &'static str,
    /// The page's `data-page` name (the end-to-end tests find pages by it).
    pub name: &'static str,
    pub bundle: Bundle,
    pub nav: &'static Text,
    /// The link preview's title and description.
    pub title: &'static Text,
    pub description: &'static Text,
    pub card: Option<Card>,
}

/// In menu order.
pub const PAGES: [PageInfo; 9] = [
    PageInfo {
        page: Page::Home,
        slug: "",
        name: "home",
        bundle: Bundle::Start,
        nav: &ui::NAV_HOME,
        title: &ui::HOME_TITLE,
        description: &ui::HOME_INTRO,
        card: None,
    },
    PageInfo {
        page: Page::Tips,
        slug: "tips",
        name: "tips",
        bundle: Bundle::Tips,
        nav: &ui::NAV_TIPS,
        title: &ui::TIPS_TITLE,
        description: &ui::TIPS_INTRO,
        card: Some(Card {
            rank: 2,
            title: &ui::HOME_TIPS_TITLE,
            text: &ui::HOME_TIPS_TEXT,
        }),
    },
    PageInfo {
        page: Page::Checklists,
        slug: "checklists",
        name: "checklists",
        bundle: Bundle::Checklists,
        nav: &ui::NAV_CHECKLISTS,
        title: &ui::CHECKLISTS_TITLE,
        description: &ui::CHECKLISTS_INTRO,
        card: Some(Card {
            rank: 3,
            title: &ui::HOME_CHECKLISTS_TITLE,
            text: &ui::HOME_CHECKLISTS_TEXT,
        }),
    },
    PageInfo {
        page: Page::Melden,
        slug: "melden",
        name: "melden",
        bundle: Bundle::Melden,
        nav: &ui::NAV_MELDEN,
        title: &ui::MELDEN_TITLE,
        description: &ui::HOME_MELDEN_TEXT,
        card: Some(Card {
            rank: 1,
            title: &ui::HOME_MELDEN_TITLE,
            text: &ui::HOME_MELDEN_TEXT,
        }),
    },
    PageInfo {
        page: Page::Workshop,
        slug: "workshop",
        name: "workshop",
        bundle: Bundle::Workshop,
        nav: &ui::NAV_WORKSHOP,
        title: &ui::WORKSHOP_TITLE,
        description: &ui::WORKSHOP_INTRO,
        card: Some(Card {
            rank: 5,
            title: &ui::HOME_WORKSHOP_TITLE,
            text: &ui::HOME_WORKSHOP_TEXT,
        }),
    },
    PageInfo {
        page: Page::Gemeente,
        slug: "gemeente",
        name: "gemeente",
        bundle: Bundle::Gemeente,
        nav: &ui::NAV_GEMEENTE,
        title: &ui::GEMEENTE_TITLE,
        description: &ui::GEMEENTE_INTRO,
        card: Some(Card {
            rank: 4,
            title: &ui::HOME_GEMEENTE_TITLE,
            text: &ui::HOME_GEMEENTE_TEXT,
        }),
    },
    PageInfo {
        page: Page::Buurt,
        slug: "buurt",
        name: "buurt",
        bundle: Bundle::Buurt,
        nav: &ui::NAV_BUURT,
        title: &ui::BUURT_TITLE,
        description: &ui::BUURT_INTRO,
        card: Some(Card {
            rank: 7,
            title: &ui::HOME_BUURT_TITLE,
            text: &ui::HOME_BUURT_TEXT,
        }),
    },
    PageInfo {
        page: Page::Waarschuwingen,
        slug: "waarschuwingen",
        name: "waarschuwingen",
        bundle: Bundle::Buurt,
        nav: &ui::NAV_WAARSCHUWINGEN,
        title: &ui::WARN_TITLE,
        description: &ui::WARN_INTRO,
        card: Some(Card {
            rank: 6,
            title: &ui::HOME_WARN_TITLE,
            text: &ui::HOME_WARN_TEXT,
        }),
    },
    PageInfo {
        page: Page::Over,
        slug: "over",
        name: "over",
        bundle: Bundle::Over,
        nav: &ui::NAV_OVER,
        title: &ui::OVER_TITLE,
        description: &ui::OVER_INTRO,
        card: None,
    },
];

/// The row of `page`.
pub fn info(page: Page) -> &'static PageInfo {
    PAGES
        .iter()
        .find(|p| p.page == page)
        .expect("every page has a row (tested)")
}

/// The start page's cards, in their order.
pub fn cards() -> Vec<(Page, &'static Card)> {
    let mut cards: Vec<_> = PAGES
        .iter()
        .filter_map(|p| p.card.as_ref().map(|c| (p.page, c)))
        .collect();
    cards.sort_by_key(|(_, c)| c.rank);
    cards
}

/// The pages for the end-to-end tests (tests/e2e/routes.generated.json): slug and name.
pub fn pages_json() -> String {
    let rows: Vec<String> = PAGES
        .iter()
        .map(|p| format!("{{\"slug\": \"{}\", \"name\": \"{}\"}}", p.slug, p.name))
        .collect();
    format!("[{}]", rows.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_page_in_menu_order_with_unique_slugs_and_names() {
        let pages: Vec<Page> = PAGES.iter().map(|p| p.page).collect();
        assert_eq!(pages, Page::ALL);
        for (i, a) in PAGES.iter().enumerate() {
            for b in &PAGES[i + 1..] {
                assert_ne!(a.slug, b.slug);
                assert_ne!(a.name, b.name);
            }
        }
    }

    #[test]
    fn the_cards_start_with_the_report_flow_and_rank_once_each() {
        let cards = cards();
        assert_eq!(cards[0].0, Page::Melden);
        let mut ranks: Vec<u8> = cards.iter().map(|(_, c)| c.rank).collect();
        ranks.dedup();
        assert_eq!(ranks.len(), cards.len());
    }
}

use leptos::prelude::*;

use crate::components::page::Page as PageFrame;
use crate::domain::routing::Page;
use crate::domain::season::is_dark_season;
use crate::i18n::{tr, ui, use_locale, Text};
use crate::routes::tip::current_month;

/// Start page: the four things people come for, the report flow first.
#[component]
pub fn Home() -> impl IntoView {
    // The municipality chosen on this device (gemeente page or report flow) leads to its page.
    let mine = crate::routes::gemeente::remembered();
    view! {
        <PageFrame name="home" title=&ui::HOME_TITLE intro=&ui::HOME_INTRO>
            <ul class="wz-cards" role="list">
                {crate::domain::pages::cards().into_iter().map(|(page, card)| view! {
                    <HomeCard page title=card.title text=card.text primary=card.rank == 1
                        mine=mine.filter(|_| page == Page::Gemeente)/>
                }).collect_view()}
            </ul>
            // The warnings current today (only in the running app: a static page cannot know
            // today's date), after the cards, so the way to report stays first.
            <crate::routes::waarschuwingen::CurrentWarnings/>
            // After the cards: the way to report stays the first thing on a phone screen.
            {current_month().is_some_and(is_dark_season).then(|| view! {
                <p class="wz-notice wz-dark-season">{tr(&ui::DARK_SEASON)}</p>
            })}
        </PageFrame>
    }
}

#[component]
fn HomeCard(
    page: Page,
    title: &'static Text,
    text: &'static Text,
    primary: bool,
    mine: Option<&'static crate::schema::Municipality>,
) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let href = match mine {
        Some(m) => format!("/{}/gemeente/{}", locale.code(), m.id),
        None => page.path(locale),
    };
    view! {
        <li class="wz-card" class:wz-card--primary=primary>
            <h2 class="wz-card__title">
                <a class="wz-card__link" href=href>{tr(title)}</a>
            </h2>
            <p class="wz-card__text">{tr(text)}</p>
            {mine.map(|m| view! {
                <p class="wz-card__text wz-home-gemeente">{tr(&ui::HOME_YOUR_GEMEENTE)}": "{m.name.as_ref()}</p>
            })}
        </li>
    }
}

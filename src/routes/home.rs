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
            // A booster round of the workshop quiz, only when one is due on this device.
            <BoosterOffer/>
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

/// The workshop's booster offer (issue 15): 7 and 30 days after a played round, a small notice
/// with a link to the round (which lives in the workshop bundle), "not now" and "turn off".
/// Read from the device once the page is on screen; nothing when none is due, nothing in the
/// static page.
#[component]
fn BoosterOffer() -> impl IntoView {
    use crate::domain::quiz::booster::Stage;
    use crate::domain::stored::{self, BOOSTER_KEY};
    use crate::storage;
    let code = use_locale().get_untracked().code();
    let load = || stored::booster(storage::get(BOOSTER_KEY).as_deref());
    let due = RwSignal::new(None::<Stage>);
    let off = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(today) = crate::browser::today() {
            due.set(load().and_then(|b| b.due(today)));
        }
    });
    let later = move |_| {
        if let (Some(mut b), Some(stage)) = (load(), due.get_untracked()) {
            b.skip(stage);
            let _ = storage::set(BOOSTER_KEY, &b.encode());
        }
        due.set(None);
    };
    let turn_off = move |_| {
        if let Some(mut b) = load() {
            b.off = true;
            let _ = storage::set(BOOSTER_KEY, &b.encode());
        }
        due.set(None);
        off.set(true);
    };
    view! {
        {move || due.get().map(|_| view! {
            <section class="wz-notice wz-booster-offer" aria-labelledby="wz-booster-title">
                <h2 id="wz-booster-title" class="wz-booster-offer__title">{tr(&ui::QUIZ_BOOSTER_TITLE)}</h2>
                <p>{tr(&ui::QUIZ_BOOSTER_TEXT)}</p>
                <div class="wz-button-group">
                    <a class="wz-button" href=format!("/{code}/workshop/herhaling")>{tr(&ui::QUIZ_BOOSTER_START)}</a>
                    <button type="button" class="wz-button wz-button--secondary" on:click=later>{tr(&ui::QUIZ_BOOSTER_LATER)}</button>
                    <button type="button" class="wz-button wz-button--secondary" on:click=turn_off>{tr(&ui::QUIZ_BOOSTER_OFF)}</button>
                </div>
            </section>
        })}
        {move || off.get().then(|| view! {
            <p class="wz-notice wz-booster-offer" role="status">{tr(&ui::QUIZ_BOOSTER_OFF_DONE)}</p>
        })}
    }
}

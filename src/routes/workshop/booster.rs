//! The booster round (/nl/workshop/herhaling): the three items of the booster that is due.
//! The home page offers it (routes::home::BoosterOffer, small, in the start bundle).
//! Everything is read from the device once the view is on screen (the clock through
//! `browser::today`, the state through `storage`).

use leptos::prelude::*;

use super::end_card::Round;
use super::player::Player;
use crate::components::title::Title;
use crate::content::QUIZ;
use crate::domain::quiz::booster::{Booster, Stage};
use crate::domain::stored::{self, BOOSTER_KEY};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::QuizItem;
use crate::storage;

fn load() -> Option<Booster> {
    stored::booster(storage::get(BOOSTER_KEY).as_deref())
}

/// /<lang>/workshop/herhaling: the three items of the booster that is due. Before the device
/// is read (and in the static page) it says what a booster is.
#[component]
pub(super) fn BoosterRound() -> impl IntoView {
    let code = use_locale().get_untracked().code();
    // None: not read yet; Some(None): nothing due; Some(Some(..)): the round.
    type Due = Option<(Stage, Vec<&'static QuizItem>)>;
    let state = RwSignal::new(None::<Due>);
    Effect::new(move |_| {
        let Some(today) = crate::browser::today() else {
            return;
        };
        let due = load().and_then(|b| b.due(today).map(|stage| (stage, b.choose(today, QUIZ))));
        state.set(Some(due));
    });
    let title = tr(&ui::QUIZ_BOOSTER_PAGE_TITLE).to_string();
    view! {
        {move || match state.get() {
            Some(Some((stage, items))) => view! {
                <Player items round=Round::Booster(stage) start=0 title=title.clone()/>
            }
            .into_any(),
            other => view! {
                <Title text=title.clone()/>
                <div class="wz-page" data-page="workshop" data-mode="booster">
                    <h1 class="wz-page__title">{title.clone()}</h1>
                    <p>{tr(&ui::QUIZ_BOOSTER_TEXT)}</p>
                    {other.is_some().then(|| view! {
                        <p class="wz-notice wz-booster-nothing" role="status">{tr(&ui::QUIZ_BOOSTER_NOTHING)}</p>
                    })}
                    <crate::components::needs_app::NeedsApp/>
                    <p><a class="wz-button" href=format!("/{code}/workshop")>{tr(&ui::WORKSHOP_TITLE)}</a></p>
                </div>
            }
            .into_any(),
        }}
    }
}

//! The end of a round: the score, the judgement score, scams missed apart from genuine
//! messages not trusted (each said kindly), the techniques that caught the player with one
//! sentence each to remember, the way to the family round, and the booster plan.

use leptos::prelude::*;

use super::*;
use crate::components::share::ShareBar;
use crate::domain::quiz::booster::{Booster, Stage};
use crate::domain::quiz::family::encode_focus;
use crate::domain::quiz::{self, Level, Session, Tally};
use crate::domain::stored::{self, BOOSTER_KEY, QUIZ_BEST_PREFIX as BEST_KEY};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::QuizItem;
use crate::storage;

/// What kind of round ended: it decides what is kept on the device.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Round {
    SelfPlay(Level),
    Pupil(Session),
    Booster(Stage),
}

#[component]
pub(super) fn EndCard(tally: Tally, round: Round) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let keep_best = matches!(round, Round::SelfPlay(_));
    let best = RwSignal::new(None::<(u16, u16)>);
    let boosters_off = RwSignal::new(None::<bool>);
    let now = (tally.right(), tally.answered());
    // What is kept on the device is read and written once the card is on screen, never
    // while the view is built (no storage when rendering natively).
    {
        let tally = tally.clone();
        Effect::new(move |_| {
            if let Round::SelfPlay(level) = round {
                let key = format!("{BEST_KEY}{}", level.slug());
                let mut b = quiz::parse_best(storage::get(&key).as_deref());
                if quiz::is_better(now, b) {
                    let _ = storage::set(&key, &quiz::encode_best(now.0, now.1));
                    b = Some(now);
                }
                best.set(b);
            }
            let Some(today) = crate::browser::today() else {
                return;
            };
            let prev = stored::booster(storage::get(BOOSTER_KEY).as_deref());
            let next = match round {
                Round::SelfPlay(level) => Some(Booster::after_round(prev, today, level, &tally)),
                Round::Pupil(s) => Some(Booster::after_round(prev, today, s.level, &tally)),
                Round::Booster(stage) => prev.map(|mut b| {
                    b.after_booster(stage, &tally);
                    b
                }),
            };
            if let Some(b) = next {
                boosters_off.set(Some(b.off));
                let _ = storage::set(BOOSTER_KEY, &b.encode());
            }
        });
    }
    let toggle = move |_| {
        let Some(mut b) = stored::booster(storage::get(BOOSTER_KEY).as_deref()) else {
            return;
        };
        b.off = !b.off;
        if storage::set(BOOSTER_KEY, &b.encode()).is_ok() {
            boosters_off.set(Some(b.off));
        }
    };
    let missed = tally.scams_missed();
    let distrusted = tally.genuine_distrusted();
    let caught = tally.caught_by();
    let family = if caught.is_empty() {
        format!("/{code}/workshop/familie")
    } else {
        format!(
            "/{code}/workshop/familie?trucs={}",
            encode_focus(&caught).replace('+', ",")
        )
    };
    let again = match round {
        Round::SelfPlay(level) => Some(format!("/{code}/workshop/spelen/{}", level.slug())),
        _ => None,
    };
    view! {
        <section class="wz-quiz__end" aria-labelledby="wz-quiz-end-title">
            <h2 id="wz-quiz-end-title" tabindex="-1">{tr(&ui::WORKSHOP_END_TITLE)}</h2>
            <p class="wz-quiz__final">
                {ui::fill::WorkshopScore { right: &now.0, answered: &now.1 }.tr()}
            </p>
            <p class="wz-quiz__judgement"><strong>{ui::fill::WorkshopJudgement { points: &tally.judgement() }.tr()}</strong></p>
            <p class="wz-hint">{tr(&ui::WORKSHOP_JUDGEMENT_HELP)}</p>
            {move || keep_best.then(|| best.get().map(|(r, t)| view! {
                <p>{ui::fill::WorkshopBest { right: &r, total: &t }.tr()}</p>
            }))}

            <div class="wz-quiz__split">
                <section class="wz-quiz__missed" aria-labelledby="wz-quiz-missed">
                    <h3 id="wz-quiz-missed">{tr(&ui::WORKSHOP_MISSED_TITLE)}" ("{missed.len()}")"</h3>
                    <ItemList items=missed.clone() text=&ui::WORKSHOP_MISSED_TEXT none=&ui::WORKSHOP_MISSED_NONE/>
                </section>
                <section class="wz-quiz__distrusted" aria-labelledby="wz-quiz-distrusted">
                    <h3 id="wz-quiz-distrusted">{tr(&ui::WORKSHOP_DISTRUSTED_TITLE)}" ("{distrusted.len()}")"</h3>
                    <ItemList items=distrusted.clone() text=&ui::WORKSHOP_DISTRUSTED_TEXT none=&ui::WORKSHOP_DISTRUSTED_NONE/>
                </section>
            </div>

            <section class="wz-quiz__caught" aria-labelledby="wz-quiz-caught">
                <h3 id="wz-quiz-caught">{tr(&ui::WORKSHOP_CAUGHT_TITLE)}</h3>
                {if caught.is_empty() {
                    view! { <p>{tr(&ui::WORKSHOP_CAUGHT_NONE)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="wz-quiz__remember">
                            {caught.iter().map(|t| {
                                let texts = technique_texts(*t);
                                view! { <li data-technique=t.slug()><strong>{tr(texts.name)}": "</strong>{tr(texts.remember)}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>

            <p><a class="wz-button wz-quiz__family" href=family>{tr(&ui::WORKSHOP_FAMILY_BUTTON)}</a></p>
            {again.map(|href| view! {
                <p><a class="wz-button wz-button--secondary" href=href rel="external">{tr(&ui::WORKSHOP_AGAIN)}</a></p>
            })}
            {move || boosters_off.get().map(|off| view! {
                <div class="wz-quiz__booster-plan">
                    <p>{tr(if off { &ui::QUIZ_BOOSTER_OFF_DONE } else { &ui::QUIZ_BOOSTER_PLAN })}</p>
                    <button type="button" class="wz-button wz-button--secondary" on:click=toggle
                        data-boosters=if off { "off" } else { "on" }>
                        {tr(if off { &ui::QUIZ_BOOSTER_ON } else { &ui::QUIZ_BOOSTER_OFF })}
                    </button>
                </div>
            })}
            <TeachCard/>
        </section>
    }
}

/// The items of one half of the split, with their techniques, and what it means.
#[component]
fn ItemList(
    items: Vec<&'static QuizItem>,
    text: &'static crate::i18n::Text,
    none: &'static crate::i18n::Text,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{tr(none)}</p> }.into_any();
    }
    view! {
        <p>{tr(text)}</p>
        <ul class="wz-quiz__items">
            {items.into_iter().map(|i| view! {
                <li data-item=i.id.as_ref()>{tr(&i.from)}" — "{technique_names(&i.techniques)}</li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// "Geef het door": three lessons to share at home.
#[component]
pub(super) fn TeachCard() -> impl IntoView {
    let code = use_locale().get_untracked().code();
    view! {
        <div class="wz-teach" id="wz-teach">
            <h2>{tr(&ui::WORKSHOP_TEACH_TITLE)}</h2>
            <p>{tr(&ui::WORKSHOP_TEACH_INTRO)}</p>
            <ol class="wz-teach__lessons">
                <li>{tr(&ui::WORKSHOP_LESSON_1)}" "<a class="wz-link" href=format!("/{code}/tips/vriend-in-nood")>"→"<span class="wz-visually-hidden">{tr(&ui::WORKSHOP_TEACH_MORE)}</span></a></li>
                <li>{tr(&ui::WORKSHOP_LESSON_2)}" "<a class="wz-link" href=format!("/{code}/tips/bankhelpdesk-fraude")>"→"<span class="wz-visually-hidden">{tr(&ui::WORKSHOP_TEACH_MORE)}</span></a></li>
                <li>{tr(&ui::WORKSHOP_LESSON_3)}" "<a class="wz-link" href=format!("/{code}/tips/phishing")>"→"<span class="wz-visually-hidden">{tr(&ui::WORKSHOP_TEACH_MORE)}</span></a></li>
            </ol>
            <p><a class="wz-link" href=format!("/{code}/tips/voor/senioren")>{tr(&ui::WORKSHOP_TEACH_MORE)}</a></p>
            <ShareBar text=tr(&ui::WORKSHOP_TEACH_SHARE).to_string() path=format!("/{code}/tips/voor/senioren")/>
        </div>
    }
}

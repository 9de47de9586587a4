//! Playing, one question at a time: answer "echt" or "nep", say how sure, then see why, with
//! the technique in one line. Self-play, a pupil's phone and the booster round use it.

use crate::components::title::Title;
use leptos::ev;
use leptos::prelude::*;

use crate::content::QUIZ;
use crate::domain::quiz::session::self_play_items;
use crate::domain::quiz::{self, Confidence, Level, Session, Tally};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::QuizItem;

use super::end_card::{EndCard, Round};
use super::*;

/// Questions in a self-play round.
pub(super) const SELF_PLAY_LENGTH: usize = 15;

/// A message as a made-up phone screen; after answering, the telltale signs are marked.
#[component]
pub(super) fn Mock(item: &'static QuizItem, revealed: Signal<bool>) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let body = item.body.get(locale);
    let signs: Vec<&str> = item.signs.iter().map(|s| s.text.get(locale)).collect();
    let parts = quiz::highlight(body, &signs);
    view! {
        <figure class=format!("wz-mock wz-mock--{}", item.kind.slug())>
            <figcaption class="wz-mock__from">
                <span class="wz-mock__badge">{tr(&ui::WORKSHOP_MADE_UP)}</span>
                {tr(&item.from)}
            </figcaption>
            <p class="wz-mock__body">
                {parts.into_iter().map(|(text, sign)| if sign {
                    view! { <span class="wz-mock__sign" class:wz-mock__sign--shown=move || revealed.get()>{text}</span> }.into_any()
                } else {
                    text.into_any()
                }).collect_view()}
            </p>
        </figure>
    }
}

/// The technique in one line: "Truc: Haast, Autoriteit. Haast: wie opjaagt, …", or for a
/// genuine message what it could be mistaken for and why it is genuine anyway.
#[component]
pub(super) fn TechniqueLine(item: &'static QuizItem) -> impl IntoView {
    let names = technique_names(&item.techniques);
    let (label, line) = if item.real {
        (&ui::WORKSHOP_LOOKS_LIKE, tr(&ui::WORKSHOP_GENUINE_LINE))
    } else {
        (
            &ui::WORKSHOP_TECHNIQUE,
            item.techniques
                .first()
                .map_or("", |t| tr(technique_texts(*t).line)),
        )
    };
    let slugs = item
        .techniques
        .iter()
        .map(|t| t.slug())
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <p class="wz-quiz__technique" data-techniques=slugs>
            <strong>{tr(label)}": "{names}"."</strong>" "<span class="wz-quiz__technique-text">{line}</span>
        </p>
    }
}

/// Why: right or wrong, the explanation and each sign with its reason.
#[component]
pub(super) fn Explanation(item: &'static QuizItem) -> impl IntoView {
    view! {
        <p class="wz-quiz__explain">{tr(&item.explain)}</p>
        {(!item.signs.is_empty()).then(|| view! {
            <h3 class="wz-quiz__signs-title">{tr(&ui::WORKSHOP_SIGNS)}</h3>
            <ul class="wz-quiz__signs">
                {item.signs.iter().map(|s| view! {
                    <li><mark>{tr(&s.text)}</mark>": "{tr(&s.why)}</li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// Self-play: a fresh order each time. The first render uses a fixed order (no random
/// numbers while building the view); once on screen a random one replaces it.
#[component]
pub(super) fn SelfPlay(level: Level) -> impl IntoView {
    let seed = RwSignal::new(None::<u64>);
    Effect::new(move |_| {
        if seed.get_untracked().is_none() {
            seed.set(Some((js_sys::Math::random() * 4_294_967_296.0) as u64));
        }
    });
    move || {
        let items = self_play_items(level, seed.get().unwrap_or(0), SELF_PLAY_LENGTH, QUIZ);
        view! { <Player items round=Round::SelfPlay(level) start=0 title=page_title(level)/> }
    }
}

/// A pupil's phone in a class: the session's order, from question `start`.
#[component]
pub(super) fn PupilPlay(session: Session, start: usize) -> impl IntoView {
    let items = session.items(QUIZ);
    // On a pupil's phone the numbers stay, as a calm line at the top instead of a big red
    // button right under "Echt" and "Nep" (style: html[data-view="pupil"]).
    crate::browser::frame_view("pupil");
    view! {
        <Player items round=Round::Pupil(session) start title=page_title(session.level)/>
    }
}

/// One question at a time, answer, how sure, see why, go on; at the end the end card.
#[component]
pub(super) fn Player(
    items: Vec<&'static QuizItem>,
    round: Round,
    start: usize,
    title: String,
) -> impl IntoView {
    let total = items.len();
    let pupil = matches!(round, Round::Pupil(_));
    let index = RwSignal::new(start.min(total.saturating_sub(1)));
    let said = RwSignal::new(None::<bool>);
    let sure = RwSignal::new(None::<Confidence>);
    let tally = RwSignal::new(Tally::default());
    let finished = RwSignal::new(false);
    let goto = RwSignal::new(String::new());
    let order = StoredValue::new(items);

    let choose = move |real: bool| {
        if sure.get_untracked().is_none() {
            said.set(Some(real));
            crate::browser::focus_by_id("wz-quiz-sure");
        }
    };
    let confirm = move |c: Confidence| {
        let Some(real) = said.get_untracked() else {
            return;
        };
        if sure.get_untracked().is_some() {
            return;
        }
        let item = order.with_value(|o| o[index.get_untracked()]);
        tally.update(|t| t.add(item, real, c));
        sure.set(Some(c));
        crate::browser::focus_by_id("wz-quiz-feedback");
    };
    let next = move |_| {
        if index.get_untracked() + 1 >= total {
            finished.set(true);
            crate::browser::focus_by_id("wz-quiz-end-title");
        } else {
            index.update(|i| *i += 1);
            said.set(None);
            sure.set(None);
            crate::browser::focus_by_id("wz-quiz-question");
        }
    };
    let jump = move |e: ev::SubmitEvent| {
        e.prevent_default();
        if let Some(n) = goto
            .get_untracked()
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=total).contains(n))
        {
            index.set(n - 1);
            said.set(None);
            sure.set(None);
            finished.set(false);
        }
    };
    let mode = match round {
        Round::Pupil(_) => "pupil",
        Round::SelfPlay(_) => "self",
        Round::Booster(..) => "booster",
    };
    let session = match round {
        Round::Pupil(s) => Some(s.code()),
        _ => None,
    };
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-quiz" data-page="workshop" data-mode=mode data-session=session>
            <h1 class="wz-page__title">{title}</h1>
            {move || if finished.get() {
                view! { <EndCard tally=tally.get() round/> }.into_any()
            } else {
                let item = order.with_value(|o| o[index.get()]);
                let revealed = Signal::derive(move || sure.get().is_some());
                view! {
                    <div class="wz-quiz__question" data-item=item.id.as_ref()>
                        <p class="wz-quiz__progress" id="wz-quiz-question" tabindex="-1">
                            {ui::fill::WorkshopQuestion { n: &(index.get() + 1), total: &total }.tr()}
                        </p>
                        <Mock item revealed/>
                        <h2 class="wz-quiz__ask">{tr(&ui::WORKSHOP_ASK)}</h2>
                        <div class="wz-button-group wz-quiz__answers">
                            <button type="button" class="wz-button wz-quiz__answer" data-answer="echt"
                                aria-pressed=move || (said.get() == Some(true)).to_string()
                                disabled=move || sure.get().is_some() on:click=move |_| choose(true)>
                                {tr(&ui::WORKSHOP_REAL)}
                            </button>
                            <button type="button" class="wz-button wz-quiz__answer" data-answer="nep"
                                aria-pressed=move || (said.get() == Some(false)).to_string()
                                disabled=move || sure.get().is_some() on:click=move |_| choose(false)>
                                {tr(&ui::WORKSHOP_FAKE)}
                            </button>
                        </div>
                        {move || said.get().is_some().then(|| view! {
                            <div class="wz-quiz__sure" role="group" aria-labelledby="wz-quiz-sure">
                                <h3 class="wz-quiz__sure-ask" id="wz-quiz-sure" tabindex="-1">{tr(&ui::WORKSHOP_SURE_ASK)}</h3>
                                <div class="wz-button-group">
                                    <button type="button" class="wz-button wz-button--secondary wz-quiz__confidence" data-confidence="zeker"
                                        aria-pressed=move || (sure.get() == Some(Confidence::Sure)).to_string()
                                        disabled=move || sure.get().is_some() on:click=move |_| confirm(Confidence::Sure)>
                                        {tr(&ui::WORKSHOP_SURE)}
                                    </button>
                                    <button type="button" class="wz-button wz-button--secondary wz-quiz__confidence" data-confidence="twijfel"
                                        aria-pressed=move || (sure.get() == Some(Confidence::Unsure)).to_string()
                                        disabled=move || sure.get().is_some() on:click=move |_| confirm(Confidence::Unsure)>
                                        {tr(&ui::WORKSHOP_UNSURE)}
                                    </button>
                                </div>
                            </div>
                        })}
                        {move || sure.get().zip(said.get()).map(|(c, real)| {
                            let right = real == item.real;
                            view! {
                                <section class="wz-quiz__feedback" class:wz-quiz__feedback--right=right>
                                    <h2 id="wz-quiz-feedback" tabindex="-1">
                                        {tr(if right { &ui::WORKSHOP_RIGHT } else { &ui::WORKSHOP_WRONG })}" "
                                        {tr(if item.real { &ui::WORKSHOP_REAL } else { &ui::WORKSHOP_FAKE })}"."
                                        <span class="wz-quiz__said-sure">" "{tr(if c == Confidence::Sure { &ui::WORKSHOP_SAID_SURE } else { &ui::WORKSHOP_SAID_UNSURE })}</span>
                                    </h2>
                                    <TechniqueLine item/>
                                    <Explanation item/>
                                    <button type="button" class="wz-button" on:click=next>
                                        {tr(if index.get_untracked() + 1 >= total { &ui::WORKSHOP_FINISH } else { &ui::WORKSHOP_NEXT })}
                                    </button>
                                </section>
                            }
                        })}
                    </div>
                }.into_any()
            }}
            <p class="wz-quiz__score" role="status">
                {move || tally.with(|t| ui::fill::WorkshopScore { right: &t.right(), answered: &t.answered() }.tr())}
            </p>
            {pupil.then(|| view! {
                <form class="wz-quiz__goto" on:submit=jump>
                    <label class="wz-label" for="wz-goto">{tr(&ui::WORKSHOP_GOTO_LABEL)}</label>
                    <div class="wz-quiz__goto-row">
                        <input class="wz-input wz-quiz__goto-input" id="wz-goto" type="number" inputmode="numeric"
                            min="1" max=total.to_string() on:input=move |e| goto.set(event_target_value(&e))/>
                        <button type="submit" class="wz-button wz-button--secondary">{tr(&ui::WORKSHOP_GOTO_BUTTON)}</button>
                    </div>
                </form>
            })}
        </div>
    }
}

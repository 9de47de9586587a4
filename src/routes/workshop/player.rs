//! Playing: the message as a phone shows it, the answer, the explanation, the end card.

use crate::components::title::Title;
use leptos::ev;
use leptos::prelude::*;

use crate::components::share::ShareBar;
use crate::content::QUIZ;
use crate::domain::quiz::{self, Level, Score, Session};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::QuizItem;
use crate::storage;

use crate::domain::stored::QUIZ_BEST_PREFIX as BEST_KEY;

use super::*;

/// A message as a made-up phone screen; after answering, the telltale signs are marked.
#[component]
pub(super) fn Mock(item: &'static QuizItem, revealed: Signal<bool>) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let body = item.body.get(locale);
    let signs: Vec<&str> = item.signs.iter().map(|s| s.text.get(locale)).collect();
    let parts = quiz::highlight(body, &signs);
    view! {
        <figure class=format!("wz-mock wz-mock--{}", item.kind)>
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

/// Self-play and a pupil's phone: one question at a time, answer, see why, go on.
#[component]
pub(super) fn Player(session: Session, start: usize, pupil: bool) -> impl IntoView {
    let order = quiz::session_items(session, QUIZ);
    let total = order.len();
    let index = RwSignal::new(start.min(total.saturating_sub(1)));
    let said = RwSignal::new(None::<bool>);
    let score = RwSignal::new(Score::default());
    let finished = RwSignal::new(false);
    let goto = RwSignal::new(String::new());
    let order = StoredValue::new(order);

    let answer = move |real: bool| {
        if said.get_untracked().is_some() {
            return;
        }
        let item = order.with_value(|o| o[index.get_untracked()]);
        score.update(|s| {
            s.answer(item, real);
        });
        said.set(Some(real));
        crate::browser::focus_by_id("wz-quiz-feedback");
    };
    let next = move |_| {
        if index.get_untracked() + 1 >= total {
            finished.set(true);
        } else {
            index.update(|i| *i += 1);
            said.set(None);
        }
        crate::browser::focus_by_id("wz-quiz-question");
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
            finished.set(false);
        }
    };
    // On a pupil's phone the numbers stay, as a calm line at the top instead of a big red
    // button right under "Echt" and "Nep" (style: html[data-view="pupil"]).
    if pupil {
        crate::browser::frame_view("pupil");
    }
    let title = page_title(session.level);
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-quiz" data-page="workshop" data-mode=if pupil { "pupil" } else { "self" }
            data-session=session.code()>
            <h1 class="wz-page__title">{title}</h1>
            {move || if finished.get() {
                view! { <EndCard score=score.get() level=session.level keep_best=!pupil/> }.into_any()
            } else {
                let item = order.with_value(|o| o[index.get()]);
                let revealed = Signal::derive(move || said.get().is_some());
                view! {
                    <div class="wz-quiz__question" data-item=item.id.as_ref()>
                        <p class="wz-quiz__progress" id="wz-quiz-question" tabindex="-1">
                            {fill(&ui::WORKSHOP_QUESTION, &[("n", (index.get() + 1).to_string()), ("total", total.to_string())])}
                        </p>
                        <Mock item revealed/>
                        <h2 class="wz-quiz__ask">{tr(&ui::WORKSHOP_ASK)}</h2>
                        <div class="wz-button-group wz-quiz__answers">
                            <button type="button" class="wz-button wz-quiz__answer" data-answer="echt"
                                aria-pressed=move || (said.get() == Some(true)).to_string()
                                disabled=move || said.get().is_some() on:click=move |_| answer(true)>
                                {tr(&ui::WORKSHOP_REAL)}
                            </button>
                            <button type="button" class="wz-button wz-quiz__answer" data-answer="nep"
                                aria-pressed=move || (said.get() == Some(false)).to_string()
                                disabled=move || said.get().is_some() on:click=move |_| answer(false)>
                                {tr(&ui::WORKSHOP_FAKE)}
                            </button>
                        </div>
                        {move || said.get().map(|real| {
                            let right = real == item.real;
                            view! {
                                <section class="wz-quiz__feedback" class:wz-quiz__feedback--right=right>
                                    <h2 id="wz-quiz-feedback" tabindex="-1">
                                        {tr(if right { &ui::WORKSHOP_RIGHT } else { &ui::WORKSHOP_WRONG })}" "
                                        {tr(if item.real { &ui::WORKSHOP_REAL } else { &ui::WORKSHOP_FAKE })}"."
                                    </h2>
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
                {move || score.with(|s| fill(&ui::WORKSHOP_SCORE, &[("right", s.right.to_string()), ("answered", s.answered.to_string())]))}
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

/// The end: score, best score (self-play), and "teach your (grand)parents" to share or print.
#[component]
pub(super) fn EndCard(score: Score, level: Level, keep_best: bool) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let key = format!("{BEST_KEY}{}", level.slug());
    let mut best = quiz::parse_best(storage::get(&key).as_deref());
    let now = (score.right, score.answered);
    if keep_best && quiz::is_better(now, best) {
        let _ = storage::set(&key, &quiz::encode_best(now.0, now.1));
        best = Some(now);
    }
    view! {
        <section class="wz-quiz__end" aria-labelledby="wz-quiz-end-title">
            <h2 id="wz-quiz-end-title" tabindex="-1">{tr(&ui::WORKSHOP_END_TITLE)}</h2>
            <p class="wz-quiz__final">
                {fill(&ui::WORKSHOP_SCORE, &[("right", score.right.to_string()), ("answered", score.answered.to_string())])}
            </p>
            {(keep_best).then(|| best.map(|(r, t)| view! {
                <p>{fill(&ui::WORKSHOP_BEST, &[("right", r.to_string()), ("total", t.to_string())])}</p>
            }))}
            {keep_best.then(|| view! {
                <p><a class="wz-button wz-button--secondary" href=format!("/{code}/workshop/spelen/{}", level.slug())
                    rel="external">{tr(&ui::WORKSHOP_AGAIN)}</a></p>
            })}
            <TeachCard/>
        </section>
    }
}

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

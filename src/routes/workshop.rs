//! Workshop "Echt of nep?": self-play, a class session led from the big screen, and the
//! pupils' phones. No server: a session is a short code; every phone derives the same
//! question order from it (domain::quiz), and each phone keeps its own score.
//!
//! /nl/workshop                        start: play alone, start a lesson, join a lesson
//! /nl/workshop/spelen/<level>         self-play (10-12, 13-16, volwassenen)
//! /nl/workshop/leider/<code>          the teacher's projector view with the QR code
//! /nl/workshop/sessie/<code>[/<n>]    a pupil's phone, optionally from question n
//! (each a route with typed params in app.rs; /nl/workshop/sessie alone is the join page)

use crate::components::title::Title;
use leptos::ev;
use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;

use crate::components::page::Page;
use crate::components::share::ShareBar;
use crate::content::QUIZ;
use crate::domain::quiz::{self, Level, Score, Session};
use crate::i18n::{tr, ui, use_locale, Text};
use crate::schema::QuizItem;
use crate::storage;

use crate::domain::stored::QUIZ_BEST_PREFIX as BEST_KEY;

fn level_label(level: Level) -> &'static Text {
    match level {
        Level::Kids => &ui::WORKSHOP_LEVEL_10_12,
        Level::Teens => &ui::WORKSHOP_LEVEL_13_16,
        Level::Adults => &ui::WORKSHOP_LEVEL_VOLWASSENEN,
    }
}

/// "Workshop: echt of nep? · 13 tot 16 jaar"
fn page_title(level: Level) -> String {
    format!("{} · {}", tr(&ui::WORKSHOP_TITLE), tr(level_label(level)))
}

fn fill(text: &'static Text, pairs: &[(&str, String)]) -> String {
    pairs.iter().fold(tr(text).to_string(), |s, (k, v)| {
        s.replace(&format!("{{{k}}}"), v)
    })
}

/// What went wrong with the address, shown on the start page.
#[derive(Clone, Copy, PartialEq)]
enum Problem {
    BadCode,
    BadLevel,
}

/// The workshop's address parts (app.rs names them in its routes): a level to play alone, a
/// lesson's code, and the question a pupil's phone starts at.
#[derive(Params, PartialEq, Clone, Debug, Default)]
struct WorkshopParams {
    level: Option<String>,
    code: Option<String>,
    n: Option<String>,
}

fn params() -> WorkshopParams {
    use_params::<WorkshopParams>()
        .get_untracked()
        .unwrap_or_default()
}

/// /nl/workshop, and the join address /nl/workshop/sessie (what a pupil sees before typing a
/// code; its static page is what the host serves for every lesson's address).
#[component]
pub fn Workshop() -> impl IntoView {
    view! { <Start problem=None/> }
}

/// Any other address under /workshop.
#[component]
pub fn UnknownWorkshop() -> impl IntoView {
    view! { <Start problem=Some(Problem::BadCode)/> }
}

/// /nl/workshop/spelen/<level>: alone, a new order each time, from a random session number.
#[component]
pub fn Solo() -> impl IntoView {
    match Level::from_slug(&params().level.unwrap_or_default()) {
        Some(level) => {
            let session = Session::new(level, (js_sys::Math::random() * 10_000.0) as u32);
            view! { <Player session start=0 pupil=false/> }.into_any()
        }
        None => view! { <Start problem=Some(Problem::BadLevel)/> }.into_any(),
    }
}

/// /nl/workshop/sessie/<code>[/<n>]: a pupil's phone, from question n.
#[component]
pub fn Pupil() -> impl IntoView {
    let p = params();
    match Session::parse(&p.code.unwrap_or_default()) {
        Some(session) => {
            let start =
                p.n.and_then(|n| n.parse::<usize>().ok())
                    .filter(|n| *n >= 1)
                    .map_or(0, |n| n - 1);
            view! { <Player session start pupil=true/> }.into_any()
        }
        None => view! { <Start problem=Some(Problem::BadCode)/> }.into_any(),
    }
}

/// /nl/workshop/leider/<code>: the leader's projector view.
#[component]
pub fn Lead() -> impl IntoView {
    match Session::parse(&params().code.unwrap_or_default()) {
        Some(session) => view! { <Leader session/> }.into_any(),
        None => view! { <Start problem=Some(Problem::BadCode)/> }.into_any(),
    }
}

#[component]
fn Start(problem: Option<Problem>) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let join = move |e: ev::SubmitEvent| {
        e.prevent_default();
        match Session::parse(&typed.get_untracked()) {
            Some(s) => navigate(
                &format!("/{code}/workshop/sessie/{}", s.code()),
                Default::default(),
            ),
            None => error.set(true),
        }
    };
    let navigate = use_navigate();
    let levels = move |lead: bool| {
        let navigate = navigate.clone();
        Level::ALL
            .into_iter()
            .map(move |level| {
                let navigate = navigate.clone();
                if lead {
                    let start = move |_| {
                        let s = Session::new(level, (js_sys::Math::random() * 10_000.0) as u32);
                        navigate(&format!("/{code}/workshop/leider/{}", s.code()), Default::default());
                    };
                    view! {
                        <li><button type="button" class="wz-button wz-button--secondary" on:click=start>
                            {tr(&ui::WORKSHOP_LEAD_START)}": "{tr(level_label(level))}
                        </button></li>
                    }
                    .into_any()
                } else {
                    view! {
                        <li><a class="wz-button" href=format!("/{code}/workshop/spelen/{}", level.slug())>
                            {tr(level_label(level))}
                        </a></li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <Page name="workshop" title=&ui::WORKSHOP_TITLE intro=&ui::WORKSHOP_INTRO>
            {problem.map(|p| view! {
                <p class="wz-notice" role="status">
                    {tr(if p == Problem::BadCode { &ui::WORKSHOP_BAD_CODE } else { &ui::WORKSHOP_BAD_LEVEL })}
                </p>
            })}
            <crate::components::needs_app::NeedsApp/>
            <h2>{tr(&ui::WORKSHOP_SELF_TITLE)}</h2>
            <p>{tr(&ui::WORKSHOP_SELF_TEXT)}</p>
            <ul class="wz-workshop__choices" role="list">{levels(false)}</ul>

            <h2>{tr(&ui::WORKSHOP_JOIN_TITLE)}</h2>
            <form class="wz-form wz-workshop__join" on:submit=join novalidate>
                <div class="wz-form-group" class:wz-form-group--error=move || error.get()>
                    <label class="wz-label" for="wz-join-code">{tr(&ui::WORKSHOP_JOIN_LABEL)}</label>
                    <p class="wz-hint" id="wz-join-hint">{tr(&ui::WORKSHOP_JOIN_HINT)}</p>
                    {move || error.get().then(|| view! {
                        <p class="wz-error-message" id="wz-join-error">{tr(&ui::WORKSHOP_JOIN_ERROR)}</p>
                    })}
                    <input class="wz-input wz-workshop__code-input" id="wz-join-code" name="code"
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        aria-describedby=move || if error.get() { "wz-join-hint wz-join-error" } else { "wz-join-hint" }
                        aria-invalid=move || error.get().to_string()
                        on:input=move |e| { typed.set(event_target_value(&e)); error.set(false); }/>
                </div>
                <button type="submit" class="wz-button">{tr(&ui::WORKSHOP_JOIN_BUTTON)}</button>
            </form>

            <h2>{tr(&ui::WORKSHOP_LEAD_TITLE)}</h2>
            <p>{tr(&ui::WORKSHOP_LEAD_TEXT)}</p>
            <ul class="wz-workshop__choices" role="list">{levels(true)}</ul>
        </Page>
    }
}

/// A message as a made-up phone screen; after answering, the telltale signs are marked.
#[component]
fn Mock(item: &'static QuizItem, revealed: Signal<bool>) -> impl IntoView {
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
fn Explanation(item: &'static QuizItem) -> impl IntoView {
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
fn Player(session: Session, start: usize, pupil: bool) -> impl IntoView {
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
fn EndCard(score: Score, level: Level, keep_best: bool) -> impl IntoView {
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
fn TeachCard() -> impl IntoView {
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

/// The teacher's big screen: the code and QR to join, then the questions one by one with the
/// answer on demand. Arrow keys and space step through, for a clicker or a keyboard.
#[component]
fn Leader(session: Session) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let order = quiz::session_items(session, QUIZ);
    let total = order.len();
    let order = StoredValue::new(order);
    let index = RwSignal::new(0usize);
    let shown = RwSignal::new(false);
    // First the start screen (a big QR code to join), then the questions with the code in a
    // corner. The projector shows only the lesson: no menu, no emergency bar (the numbers
    // stay on the pupils' phones; style: html[data-view="projector"]).
    let started = RwSignal::new(false);
    crate::browser::frame_view("projector");
    let step = move |forward: bool| {
        let i = index.get_untracked();
        if !started.get_untracked() {
            if forward {
                started.set(true);
            }
        } else if forward && !shown.get_untracked() {
            shown.set(true);
        } else if forward && i + 1 < total {
            index.set(i + 1);
            shown.set(false);
        } else if !forward && i > 0 {
            index.set(i - 1);
            shown.set(false);
        }
    };
    let handle = window_event_listener(ev::keydown, move |e| {
        use leptos::wasm_bindgen::JsCast;
        // A focused button or field handles its own keys.
        let in_control = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "INPUT" | "A"));
        match e.key().as_str() {
            "ArrowRight" | "PageDown" => step(true),
            " " if !in_control => {
                e.prevent_default();
                step(true)
            }
            "ArrowLeft" | "PageUp" => step(false),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());

    let origin = crate::browser::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let join_url = format!("{origin}/{code}/workshop/sessie/{}", session.code());
    let qr = quiz::qr_svg(
        &join_url,
        &fill(&ui::WORKSHOP_QR_LABEL, &[("code", session.code())]),
    )
    .unwrap_or_default();
    let title = page_title(session.level);
    let leave = format!("/{code}/workshop");
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-leader" class:wz-leader--running=move || started.get()
            data-page="workshop" data-mode="leader" data-session=session.code()>
            <h1 class="wz-page__title wz-leader__title">{title}</h1>
            <div class="wz-leader__join">
                <div class="wz-leader__qr" inner_html=qr></div>
                <div class="wz-leader__join-text">
                    <p class="wz-leader__code-label">{tr(&ui::WORKSHOP_SESSION_CODE)}</p>
                    <p class="wz-leader__code">{session.code()}</p>
                    <p class="wz-leader__url">{tr(&ui::WORKSHOP_JOIN_AT)}" "<span class="wz-leader__link">{join_url.clone()}</span></p>
                </div>
            </div>
            {move || started.get().then(|| {
                let i = index.get();
                let item = order.with_value(|o| o[i]);
                let revealed = Signal::derive(move || shown.get());
                view! {
                    <div class="wz-leader__question" data-item=item.id.as_ref()>
                        <p class="wz-quiz__progress">
                            {fill(&ui::WORKSHOP_QUESTION, &[("n", (i + 1).to_string()), ("total", total.to_string())])}
                        </p>
                        <Mock item revealed/>
                        <h2 class="wz-quiz__ask">{tr(&ui::WORKSHOP_ASK)}</h2>
                        {move || shown.get().then(|| view! {
                            <section class="wz-quiz__feedback wz-quiz__feedback--right">
                                <h2>{tr(&ui::WORKSHOP_ANSWER_IS)}": "{tr(if item.real { &ui::WORKSHOP_REAL } else { &ui::WORKSHOP_FAKE })}</h2>
                                <Explanation item/>
                                {(i + 1 == total).then(|| view! { <p class="wz-notice">{tr(&ui::WORKSHOP_LEAD_DONE)}</p> })}
                            </section>
                        })}
                    </div>
                }
            })}
            <div class="wz-button-group wz-leader__controls">
                {move || started.get().then(|| view! {
                    <button type="button" class="wz-button wz-button--secondary" on:click=move |_| step(false)
                        disabled=move || index.get() == 0>{tr(&ui::WORKSHOP_PREVIOUS)}</button>
                })}
                <button type="button" class="wz-button wz-leader__forward" on:click=move |_| step(true)>
                    {move || tr(if !started.get() {
                        &ui::WORKSHOP_LEAD_BEGIN
                    } else if shown.get() {
                        &ui::WORKSHOP_NEXT
                    } else {
                        &ui::WORKSHOP_REVEAL
                    })}
                </button>
                <a class="wz-link wz-leader__leave" href=leave>{tr(&ui::WORKSHOP_LEAD_LEAVE)}</a>
            </div>
            <p class="wz-hint wz-leader__keys">{tr(&ui::WORKSHOP_KEYS)}</p>
            {move || (index.get() + 1 == total && shown.get()).then(|| view! { <TeachCard/> })}
        </div>
    }
}

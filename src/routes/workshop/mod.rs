//! Workshop "Echt of nep?": self-play, a class session led from the big screen, and the
//! pupils' phones. No server: a session is a short code; every phone derives the same
//! question order from it (domain::quiz), and each phone keeps its own score.
//!
//! /nl/workshop                        start: play alone, start a lesson, join a lesson
//! /nl/workshop/spelen/<level>         self-play (10-12, 13-16, volwassenen)
//! /nl/workshop/leider/<code>          the teacher's projector view with the QR code
//! /nl/workshop/sessie/<code>[/<n>]    a pupil's phone, optionally from question n
//! /nl/workshop/familie[?trucs=a,b]    the family round (the techniques that caught the pupil first)
//! /nl/workshop/herhaling              the booster round (what it holds is on the device)
//! (each a route with typed params in app.rs; /nl/workshop/sessie alone is the join page)
//!
//! Version 2 (issue 15) teaches judgement: every answer is followed by "how sure?", the
//! technique in one line, and the end card splits scams missed from genuine messages not
//! trusted. A class code may carry a theme and a length (domain::quiz::session).

use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::domain::quiz::{Level, Session};
use crate::i18n::{tr, ui, Text};
use crate::schema::Technique;

mod booster;
mod end_card;
mod family;
mod leader;
mod player;
mod start;

use leader::Leader;
use player::{PupilPlay, SelfPlay};
use start::Start;

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

/// The leader's page of a new lesson (a new random code): the start page's form and the
/// neighbourhood evening's button. Only in a browser (a handler or an effect): no random
/// numbers while rendering the static pages.
pub fn new_lesson_href(code: &str, level: Level, theme: Option<Technique>, length: u8) -> String {
    let number = (js_sys::Math::random() * 10_000.0) as u32;
    let session = Session::with_choice(level, number, theme, length);
    format!("/{code}/workshop/leider/{}", session.code())
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

/// /nl/workshop/spelen/<level>: alone, a new order each time (drawn once on screen).
#[component]
pub fn Solo() -> impl IntoView {
    match Level::from_slug(&params().level.unwrap_or_default()) {
        Some(level) => view! { <SelfPlay level/> }.into_any(),
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
            view! { <PupilPlay session start/> }.into_any()
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

/// /nl/workshop/familie: the family round on one phone; `?trucs=haast,geheim` (the end
/// card's link) puts the techniques that caught the pupil first.
#[component]
pub fn Family() -> impl IntoView {
    let focus = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("trucs")
        .map(|s| crate::domain::quiz::family::parse_focus(&s.replace(',', "+")))
        .unwrap_or_default();
    view! { <family::FamilyRound focus/> }
}

/// /nl/workshop/herhaling: the booster round that is due on this device.
#[component]
pub fn Booster() -> impl IntoView {
    view! { <booster::BoosterRound/> }
}

/// A technique's texts: its name, the line after an answer, the sentence to remember, and
/// the projector's discussion question (all in ui.toml; a missing one fails to compile).
struct TechniqueTexts {
    name: &'static Text,
    line: &'static Text,
    remember: &'static Text,
    ask: &'static Text,
}

fn technique_texts(t: Technique) -> TechniqueTexts {
    use Technique::*;
    let (name, line, remember, ask) = match t {
        Haast => (
            &ui::QUIZ_TECHNIQUE_HAAST,
            &ui::QUIZ_TECHNIQUE_HAAST_LINE,
            &ui::QUIZ_TECHNIQUE_HAAST_REMEMBER,
            &ui::QUIZ_TECHNIQUE_HAAST_ASK,
        ),
        Autoriteit => (
            &ui::QUIZ_TECHNIQUE_AUTORITEIT,
            &ui::QUIZ_TECHNIQUE_AUTORITEIT_LINE,
            &ui::QUIZ_TECHNIQUE_AUTORITEIT_REMEMBER,
            &ui::QUIZ_TECHNIQUE_AUTORITEIT_ASK,
        ),
        Emotie => (
            &ui::QUIZ_TECHNIQUE_EMOTIE,
            &ui::QUIZ_TECHNIQUE_EMOTIE_LINE,
            &ui::QUIZ_TECHNIQUE_EMOTIE_REMEMBER,
            &ui::QUIZ_TECHNIQUE_EMOTIE_ASK,
        ),
        TeMooi => (
            &ui::QUIZ_TECHNIQUE_TE_MOOI,
            &ui::QUIZ_TECHNIQUE_TE_MOOI_LINE,
            &ui::QUIZ_TECHNIQUE_TE_MOOI_REMEMBER,
            &ui::QUIZ_TECHNIQUE_TE_MOOI_ASK,
        ),
        Geheim => (
            &ui::QUIZ_TECHNIQUE_GEHEIM,
            &ui::QUIZ_TECHNIQUE_GEHEIM_LINE,
            &ui::QUIZ_TECHNIQUE_GEHEIM_REMEMBER,
            &ui::QUIZ_TECHNIQUE_GEHEIM_ASK,
        ),
        NieuwNummer => (
            &ui::QUIZ_TECHNIQUE_NIEUW_NUMMER,
            &ui::QUIZ_TECHNIQUE_NIEUW_NUMMER_LINE,
            &ui::QUIZ_TECHNIQUE_NIEUW_NUMMER_REMEMBER,
            &ui::QUIZ_TECHNIQUE_NIEUW_NUMMER_ASK,
        ),
        Betaalverzoek => (
            &ui::QUIZ_TECHNIQUE_BETAALVERZOEK,
            &ui::QUIZ_TECHNIQUE_BETAALVERZOEK_LINE,
            &ui::QUIZ_TECHNIQUE_BETAALVERZOEK_REMEMBER,
            &ui::QUIZ_TECHNIQUE_BETAALVERZOEK_ASK,
        ),
    };
    TechniqueTexts {
        name,
        line,
        remember,
        ask,
    }
}

/// "Haast, Autoriteit"
fn technique_names(ts: &[Technique]) -> String {
    ts.iter()
        .map(|t| tr(technique_texts(*t).name))
        .collect::<Vec<_>>()
        .join(", ")
}

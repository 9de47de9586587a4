//! Workshop "Echt of nep?": self-play, a class session led from the big screen, and the
//! pupils' phones. No server: a session is a short code; every phone derives the same
//! question order from it (domain::quiz), and each phone keeps its own score.
//!
//! /nl/workshop                        start: play alone, start a lesson, join a lesson
//! /nl/workshop/spelen/<level>         self-play (10-12, 13-16, volwassenen)
//! /nl/workshop/leider/<code>          the teacher's projector view with the QR code
//! /nl/workshop/sessie/<code>[/<n>]    a pupil's phone, optionally from question n
//! (each a route with typed params in app.rs; /nl/workshop/sessie alone is the join page)

use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

use crate::domain::quiz::{Level, Session};
use crate::i18n::{tr, ui, Text};

mod leader;
mod player;
mod start;

use leader::Leader;
use player::Player;
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

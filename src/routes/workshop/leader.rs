//! The leader's projector view: the QR code, one question at a time, the reveal, and after it
//! the technique and one question to discuss.

use crate::components::title::Title;
use leptos::ev;
use leptos::prelude::*;

use crate::content::QUIZ;
use crate::domain::quiz::{self, Session};
use crate::i18n::{tr, ui, use_locale};

use super::end_card::TeachCard;
use super::player::{Explanation, Mock, TechniqueLine};
use super::*;

/// The discussion question after the reveal: the first technique's, or for a genuine
/// message how to tell (and still check).
fn discussion(item: &crate::schema::QuizItem) -> &'static str {
    match (item.real, item.techniques.first()) {
        (false, Some(t)) => tr(technique_texts(*t).ask),
        _ => tr(&ui::WORKSHOP_GENUINE_ASK),
    }
}

/// The teacher's big screen: the code and QR to join, then the questions one by one with the
/// answer on demand. Arrow keys and space step through, for a clicker or a keyboard.
#[component]
pub(super) fn Leader(session: Session) -> impl IntoView {
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
        &ui::fill::WorkshopQrLabel {
            code: &session.code(),
        }
        .tr(),
    )
    .unwrap_or_default();
    let title = page_title(session.level);
    let leave = format!("/{code}/workshop");
    let theme = session.choice.and_then(|c| c.theme);
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-leader" class:wz-leader--running=move || started.get()
            data-page="workshop" data-mode="leader" data-session=session.code()>
            <h1 class="wz-page__title wz-leader__title">{title}</h1>
            <div class="wz-leader__join">
                <div class="wz-leader__qr" inner_html=qr></div>
                <div class="wz-leader__join-text">
                    <p class="wz-leader__code-label">{tr(&ui::WORKSHOP_SESSION_CODE)}</p>
                    <p class="wz-leader__code" class:wz-leader__code--long=session.choice.is_some()>{session.code()}</p>
                    {theme.map(|t| view! {
                        <p class="wz-leader__theme">{ui::fill::WorkshopLeadTheme { theme: &tr(technique_texts(t).name) }.tr()}</p>
                    })}
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
                            {ui::fill::WorkshopQuestion { n: &(i + 1), total: &total }.tr()}
                        </p>
                        <Mock item revealed/>
                        {move || (!shown.get()).then(|| view! {
                            <h2 class="wz-quiz__ask">{tr(&ui::WORKSHOP_ASK)}</h2>
                        })}
                        {move || shown.get().then(|| view! {
                            <section class="wz-quiz__feedback wz-quiz__feedback--right">
                                <h2>{tr(&ui::WORKSHOP_ANSWER_IS)}": "{tr(if item.real { &ui::WORKSHOP_REAL } else { &ui::WORKSHOP_FAKE })}</h2>
                                <Explanation item/>
                                {(i + 1 == total).then(|| view! { <p class="wz-notice">{tr(&ui::WORKSHOP_LEAD_DONE)}</p> })}
                            </section>
                            // Under the message on the big screen (where "echt of nep?" was):
                            // the technique and one question for the class.
                            <div class="wz-leader__after">
                                <TechniqueLine item/>
                                <p class="wz-leader__discuss"><strong>{tr(&ui::WORKSHOP_DISCUSS)}": "</strong>{discussion(item)}</p>
                            </div>
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

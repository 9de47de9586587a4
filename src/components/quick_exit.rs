use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;

use crate::domain::quick_exit::{ShiftCounter, NEUTRAL_URL};
use crate::domain::stored::{Kind, KEYS};
use crate::i18n::{tr, ui};
use crate::storage;

/// Wipes what the report flow keeps (answers and note) and the sighting draft of the
/// buurtpreventie composer, then replaces this page with a neutral site. `location.replace`: the Back button does not lead back to this page.
pub fn leave_now() {
    for k in KEYS.iter().filter(|k| {
        matches!(
            k.kind,
            Kind::ReportAnswers | Kind::ReportNote | Kind::SightingDraft
        )
    }) {
        // The note may live in either storage (tab-only on sensitive branches).
        storage::remove(k.key);
        storage::session_remove(k.key);
    }
    if let Some(window) = crate::browser::window() {
        let _ = window.location().replace(NEUTRAL_URL);
    }
}

/// "Snel weg": GOV.UK's "exit this page" for pages about abuse. A button that stays at the top
/// while scrolling, and pressing Shift three times anywhere on the page.
#[component]
pub fn QuickExit() -> impl IntoView {
    let counter = Rc::new(RefCell::new(ShiftCounter::default()));
    crate::browser::listen_window(ev::keydown, move |e| {
        if !e.repeat() && counter.borrow_mut().press(&e.key(), js_sys::Date::now()) {
            leave_now();
        }
    });
    view! {
        <div class="wz-quick-exit wz-no-print">
            <button type="button" class="wz-button wz-quick-exit__button" on:click=|_| leave_now()>
                {tr(&ui::QUICK_EXIT)}
            </button>
            <p class="wz-quick-exit__hint">{tr(&ui::QUICK_EXIT_HINT)}</p>
        </div>
    }
}

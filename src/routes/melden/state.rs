//! The report flow's answers, shared by all its pages for the whole visit, and kept in
//! session storage so reload and back/forward keep them (gone when the tab closes: answers
//! such as "something at home" are sensitive).

use leptos::prelude::*;

use crate::domain::triage::{decode_answers, encode_answers, Answers, Notice, Step};
use crate::schema::Locale;
use crate::storage;

use crate::domain::stored::ANSWERS_KEY;
/// The chosen municipality is remembered longer (localStorage): it rarely changes.
pub use crate::domain::stored::MUNICIPALITY_KEY;

#[derive(Clone, Copy)]
pub struct MeldenState {
    pub answers: RwSignal<Answers>,
    /// A short explanation when we showed another step than the URL asked for.
    pub notice: RwSignal<Option<Notice>>,
    /// False once saving failed: the flow still works, answers just don't survive a reload.
    pub kept: RwSignal<bool>,
}

pub use crate::content::melden_tree as tree;

/// Loads saved answers (dropping what an older version left behind) and saves every change.
pub fn provide() {
    let t = tree();
    let saved = storage::session_get(ANSWERS_KEY);
    let (mut answers, unreadable) = match saved.as_deref().map(decode_answers) {
        None => (Answers::new(), false),
        Some(Some(answers)) => (answers, false),
        Some(None) => (Answers::new(), true),
    };
    let dropped = t.sanitize(&mut answers) || unreadable;
    let state = MeldenState {
        answers: RwSignal::new(answers),
        notice: RwSignal::new(dropped.then_some(Notice::OldAnswers)),
        kept: RwSignal::new(true),
    };
    Effect::new(move |_| {
        // No answers, nothing stored: a visit that never opens the flow leaves no trace.
        if state.answers.with(Answers::is_empty) {
            storage::session_remove(ANSWERS_KEY);
            return;
        }
        let encoded = state.answers.with(encode_answers);
        state
            .kept
            .set(storage::session_set(ANSWERS_KEY, &encoded).is_ok());
    });
    provide_context(state);
}

pub fn use_melden() -> MeldenState {
    expect_context::<MeldenState>()
}

impl MeldenState {
    pub fn restart(&self) {
        self.answers.set(Answers::new());
        self.notice.set(None);
        storage::session_remove(ANSWERS_KEY);
    }
}

/// The URL of a step: /nl/melden for the first question, /nl/melden/<slug> otherwise.
pub fn step_href(locale: Locale, step: &Step) -> String {
    let slug = tree().slug(step);
    if slug.is_empty() {
        format!("/{}/melden", locale.code())
    } else {
        format!("/{}/melden/{slug}", locale.code())
    }
}

//! The content compiled into the app: channels, municipalities, tips, checklists and UI texts.
//! Edited as TOML in this folder; `build/main.rs` checks it and turns it into the statics below.

pub mod schema;
pub mod validate;

use std::borrow::Cow;

use schema::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Interface texts: `ui::NAV_TIPS.get(locale)`.
pub mod ui {
    use super::schema::Text;
    use std::borrow::Cow;

    include!(concat!(env!("OUT_DIR"), "/ui.rs"));
}

/// The report-flow tree, with the municipalities of channels.toml as the options of the
/// municipality question.
pub fn melden_tree() -> crate::domain::triage::Tree<'static> {
    static IDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let ids = IDS.get_or_init(|| MUNICIPALITIES.iter().map(|m| m.id.as_ref()).collect());
    crate::domain::triage::Tree {
        questions: QUESTIONS,
        outcomes: OUTCOMES,
        municipalities: ids,
    }
}

/// The source with this id. The build guarantees every cited id exists.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

pub fn channel(id: &str) -> Option<&'static Channel> {
    CHANNELS.iter().find(|c| c.id == id)
}

/// The compiled-in content as one borrowed bundle, for validation.
pub fn all() -> validate::ContentRef<'static> {
    validate::ContentRef {
        sources: SOURCES,
        channels: CHANNELS,
        municipalities: MUNICIPALITIES,
        tips: TIPS,
        checklists: CHECKLISTS,
        ui: ui::ALL,
        questions: QUESTIONS,
        outcomes: OUTCOMES,
    }
}

/// The two numbers on every screen: the first callable phone of the 112 and police channels
/// (baked apart from CHANNELS, see build/main.rs). The build guarantees both exist and are
/// verified; `tests/content.rs` that they are the channels' own.
pub fn emergency_phones() -> (Option<&'static Phone>, Option<&'static Phone>) {
    (EMERGENCY_PHONE.as_ref(), POLICE_PHONE.as_ref())
}

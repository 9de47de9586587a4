//! A checklist's progress on this device: its storage key, reading it back (an unreadable
//! one resets this checklist only), saving it, and what the person is told about it.

use crate::domain::checklist::{Loaded, Progress};
use crate::schema::Checklist;
use crate::storage;

pub fn key(list: &Checklist) -> String {
    format!("{}{}", crate::domain::stored::CHECKLIST_PREFIX, list.slug)
}

/// What the person is told about their saved progress.
#[derive(Clone, Copy, PartialEq)]
pub enum Notice {
    None,
    Reset,
    Dropped,
    NotKept,
    Cleared,
}

/// Saved progress for a checklist; an unreadable one resets this checklist only.
pub fn load_progress(list: &Checklist) -> (Progress, Notice) {
    match Progress::decode(storage::get(&key(list)).as_deref(), list) {
        Loaded::Empty => (Progress::default(), Notice::None),
        Loaded::Ok { progress, dropped } => (
            progress,
            if dropped > 0 {
                Notice::Dropped
            } else {
                Notice::None
            },
        ),
        Loaded::Reset => {
            storage::remove(&key(list));
            (Progress::default(), Notice::Reset)
        }
    }
}

/// Saves the progress (an empty one removes the key); false when it could not be kept.
pub(super) fn save(list: &Checklist, p: &Progress) -> bool {
    if p.is_empty() {
        storage::remove(&key(list));
        true
    } else {
        storage::set(&key(list), &p.encode()).is_ok()
    }
}

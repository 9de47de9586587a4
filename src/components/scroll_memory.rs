//! Where the page was scrolled, per address, so "back" returns to the same place in a long
//! list (the tips list) instead of its top. The document scrolls (no inner scroll box), so
//! window.scrollY is the position. A new page (a link) starts at the top; a page reached
//! with back or forward gets its old position back once it has been drawn.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;

thread_local! {
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// The last scroll position seen, and whether the coming move is back/forward.
    static LAST_Y: Cell<f64> = const { Cell::new(0.0) };
    static POPPED: Cell<bool> = const { Cell::new(false) };
}

fn scroll_y() -> f64 {
    crate::browser::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0)
}

fn scroll_to(y: f64) {
    if let Some(w) = crate::browser::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

/// Starts listening; call once in the frame.
pub fn start() {
    crate::browser::listen_window(leptos::ev::scroll, |_| LAST_Y.with(|y| y.set(scroll_y())));
    crate::browser::listen_window(leptos::ev::popstate, |_| POPPED.with(|p| p.set(true)));
}

/// The address changed from `left` to the current one: remember where `left` was, and either
/// start at the top (a link) or go back to where this address was (back or forward).
pub fn moved(left: &str, now: &str) {
    let y = LAST_Y.with(Cell::get);
    POSITIONS.with(|p| p.borrow_mut().insert(left.to_string(), y));
    let popped = POPPED.with(|p| p.replace(false));
    let saved = popped
        .then(|| POSITIONS.with(|p| p.borrow().get(now).copied()))
        .flatten();
    match saved {
        // After the page is drawn (and so tall enough to scroll that far).
        Some(y) => request_animation_frame(move || {
            scroll_to(y);
            LAST_Y.with(|last| last.set(y));
        }),
        None => {
            scroll_to(0.0);
            LAST_Y.with(|last| last.set(0.0));
        }
    }
}

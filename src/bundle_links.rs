//! Moving between the app's bundles (see `domain::routing::Bundle`). Inside a bundle the
//! router moves between pages without reloading; an address another bundle shows must load
//! as a new document, so the page loader in index.html can start that bundle.

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;

use crate::domain::routing::Bundle;

/// Where this document was first loaded; see `should_hand_over`.
static FIRST_PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn location() -> Option<web_sys::Location> {
    crate::browser::window().map(|w| w.location())
}

/// Called once when the app starts, before the router changes the address.
pub fn start(here: Bundle) {
    let path = location()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let _ = FIRST_PATH.set(path);
    intercept_links(here);
}

/// A link into another bundle is followed by the browser as a normal page load (a new
/// history entry, "back" returns here). Listening in the capture phase on the document runs
/// this before the router's own click handler, which then sees the event handled.
fn intercept_links(here: Bundle) {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return; // the browser's own behaviour: new tab, download, …
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(anchor) = anchor else { return };
        let same_origin = location().and_then(|l| l.origin().ok()) == Some(anchor.origin());
        let target = anchor.target();
        if !same_origin
            || anchor.has_attribute("download")
            || !(target.is_empty() || target == "_self")
        {
            return;
        }
        // Offline before the worker is ready, the router shows why (see app::Elsewhere).
        if !here.shows(Bundle::of_path(&anchor.pathname())) && !cannot_load_pages() {
            ev.prevent_default();
            if let Some(l) = location() {
                let _ = l.assign(&anchor.href());
            }
        }
    });
    let _ = document.add_event_listener_with_callback_and_bool(
        "click",
        handler.as_ref().unchecked_ref(),
        true,
    );
    handler.forget(); // lives as long as the page
}

/// True when loading another page cannot work: no network, and no service worker yet to
/// serve it (a first visit that went offline before the worker had stored the app). Then
/// the app says so instead of leaving the person on the browser's error page.
pub fn cannot_load_pages() -> bool {
    let Some(navigator) = crate::browser::window().map(|w| w.navigator()) else {
        return false;
    };
    !navigator.on_line() && navigator.service_worker().controller().is_none()
}

/// Loads the current address again (after "try again").
pub fn reload() {
    if let Some(l) = location() {
        let _ = l.reload();
    }
}

/// For an address the router of bundle `here` cannot show (its fallback): true when another
/// bundle shows it and this document was not loaded for it. A document the page loader
/// started for this very address must not reload it again (no loop if a host or a cache
/// serves the wrong bundle): it shows not-found instead.
pub fn should_hand_over(here: Bundle, path: &str) -> bool {
    !here.shows(Bundle::of_path(path)) && FIRST_PATH.get().map(String::as_str) != Some(path)
}

/// Loads the address as a new document in place of the current history entry (the router
/// already added that entry when it navigated here programmatically).
pub fn hand_over(url: &str) {
    if let Some(l) = location() {
        let _ = l.replace(url);
    }
}

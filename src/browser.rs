//! Small browser abilities that may be missing on older phones: copy to clipboard and the
//! Web Share API. Looked up at run time, so a missing API means "not offered", not a crash.

use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser window, or `None` where there is none: natively, where the build renders
/// every page to static HTML with the same components (src/static_pages.rs). Every browser
/// call in the app starts here, so a view renders natively without panicking.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

/// True in the browser, false while the build renders the static pages: a view leaves out
/// what only works with the running app (a button without its handler) and shows instead
/// what works without it (a plain link).
pub fn is_live() -> bool {
    window().is_some()
}

/// Listens to a window event for as long as the calling component lives; natively (the
/// static render at build time) there is no window and nothing to listen to.
pub fn listen_window<E, F>(event: E, handler: F)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: JsCast,
    F: Fn(E::EventType) + 'static,
{
    if window().is_none() {
        return;
    }
    let handle = leptos::prelude::window_event_listener(event, handler);
    leptos::prelude::on_cleanup(move || handle.remove());
}

fn navigator() -> Option<web_sys::Navigator> {
    window().map(|w| w.navigator())
}

#[wasm_bindgen]
extern "C" {
    /// The navigator with the Web Share API as optional: web-sys's binding assumes `share`
    /// is there, and calling a missing method would stop the app on an older phone.
    #[wasm_bindgen(extends = web_sys::Navigator)]
    type MaybeSharingNavigator;
    #[wasm_bindgen(method, getter, js_name = share)]
    fn share_method(this: &MaybeSharingNavigator) -> JsValue;
}

/// Awaits a promise the browser may reject (refused, cancelled): true when it resolved.
async fn settled(promise: Promise) -> bool {
    JsFuture::from(promise).await.is_ok()
}

/// Copies text; false when the browser has no clipboard access or refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator().map(|n| n.clipboard()) else {
        return false;
    };
    // Missing on old browsers and on a page that is not https or localhost.
    if clipboard.is_undefined() {
        return false;
    }
    settled(clipboard.write_text(text)).await
}

/// Opens the browser's print dialog; nothing happens where there is no window.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn can_share() -> bool {
    navigator().is_some_and(|n| {
        n.unchecked_into::<MaybeSharingNavigator>()
            .share_method()
            .is_function()
    })
}

/// Opens the phone's share sheet. Returns false if sharing is unavailable or cancelled.
pub async fn share(title: &str, text: &str, url: Option<&str>) -> bool {
    let Some(nav) = navigator().filter(|_| can_share()) else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    if let Some(url) = url {
        data.set_url(url);
    }
    settled(nav.share_with_data(&data)).await
}

/// Moves focus to the element with this id once it is drawn (an error summary, feedback after
/// an answer), so screen readers announce it and keyboard users carry on from there.
pub fn focus_by_id(id: &str) {
    let id = id.to_string();
    leptos::prelude::request_animation_frame(move || {
        let el = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// Marks the whole document as a special view (`<html data-view="projector">`) while the
/// calling component is on screen, so the style can change the frame around it (the
/// workshop's projector and pupil views). Removed when the component goes away.
pub fn frame_view(view: &'static str) {
    let root = || window()?.document()?.document_element();
    if let Some(root) = root() {
        let _ = root.set_attribute("data-view", view);
    }
    leptos::prelude::on_cleanup(move || {
        if let Some(root) = root() {
            if root.get_attribute("data-view").as_deref() == Some(view) {
                let _ = root.remove_attribute("data-view");
            }
        }
    });
}

/// Focuses and selects the text of the text field with this id (a copy that failed: the
/// person copies it by hand).
pub fn select_text(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
        el.select();
    }
}

/// Today as a day number (days since 1970-01-01, UTC): the one place the workshop's boosters
/// read the clock, so an end-to-end test can set it (Playwright's `page.clock`). `None`
/// natively (the static render has no clock): call it in an effect or an event handler.
pub fn today() -> Option<i64> {
    window()?;
    Some(crate::domain::quiz::booster::day_of_millis(
        js_sys::Date::now(),
    ))
}

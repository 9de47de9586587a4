//! Small browser abilities that may be missing on older phones: copy to clipboard and the
//! Web Share API. Looked up at run time, so a missing API means "not offered", not a crash.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::wasm_bindgen::{JsCast, JsValue};
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

fn navigator() -> Option<JsValue> {
    window().map(|w| w.navigator().into())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Copies text; false when the browser has no clipboard access or refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator().and_then(|n| Reflect::get(&n, &"clipboard".into()).ok())
    else {
        return false;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Opens the browser's print dialog; nothing happens where there is no window.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

pub fn can_share() -> bool {
    navigator().is_some_and(|n| method(&n, "share").is_some())
}

/// Opens the phone's share sheet. Returns false if sharing is unavailable or cancelled.
pub async fn share(title: &str, text: &str, url: Option<&str>) -> bool {
    let Some(nav) = navigator() else { return false };
    let Some(share) = method(&nav, "share") else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    if let Some(url) = url {
        let _ = Reflect::set(&data, &"url".into(), &url.into());
    }
    match share.call1(&nav, &data) {
        Ok(promise) => match promise.dyn_into::<Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
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

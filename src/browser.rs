//! Small browser abilities that may be missing on older phones: copy to clipboard and the
//! Web Share API. Looked up at run time, so a missing API means "not offered", not a crash.

use js_sys::{Function, Object, Promise, Reflect};
use leptos::wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
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
    if let Some(w) = web_sys::window() {
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
        let el = web_sys::window()
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
    let root = || web_sys::window()?.document()?.document_element();
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

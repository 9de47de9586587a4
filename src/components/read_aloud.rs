//! "Voorlezen": reads a part of the page aloud with the browser's speech synthesis, in the
//! page language, with a stop button. Not shown where the browser has no speech synthesis.

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{tr, ui, use_locale, Locale};

fn synth() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let s = Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    (!s.is_undefined() && !s.is_null()).then_some(s)
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) {
    let f = Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(f) = f {
        let _ = f.apply(target, &args.iter().collect::<Array>());
    }
}

fn speak(text: &str, locale: Locale) -> bool {
    let Some(s) = synth() else { return false };
    let Some(window) = web_sys::window() else {
        return false;
    };
    let ctor = Reflect::get(&window, &"SpeechSynthesisUtterance".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok());
    let Some(ctor) = ctor else { return false };
    let Ok(utterance) = Reflect::construct(&ctor, &Array::of1(&text.into())) else {
        return false;
    };
    let lang = match locale {
        Locale::Nl => "nl-NL",
        Locale::En => "en-GB",
    };
    let _ = Reflect::set(&utterance, &"lang".into(), &lang.into());
    call(&s, "cancel", &[]);
    call(&s, "speak", &[utterance]);
    true
}

fn stop() {
    if let Some(s) = synth() {
        call(&s, "cancel", &[]);
    }
}

/// Reads the text content of the element with `target` id.
#[component]
pub fn ReadAloud(target: &'static str) -> impl IntoView {
    let locale = use_locale();
    let speaking = RwSignal::new(false);
    // Stop when leaving the page.
    on_cleanup(stop);
    let read = move |_| {
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(target))
            .and_then(|el| el.text_content())
            .unwrap_or_default();
        speaking.set(speak(&text, locale.get_untracked()));
    };
    synth().map(|_| {
        view! {
            <div class="wz-read-aloud">
                <button type="button" class="wz-button wz-button--secondary" on:click=read>
                    {tr(&ui::READ_ALOUD)}
                </button>
                <button type="button" class="wz-button wz-button--secondary"
                    on:click=move |_| { stop(); speaking.set(false); }
                    disabled=move || !speaking.get()>
                    {tr(&ui::READ_ALOUD_STOP)}
                </button>
            </div>
        }
    })
}

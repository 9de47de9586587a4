//! "Voorlezen": reads a page's text aloud with the browser's speech synthesis, in the page
//! language, with a stop button. Not shown where the browser has no speech synthesis.
//!
//! The text comes from the content (not from the screen), one line per utterance: no button
//! labels read out, a pause between steps, and no cut-off in browsers that stop long
//! utterances after some seconds.

use std::sync::atomic::{AtomicU32, Ordering};

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{tr, ui, use_locale, Locale};

/// Which reading is current: an older reading that ends (or is cancelled) must not switch
/// off the stop button of a newer one.
static READING: AtomicU32 = AtomicU32::new(0);

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

/// Lines as they are spoken: trimmed, empty ones left out, and each ending in a full stop
/// (or its own punctuation) so the voice pauses between a heading and the next line.
pub fn spoken_lines(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            if l.ends_with(['.', '!', '?', ':', ';']) {
                l.to_string()
            } else {
                format!("{l}.")
            }
        })
        .collect()
}

/// Queues the lines; `on_end` runs when the last one is spoken or cancelled.
fn speak(lines: &[String], locale: Locale, on_end: impl FnOnce() + 'static) -> bool {
    let Some(s) = synth() else { return false };
    let Some(window) = web_sys::window() else {
        return false;
    };
    let ctor = Reflect::get(&window, &"SpeechSynthesisUtterance".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok());
    let Some(ctor) = ctor else { return false };
    let lang = match locale {
        Locale::Nl => "nl-NL",
        Locale::En => "en-GB",
    };
    call(&s, "cancel", &[]);
    let lines = spoken_lines(lines);
    let mut last = None;
    for line in &lines {
        let Ok(utterance) = Reflect::construct(&ctor, &Array::of1(&line.into())) else {
            return false;
        };
        let _ = Reflect::set(&utterance, &"lang".into(), &lang.into());
        call(&s, "speak", std::slice::from_ref(&utterance));
        last = Some(utterance);
    }
    let Some(last) = last else { return false };
    let done = Closure::once_into_js(on_end);
    let _ = Reflect::set(&last, &"onend".into(), &done);
    let _ = Reflect::set(&last, &"onerror".into(), &done);
    true
}

fn stop() {
    if let Some(s) = synth() {
        call(&s, "cancel", &[]);
    }
}

/// "Voorlezen" and "Stop met voorlezen". `lines` gives the text at the moment of the tap
/// (so a filtered list reads what is shown now).
#[component]
pub fn ReadAloud(lines: Box<dyn Fn() -> Vec<String>>) -> impl IntoView {
    let locale = use_locale();
    let speaking = RwSignal::new(false);
    // Stop when leaving the page.
    on_cleanup(stop);
    let read = move |_| {
        let reading = READING.fetch_add(1, Ordering::Relaxed) + 1;
        let ended = move || {
            if READING.load(Ordering::Relaxed) == reading {
                speaking.try_set(false);
            }
        };
        speaking.set(speak(&lines(), locale.get_untracked(), ended));
    };
    synth().map(|_| {
        view! {
            <div class="wz-read-aloud" role="group" aria-label=tr(&ui::READ_ALOUD)>
                <button type="button" class="wz-button wz-button--secondary wz-read-aloud__start"
                    on:click=read>
                    {tr(&ui::READ_ALOUD)}
                </button>
                // Only while reading: no greyed-out button to wonder about.
                {move || speaking.get().then(|| view! {
                    <button type="button" class="wz-button wz-read-aloud__stop"
                        on:click=move |_| { stop(); speaking.set(false); }>
                        {tr(&ui::READ_ALOUD_STOP)}
                    </button>
                })}
            </div>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_end_in_a_pause() {
        let lines = ["Doe dit", "  Bel 112.  ", "", "Wat nu?", "Stap: een"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            spoken_lines(&lines),
            ["Doe dit.", "Bel 112.", "Wat nu?", "Stap: een."]
        );
    }
}

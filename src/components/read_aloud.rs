//! "Voorlezen": reads the page aloud with the browser's speech synthesis, in the page
//! language, with a stop button. It sits in the menu (components::site_header), the same
//! place on every page.
//!
//! A page with its own spoken text (a tip, a checklist, the tips list) registers it with
//! `read_this_page`: one line per utterance, no button labels, a pause between steps, and no
//! cut-off in browsers that stop long utterances after some seconds. Any other page is read
//! from the screen, top to bottom (`lines_on_screen`).
//!
//! A phone without a voice (no speech synthesis, or none installed) hears nothing; the
//! button then says so plainly instead of staying silent.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{tr, ui, use_locale, Locale};

/// Which reading is current: an older reading that ends (or is cancelled) must not switch
/// off the stop button of a newer one.
static READING: AtomicU32 = AtomicU32::new(0);

type Lines = Rc<dyn Fn() -> Vec<String>>;

thread_local! {
    /// The current page's own text, with the id of the page that registered it.
    static PAGE_LINES: RefCell<Option<(u32, Lines)>> = const { RefCell::new(None) };
}
static PAGE_ID: AtomicU32 = AtomicU32::new(0);

/// Called by a page that has its own spoken text; undone when that page goes away (only
/// if no newer page has registered in between).
pub fn read_this_page(lines: impl Fn() -> Vec<String> + 'static) {
    let id = PAGE_ID.fetch_add(1, Ordering::Relaxed) + 1;
    PAGE_LINES.with(|p| *p.borrow_mut() = Some((id, Rc::new(lines))));
    on_cleanup(move || {
        PAGE_LINES.with(|p| {
            let mut p = p.borrow_mut();
            if p.as_ref().is_some_and(|(current, _)| *current == id) {
                *p = None;
            }
        })
    });
}

/// What a page shows, as a reader would read it: headings, paragraphs, list items, labels,
/// in document order; nothing hidden, no buttons, no text inside a block already read.
const READABLE: &str = "h1, h2, h3, h4, p, li, dt, dd, legend, label, caption, th, td, summary";
const SKIP: &str = "button, [aria-hidden='true'], [hidden], .wz-no-read, .wz-print-only";

fn lines_on_screen() -> Vec<String> {
    let Some(main) = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main-content"))
    else {
        return Vec::new();
    };
    let Ok(found) = main.query_selector_all(READABLE) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    for i in 0..found.length() {
        let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let skipped = el.closest(SKIP).ok().flatten().is_some();
        // Not rendered (display: none here or above).
        let hidden = el.offset_parent().is_none() && el.get_client_rects().length() == 0;
        let nested = el
            .parent_element()
            .and_then(|p| p.closest(READABLE).ok().flatten())
            .is_some_and(|outer| main.contains(Some(&outer)));
        if skipped || hidden || nested {
            continue;
        }
        let text = el.text_content().unwrap_or_default();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            lines.push(text);
        }
    }
    lines
}

fn page_lines() -> Vec<String> {
    let registered = PAGE_LINES.with(|p| p.borrow().as_ref().map(|(_, f)| f.clone()));
    match registered {
        Some(f) => f(),
        None => lines_on_screen(),
    }
}

fn synth() -> Option<JsValue> {
    let window: JsValue = crate::browser::window()?.into();
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

/// How many voices the phone has; `None` when the browser does not say (then we try).
fn voice_count(s: &JsValue) -> Option<u32> {
    let f = Reflect::get(s, &"getVoices".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let voices = f.call0(s).ok()?;
    voices.dyn_into::<Array>().ok().map(|a| a.length())
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

/// Queues the lines; `on_end` runs when the last one is spoken or cancelled, `on_fail` when
/// the phone cannot speak the first one (no voice for it, no audio).
fn speak(
    lines: &[String],
    locale: Locale,
    on_end: impl FnOnce() + 'static,
    on_fail: impl FnOnce() + 'static,
) -> bool {
    let Some(s) = synth() else { return false };
    let Some(window) = crate::browser::window() else {
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
    let mut on_fail = Some(on_fail);
    for line in &lines {
        let Ok(utterance) = Reflect::construct(&ctor, &Array::of1(&line.into())) else {
            return false;
        };
        let _ = Reflect::set(&utterance, &"lang".into(), &lang.into());
        if let Some(fail) = on_fail.take() {
            // "interrupted" and "canceled" are a stop or a new reading, not a failure.
            let failed = Closure::once_into_js(move |event: JsValue| {
                let error = Reflect::get(&event, &"error".into())
                    .ok()
                    .and_then(|e| e.as_string())
                    .unwrap_or_default();
                if error != "interrupted" && error != "canceled" {
                    fail();
                }
            });
            let _ = Reflect::set(&utterance, &"onerror".into(), &failed);
        }
        call(&s, "speak", std::slice::from_ref(&utterance));
        last = Some(utterance);
    }
    let Some(last) = last else { return false };
    let done = Closure::once_into_js(on_end);
    let _ = Reflect::set(&last, &"onend".into(), &done);
    // With one line, its error handler is the failure one above.
    if lines.len() > 1 {
        let _ = Reflect::set(&last, &"onerror".into(), &done);
    }
    true
}

fn stop() {
    if let Some(s) = synth() {
        call(&s, "cancel", &[]);
    }
}

/// What the reader hears now.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Speaking,
    /// The phone cannot speak: no speech synthesis, or no voice installed.
    NoVoice,
    Nothing,
}

/// "Voorlezen" and "Stop met voorlezen", reading what the current page shows at the moment
/// of the tap (so a filtered list reads what is shown now).
#[component]
pub fn ReadAloud() -> impl IntoView {
    let locale = use_locale();
    let state = RwSignal::new(State::Idle);
    // Stop when leaving the page (the menu itself stays).
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            stop();
            state.set(State::Idle);
        }
        path
    });
    // Browsers load their voices lazily: asking once now makes them ready for the tap.
    if let Some(s) = synth() {
        let _ = voice_count(&s);
    }
    let start = move || {
        let lines = page_lines();
        if lines.is_empty() {
            state.set(State::Nothing);
            return;
        }
        let reading = READING.fetch_add(1, Ordering::Relaxed) + 1;
        let ended = move || {
            if READING.load(Ordering::Relaxed) == reading {
                state.try_update(|s| {
                    if *s == State::Speaking {
                        *s = State::Idle;
                    }
                });
            }
        };
        let failed = move || {
            if READING.load(Ordering::Relaxed) == reading {
                stop();
                state.try_set(State::NoVoice);
            }
        };
        let spoke = speak(&lines, locale.get_untracked(), ended, failed);
        state.set(if spoke {
            State::Speaking
        } else {
            State::NoVoice
        });
    };
    let read = move |_| {
        let Some(s) = synth() else {
            state.set(State::NoVoice);
            return;
        };
        match voice_count(&s) {
            // Voices may still be loading: look again in a moment before saying there are none.
            Some(0) => set_timeout(
                move || {
                    if synth().and_then(|s| voice_count(&s)) == Some(0) {
                        state.set(State::NoVoice);
                    } else {
                        start();
                    }
                },
                std::time::Duration::from_millis(700),
            ),
            _ => start(),
        }
    };
    view! {
        <div class="wz-read-aloud" role="group" aria-label=tr(&ui::READ_ALOUD)>
            <button type="button" class="wz-button wz-button--secondary wz-read-aloud__start"
                on:click=read>
                {tr(&ui::READ_ALOUD)}
            </button>
            // Only while reading: no greyed-out button to wonder about.
            {move || (state.get() == State::Speaking).then(|| view! {
                <button type="button" class="wz-button wz-read-aloud__stop"
                    on:click=move |_| { stop(); state.set(State::Idle); }>
                    {tr(&ui::READ_ALOUD_STOP)}
                </button>
            })}
            <p class="wz-read-aloud__status" role="status">
                {move || match state.get() {
                    State::NoVoice => tr(&ui::READ_ALOUD_NO_VOICE),
                    State::Nothing => tr(&ui::READ_ALOUD_NOTHING),
                    _ => "",
                }}
            </p>
        </div>
    }
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

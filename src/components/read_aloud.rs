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

use leptos::prelude::*;
use leptos::wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

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

/// The browser's speech synthesis, if it has one (typed web-sys bindings; an old browser
/// without it reads as `None`, never as a failed call).
fn synth() -> Option<web_sys::SpeechSynthesis> {
    let s = crate::browser::window()?.speech_synthesis().ok()?;
    (!s.is_undefined() && !s.is_null()).then_some(s)
}

#[wasm_bindgen]
extern "C" {
    /// Speech synthesis whose `getVoices` may be missing or throw: web-sys's binding would
    /// stop the app there, this one gives an `Err`.
    #[wasm_bindgen(extends = web_sys::SpeechSynthesis)]
    type CarefulSynth;
    #[wasm_bindgen(method, catch, js_name = getVoices)]
    fn try_get_voices(this: &CarefulSynth) -> Result<js_sys::Array, JsValue>;
}

/// How many voices the phone has; `None` when the browser does not say (then we try).
fn voice_count(s: &web_sys::SpeechSynthesis) -> Option<u32> {
    s.unchecked_ref::<CarefulSynth>()
        .try_get_voices()
        .ok()
        .map(|voices| voices.length())
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
    let lang = match locale {
        Locale::Nl => "nl-NL",
        Locale::En => "en-GB",
    };
    s.cancel();
    let lines = spoken_lines(lines);
    let mut last = None;
    let mut on_fail = Some(on_fail);
    for line in &lines {
        // Fails (Err) where the browser has no SpeechSynthesisUtterance.
        let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(line) else {
            return false;
        };
        utterance.set_lang(lang);
        if let Some(fail) = on_fail.take() {
            // "interrupted" and "canceled" are a stop or a new reading, not a failure.
            let failed = Closure::once_into_js(move |event: web_sys::SpeechSynthesisErrorEvent| {
                use web_sys::SpeechSynthesisErrorCode as Code;
                if !matches!(event.error(), Code::Interrupted | Code::Canceled) {
                    fail();
                }
            });
            utterance.set_onerror(Some(failed.unchecked_ref()));
        }
        s.speak(&utterance);
        last = Some(utterance);
    }
    let Some(last) = last else { return false };
    let done = Closure::once_into_js(on_end);
    last.set_onend(Some(done.unchecked_ref()));
    // With one line, its error handler is the failure one above.
    if lines.len() > 1 {
        last.set_onerror(Some(done.unchecked_ref()));
    }
    true
}

fn stop() {
    if let Some(s) = synth() {
        s.cancel();
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

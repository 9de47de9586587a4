//! Share a page: the phone's share sheet where the browser has one; otherwise a WhatsApp link
//! with a short prepared text, and "copy link". Print lives here too: same toolbar.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::i18n::{tr, ui};

/// WhatsApp's documented share link: opens WhatsApp with the text filled in. A link the
/// person taps, not a request the app makes.
const WHATSAPP_SHARE: &str = "https://wa.me/?text=";

/// Percent-encodes text for a URL query value.
pub fn encode_query(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The page's own full address (origin + path), to share.
fn page_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

#[component]
pub fn ShareBar(
    /// The short text that goes with the link ("Tip van Waakzaam: …").
    text: String,
) -> impl IntoView {
    let url = page_url();
    let status = RwSignal::new(None::<bool>);
    let whatsapp = format!("{WHATSAPP_SHARE}{}", encode_query(&format!("{text} {url}")));
    let share = {
        let (text, url) = (text.clone(), url.clone());
        move |_| {
            let (text, url) = (text.clone(), url.clone());
            spawn_local(async move {
                browser::share("Waakzaam", &text, Some(&url)).await;
            });
        }
    };
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            spawn_local(async move { status.set(Some(browser::copy_text(&url).await)) });
        }
    };
    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="wz-share">
            <div class="wz-button-group">
                {if browser::can_share() {
                    view! {
                        <button type="button" class="wz-button" on:click=share>{tr(&ui::SHARE)}</button>
                    }.into_any()
                } else {
                    view! {
                        <a class="wz-button" href=whatsapp rel="noopener" target="_blank">{tr(&ui::SHARE_WHATSAPP)}</a>
                    }.into_any()
                }}
                <button type="button" class="wz-button wz-button--secondary" on:click=copy>{tr(&ui::COPY_LINK)}</button>
                <button type="button" class="wz-button wz-button--secondary" on:click=print>{tr(&ui::PRINT)}</button>
            </div>
            <p class="wz-note__status" role="status">
                {move || status.get().map(|ok| tr(if ok { &ui::LINK_COPIED } else { &ui::NOTE_COPY_FAILED }))}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_for_a_link() {
        assert_eq!(encode_query("Tip: bel nú!"), "Tip%3A%20bel%20n%C3%BA%21");
        assert_eq!(encode_query("a-b_c.d~"), "a-b_c.d~");
    }
}

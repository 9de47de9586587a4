//! Share a page: the phone's share sheet where the browser has one; otherwise a WhatsApp link
//! with a short prepared text, and "copy link". Print lives here too: same toolbar.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::tip_filter::encode_component;
use crate::i18n::{tr, ui};

/// WhatsApp's documented share link: opens WhatsApp with the text filled in. A link the
/// person taps, not a request the app makes.
pub const WHATSAPP_SHARE: &str = "https://wa.me/?text=";

/// The page's own full address (origin + path), to share.
fn page_url() -> String {
    let Some(location) = crate::browser::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    // No "#item-…" from a jump within the page, no trailing slash a static host may add.
    format!("{origin}{}", path.trim_end_matches('/'))
}

#[component]
pub fn ShareBar(
    /// The short text that goes with the link ("Tip van Waakzaam: …").
    text: String,
    /// Another page of this site to share (a path such as "/nl/tips/voor/senioren");
    /// by default the page itself.
    #[prop(optional)]
    path: Option<String>,
) -> impl IntoView {
    let url = match path {
        Some(p) => format!(
            "{}{p}",
            crate::browser::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default()
        ),
        None => page_url(),
    };
    let status = RwSignal::new(None::<bool>);
    let whatsapp = format!(
        "{WHATSAPP_SHARE}{}",
        encode_component(&format!("{text} {url}"))
    );
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
    let print = |_| browser::print();
    // Sharing, copying and printing need the app: the static page leaves them out (they come
    // after the page's own text, so nothing on the first screen moves when they appear).
    browser::is_live().then(move || view! {
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
    })
}

/// Only on paper: where the printout comes from, and the two numbers to call (the emergency
/// bar is not printed). For the fridge door and the buurtpreventie meeting.
#[component]
pub fn PrintNote() -> impl IntoView {
    let (urgent, police) = crate::content::emergency_phones();
    let url = page_url();
    view! {
        <div class="wz-print-only wz-print-note">
            <p class="wz-print-note__numbers">
                {urgent.map(|_| tr(&ui::EMERGENCY_112))}" · "{police.map(|_| tr(&ui::EMERGENCY_POLICE))}
            </p>
            <p class="wz-print-note__from">{tr(&ui::PRINT_FROM)}" "{url}</p>
        </div>
    }
}

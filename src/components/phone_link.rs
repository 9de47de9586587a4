use leptos::prelude::*;

use crate::i18n::{use_locale, Text};
use crate::schema::Phone;

/// The one place a `tel:` link is made. Only pass numbers from `callable_phones()`.
#[component]
pub fn PhoneLink(
    phone: &'static Phone,
    /// Visible text containing the number ("Spoed? Bel 112"); defaults to the number.
    #[prop(optional)]
    label: Option<&'static str>,
    /// A word before the number ("Bel"), when there is no label.
    #[prop(optional)]
    prefix: Option<&'static Text>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let locale = use_locale().get_untracked();
    // The number never breaks across lines ("0900-" / "8844" is misread), the words may.
    let text = {
        let display: &str = &phone.display;
        let label = label.unwrap_or(display);
        let (before, after) = match label.find(display) {
            Some(i) => (&label[..i], &label[i + display.len()..]),
            None => (label, ""),
        };
        let number = label.contains(display).then_some(display);
        let prefix = prefix.map(|p| format!("{} ", p.get(locale)));
        // One inline wrapper, so a flex or grid link lays the text out as one line box.
        view! { <span>{prefix}{before}<span class="wz-nowrap">{number}</span>{after}</span> }
    };
    view! {
        <a class=format!("wz-phone {class}") href=phone.href()>{text}</a>
    }
}

/// A `tel:` link whose content the caller lays out (the emergency bar's number and words).
/// The children must show the number.
#[component]
pub fn PhoneLinkWith(
    phone: &'static Phone,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <a class=format!("wz-phone {class}") href=phone.href()>{children()}</a>
    }
}

use leptos::prelude::*;

use crate::schema::Phone;

/// The one place a `tel:` link is made. Only pass numbers from `callable_phones()`.
#[component]
pub fn PhoneLink(
    phone: &'static Phone,
    /// Visible text; defaults to the number itself.
    #[prop(optional, into)]
    label: Option<Signal<&'static str>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    // The number never breaks across lines ("0900-" / "8844" is misread), the words may.
    let text = move || {
        let label = label.map(|l| l.get()).unwrap_or(&phone.display);
        let (before, after) = match label.find(phone.display.as_ref()) {
            Some(i) => (&label[..i], &label[i + phone.display.len()..]),
            None => (label, ""),
        };
        let number = label
            .contains(phone.display.as_ref())
            .then_some(phone.display.as_ref());
        view! { {before}<span class="wz-nowrap">{number}</span>{after} }
    };
    view! {
        <a class=format!("wz-phone {class}") href=phone.href()>{text}</a>
    }
}

use leptos::prelude::*;

use crate::components::channel_card::display_host;
use crate::components::phone_link::PhoneLink;
use crate::i18n::{tr, ui};
use crate::schema::{HasPhones, Municipality};

/// How to reach a municipality: its own note (how to report there, e.g. Wijdemeren's Fixi
/// app), website, where to report in public space, and only the numbers a source confirms
/// (otherwise a line saying to use the website). The municipality page and the report
/// flow's advice both show this, so the note is here, not beside it.
#[component]
pub fn MunicipalityContact(m: &'static Municipality) -> impl IntoView {
    let phones: Vec<_> = m.callable_phones().collect();
    let has_phone = !phones.is_empty();
    view! {
        {m.note.as_ref().map(|n| view! { <p>{tr(n)}</p> })}
        <ul class="wz-municipality__actions" role="list">
            {m.report_url.as_ref().map(|url| view! {
                <li><a class="wz-link" href=url.as_ref() rel="external noopener">
                    {tr(&ui::GEMEENTE_REPORT)}
                </a></li>
            })}
            <li>
                <a class="wz-link" href=m.website.as_ref() rel="external noopener">
                    {tr(&ui::GEMEENTE_WEBSITE)}": "{display_host(&m.website)}
                </a>
            </li>
            {phones.into_iter().map(|p| view! {
                <li>
                    <PhoneLink phone=p prefix=&ui::CHANNEL_CALL class="wz-button wz-button--secondary"/>
                    {p.note.as_ref().map(|n| view! { " (" {tr(n)} ")" })}
                </li>
            }).collect_view()}
        </ul>
        {(!has_phone).then(|| view! { <p class="wz-hint">{tr(&ui::GEMEENTE_NO_PHONE)}</p> })}
    }
}

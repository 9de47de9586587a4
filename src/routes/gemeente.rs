use leptos::prelude::*;

use crate::components::channel_card::display_host;
use crate::components::page::Page;
use crate::components::phone_link::PhoneLink;
use crate::content::MUNICIPALITIES;
use crate::i18n::{tr, ui, use_locale};
use crate::schema::{HasPhones, Municipality};

/// The six municipalities: website, verified numbers only, where to report in public space.
#[component]
pub fn Gemeente() -> impl IntoView {
    view! {
        <Page name="gemeente" title=&ui::GEMEENTE_TITLE intro=&ui::GEMEENTE_INTRO>
            <ul class="wz-municipalities" role="list">
                {MUNICIPALITIES.iter().map(|m| view! { <MunicipalityItem m/> }).collect_view()}
            </ul>
        </Page>
    }
}

#[component]
fn MunicipalityItem(m: &'static Municipality) -> impl IntoView {
    let locale = use_locale();
    let phones: Vec<_> = m.callable_phones().collect();
    let has_phone = !phones.is_empty();
    view! {
        <li class="wz-municipality" id=m.id.as_ref()>
            <h2 class="wz-municipality__name">{m.name.as_ref()}</h2>
            {m.note.as_ref().map(|n| view! { <p>{move || n.get(locale.get())}</p> })}
            <ul class="wz-municipality__actions" role="list">
                <li>
                    <a class="wz-link" href=m.website.as_ref() rel="external noopener">
                        {tr(&ui::GEMEENTE_WEBSITE)}": "{display_host(&m.website)}
                    </a>
                </li>
                {m.report_url.as_ref().map(|url| view! {
                    <li><a class="wz-link" href=url.as_ref() rel="external noopener">
                        {tr(&ui::GEMEENTE_REPORT)}
                    </a></li>
                })}
                {phones.into_iter().map(|p| view! {
                    <li>
                        <PhoneLink phone=p class="wz-button wz-button--secondary"/>
                        {p.note.as_ref().map(|n| view! { " (" {move || n.get(locale.get())} ")" })}
                    </li>
                }).collect_view()}
            </ul>
            {(!has_phone).then(|| view! { <p class="wz-hint">{tr(&ui::GEMEENTE_NO_PHONE)}</p> })}
            <p class="wz-hint">{tr(&ui::GEMEENTE_POLICE_TEAM)}": "{m.police_team.as_ref()}</p>
        </li>
    }
}

use leptos::prelude::*;

use crate::components::page::{ComingNotice, Page};
use crate::components::phone_link::PhoneLink;
use crate::content::{channel, TIPS};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::{HasPhones, Tip};

/// Tips overview. Shows the tips written so far; search, audiences and tip pages follow.
#[component]
pub fn Tips() -> impl IntoView {
    view! {
        <Page name="tips" title=&ui::TIPS_TITLE intro=&ui::TIPS_INTRO>
            <ComingNotice text=&ui::TIPS_COMING/>
            {TIPS.iter().map(|tip| view! { <TipSummary tip/> }).collect_view()}
        </Page>
    }
}

#[component]
fn TipSummary(tip: &'static Tip) -> impl IntoView {
    let locale = use_locale();
    let contacts = tip
        .channels
        .iter()
        .filter_map(|id| channel(id))
        .map(|ch| {
            let phone = ch.callable_phones().next();
            view! {
                <li>
                    {move || ch.name.get(locale.get())}
                    {phone.map(|p| view! { ": " <PhoneLink phone=p/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="wz-tip" aria-labelledby=format!("tip-{}", tip.slug)>
            <h2 class="wz-tip__title" id=format!("tip-{}", tip.slug)>
                {move || tip.title.get(locale.get())}
            </h2>
            <p><strong>{tr(&ui::TIP_RECOGNISE)}": "</strong>{move || tip.recognise.get(locale.get())}</p>
            <h3>{tr(&ui::TIP_STEPS)}</h3>
            <ol class="wz-steps">
                {tip.steps.iter().map(|s| view! { <li>{move || s.get(locale.get())}</li> }).collect_view()}
            </ol>
            <h3>{tr(&ui::TIP_HAPPENED)}</h3>
            <ul class="wz-contacts">{contacts}</ul>
            <p class="wz-source">
                {tr(&ui::SOURCE_LABEL)}": "
                {tip.sources.iter().map(|s| s.page.as_ref()).collect::<Vec<_>>().join("; ")}
                ". "{tr(&ui::CHECKED_LABEL)}": "{tip.checked.as_ref()}
            </p>
        </section>
    }
}

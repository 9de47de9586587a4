//! One tip: recognise it, do this, has it happened (channels and the report flow), source.
//! Shareable, printable, readable aloud, with a text-size control.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::page::SourceNote;
use crate::components::phone_link::PhoneLink;
use crate::components::read_aloud::ReadAloud;
use crate::components::share::ShareBar;
use crate::components::text_size::TextSize;
use crate::content::{channel, TIPS};
use crate::domain::season::is_dark_season;
use crate::i18n::{tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::schema::{HasPhones, Tip};

/// The current month (1-12), from the device clock.
pub fn current_month() -> u32 {
    js_sys::Date::new_0().get_month() + 1
}

#[component]
pub fn TipPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    match TIPS.iter().find(|t| t.slug == slug) {
        Some(tip) => view! { <TipView tip/> }.into_any(),
        // An unknown tip: not-found, with a search box for the tips.
        None => view! { <NotFound search=true/> }.into_any(),
    }
}

#[component]
fn TipView(tip: &'static Tip) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let contacts = tip
        .channels
        .iter()
        .filter_map(|id| channel(id))
        .map(|ch| {
            let phone = ch.callable_phones().next();
            view! {
                <li>
                    <strong>{tr(&ch.name)}</strong>
                    {phone.map(|p| view! { " " <PhoneLink phone=p prefix=&ui::CHANNEL_CALL class="wz-button wz-button--secondary"/> })}
                </li>
            }
        })
        .collect_view();
    let share_text = format!("{} {}", tr(&ui::SHARE_TIP_TEXT), tr(&tip.title));
    let dark = tip.topic == "inbraak" && is_dark_season(current_month());
    view! {
        <Title text=tr(&tip.title)/>
        <article class="wz-page wz-tip-page" data-page="tip" data-tip=tip.slug.as_ref()>
            <a class="wz-back-link wz-no-print" href=format!("/{}/tips", locale.code())>{tr(&ui::TIPS_TITLE)}</a>
            <div class="wz-no-print"><TextSize/></div>
            <div id="wz-tip-text">
                <h1 class="wz-page__title">{tr(&tip.title)}</h1>
                {dark.then(|| view! { <p class="wz-notice wz-dark-season">{tr(&ui::DARK_SEASON)}</p> })}
                <h2>{tr(&ui::TIP_RECOGNISE)}</h2>
                <p class="wz-page__intro">{tr(&tip.recognise)}</p>
                <h2>{tr(&ui::TIP_STEPS)}</h2>
                <ol class="wz-steps">
                    {tip.steps.iter().map(|s| view! { <li>{tr(s)}</li> }).collect_view()}
                </ol>
                <h2>{tr(&ui::TIP_HAPPENED)}</h2>
                <ul class="wz-contacts" role="list">{contacts}</ul>
            </div>
            {tip.melden.as_ref().map(|branch| view! {
                <p class="wz-no-print">
                    <a class="wz-button" href=format!("/{}/melden/{branch}", locale.code())>
                        {tr(&ui::TIP_REPORT)}
                    </a>
                </p>
            })}
            <div class="wz-no-print">
                <ReadAloud target="wz-tip-text"/>
                <ShareBar text=share_text/>
            </div>
            <SourceNote sources=&tip.sources checked=&tip.checked/>
        </article>
    }
}

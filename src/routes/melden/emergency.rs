//! The full-screen 112 page: one big call button, what to say, stay safe.

use crate::components::title::Title;
use leptos::prelude::*;

use super::state::{step_href, tree};
use crate::components::phone_link::PhoneLink;
use crate::content::emergency_phones;
use crate::i18n::{tr, ui, use_locale, Text};

#[component]
pub fn Emergency() -> impl IntoView {
    let locale = use_locale();
    let t = tree();
    let outcome = t.outcomes.iter().find(|o| o.emergency);
    let (urgent, _) = emergency_phones();
    let list = move |items: &'static [Text]| {
        view! {
            <ul class="wz-list">
                {items.iter().map(|i| view! { <li>{tr(i)}</li> }).collect_view()}
            </ul>
        }
    };
    view! {
        <Title text=tr(&ui::MELDEN_CALL)/>
        <div class="wz-page wz-spoed" data-page="melden" data-step="spoed">
            {outcome.map(|o| view! {
                <h1 class="wz-page__title wz-spoed__title">{tr(&o.title)}</h1>
                <p class="wz-page__intro">{tr(&o.primary.why)}</p>
            })}
            {urgent.map(|p| view! {
                <p><PhoneLink phone=p label=tr(&ui::MELDEN_CALL)
                    class="wz-button wz-button--urgent wz-spoed__call"/></p>
            })}
            {outcome.map(|o| view! {
                <div class="wz-warning">{list(&o.warnings)}</div>
                <h2>{tr(&ui::MELDEN_SAY)}</h2>
                {list(&o.say)}
                <h2>{tr(&ui::MELDEN_READY)}</h2>
                {list(&o.ready)}
            })}
            <p>
                <a class="wz-back-link" href=move || step_href(locale.get(), &t.start())>
                    {tr(&ui::MELDEN_BACK_TO_QUESTION)}
                </a>
            </p>
        </div>
    }
}

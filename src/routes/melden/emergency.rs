//! The full-screen 112 page: one big call button, what to say, stay safe.

use crate::components::title::Title;
use leptos::prelude::*;

use super::state::{step_href, tree};
use crate::components::channel_card::ChannelContact;
use crate::components::phone_link::PhoneLink;
use crate::content::{channel, emergency_phones};
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
                // Where the situation has a follow-up channel (Veilig Thuis, Helpwanted, the
                // bank): named here for once the emergency is over.
                {(!o.afterwards.is_empty()).then(|| view! {
                    <h2>{tr(&ui::MELDEN_AFTERWARDS)}</h2>
                    {o.afterwards.iter().filter_map(|a| channel(&a.channel).map(|c| view! {
                        <section class="wz-advice" data-channel=a.channel.as_ref()>
                            <h3 class="wz-advice__name">{tr(&c.name)}</h3>
                            <p class="wz-advice__why">{tr(&a.why)}</p>
                            <ChannelContact channel=c purpose=true/>
                        </section>
                    })).collect_view()}
                })}
            })}
            <p>
                <a class="wz-back-link" href=move || step_href(locale.get(), &t.start())>
                    {tr(&ui::MELDEN_BACK_TO_QUESTION)}
                </a>
            </p>
        </div>
    }
}

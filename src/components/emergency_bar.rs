use leptos::prelude::*;

use crate::components::phone_link::PhoneLink;
use crate::content::emergency_phones;
use crate::i18n::{tr, ui};

/// 112 and the police non-emergency number, fixed to the bottom of every screen.
/// The same numbers are in index.html for when the app cannot start.
#[component]
pub fn EmergencyBar() -> impl IntoView {
    view! {
        <aside class="wz-emergency" aria-label=tr(&ui::EMERGENCY_LABEL)>
            <div class="wz-emergency__inner">
                <EmergencyLinks/>
            </div>
        </aside>
    }
}

/// The two emergency links, also used on the not-found page.
#[component]
pub fn EmergencyLinks() -> impl IntoView {
    let (urgent, police) = emergency_phones();
    view! {
        {urgent.map(|p| view! {
            <PhoneLink phone=p label=tr(&ui::EMERGENCY_112)
                class="wz-emergency__link wz-emergency__link--urgent"/>
        })}
        {police.map(|p| view! {
            <PhoneLink phone=p label=tr(&ui::EMERGENCY_POLICE)
                class="wz-emergency__link"/>
        })}
    }
}

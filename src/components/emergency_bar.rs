use leptos::prelude::*;

use crate::components::phone_link::PhoneLinkWith;
use crate::content::emergency_phones;
use crate::i18n::{tr, ui};

/// 112 and the police non-emergency number on every screen: one row at every text size and
/// language, a big red "Bel 112" and a smaller "0900-8844 politie, geen spoed". The words
/// that are hidden on narrow screens stay in the link's name, so a screen reader always hears
/// "Spoed? Bel 112". Where the bar sits (stuck to the top under the header, or in the flow on a
/// short screen) is style (.wz-emergency).
/// The same numbers are in index.html for when the app cannot start.
#[component]
pub fn EmergencyBar() -> impl IntoView {
    let (urgent, police) = emergency_phones();
    view! {
        <aside class="wz-emergency" aria-label=tr(&ui::EMERGENCY_LABEL)>
            <div class="wz-emergency__inner">
                {urgent.map(|p| view! {
                    // One inline wrapper: a flex link would drop the spaces between its spans.
                    <PhoneLinkWith phone=p class="wz-emergency__link wz-emergency__link--urgent"><span>
                        <span class="wz-visually-hidden">{tr(&ui::EMERGENCY_BAR_URGENT_LEAD)}" "</span>
                        <span class="wz-emergency__verb">{tr(&ui::EMERGENCY_BAR_CALL)}" "</span>
                        <span class="wz-nowrap">{p.display.to_string()}</span>
                    </span></PhoneLinkWith>
                })}
                {police.map(|p| view! {
                    <PhoneLinkWith phone=p class="wz-emergency__link wz-emergency__link--police">
                        <span class="wz-emergency__number wz-nowrap">{p.display.to_string()}</span>
                        " "
                        <span class="wz-emergency__what">
                            <span class="wz-emergency__who">{tr(&ui::EMERGENCY_BAR_POLICE_WHO)}" "</span>
                            {tr(&ui::EMERGENCY_BAR_POLICE_WHEN)}
                        </span>
                    </PhoneLinkWith>
                })}
            </div>
        </aside>
    }
}

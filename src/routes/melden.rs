use leptos::prelude::*;

use crate::components::channel_card::ChannelCard;
use crate::components::page::{ComingNotice, Page};
use crate::content::CHANNELS;
use crate::i18n::ui;

/// Report a suspicion. Until the guided flow lands: every channel with when (not) to use it.
#[component]
pub fn Melden() -> impl IntoView {
    view! {
        <Page name="melden" title=&ui::MELDEN_TITLE intro=&ui::MELDEN_INTRO>
            <ComingNotice text=&ui::MELDEN_COMING/>
            <div class="wz-channels">
                {CHANNELS.iter().map(|channel| view! { <ChannelCard channel/> }).collect_view()}
            </div>
        </Page>
    }
}

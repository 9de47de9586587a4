use leptos::prelude::*;

use crate::components::page::{ComingNotice, Page};
use crate::i18n::ui;

/// Workshop mode for schools: the quiz follows in a later issue.
#[component]
pub fn Workshop() -> impl IntoView {
    view! {
        <Page name="workshop" title=&ui::WORKSHOP_TITLE intro=&ui::WORKSHOP_INTRO>
            <ComingNotice text=&ui::WORKSHOP_COMING/>
        </Page>
    }
}

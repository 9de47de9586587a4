use leptos::prelude::*;

use crate::components::page::{ComingNotice, Page};
use crate::content::CHECKLISTS;
use crate::i18n::{ui, use_locale};
use crate::schema::Checklist;

/// Checklists overview. For now a readable list; ticking, scores and print follow.
#[component]
pub fn Checklists() -> impl IntoView {
    view! {
        <Page name="checklists" title=&ui::CHECKLISTS_TITLE intro=&ui::CHECKLISTS_INTRO>
            <ComingNotice text=&ui::CHECKLISTS_COMING/>
            {CHECKLISTS.iter().map(|list| view! { <ChecklistPreview list/> }).collect_view()}
        </Page>
    }
}

#[component]
fn ChecklistPreview(list: &'static Checklist) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="wz-checklist">
            <h2>{move || list.title.get(locale.get())}</h2>
            <p>{move || list.intro.get(locale.get())}</p>
            {list.sections.iter().map(|section| view! {
                <h3>{move || section.title.get(locale.get())}</h3>
                <ul class="wz-checklist__items">
                    {section.items.iter().map(|item| view! {
                        <li>
                            <span class="wz-checklist__text">{move || item.text.get(locale.get())}</span>
                            " "
                            <span class="wz-checklist__why">{move || item.why.get(locale.get())}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </section>
    }
}

//! The checklists, each with how far this household got.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::text_size::TextSize;
use crate::content::CHECKLISTS;
use crate::i18n::{tr, ui, use_locale};
use crate::routes::checklist::load_progress;

#[component]
pub fn Checklists() -> impl IntoView {
    let locale = use_locale().get_untracked();
    view! {
        <Page name="checklists" title=&ui::CHECKLISTS_TITLE intro=&ui::CHECKLISTS_INTRO>
            <TextSize/>
            <ul class="wz-tip-list" role="list">
                {CHECKLISTS.iter().map(|list| {
                    let (progress, _) = load_progress(list);
                    let score = progress.overall(list);
                    view! {
                        <li class="wz-tip-card">
                            <h2 class="wz-tip-card__title">
                                <a href=format!("/{}/checklists/{}", locale.code(), list.slug)>{tr(&list.title)}</a>
                            </h2>
                            <p class="wz-tip-card__text">{tr(&list.intro)}</p>
                            <p class="wz-hint">{format!("{} / {} {}", score.done, score.total, tr(&ui::CHECKLIST_DONE_COUNT))}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Page>
    }
}

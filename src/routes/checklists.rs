//! The checklists, each with who it is for and how far this household got.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::read_aloud::read_this_page;
use crate::content::CHECKLISTS;
use crate::domain::checklist::{Loaded, Progress};
use crate::i18n::{tr, ui, use_locale};
use crate::routes::checklist::key;
use crate::routes::tips::audience_label;
use crate::storage;

#[component]
pub fn Checklists() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let lines = || {
        let mut lines = vec![
            tr(&ui::CHECKLISTS_TITLE).to_string(),
            tr(&ui::CHECKLISTS_INTRO).to_string(),
        ];
        for list in CHECKLISTS {
            lines.push(tr(&list.title).to_string());
            lines.push(tr(&list.intro).to_string());
        }
        lines
    };
    read_this_page(lines);
    view! {
        <Page name="checklists" title=&ui::CHECKLISTS_TITLE intro=&ui::CHECKLISTS_INTRO>
            <ul class="wz-tip-list" role="list">
                {CHECKLISTS.iter().map(|list| {
                    // Read only: an unreadable save is reset (with a message) on its own page.
                    let progress = match Progress::decode(storage::get(&key(list)).as_deref(), list) {
                        Loaded::Ok { progress, .. } => progress,
                        Loaded::Empty | Loaded::Reset => Progress::default(),
                    };
                    let score = progress.overall(list);
                    let people = list
                        .audiences
                        .iter()
                        .map(|a| tr(audience_label(*a)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li class="wz-tip-card">
                            <h2 class="wz-tip-card__title">
                                <a href=format!("/{}/checklists/{}", locale.code(), list.slug)>{tr(&list.title)}</a>
                            </h2>
                            <p class="wz-tip-card__text">{tr(&list.intro)}</p>
                            <p class="wz-hint wz-tip-card__meta">{tr(&ui::TIP_FOR)}": "{people}</p>
                            <p class="wz-hint wz-tip-card__meta">{format!("{} / {} {}", score.done, score.total, tr(&ui::CHECKLIST_DONE_COUNT))}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Page>
    }
}

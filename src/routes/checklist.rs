//! One checklist: tick items, mark what doesn't apply, see scores and what to do next.
//! Progress stays on this device (by item id); a printout has tick boxes.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::page::SourceNote;
use crate::components::read_aloud::ReadAloud;
use crate::components::share::ShareBar;
use crate::components::text_size::TextSize;
use crate::content::CHECKLISTS;
use crate::domain::checklist::{Loaded, Mark, Progress};
use crate::i18n::{tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::schema::{Checklist, ChecklistItem};
use crate::storage;

fn key(list: &Checklist) -> String {
    format!("waakzaam.checklist.{}", list.slug)
}

/// What the person is told about their saved progress.
#[derive(Clone, Copy, PartialEq)]
pub enum Notice {
    None,
    Reset,
    Dropped,
    NotKept,
    Cleared,
}

/// Saved progress for a checklist; an unreadable one resets this checklist only.
pub fn load_progress(list: &Checklist) -> (Progress, Notice) {
    match Progress::decode(storage::get(&key(list)).as_deref(), list) {
        Loaded::Empty => (Progress::default(), Notice::None),
        Loaded::Ok { progress, dropped } => (
            progress,
            if dropped > 0 {
                Notice::Dropped
            } else {
                Notice::None
            },
        ),
        Loaded::Reset => {
            storage::remove(&key(list));
            (Progress::default(), Notice::Reset)
        }
    }
}

#[component]
pub fn ChecklistPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("slug")).unwrap_or_default();
    match CHECKLISTS.iter().find(|c| c.slug == slug) {
        Some(list) => view! { <ChecklistView list/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ChecklistView(list: &'static Checklist) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let (saved, notice) = load_progress(list);
    let progress = RwSignal::new(saved);
    let notice = RwSignal::new(notice);

    let set_mark = move |id: &'static str, mark: Option<Mark>| {
        progress.update(|p| p.set(id, mark));
        let stored = progress.with_untracked(|p| storage::set(&key(list), &p.encode()));
        if stored.is_err() {
            notice.set(Notice::NotKept);
        }
    };
    let reset = move |_| {
        progress.set(Progress::default());
        storage::remove(&key(list));
        notice.set(Notice::Cleared);
    };
    let overall = Memo::new(move |_| progress.with(|p| p.overall(list)));
    let item_by_id = |id: &str| -> Option<&'static ChecklistItem> {
        list.sections
            .iter()
            .flat_map(|s| s.items.iter())
            .find(|i| i.id == id)
    };

    view! {
        <Title text=tr(&list.title)/>
        <div class="wz-page wz-checklist-page" data-page="checklist" data-checklist=list.slug.as_ref()>
            <a class="wz-back-link wz-no-print" href=format!("/{}/checklists", locale.code())>{tr(&ui::CHECKLISTS_TITLE)}</a>
            <div class="wz-no-print"><TextSize/></div>
            <h1 class="wz-page__title">{tr(&list.title)}</h1>
            <p class="wz-page__intro">{tr(&list.intro)}</p>
            <p class="wz-notice" role="status" class:wz-hidden=move || notice.get() == Notice::None>
                {move || match notice.get() {
                    Notice::None => "",
                    Notice::Reset => tr(&ui::CHECKLIST_RESET_CORRUPT),
                    Notice::Dropped => tr(&ui::CHECKLIST_DROPPED),
                    Notice::NotKept => tr(&ui::CHECKLIST_NOT_KEPT),
                    Notice::Cleared => tr(&ui::CHECKLIST_CLEARED),
                }}
            </p>
            <div class="wz-score wz-no-print">
                <label for="wz-score-bar">{tr(&ui::CHECKLIST_PROGRESS)}</label>
                <progress id="wz-score-bar" max="100" value=move || overall.get().percent().to_string()></progress>
                <span class="wz-score__text" data-testid="overall-score">
                    {move || { let s = overall.get(); format!("{} / {} {}", s.done, s.total, tr(&ui::CHECKLIST_DONE_COUNT)) }}
                </span>
            </div>
            <section class="wz-next wz-no-print" aria-labelledby="wz-next-title">
                <h2 id="wz-next-title">{tr(&ui::CHECKLIST_NEXT)}</h2>
                {move || {
                    let next = progress.with(|p| p.next_steps(list, 3));
                    if next.is_empty() {
                        view! { <p>{tr(&ui::CHECKLIST_ALL_DONE)}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="wz-list">
                                {next.into_iter().filter_map(item_by_id).map(|i| view! {
                                    <li><a href=format!("#item-{}", i.id)>{tr(&i.text)}</a></li>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                }}
            </section>
            // What "voorlezen" reads: the sections with their items and why.
            <div id="wz-checklist-items">
            {list.sections.iter().map(|section| {
                let score = Memo::new(move |_| progress.with(|p| p.section_score(list, &section.id)));
                view! {
                    <section class="wz-checklist-section" aria-labelledby=format!("section-{}", section.id)>
                        <h2 id=format!("section-{}", section.id)>
                            {tr(&section.title)}
                            <span class="wz-checklist-section__score wz-no-print">
                                {move || { let s = score.get(); format!(" ({} / {})", s.done, s.total) }}
                            </span>
                        </h2>
                        <ul class="wz-checks" role="list">
                            {section.items.iter().map(|item| view! { <CheckItem item progress set_mark/> }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
            </div>
            <div class="wz-no-print">
                <ReadAloud target="wz-checklist-items"/>
                <ShareBar text=format!("{} {}", tr(&ui::SHARE_TIP_TEXT), tr(&list.title))/>
                <button type="button" class="wz-button wz-button--warning" on:click=reset>
                    {tr(&ui::CHECKLIST_RESET)}
                </button>
            </div>
            <SourceNote sources=&list.sources checked=&list.checked/>
        </div>
    }
}

#[component]
fn CheckItem(
    item: &'static ChecklistItem,
    progress: RwSignal<Progress>,
    set_mark: impl Fn(&'static str, Option<Mark>) + Copy + 'static,
) -> impl IntoView {
    let id: &'static str = item.id.as_ref();
    let done_id = format!("item-{id}");
    let na_id = format!("item-{id}-na");
    let why_id = format!("item-{id}-why");
    let mark = move || progress.with(|p| p.mark(id));
    view! {
        <li class="wz-check" class:wz-check--na=move || mark() == Some(Mark::NotApplicable)>
            <div class="wz-check__main">
                <input class="wz-check__input" type="checkbox" id=done_id.clone()
                    aria-describedby=why_id.clone()
                    prop:checked=move || mark() == Some(Mark::Done)
                    prop:disabled=move || mark() == Some(Mark::NotApplicable)
                    on:change=move |ev| set_mark(id, event_target_checked(&ev).then_some(Mark::Done))/>
                <label class="wz-check__label" for=done_id>{tr(&item.text)}</label>
            </div>
            <p class="wz-check__why" id=why_id>{tr(&item.why)}</p>
            <div class="wz-check__na wz-no-print">
                <input type="checkbox" id=na_id.clone()
                    prop:checked=move || mark() == Some(Mark::NotApplicable)
                    on:change=move |ev| set_mark(id, event_target_checked(&ev).then_some(Mark::NotApplicable))/>
                <label for=na_id>{tr(&ui::CHECKLIST_NA)}</label>
            </div>
        </li>
    }
}

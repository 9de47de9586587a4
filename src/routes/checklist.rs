//! One checklist: tick items, mark what doesn't apply, see scores and what to do next.
//! Progress stays on this device (by item id); a printout has tick boxes.

use crate::components::title::Title;
use leptos::prelude::*;

use crate::components::read_aloud::read_this_page;
use crate::components::share::{PrintNote, ShareBar};
use crate::components::sources::SourceNote;
use crate::content::CHECKLISTS;
use crate::domain::checklist::{Loaded, Mark, Progress};
use crate::i18n::{tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::schema::{Checklist, ChecklistItem};
use crate::storage;

pub fn key(list: &Checklist) -> String {
    format!("{}{}", crate::domain::stored::CHECKLIST_PREFIX, list.slug)
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
    let slug = crate::routes::tip::slug_params().slug.unwrap_or_default();
    match CHECKLISTS.iter().find(|c| c.slug == slug) {
        Some(list) => view! { <ChecklistView list/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ChecklistView(list: &'static Checklist) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let (saved, mut first_notice) = load_progress(list);
    // Say it up front when ticks can't be kept (private mode, storage full or blocked).
    if first_notice == Notice::None && !storage::available() {
        first_notice = Notice::NotKept;
    }
    let progress = RwSignal::new(saved);
    let notice = RwSignal::new(first_notice);
    // What "start all over again" cleared, until the next tick: one tap brings it back.
    let undo = RwSignal::new(None::<Progress>);

    let store = move |p: &Progress| {
        let stored = if p.is_empty() {
            storage::remove(&key(list));
            Ok(())
        } else {
            storage::set(&key(list), &p.encode())
        };
        if stored.is_err() {
            notice.set(Notice::NotKept);
        }
    };
    let set_mark = move |id: &'static str, mark: Option<Mark>| {
        progress.update(|p| p.set(id, mark));
        progress.with_untracked(store);
        undo.set(None);
        if notice.get_untracked() == Notice::Cleared {
            notice.set(Notice::None);
        }
    };
    // "Start all over again" asks first, right where it was tapped; the answer and the undo
    // appear in the same place, so nobody has to look for them at the top of a long list.
    let confirming = RwSignal::new(false);
    let reset = move |_| {
        let before = progress.get_untracked();
        progress.set(Progress::default());
        storage::remove(&key(list));
        undo.set((!before.is_empty()).then_some(before));
        confirming.set(false);
        notice.set(Notice::Cleared);
        focus_id("wz-reset-result");
    };
    let bring_back = move |_| {
        if let Some(before) = undo.get_untracked() {
            store(&before);
            progress.set(before);
            undo.set(None);
            notice.set(Notice::None);
            focus_id("wz-reset-button");
        }
    };
    let overall = Memo::new(move |_| progress.with(|p| p.overall(list)));
    let item_by_id = |id: &str| -> Option<&'static ChecklistItem> {
        list.sections
            .iter()
            .flat_map(|s| s.items.iter())
            .find(|i| i.id == id)
    };
    // What "voorlezen" reads: the title, the intro, then each section with its items.
    let lines = move || {
        let mut lines = vec![tr(&list.title).to_string(), tr(&list.intro).to_string()];
        for section in list.sections.iter() {
            lines.push(tr(&section.title).to_string());
            for item in section.items.iter() {
                lines.push(tr(&item.text).to_string());
                lines.push(tr(&item.why).to_string());
                if let Some(how) = &item.how {
                    lines.push(format!("{} {}", tr(&ui::CHECKLIST_HOW), tr(how)));
                }
            }
        }
        lines
    };

    read_this_page(lines);
    view! {
        <Title text=tr(&list.title)/>
        <div class="wz-page wz-checklist-page" data-page="checklist" data-checklist=list.slug.as_ref()>
            <a class="wz-back-link wz-no-print" href=format!("/{}/checklists", locale.code())>{tr(&ui::CHECKLISTS_TITLE)}</a>
            <h1 class="wz-page__title">{tr(&list.title)}</h1>
            <p class="wz-page__intro">{tr(&list.intro)}</p>
            <crate::components::needs_app::NeedsApp/>
            <p class="wz-print-only wz-checklist-page__date">{tr(&ui::CHECKLIST_PRINT_DATE)}</p>
            // About the saved progress as the page opens (the reset's own answer is below).
            <div class="wz-notice wz-no-print" role="status"
                class:wz-hidden=move || matches!(notice.get(), Notice::None | Notice::Cleared)>
                <p class="wz-notice__text">
                    {move || match notice.get() {
                        Notice::None | Notice::Cleared => "",
                        Notice::Reset => tr(&ui::CHECKLIST_RESET_CORRUPT),
                        Notice::Dropped => tr(&ui::CHECKLIST_DROPPED),
                        Notice::NotKept => tr(&ui::CHECKLIST_NOT_KEPT),
                    }}
                </p>
            </div>
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
                                    <li><a href=format!("#item-{}", i.id)
                                        on:click=move |ev| if focus_item(&i.id) { ev.prevent_default() }>
                                        {tr(&i.text)}
                                    </a></li>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                }}
            </section>
            <div class="wz-checklist-page__sections">
            {list.sections.iter().map(|section| {
                let score = Memo::new(move |_| progress.with(|p| p.section_score(list, &section.id)));
                view! {
                    <section class="wz-checklist-section" aria-labelledby=format!("section-{}", section.id)>
                        <h2 class="wz-checklist-section__title" id=format!("section-{}", section.id)>
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
            <div class="wz-checklist-page__actions wz-no-print">
                <ShareBar text=format!("{} {}", tr(&ui::SHARE_TIP_TEXT), tr(&list.title))/>
                <div class="wz-reset">
                    {move || (crate::browser::is_live() && !confirming.get()).then(|| view! {
                        <button type="button" id="wz-reset-button" class="wz-button wz-button--warning"
                            on:click=move |_| { confirming.set(true); focus_id("wz-reset-question"); }>
                            {tr(&ui::CHECKLIST_RESET)}
                        </button>
                    })}
                    {move || confirming.get().then(|| view! {
                        <div class="wz-reset__confirm" role="group" aria-labelledby="wz-reset-question">
                            <p id="wz-reset-question" class="wz-reset__question" tabindex="-1">
                                {tr(&ui::CHECKLIST_RESET_CONFIRM)}
                            </p>
                            <div class="wz-button-group">
                                <button type="button" class="wz-button wz-button--warning" on:click=reset>
                                    {tr(&ui::CHECKLIST_RESET_YES)}
                                </button>
                                <button type="button" class="wz-button wz-button--secondary"
                                    on:click=move |_| { confirming.set(false); focus_id("wz-reset-button"); }>
                                    {tr(&ui::CHECKLIST_RESET_NO)}
                                </button>
                            </div>
                        </div>
                    })}
                    <div class="wz-notice" id="wz-reset-result" tabindex="-1" role="status"
                        class:wz-hidden=move || notice.get() != Notice::Cleared>
                        <p class="wz-notice__text">
                            {move || (notice.get() == Notice::Cleared).then(|| tr(&ui::CHECKLIST_CLEARED))}
                        </p>
                        {move || undo.with(Option::is_some).then(|| view! {
                            <button type="button" class="wz-button wz-button--secondary" on:click=bring_back>
                                {tr(&ui::CHECKLIST_UNDO)}
                            </button>
                        })}
                    </div>
                </div>
            </div>
            <SourceNote sources=&list.sources checked=&list.checked/>
            <PrintNote/>
        </div>
    }
}

/// Moves focus to an element that has just appeared (after the view has updated), and so
/// into view.
fn focus_id(id: &'static str) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let el = crate::browser::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}

/// "Do this first" jumps to the item's tick box itself, so keyboard and screen-reader users
/// land on it (a plain #link only scrolls). False when it isn't there: the link does the rest.
fn focus_item(id: &str) -> bool {
    use leptos::wasm_bindgen::JsCast;
    let input = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("item-{id}")))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    input.is_some_and(|el| el.focus().is_ok())
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
    let how_id = format!("item-{id}-how");
    let described_by = if item.how.is_some() {
        format!("{why_id} {how_id}")
    } else {
        why_id.clone()
    };
    let mark = move || progress.with(|p| p.mark(id));
    view! {
        <li class="wz-check" class:wz-check--na=move || mark() == Some(Mark::NotApplicable)>
            <div class="wz-check__main">
                <input class="wz-check__input" type="checkbox" id=done_id.clone()
                    aria-describedby=described_by
                    prop:checked=move || mark() == Some(Mark::Done)
                    prop:disabled=move || mark() == Some(Mark::NotApplicable)
                    on:change=move |ev| set_mark(id, event_target_checked(&ev).then_some(Mark::Done))/>
                <label class="wz-check__label" for=done_id>{tr(&item.text)}</label>
            </div>
            <p class="wz-check__why" id=why_id>{tr(&item.why)}</p>
            {item.how.as_ref().map(|how| view! {
                <p class="wz-check__how" id=how_id>
                    <strong>{tr(&ui::CHECKLIST_HOW)}</strong>" "{tr(how)}
                </p>
            })}
            <div class="wz-check__na wz-no-print">
                <input type="checkbox" id=na_id.clone()
                    prop:checked=move || mark() == Some(Mark::NotApplicable)
                    on:change=move |ev| set_mark(id, event_target_checked(&ev).then_some(Mark::NotApplicable))/>
                <label for=na_id>{tr(&ui::CHECKLIST_NA)}</label>
            </div>
        </li>
    }
}

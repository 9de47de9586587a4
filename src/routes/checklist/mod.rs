//! One checklist: tick items, mark what doesn't apply, see scores and what to do next.
//! Progress stays on this device (by item id, `saved`); a printout has tick boxes.

mod item;
mod reset;
mod saved;

use leptos::prelude::*;

use crate::components::read_aloud::read_this_page;
use crate::components::share::{PrintNote, ShareBar};
use crate::components::sources::SourceNote;
use crate::components::title::Title;
use crate::content::CHECKLISTS;
use crate::domain::checklist::{Mark, Progress};
use crate::i18n::{tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::schema::{Checklist, ChecklistItem};
use crate::storage;
use item::CheckItem;
use reset::StartOver;
pub use saved::key;
use saved::{load_progress, save, Notice};

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
    // Say it up front when ticks can't be kept (private mode, storage full or blocked). Only
    // in the browser: the static page (rendered at build time, where there is no storage)
    // shows the empty list, which the app fills in as it starts.
    if first_notice == Notice::None && crate::browser::is_live() && !storage::available() {
        first_notice = Notice::NotKept;
    }
    let progress = RwSignal::new(saved);
    let notice = RwSignal::new(first_notice);
    // What "start all over again" cleared, until the next tick: one tap brings it back.
    let undo = RwSignal::new(None::<Progress>);

    let store = move |p: &Progress| {
        if !save(list, p) {
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
                <StartOver list progress notice undo/>
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

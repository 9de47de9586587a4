//! One item of a checklist: its tick box, why it matters, how to do it, and "doesn't apply".

use leptos::prelude::*;

use crate::domain::checklist::{Mark, Progress};
use crate::i18n::{tr, ui};
use crate::schema::ChecklistItem;

#[component]
pub(super) fn CheckItem(
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

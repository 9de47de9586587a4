//! "Start all over again": asks first, right where it was tapped; the answer and the undo
//! appear in the same place, so nobody has to look for them at the top of a long list.

use leptos::prelude::*;

use super::focus_id;
use super::saved::{save, Notice};
use crate::domain::checklist::Progress;
use crate::i18n::{tr, ui};
use crate::schema::Checklist;

#[component]
pub(super) fn StartOver(
    list: &'static Checklist,
    progress: RwSignal<Progress>,
    notice: RwSignal<Notice>,
    /// What the last start-over cleared, until the next tick: one tap brings it back.
    undo: RwSignal<Option<Progress>>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let reset = move |_| {
        let before = progress.get_untracked();
        progress.set(Progress::default());
        // Nothing to keep: removes the stored progress, so this cannot fail.
        save(list, &Progress::default());
        undo.set((!before.is_empty()).then_some(before));
        confirming.set(false);
        notice.set(Notice::Cleared);
        focus_id("wz-reset-result");
    };
    let bring_back = move |_| {
        if let Some(before) = undo.get_untracked() {
            let kept = save(list, &before);
            progress.set(before);
            undo.set(None);
            notice.set(if kept { Notice::None } else { Notice::NotKept });
            focus_id("wz-reset-button");
        }
    };
    view! {
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
    }
}

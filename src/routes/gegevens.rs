//! "Mijn gegevens": exactly what Waakzaam keeps on this device, each with its own delete
//! button, and "wis alles". Keys and their meaning come from domain::stored.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::content::{CHECKLISTS, MUNICIPALITIES};
use crate::domain::checklist::{Loaded, Progress};
use crate::domain::stored::{self, Area, Kind};
use crate::i18n::{tr, ui, Text};
use crate::routes::over::WipeData;
use crate::storage;

#[component]
pub fn Gegevens() -> impl IntoView {
    let keys = RwSignal::new(storage::our_keys());
    let refresh = move || keys.set(storage::our_keys());
    view! {
        <Page name="gegevens" title=&ui::DATA_TITLE intro=&ui::DATA_INTRO>
            {move || {
                let list = keys.get();
                if list.is_empty() {
                    return view! { <p class="wz-notice" data-empty="true">{tr(&ui::DATA_NONE)}</p> }.into_any();
                }
                view! {
                    <ul class="wz-data-list" role="list">
                        {list.into_iter().map(|(area, key)| {
                            let (what, value) = describe(area, &key);
                            let k = key.clone();
                            view! {
                                <li class="wz-data-item" data-key=key.clone()>
                                    <p class="wz-data-item__what">{tr(what)}</p>
                                    <p class="wz-hint">{value}</p>
                                    {(area == Area::Session).then(|| view! {
                                        <p class="wz-hint">{tr(&ui::DATA_SESSION)}</p>
                                    })}
                                    <button type="button" class="wz-button wz-button--secondary"
                                        on:click=move |_| { storage::remove_in(area, &k); refresh(); }>
                                        {tr(&ui::DATA_DELETE)}
                                        <span class="wz-visually-hidden">": "{tr(what)}</span>
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <WipeData on_done=Callback::new(move |_| refresh())/>
        </Page>
    }
}

/// What a stored value is, and its current value in plain words.
fn describe(area: Area, key: &str) -> (&'static Text, String) {
    let raw = storage::get_in(area, key);
    let raw = raw.as_deref();
    match Kind::of(key) {
        Some(Kind::Language) => (
            &ui::DATA_LANGUAGE,
            stored::locale(raw)
                .map(|l| l.native_name().to_string())
                .unwrap_or_default(),
        ),
        Some(Kind::Municipality) => (
            &ui::DATA_MUNICIPALITY,
            stored::municipality(raw, MUNICIPALITIES)
                .map(|m| m.name.to_string())
                .unwrap_or_default(),
        ),
        Some(Kind::TextSize) => (&ui::DATA_TEXT_SIZE, raw.unwrap_or_default().to_string()),
        Some(Kind::ChecklistProgress) => {
            let slug = key.trim_start_matches(stored::CHECKLIST_PREFIX);
            let value = CHECKLISTS
                .iter()
                .find(|l| l.slug == slug)
                .map(|list| {
                    let done = match Progress::decode(raw, list) {
                        Loaded::Ok { progress, .. } => progress.overall(list).done,
                        _ => 0,
                    };
                    format!("{}: {done} {}", tr(&list.title), tr(&ui::DATA_TICKED))
                })
                .unwrap_or_else(|| slug.to_string());
            (&ui::DATA_CHECKLIST, value)
        }
        Some(Kind::QuizScores) => {
            let level = key.trim_start_matches(stored::QUIZ_BEST_PREFIX);
            let value = crate::domain::quiz::parse_best(raw)
                .map(|(right, total)| format!("{level}: {right}/{total}"))
                .unwrap_or_default();
            (&ui::DATA_QUIZ, value)
        }
        Some(Kind::ReportNote) => (
            &ui::DATA_NOTE,
            format!(
                "{} {}",
                raw.map(|r| r.chars().count()).unwrap_or(0),
                tr(&ui::DATA_CHARACTERS)
            ),
        ),
        Some(Kind::ReportAnswers) => (&ui::DATA_ANSWERS, String::new()),
        None => (&ui::DATA_OTHER, key.to_string()),
    }
}

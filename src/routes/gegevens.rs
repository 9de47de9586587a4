//! "Mijn gegevens": exactly what Waakzaam keeps on this device, each with its own delete
//! button, and "wis alles". Keys and their meaning come from domain::stored.

use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::text_size;
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
            // The static page (built where there is no storage) must not say "nothing is
            // kept": the list is only the running app's, the page says so without it.
            <crate::components::needs_app::NeedsApp/>
            {move || {
                if !crate::browser::is_live() {
                    return ().into_any();
                }
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

/// What each kind of stored value is, in plain words (the list and "Wis alles").
pub fn kind_label(kind: Option<Kind>) -> &'static Text {
    match kind {
        Some(Kind::Language) => &ui::DATA_LANGUAGE,
        Some(Kind::Municipality) => &ui::DATA_MUNICIPALITY,
        Some(Kind::TextSize) => &ui::DATA_TEXT_SIZE,
        Some(Kind::ChecklistProgress) => &ui::DATA_CHECKLIST,
        Some(Kind::QuizScores) => &ui::DATA_QUIZ,
        Some(Kind::QuizBooster) => &ui::DATA_BOOSTER,
        Some(Kind::ReportNote) => &ui::DATA_NOTE,
        Some(Kind::ReportAnswers) => &ui::DATA_ANSWERS,
        Some(Kind::SightingDraft) => &ui::DATA_SIGHTING,
        None => &ui::DATA_OTHER,
    }
}

/// What a stored value is, and its current value in plain words: parsed as the app reads it,
/// never the raw text (a damaged or huge value would show as such); a value the app cannot
/// read says so.
fn describe(area: Area, key: &str) -> (&'static Text, String) {
    let raw = storage::get_in(area, key);
    let raw = raw.as_deref();
    let kind = Kind::of(key);
    let unreadable = || tr(&ui::DATA_UNREADABLE).to_string();
    let value = match kind {
        Some(Kind::Language) => stored::locale(raw)
            .map(|l| l.native_name().to_string())
            .unwrap_or_else(unreadable),
        Some(Kind::Municipality) => stored::municipality(raw, MUNICIPALITIES)
            .map(|m| m.name.to_string())
            .unwrap_or_else(unreadable),
        Some(Kind::TextSize) => stored::text_size(raw, text_size::MAX_STEP)
            .map(|step| tr(text_size::LABELS[step as usize]).to_string())
            .unwrap_or_else(unreadable),
        Some(Kind::ChecklistProgress) => {
            let slug = key.trim_start_matches(stored::CHECKLIST_PREFIX);
            CHECKLISTS
                .iter()
                .find(|l| l.slug == slug)
                .map(|list| {
                    let done = match Progress::decode(raw, list) {
                        Loaded::Ok { progress, .. } => progress.overall(list).done,
                        _ => 0,
                    };
                    format!("{}: {done} {}", tr(&list.title), tr(&ui::DATA_TICKED))
                })
                .unwrap_or_else(unreadable)
        }
        Some(Kind::QuizScores) => {
            let level = key.trim_start_matches(stored::QUIZ_BEST_PREFIX);
            crate::domain::quiz::parse_best(raw)
                .map(|(right, total)| format!("{level}: {right}/{total}"))
                .unwrap_or_else(unreadable)
        }
        Some(Kind::QuizBooster) => stored::booster(raw)
            .map(|b| {
                use crate::domain::quiz::booster::iso_date;
                let played = iso_date(b.played);
                if b.off {
                    ui::fill::DataBoosterOff { played: &played }.tr()
                } else {
                    let next = b
                        .next_day()
                        .map(iso_date)
                        .unwrap_or_else(|| tr(&ui::DATA_BOOSTER_NONE).to_string());
                    ui::fill::DataBoosterValue {
                        played: &played,
                        next: &next,
                    }
                    .tr()
                }
            })
            .unwrap_or_else(unreadable),
        Some(Kind::ReportNote) => format!(
            "{} {}",
            raw.map(|r| r.chars().count()).unwrap_or(0),
            tr(&ui::DATA_CHARACTERS)
        ),
        Some(Kind::ReportAnswers) => String::new(),
        Some(Kind::SightingDraft) => match stored::sighting(raw) {
            Some(s) => {
                let n = s.filled_in();
                let label = if n == 1 {
                    &ui::DATA_SIGHTING_FIELD
                } else {
                    &ui::DATA_SIGHTING_FIELDS
                };
                format!("{n} {}", tr(label))
            }
            None => unreadable(),
        },
        // Not ours to interpret: its name only, cut short (a key can be long too).
        None => key.chars().take(60).collect(),
    };
    (kind_label(kind), value)
}

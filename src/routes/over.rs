use leptos::prelude::*;

use crate::components::page::Page;
use crate::content::{CHANNELS, MUNICIPALITIES};
use crate::i18n::{tr, ui, use_locale, Text};
use crate::schema::Source;

/// About, privacy, and the source and check date of every channel and municipality.
#[component]
pub fn Over() -> impl IntoView {
    let locale = use_locale();
    let rows = CHANNELS
        .iter()
        .map(|c| (Name::Text(&c.name), &c.sources, &c.checked))
        .chain(
            MUNICIPALITIES
                .iter()
                .map(|m| (Name::Plain(&m.name), &m.sources, &m.checked)),
        )
        .map(|(name, sources, checked)| {
            view! {
                <tr>
                    <th scope="row">{name.get(locale.get_untracked())}</th>
                    <td>{sources.iter().map(|s| view! { <SourceLine s/> }).collect_view()}</td>
                    <td>{checked.as_ref()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Page name="over" title=&ui::OVER_TITLE intro=&ui::OVER_INTRO>
            <h2>{tr(&ui::OVER_PRIVACY_TITLE)}</h2>
            <p>{tr(&ui::OVER_PRIVACY_TEXT)}</p>
            <p><a class="wz-link" href=format!("/{}/over/gegevens", locale.get_untracked().code())>
                {tr(&ui::OVER_DATA_LINK)}
            </a></p>
            <WipeData/>
            <h2>{tr(&ui::OVER_SOURCES_TITLE)}</h2>
            <p>{tr(&ui::OVER_SOURCES_TEXT)}</p>
            <div class="wz-table-wrap" role="region" aria-label=tr(&ui::OVER_SOURCES_TITLE) tabindex="0">
                <table class="wz-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(&ui::OVER_COL_NAME)}</th>
                            <th scope="col">{tr(&ui::SOURCE_LABEL)}</th>
                            <th scope="col">{tr(&ui::CHECKED_LABEL)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Page>
    }
}

#[derive(Clone, Copy)]
enum Name {
    Text(&'static Text),
    Plain(&'static str),
}

impl Name {
    fn get(self, locale: crate::i18n::Locale) -> &'static str {
        match self {
            Name::Text(t) => t.get(locale),
            Name::Plain(s) => s,
        }
    }
}

#[component]
fn SourceLine(s: &'static Source) -> impl IntoView {
    let grade = if s.grade == "O" {
        &ui::OVER_GRADE_O
    } else {
        &ui::OVER_GRADE_S
    };
    view! {
        <span class="wz-source-line">{s.page.as_ref()}" ("{tr(grade)}")"</span>
    }
}

/// The kinds of data "Wis alles" removes, each once, in the order of `stored::KEYS`.
fn wiped_kinds() -> Vec<crate::domain::stored::Kind> {
    let mut kinds = Vec::new();
    for key in &crate::domain::stored::KEYS {
        if !kinds.contains(&key.kind) {
            kinds.push(key.kind);
        }
    }
    kinds
}

/// "Wis alles": removes everything Waakzaam keeps on this device, after a second tap.
#[component]
pub fn WipeData(#[prop(optional)] on_done: Option<Callback<()>>) -> impl IntoView {
    let asked = RwSignal::new(false);
    let done = RwSignal::new(None::<usize>);
    view! {
        <div class="wz-wipe">
            {move || if asked.get() {
                view! {
                    <p class="wz-warning-text">{tr(&ui::WIPE_CONFIRM)}</p>
                    // Every kind Waakzaam keeps (domain::stored::KEYS), so the list is complete.
                    <ul class="wz-wipe__list">
                        {wiped_kinds().into_iter().map(|kind| view! {
                            <li>{tr(crate::routes::gegevens::kind_label(Some(kind)))}</li>
                        }).collect_view()}
                    </ul>
                    <div class="wz-button-group">
                        <button type="button" class="wz-button wz-button--warning" on:click=move |_| {
                            done.set(Some(crate::storage::wipe_all()));
                            asked.set(false);
                            if let Some(f) = on_done {
                                f.run(());
                            }
                        }>{tr(&ui::WIPE_YES)}</button>
                        <button type="button" class="wz-button wz-button--secondary"
                            on:click=move |_| asked.set(false)>{tr(&ui::WIPE_NO)}</button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="wz-button wz-button--warning"
                        on:click=move |_| { done.set(None); asked.set(true); }>{tr(&ui::WIPE)}</button>
                }.into_any()
            }}
            <p class="wz-note__status" role="status">
                {move || done.get().map(|_| tr(&ui::WIPE_DONE))}
            </p>
        </div>
    }
}

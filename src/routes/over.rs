use leptos::prelude::*;

use crate::components::page::Page;
use crate::components::sources::SourceItem;
use crate::content::SOURCES;
use crate::i18n::{tr, ui, use_locale};
use crate::schema::Source;

/// About, privacy, and every source Waakzaam cites, grouped by publisher: a list, not a
/// table, so it reads on a 360px phone.
#[component]
pub fn Over() -> impl IntoView {
    let locale = use_locale();
    let groups = by_publisher(SOURCES)
        .into_iter()
        .map(|(publisher, sources)| {
            let items = sources
                .into_iter()
                .map(|s| view! { <SourceItem s show_checked=true/> })
                .collect_view();
            view! {
                <section class="wz-source-group" aria-label=publisher>
                    <h3 class="wz-source-group__title">{publisher}</h3>
                    <ul class="wz-source-list" role="list">{items}</ul>
                </section>
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
            <h2 id="bronnen">{tr(&ui::OVER_SOURCES_TITLE)}</h2>
            <p>{tr(&ui::OVER_SOURCES_TEXT)}</p>
            <div class="wz-sources">{groups}</div>
        </Page>
    }
}

/// Sources grouped by publisher, publishers in alphabetical order, each group in file order.
pub fn by_publisher(sources: &'static [Source]) -> Vec<(&'static str, Vec<&'static Source>)> {
    let mut groups: Vec<(&'static str, Vec<&'static Source>)> = Vec::new();
    for s in sources {
        match groups.iter_mut().find(|(p, _)| *p == s.publisher.as_ref()) {
            Some((_, list)) => list.push(s),
            None => groups.push((s.publisher.as_ref(), vec![s])),
        }
    }
    groups.sort_by_key(|(p, _)| p.to_lowercase());
    groups
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
    // Nothing is kept without the app, and the button needs it: the static page leaves it out.
    crate::browser::is_live().then(move || view! {
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
    })
}

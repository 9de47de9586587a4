//! How a source looks wherever it is cited: its title as a link a resident can open (or the
//! plan's name when there is no page), who published it, and whether it is the
//! organisation's own word or a secondary source.

use leptos::prelude::*;

use crate::content::source;
use crate::i18n::{month_label, tr, ui, use_locale};
use crate::schema::{Source, SourceKind, Str};

/// One source: "Aangifte doen · Politie", the title a link when the source has a page; on
/// the "Over" page also the month it was last checked.
#[component]
pub fn SourceItem(s: &'static Source, #[prop(optional)] show_checked: bool) -> impl IntoView {
    let title = tr(&s.title);
    let secondary = s.kind.map(|k| view! { " ("{tr(kind_label(k))}")" });
    view! {
        <li class="wz-source-item">
            {match s.url.as_deref() {
                Some(url) => view! { <a class="wz-link" href=url rel="noreferrer">{title}</a> }.into_any(),
                None => view! { <span class="wz-source-item__title">{title}</span> }.into_any(),
            }}
            <span class="wz-source-item__by">" · "{s.publisher.as_ref()}{secondary}</span>
            {show_checked.then(|| view! {
                <span class="wz-source-item__checked">
                    {tr(&ui::CHECKED_LABEL)}": "{month_label(&s.checked, use_locale().get_untracked())}
                </span>
            })}
        </li>
    }
}

/// What a secondary source is, in the reader's language: "nieuwssite", "bedrijf"...
fn kind_label(kind: SourceKind) -> &'static crate::schema::Text {
    match kind {
        SourceKind::News => &ui::SOURCE_KIND_NEWS,
        SourceKind::Company => &ui::SOURCE_KIND_COMPANY,
        SourceKind::Press => &ui::SOURCE_KIND_PRESS,
        SourceKind::Organisation => &ui::SOURCE_KIND_ORGANISATION,
        SourceKind::Region => &ui::SOURCE_KIND_REGION,
        SourceKind::Other => &ui::SOURCE_KIND_OTHER,
    }
}

/// "Bron" under a tip, checklist or priority: the cited sources as a list, with the month the
/// item was checked. Ids are checked by the build, so an unknown one cannot occur; it would
/// simply be left out.
#[component]
pub fn SourceNote(
    sources: &'static [Str],
    #[prop(optional)] checked: Option<&'static str>,
) -> impl IntoView {
    let items = sources
        .iter()
        .filter_map(|id| source(id))
        .map(|s| view! { <SourceItem s/> })
        .collect_view();
    view! {
        <div class="wz-source">
            <p class="wz-source__label">
                {tr(&ui::SOURCE_LABEL)}
                {checked.map(|c| {
                    let month = month_label(c, use_locale().get_untracked());
                    view! { " ("{tr(&ui::CHECKED_LABEL).to_lowercase()}" "{month}")" }
                })}
                ":"
            </p>
            <ul class="wz-source-list" role="list">{items}</ul>
        </div>
    }
}

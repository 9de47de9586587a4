//! Tips overview and the four audience pages (/nl/tips/voor/senioren): instant search by
//! words, audience and topic.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::components::page::Page;
use crate::components::text_size::TextSize;
use crate::content::TIPS;
use crate::domain::tip_filter::Filter;
use crate::i18n::{tr, ui, use_locale, Text};
use crate::schema::{Audience, Locale, TOPICS};

pub fn audience_label(a: Audience) -> &'static Text {
    match a {
        Audience::Inwoners => &ui::AUDIENCE_INWONERS,
        Audience::Senioren => &ui::AUDIENCE_SENIOREN,
        Audience::Ondernemers => &ui::AUDIENCE_ONDERNEMERS,
        Audience::Jongeren => &ui::AUDIENCE_JONGEREN,
    }
}

pub fn topic_label(id: &str, locale: Locale) -> &'static str {
    TOPICS
        .iter()
        .find(|(t, _, _)| *t == id)
        .map(|(_, nl, en)| if locale == Locale::Nl { *nl } else { *en })
        .unwrap_or("")
}

#[component]
pub fn Tips() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let params = use_params_map();
    let query = use_query_map();
    // /tips/voor/<audience>: that audience's entry page. An unknown audience shows all.
    let audience =
        params.with_untracked(|p| p.get("audience").and_then(|a| Audience::from_slug(&a)));
    let initial_words = query.with_untracked(|q| q.get("zoek")).unwrap_or_default();
    let filter = RwSignal::new(Filter {
        audience,
        topic: None,
        query: initial_words,
    });
    let results = Memo::new(move |_| filter.with(|f| f.apply(TIPS, locale)));
    let (title, intro) = match audience {
        Some(a) => (audience_title(a), &ui::TIPS_INTRO),
        None => (&ui::TIPS_TITLE, &ui::TIPS_INTRO),
    };
    let base = format!("/{}/tips", locale.code());

    view! {
        <Page name="tips" title=title intro=intro>
            <TextSize/>
            <nav class="wz-audiences" aria-label=tr(&ui::TIPS_AUDIENCES)>
                <ul class="wz-audiences__list" role="list">
                    <li><a class="wz-chip" href=base.clone()
                        aria-current=audience.is_none().then_some("page")>{tr(&ui::TIPS_ALL)}</a></li>
                    {Audience::ALL.into_iter().map(|a| view! {
                        <li><a class="wz-chip" href=format!("{base}/voor/{}", a.slug())
                            aria-current=(audience == Some(a)).then_some("page")>
                            {tr(audience_label(a))}
                        </a></li>
                    }).collect_view()}
                </ul>
            </nav>
            <form class="wz-search" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="wz-form-group">
                    <label class="wz-label" for="tip-search">{tr(&ui::TIPS_SEARCH)}</label>
                    <input class="wz-input" type="search" id="tip-search" name="zoek" autocomplete="off"
                        prop:value=move || filter.with(|f| f.query.clone())
                        on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))/>
                </div>
                <div class="wz-form-group">
                    <label class="wz-label" for="tip-topic">{tr(&ui::TIPS_TOPIC)}</label>
                    <select class="wz-select" id="tip-topic"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            filter.update(|f| f.topic = (!v.is_empty()).then_some(v));
                        }>
                        <option value="">{tr(&ui::TIPS_ALL_TOPICS)}</option>
                        {TOPICS.iter().map(|(id, _, _)| view! {
                            <option value=*id>{topic_label(id, locale)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="wz-hint" role="status" aria-live="polite">
                {move || format!("{} {}", results.with(Vec::len), tr(&ui::TIPS_FOUND))}
            </p>
            <ul class="wz-tip-list" role="list">
                {move || results.get().into_iter().map(|tip| view! {
                    <li class="wz-tip-card">
                        <h2 class="wz-tip-card__title">
                            <a href=format!("/{}/tips/{}", locale.code(), tip.slug)>{tr(&tip.title)}</a>
                        </h2>
                        <p class="wz-tip-card__text">{tr(&tip.recognise)}</p>
                    </li>
                }).collect_view()}
            </ul>
        </Page>
    }
}

fn audience_title(a: Audience) -> &'static Text {
    match a {
        Audience::Inwoners => &ui::TIPS_FOR_INWONERS,
        Audience::Senioren => &ui::TIPS_FOR_SENIOREN,
        Audience::Ondernemers => &ui::TIPS_FOR_ONDERNEMERS,
        Audience::Jongeren => &ui::TIPS_FOR_JONGEREN,
    }
}

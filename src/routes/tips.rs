//! Tips overview and the four audience pages (/nl/tips/voor/senioren): instant search by
//! words, audience and topic. The search and topic live in the address (?zoek=…&onderwerp=…),
//! so "back" from a tip returns to the same list and a search can be shared.

use leptos::prelude::*;

use crate::components::needs_app::NeedsApp;
use leptos_router::hooks::use_query_map;

use crate::components::page::Page;
use crate::components::read_aloud::read_this_page;
use crate::content::{CHECKLISTS, TIPS};
use crate::domain::tip_filter::Filter;
use crate::i18n::{tr, ui, use_locale, Text};
use crate::schema::{Audience, Topic};

pub fn audience_label(a: Audience) -> &'static Text {
    match a {
        Audience::Inwoners => &ui::AUDIENCE_INWONERS,
        Audience::Senioren => &ui::AUDIENCE_SENIOREN,
        Audience::Ondernemers => &ui::AUDIENCE_ONDERNEMERS,
        Audience::Jongeren => &ui::AUDIENCE_JONGEREN,
    }
}

/// Puts the filter in the address bar through the router, replacing the entry (no new
/// history entry, no scroll, the page is not rebuilt: only the query changes). Through the
/// router, not history.replaceState behind its back, so everything that reads the address
/// (the language switch keeps the search) sees the new one.
fn show_in_address(filter: &Filter, navigate: &impl Fn(&str, leptos_router::NavigateOptions)) {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{}", filter.query_string());
    navigate(
        &url,
        leptos_router::NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        },
    );
}

#[component]
pub fn Tips() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let query = use_query_map();
    // /tips/voor/<audience>: that audience's entry page. An unknown audience shows all.
    let audience = Audience::from_slug(
        &crate::routes::tip::slug_params()
            .audience
            .unwrap_or_default(),
    );
    let filter = RwSignal::new(
        query.with_untracked(|q| Filter::from_address(audience, q.get("zoek"), q.get("onderwerp"))),
    );
    let results = Memo::new(move |_| filter.with(|f| f.apply(TIPS, locale)));
    // Typing updates the list at once; the address follows.
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |first: Option<()>| {
        filter.with(|f| {
            if first.is_some() {
                show_in_address(f, &navigate);
            }
        });
    });
    let (title, intro) = match audience {
        Some(a) => audience_texts(a),
        None => (&ui::TIPS_TITLE, &ui::TIPS_INTRO),
    };
    let base = format!("/{}/tips", locale.code());
    let lines = move || {
        let mut lines = vec![tr(title).to_string(), tr(intro).to_string()];
        for tip in results.get_untracked() {
            lines.push(tr(&tip.title).to_string());
            lines.push(tr(&tip.recognise).to_string());
        }
        lines
    };
    // On an audience page: the checklists for these people.
    let checklists = audience.map(|a| {
        let links = CHECKLISTS
            .iter()
            .filter(|c| c.audiences.contains(&a))
            .map(|c| {
                view! {
                    <li><a class="wz-link" href=format!("/{}/checklists/{}", locale.code(), c.slug)>
                        {tr(&c.title)}
                    </a></li>
                }
            })
            .collect_view();
        view! {
            <section class="wz-related" aria-labelledby="wz-tips-checklists">
                <h2 id="wz-tips-checklists">{tr(&ui::TIPS_CHECKLISTS)}</h2>
                <ul class="wz-related__list" role="list">{links}</ul>
            </section>
        }
    });

    read_this_page(lines);
    view! {
        <Page name="tips" title=title intro=intro>
            // A filter, and it looks like one: "Tips voor:" and the choices, the chosen one
            // filled and ticked (not like the on/off buttons elsewhere).
            <nav class="wz-audiences wz-filter" aria-labelledby="wz-audiences-label">
                <p class="wz-filter__label" id="wz-audiences-label">{tr(&ui::TIPS_AUDIENCES)}":"</p>
                <ul class="wz-audiences__list wz-filter__list" role="list">
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
            <NeedsApp text=&ui::NEEDS_APP_SEARCH/>
            <form class="wz-search wz-search--compact" role="search" on:submit=|ev| ev.prevent_default()>
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
                            filter.update(|f| f.topic = Topic::from_slug(&v));
                        }>
                        <option value="">{tr(&ui::TIPS_ALL_TOPICS)}</option>
                        {Topic::ALL.into_iter().map(|t| view! {
                            <option value=t.slug()
                                selected=filter.with_untracked(|f| f.topic == Some(t))>
                                {t.label(locale)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="wz-hint" role="status" aria-live="polite" data-testid="tips-found">
                {move || match results.with(Vec::len) {
                    0 => tr(&ui::TIPS_NONE).to_string(),
                    1 => format!("1 {}", tr(&ui::TIPS_FOUND_ONE)),
                    n => format!("{n} {}", tr(&ui::TIPS_FOUND)),
                }}
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
            {checklists}
        </Page>
    }
}

pub fn audience_texts(a: Audience) -> (&'static Text, &'static Text) {
    match a {
        Audience::Inwoners => (&ui::TIPS_FOR_INWONERS, &ui::TIPS_INTRO_INWONERS),
        Audience::Senioren => (&ui::TIPS_FOR_SENIOREN, &ui::TIPS_INTRO_SENIOREN),
        Audience::Ondernemers => (&ui::TIPS_FOR_ONDERNEMERS, &ui::TIPS_INTRO_ONDERNEMERS),
        Audience::Jongeren => (&ui::TIPS_FOR_JONGEREN, &ui::TIPS_INTRO_JONGEREN),
    }
}

//! One tip: recognise it, do this, has it happened (channels and the report flow), source.
//! Shareable, printable, readable aloud, with a text-size control.

use crate::components::title::Title;
use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::use_navigate;
use leptos_router::params::Params;
use leptos_router::NavigateOptions;

use crate::components::channel_card::ChannelContact;
use crate::components::read_aloud::read_this_page;
use crate::components::share::{PrintNote, ShareBar};
use crate::components::sources::SourceNote;
use crate::content::{channel, TIPS};
use crate::domain::season::tip_shows_dark_notice;
use crate::domain::tip_filter::related;
use crate::i18n::{tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::routes::tips::audience_label;
use crate::schema::{Audience, HasPhones, Tip};

/// The current month (1-12), from the device clock; `None` when rendering the static page
/// at build time (the season's notice then comes with the app).
pub fn current_month() -> Option<u32> {
    crate::browser::window()?;
    Some(js_sys::Date::new_0().get_month() + 1)
}

/// The router's params of a page that names one thing after its section: a tip, a checklist
/// (`:slug`), a municipality (`:naam`), an audience (`:audience`), a warning (`:id`). Read once as the page is
/// built (pages are rebuilt when the path changes, see routes::localized).
#[derive(Params, PartialEq, Clone, Debug, Default)]
pub struct SlugParams {
    pub slug: Option<String>,
    pub naam: Option<String>,
    pub audience: Option<String>,
    pub id: Option<String>,
}

/// The page's typed params; an address without them (or one the router could not parse)
/// reads as all empty, which every page shows as its not-found or overview.
pub fn slug_params() -> SlugParams {
    leptos_router::hooks::use_params::<SlugParams>()
        .get_untracked()
        .unwrap_or_default()
}

#[component]
pub fn TipPage() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let slug = slug_params().slug.unwrap_or_default();
    if let Some(tip) = TIPS.iter().find(|t| t.slug == slug) {
        return view! { <TipView tip/> }.into_any();
    }
    // /nl/tips/senioren: what people type for the seniors' page (content/validate keeps tip slugs
    // apart from audience names).
    if let Some(a) = Audience::from_slug(&slug) {
        let to = format!("/{}/tips/voor/{}", locale.code(), a.slug());
        let navigate = use_navigate();
        Effect::new(move |_| {
            let replace = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            navigate(&to, replace);
        });
        return view! { <p class="wz-page">{tr(&ui::REDIRECTING)}</p> }.into_any();
    }
    // An unknown tip: not-found, with a search box for the tips.
    view! { <NotFound search=true/> }.into_any()
}

#[component]
fn TipView(tip: &'static Tip) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    let contacts = tip
        .channels
        .iter()
        .filter_map(|id| channel(id))
        .map(|ch| {
            view! {
                <li class="wz-contact">
                    <h3 class="wz-contact__name">{tr(&ch.name)}</h3>
                    <ChannelContact channel=ch/>
                </li>
            }
        })
        .collect_view();
    let share_text = format!("{} {}", tr(&ui::SHARE_TIP_TEXT), tr(&tip.title));
    let dark = current_month().is_some_and(|m| tip_shows_dark_notice(tip.topic, m));
    let lines = move || {
        let mut lines = vec![
            tr(&tip.title).to_string(),
            tr(&ui::TIP_RECOGNISE).to_string(),
            tr(&tip.recognise).to_string(),
            tr(&ui::TIP_STEPS).to_string(),
        ];
        lines.extend(tip.steps.iter().map(|s| tr(s).to_string()));
        lines.push(tr(&ui::TIP_HAPPENED).to_string());
        for ch in tip.channels.iter().filter_map(|id| channel(id)) {
            let phone = ch.callable_phones().next();
            lines.push(match phone {
                Some(p) => format!("{}: {}", tr(&ch.name), p.display),
                None => tr(&ch.name).to_string(),
            });
        }
        lines
    };
    let audiences = tip
        .audiences
        .iter()
        .map(|a| {
            view! {
                <li><a class="wz-chip wz-chip--small" href=format!("/{code}/tips/voor/{}", a.slug())>
                    {tr(audience_label(*a))}
                </a></li>
            }
        })
        .collect_view();
    let more = related(tip, TIPS, 3)
        .into_iter()
        .map(|t| {
            view! {
                <li><a class="wz-link" href=format!("/{code}/tips/{}", t.slug)>{tr(&t.title)}</a></li>
            }
        })
        .collect_view();
    read_this_page(lines);
    view! {
        <Title text=tr(&tip.title)/>
        <article class="wz-page wz-tip-page" data-page="tip" data-tip=tip.slug.as_ref()>
            {crate::domain::quick_exit::TIPS.contains(&tip.slug.as_ref())
                .then(|| view! { <crate::components::quick_exit::QuickExit/> })}
            <a class="wz-back-link wz-no-print" href=format!("/{code}/tips")>{tr(&ui::TIP_BACK)}</a>
            <h1 class="wz-page__title">{tr(&tip.title)}</h1>
            {dark.then(|| view! { <p class="wz-notice wz-dark-season">{tr(&ui::DARK_SEASON)}</p> })}
            <h2>{tr(&ui::TIP_RECOGNISE)}</h2>
            <p class="wz-page__intro">{tr(&tip.recognise)}</p>
            <h2>{tr(&ui::TIP_STEPS)}</h2>
            <ol class="wz-steps">
                {tip.steps.iter().map(|s| view! { <li>{tr(s)}</li> }).collect_view()}
            </ol>
            <h2>{tr(&ui::TIP_HAPPENED)}</h2>
            <ul class="wz-contacts" role="list">{contacts}</ul>
            {tip.melden.as_ref().map(|branch| view! {
                <p class="wz-no-print">
                    <a class="wz-button" href=format!("/{code}/melden/{branch}")>
                        {tr(&ui::TIP_REPORT)}
                    </a>
                </p>
            })}
            <div class="wz-no-print">
                <ShareBar text=share_text/>
            </div>
            <SourceNote sources=&tip.sources checked=&tip.checked/>
            <PrintNote/>
            // Who it is for and its topic: links to more, after the tip itself (the title
            // and the first step come first on a phone).
            <div class="wz-tip-page__meta wz-no-print">
                <span class="wz-tip-page__meta-label" id="wz-tip-for">{tr(&ui::TIP_FOR)}</span>
                <ul class="wz-audiences__list" role="list" aria-labelledby="wz-tip-for">
                    {audiences}
                    <li><a class="wz-chip wz-chip--small wz-chip--topic"
                        href=format!("/{code}/tips?onderwerp={}", tip.topic.slug())>
                        {tip.topic.label(locale)}
                    </a></li>
                </ul>
            </div>
            <nav class="wz-related wz-no-print" aria-labelledby="wz-related-title">
                <h2 id="wz-related-title">{tr(&ui::TIP_RELATED)}</h2>
                <ul class="wz-related__list" role="list">{more}</ul>
            </nav>
        </article>
    }
}

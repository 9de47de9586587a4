use crate::components::title::Title;
use leptos::prelude::*;

use crate::components::municipality::MunicipalityContact;
use crate::components::page::Page;
use crate::components::sources::SourceNote;
use crate::content::{
    FIGURES, FIGURES_SOURCES, FIGURE_YEARS, MUNICIPALITIES, PRIORITIES, RATINGS, RATINGS_SOURCES,
};
use crate::domain::chart::{self, RatingRow};
use crate::domain::stored;
use crate::i18n::{tr, ui, use_locale};
use crate::routes::tip::slug_params;
use crate::schema::{FigureKind, Locale, Municipality};
use crate::storage;

/// The report flow reads the same value (domain::stored).
use crate::domain::stored::MUNICIPALITY_KEY as KEY;

/// The municipality remembered on this device, if it is one of ours.
pub fn remembered() -> Option<&'static Municipality> {
    stored::municipality(storage::get(KEY).as_deref(), MUNICIPALITIES)
}

/// /nl/gemeente: the six municipalities (an unknown /nl/gemeente/<x> lands here too, with
/// a message); /nl/gemeente/<id>: that municipality's page.
#[component]
pub fn Gemeente() -> impl IntoView {
    let slug = slug_params().naam.unwrap_or_default();
    if let Some(m) = stored::municipality_slug(&slug, MUNICIPALITIES) {
        return view! { <MunicipalityPage m/> }.into_any();
    }
    let mine = remembered();
    let code = use_locale().get_untracked().code();
    view! {
        <Page name="gemeente" title=&ui::GEMEENTE_TITLE intro=&ui::GEMEENTE_INTRO>
            {(!slug.is_empty()).then(|| view! {
                <p class="wz-notice" role="status">{tr(&ui::GEMEENTE_UNKNOWN)}</p>
            })}
            <h2>{tr(&ui::GEMEENTE_CHOOSE)}</h2>
            <ul class="wz-municipality-list" role="list">
                {MUNICIPALITIES.iter().map(|m| {
                    let own = mine.is_some_and(|x| x.id == m.id);
                    view! {
                        <li>
                            <a class="wz-municipality-list__link" href=format!("/{code}/gemeente/{}", m.id)>
                                {m.name.as_ref()}
                                {own.then(|| view! { " (" {tr(&ui::GEMEENTE_MINE_LABEL)} ")" })}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Page>
    }
    .into_any()
}

#[component]
fn MunicipalityPage(m: &'static Municipality) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    let title = ui::fill::GemeentePageTitle { name: &m.name }.text(locale);
    let saved = RwSignal::new(None::<bool>);
    let is_mine = RwSignal::new(remembered().is_some_and(|x| x.id == m.id));
    let remember = move |_| {
        let ok = storage::set(KEY, &m.id).is_ok();
        saved.set(Some(ok));
        is_mine.set(true);
    };
    let priorities = PRIORITIES
        .iter()
        .filter(|p| p.municipalities.contains(&m.id))
        .map(|p| {
            let links = p
                .links
                .iter()
                .map(|l| {
                    view! { <li><a class="wz-link" href=format!("/{code}/{}", l.path)>{tr(&l.label)}</a></li> }
                })
                .collect_view();
            view! {
                <li class="wz-priority" id=format!("prioriteit-{}", p.id)>
                    <h3 class="wz-priority__title">{tr(&p.title)}</h3>
                    <p class="wz-hint">{tr(&ui::GEMEENTE_SCOPE)}": "{tr(&p.scope)}</p>
                    <p>{tr(&p.why)}</p>
                    <h4 class="wz-priority__act">{tr(&ui::GEMEENTE_ACT)}</h4>
                    <p>{tr(&p.act)}</p>
                    <ul class="wz-priority__links" role="list">{links}</ul>
                    <SourceNote sources=std::slice::from_ref(&p.source)/>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-gemeente" data-page="gemeente" data-municipality=m.id.as_ref()>
            <a class="wz-back-link" href=format!("/{code}/gemeente")>{tr(&ui::GEMEENTE_CHOOSE)}</a>
            <h1 class="wz-page__title">{title}</h1>
            <p class="wz-page__intro">{tr(&ui::GEMEENTE_PAGE_INTRO)}</p>
            // Remembering needs the app; the static page offers nothing it cannot do.
            {move || if !crate::browser::is_live() {
                ().into_any()
            } else if is_mine.get() {
                view! { <p class="wz-hint wz-gemeente__mine">{m.name.as_ref()}": "{tr(&ui::GEMEENTE_MINE_LABEL)}</p> }.into_any()
            } else {
                view! {
                    <button type="button" class="wz-button wz-button--secondary" on:click=remember>
                        {tr(&ui::GEMEENTE_IS_MINE)}
                    </button>
                }.into_any()
            }}
            <p role="status" class="wz-status">
                {move || saved.get().map(|ok| tr(if ok { &ui::GEMEENTE_SAVED } else { &ui::GEMEENTE_NOT_SAVED }))}
            </p>

            // What is local first: whom to contact, the plan's priorities here, what
            // neighbours can do. The figures for the whole district (the same on every
            // municipality's page) are folded away under one heading.
            <h2>{tr(&ui::GEMEENTE_CONTACT_TITLE)}</h2>
            <MunicipalityContact m/>
            <p>{tr(&ui::GEMEENTE_POLICE_TEAM)}": "{m.police_team.as_ref()}</p>

            <h2>{tr(&ui::GEMEENTE_PRIORITIES_TITLE)}</h2>
            <p>{tr(&ui::GEMEENTE_PRIORITIES_INTRO)}</p>
            <ul class="wz-priorities" role="list">{priorities}</ul>

            <h2>{tr(&ui::GEMEENTE_BUURT_TITLE)}</h2>
            <p>{tr(&ui::GEMEENTE_BUURT_TEXT)}</p>
            <ul class="wz-priority__links" role="list">
                <li><a class="wz-link" href=format!("/{code}/melden/saar")>{tr(&ui::GEMEENTE_BUURT_SAAR)}</a></li>
                <li><a class="wz-link" href=format!("/{code}/tips/buurtpreventie")>{tr(&ui::GEMEENTE_BUURT_TIP)}</a></li>
            </ul>

            <details class="wz-district wz-disclosure">
                <summary class="wz-district__summary wz-disclosure__summary">
                    <h2 class="wz-district__title wz-disclosure__title">{tr(&ui::DISTRICT_TITLE)}</h2>
                </summary>
                <Figures locale/>
                <Ratings locale own=m/>
            </details>
        </div>
    }
}

/// The district figures as small bar charts per group, then all numbers in one table.
#[component]
fn Figures(locale: Locale) -> impl IntoView {
    let groups = [
        (FigureKind::Zichtbaar, &ui::FIGURES_GROUP_ZICHTBAAR),
        (FigureKind::Online, &ui::FIGURES_GROUP_ONLINE),
        (FigureKind::Overlast, &ui::FIGURES_GROUP_OVERLAST),
    ];
    let charts = groups
        .into_iter()
        .map(|(kind, heading)| {
            let items = FIGURES
                .iter()
                .filter(|f| f.kind == kind)
                .map(|f| {
                    let label = f.label.get(locale);
                    let change = chart::change_percent(&f.values)
                        .map(chart::signed_percent)
                        .unwrap_or_default();
                    let numbers = FIGURE_YEARS
                        .iter()
                        .zip(f.values.iter())
                        .map(|(y, v)| format!("{y}: {v}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let desc = format!("{numbers}. {}: {change}.", tr(&ui::FIGURES_CHANGE));
                    let svg = chart::bars_svg(
                        &format!("grafiek-{}", f.id),
                        label,
                        &desc,
                        FIGURE_YEARS,
                        &f.values,
                    );
                    view! {
                        <li class="wz-chart">
                            <h5 class="wz-chart__title">{label}</h5>
                            <div class="wz-chart__figure" inner_html=svg></div>
                            <p class="wz-chart__change">{tr(&ui::FIGURES_CHANGE)}": "<strong>{change}</strong></p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{tr(heading)}</h4>
                <ul class="wz-charts" role="list">{items}</ul>
            }
        })
        .collect_view();
    let head = FIGURE_YEARS
        .iter()
        .map(|y| view! { <th scope="col">{*y}</th> })
        .collect_view();
    let rows = FIGURES
        .iter()
        .map(|f| {
            view! {
                <tr data-figure=f.id.as_ref()>
                    <th scope="row">{tr(&f.label)}</th>
                    {f.values.iter().map(|v| view! { <td>{*v}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="wz-figures" aria-labelledby="wz-figures-title">
            <h3 id="wz-figures-title">{tr(&ui::FIGURES_TITLE)}</h3>
            <p>{tr(&ui::FIGURES_INTRO)}</p>
            {charts}
            <h4>{tr(&ui::FIGURES_TABLE)}</h4>
            <div class="wz-table-wrap" tabindex="0" role="group" aria-labelledby="wz-figures-caption">
                <table class="wz-table wz-figures__table">
                    <caption id="wz-figures-caption">{tr(&ui::FIGURES_TABLE_CAPTION)}</caption>
                    <thead><tr><th scope="col">{tr(&ui::FIGURES_WHAT)}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <SourceNote sources=FIGURES_SOURCES/>
        </section>
    }
}

/// "Rapportcijfer veiligheid in de buurt" for the six, the reader's own marked in words.
#[component]
fn Ratings(locale: Locale, own: &'static Municipality) -> impl IntoView {
    let decimal = if locale == Locale::Nl { ',' } else { '.' };
    let named: Vec<(&str, u8, bool)> = RATINGS
        .iter()
        .filter_map(|r| {
            let m = MUNICIPALITIES.iter().find(|m| m.id == r.municipality)?;
            Some((m.name.as_ref(), r.tenths, m.id == own.id))
        })
        .collect();
    let rows: Vec<RatingRow> = named
        .iter()
        .map(|&(name, tenths, highlight)| RatingRow {
            name,
            tenths,
            highlight,
        })
        .collect();
    let desc = named
        .iter()
        .map(|(name, t, _)| format!("{name}: {}", chart::tenths_text(*t, decimal)))
        .collect::<Vec<_>>()
        .join(", ");
    let svg = chart::ratings_svg(
        "grafiek-rapportcijfer",
        tr(&ui::RATINGS_CAPTION),
        &desc,
        &rows,
        decimal,
        tr(&ui::GEMEENTE_MINE_LABEL),
    );
    let table_rows = named
        .iter()
        .map(|(name, t, _)| {
            view! { <tr><th scope="row">{name.to_string()}</th><td>{chart::tenths_text(*t, decimal)}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="wz-ratings" aria-labelledby="wz-ratings-title">
            <h3 id="wz-ratings-title">{tr(&ui::RATINGS_TITLE)}</h3>
            <p>{tr(&ui::RATINGS_INTRO)}</p>
            <div class="wz-chart__figure" inner_html=svg></div>
            <table class="wz-table wz-ratings__table">
                <caption>{tr(&ui::RATINGS_CAPTION)}</caption>
                <thead><tr><th scope="col">{tr(&ui::GEMEENTE_TITLE)}</th><th scope="col">{tr(&ui::RATINGS_SCORE)}</th></tr></thead>
                <tbody>{table_rows}</tbody>
            </table>
            <p class="wz-hint">{tr(&ui::RATINGS_HUIZEN)}</p>
            <SourceNote sources=RATINGS_SOURCES/>
        </section>
    }
}

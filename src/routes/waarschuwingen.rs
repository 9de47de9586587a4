//! Current warnings (`/nl/waarschuwingen`, each at `/nl/waarschuwingen/<id>`): short, dated
//! warnings from `warnings.toml`. Which are current is decided in the browser from today's
//! date in the Netherlands (`domain::nl_date`), never at build time: the static page lists
//! every warning with its dates, the app then shows only the current ones. So a warning
//! disappears after its last day without a new release.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::components::page::Page;
use crate::components::sources::SourceNote;
use crate::content::{TIPS, WARNINGS};
use crate::domain::nl_date::{self, Date};
use crate::domain::tip_filter::encode_component;
use crate::i18n::{month_label, tr, ui, use_locale};
use crate::routes::not_found::NotFound;
use crate::routes::tip::slug_params;
use crate::routes::tips::audience_label;
use crate::schema::{Locale, Warning};

/// Whether `w` is current on `today` (a warning with a broken date never is; the build
/// rejects those anyway).
pub fn is_current(w: &Warning, today: Date) -> bool {
    match (Date::parse(&w.start), Date::parse(&w.end)) {
        (Some(start), Some(end)) => nl_date::is_current(start, end, today),
        _ => false,
    }
}

/// The warnings current on `today`, newest first.
pub fn current(all: &'static [Warning], today: Date) -> Vec<&'static Warning> {
    let mut list: Vec<&Warning> = all.iter().filter(|w| is_current(w, today)).collect();
    list.sort_by(|a, b| b.start.cmp(&a.start));
    list
}

/// "1 november 2026".
pub fn date_label(iso: &str, locale: Locale) -> String {
    match Date::parse(iso) {
        Some(d) => format!(
            "{} {}",
            d.day,
            month_label(&format!("{:04}-{:02}", d.year, d.month), locale)
        ),
        None => iso.to_string(),
    }
}

fn dates_text(w: &Warning, locale: Locale) -> String {
    ui::fill::WarnDates {
        start: &date_label(&w.start, locale),
        end: &date_label(&w.end, locale),
    }
    .text(locale)
}

/// The ready message for the neighbourhood group: the warning and its own address. Only the
/// message text: nothing from the device.
pub fn share_message(w: &Warning, locale: Locale, origin: &str) -> String {
    format!(
        "{} {}\n{}\n{origin}/{}/waarschuwingen/{}",
        ui::WARN_SHARE_PREFIX.get(locale),
        w.title.get(locale),
        w.text.get(locale),
        locale.code(),
        w.id
    )
}

/// Today in the Netherlands once the app runs (None in the static page and until the first
/// effect): the one place these pages read the clock.
fn today_signal() -> RwSignal<Option<Date>> {
    let today = RwSignal::new(None);
    Effect::new(move |_| today.set(nl_date::today()));
    today
}

#[component]
fn WarningItem(w: &'static Warning) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    view! {
        <li class="wz-card wz-warning" data-warning=w.id.as_ref()>
            <h2 class="wz-card__title">
                <a class="wz-card__link" href=format!("/{code}/waarschuwingen/{}", w.id)>{tr(&w.title)}</a>
            </h2>
            <p class="wz-hint wz-warning__dates">{dates_text(w, locale)}</p>
            <p class="wz-card__text">{tr(&w.text)}</p>
        </li>
    }
}

/// `/nl/waarschuwingen`.
#[component]
pub fn Warnings() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    let today = today_signal();
    view! {
        <Page name="waarschuwingen" title=&ui::WARN_TITLE intro=&ui::WARN_INTRO>
            {move || match today.get() {
                // The static page (and the moment before the first effect): every warning
                // with its dates, and why.
                None => view! {
                    <p class="wz-hint">{tr(&ui::WARN_STATIC)}</p>
                    <ul class="wz-cards" role="list" data-list="all">
                        {WARNINGS.iter().map(|w| view! { <WarningItem w/> }).collect_view()}
                    </ul>
                }.into_any(),
                Some(day) => {
                    let list = current(WARNINGS, day);
                    if list.is_empty() {
                        view! {
                            <p class="wz-notice" data-testid="warn-none">
                                {tr(&ui::WARN_NONE)}" "
                                <a class="wz-link" href=format!("/{code}/tips")>{tr(&ui::NAV_TIPS)}</a>
                            </p>
                        }.into_any()
                    } else {
                        view! {
                            <ul class="wz-cards" role="list" data-list="current">
                                {list.into_iter().map(|w| view! { <WarningItem w/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }
            }}
        </Page>
    }
}

/// `/nl/waarschuwingen/<id>`: one warning with its dates, audiences, source and tip, and a
/// ready message for the neighbourhood group.
#[component]
pub fn WarningPage() -> impl IntoView {
    let id = slug_params().id.unwrap_or_default();
    match WARNINGS.iter().find(|w| w.id == id) {
        Some(w) => view! { <WarningView w/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn WarningView(w: &'static Warning) -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    let today = today_signal();
    let tip = TIPS.iter().find(|t| t.slug == w.tip);
    let audiences = w
        .audiences
        .iter()
        .map(|a| tr(audience_label(*a)).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <crate::components::title::Title text=tr(&w.title)/>
        <article class="wz-page" data-page="waarschuwing" data-warning=w.id.as_ref()>
            <a class="wz-back-link wz-no-print" href=format!("/{code}/waarschuwingen")>{tr(&ui::WARN_ALL)}</a>
            <h1 class="wz-page__title">{tr(&w.title)}</h1>
            <p class="wz-hint wz-warning__dates">{dates_text(w, locale)}</p>
            {move || today.get().filter(|d| !is_current(w, *d)).map(|_| view! {
                <p class="wz-notice" data-testid="warn-expired">{tr(&ui::WARN_EXPIRED)}</p>
            })}
            <p class="wz-page__intro">{tr(&w.text)}</p>
            <p>{tr(&ui::WARN_FOR)}": "{audiences}</p>
            {tip.map(|t| view! {
                <p><a class="wz-button wz-button--secondary" href=format!("/{code}/tips/{}", t.slug)>
                    {tr(&ui::WARN_TIP)}": "{tr(&t.title)}
                </a></p>
            })}
            <GroupShare w/>
            <SourceNote sources=&w.sources checked=&w.checked/>
        </article>
    }
}

/// "Deel in de buurtgroep": the phone's share sheet, or WhatsApp with the message filled in,
/// and copy. Only in the running app (the static page has no buttons without handlers).
#[component]
fn GroupShare(w: &'static Warning) -> impl IntoView {
    let locale = use_locale().get_untracked();
    browser::is_live().then(move || {
        let origin = browser::window()
            .and_then(|win| win.location().origin().ok())
            .unwrap_or_default();
        let message = share_message(w, locale, &origin);
        let whatsapp = format!(
            "{}{}",
            crate::components::share::WHATSAPP_SHARE,
            encode_component(&message)
        );
        let status = RwSignal::new(None::<bool>);
        let share = {
            let message = message.clone();
            move |_| {
                let message = message.clone();
                spawn_local(async move {
                    browser::share("Waakzaam", &message, None).await;
                });
            }
        };
        let copy = {
            let message = message.clone();
            move |_| {
                let message = message.clone();
                spawn_local(async move { status.set(Some(browser::copy_text(&message).await)) });
            }
        };
        view! {
            <div class="wz-share wz-no-print">
                <div class="wz-button-group">
                    {if browser::can_share() {
                        view! { <button type="button" class="wz-button" data-testid="warn-share" on:click=share>{tr(&ui::WARN_SHARE)}</button> }.into_any()
                    } else {
                        view! { <a class="wz-button" data-testid="warn-share" href=whatsapp rel="noopener" target="_blank">{tr(&ui::WARN_SHARE)}</a> }.into_any()
                    }}
                    <button type="button" class="wz-button wz-button--secondary" on:click=copy>{tr(&ui::WARN_COPY)}</button>
                </div>
                <p class="wz-note__status" role="status">
                    {move || status.get().map(|ok| tr(if ok { &ui::NOTE_COPIED } else { &ui::NOTE_COPY_FAILED }))}
                </p>
            </div>
        }
    })
}

/// The start page's current warnings: only in the running app, from today's date (the
/// static start page links to the warnings page through its card).
#[component]
pub fn CurrentWarnings() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let code = locale.code();
    let today = today_signal();
    move || {
        let list = current(WARNINGS, today.get()?);
        (!list.is_empty()).then(|| {
            view! {
                <section class="wz-home-warnings" aria-labelledby="wz-home-warnings-title" data-testid="home-warnings">
                    <h2 id="wz-home-warnings-title">{tr(&ui::HOME_WARN_NOW)}</h2>
                    <ul class="wz-link-list" role="list">
                        {list.into_iter().map(|w| view! {
                            <li data-warning=w.id.as_ref()>
                                <a class="wz-link" href=format!("/{code}/waarschuwingen/{}", w.id)>{tr(&w.title)}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn at_least_one_warning_is_current_on_5_december_2026_and_all_end_some_day() {
        assert!(!current(WARNINGS, d("2026-12-05")).is_empty());
        assert!(current(WARNINGS, d("2030-01-01")).is_empty());
        let nep = WARNINGS
            .iter()
            .find(|w| w.id == "nep-agenten-bellen-ouderen")
            .unwrap();
        assert!(is_current(nep, d("2027-02-28")));
        assert!(!is_current(nep, d("2027-03-01")));
        assert!(!is_current(nep, d("2026-10-31")));
    }

    #[test]
    fn current_ones_come_newest_first() {
        let list = current(WARNINGS, d("2026-12-05"));
        for pair in list.windows(2) {
            assert!(pair[0].start >= pair[1].start);
        }
    }

    #[test]
    fn the_share_message_carries_the_warning_and_its_address_only() {
        let w = &WARNINGS[0];
        let msg = share_message(w, Locale::Nl, "https://waakzaam.example");
        assert!(msg.starts_with("Waarschuwing: "));
        assert!(msg.ends_with(&format!(
            "https://waakzaam.example/nl/waarschuwingen/{}",
            w.id
        )));
        assert!(!msg.contains("waakzaam.buurt"));
        assert_eq!(date_label("2026-11-01", Locale::Nl), "1 november 2026");
        assert_eq!(date_label("2027-02-28", Locale::En), "28 February 2027");
    }
}

//! The buurtpreventie kit (`/nl/buurt`): for a worried neighbour and for the people who run
//! a neighbourhood WhatsApp group (the "digitale weerbare wijk" of the Hilversum safety plan;
//! buurtpreventie in the Laren plan). The composer lives in `buurt_melding.rs`, the current
//! warnings in `waarschuwingen.rs`; here the kit's start, the group rules card and the
//! neighbourhood evening.

use std::borrow::Cow;

use leptos::prelude::*;

use crate::browser;
use crate::components::page::Page;
use crate::components::share::{PrintNote, ShareBar};
use crate::components::sources::SourceNote;
use crate::content::validate::host_of;
use crate::content::{GROUP_INFO, MUNICIPALITIES, TIPS};
use crate::domain::quiz::session::DEFAULT_LENGTH;
use crate::domain::quiz::Level;
use crate::i18n::{tr, ui, use_locale, Text};
use crate::routes::workshop::new_lesson_href;
use crate::schema::{Str, Tip};

/// `/nl/buurt`: the kit's four parts.
#[component]
pub fn Buurt() -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let parts: [(String, &'static Text, &'static Text); 4] = [
        (
            format!("/{code}/buurt/melding"),
            &ui::MELDING_TITLE,
            &ui::BUURT_MELDING_TEXT,
        ),
        (
            format!("/{code}/waarschuwingen"),
            &ui::WARN_TITLE,
            &ui::BUURT_WARN_TEXT,
        ),
        (
            format!("/{code}/buurt/regels"),
            &ui::REGELS_TITLE,
            &ui::BUURT_REGELS_TEXT,
        ),
        (
            format!("/{code}/buurt/avond"),
            &ui::AVOND_TITLE,
            &ui::BUURT_AVOND_TEXT,
        ),
    ];
    view! {
        <Page name="buurt" title=&ui::BUURT_TITLE intro=&ui::BUURT_INTRO>
            <ul class="wz-cards" role="list">
                {parts.into_iter().enumerate().map(|(i, (href, title, text))| view! {
                    <li class="wz-card" class:wz-card--primary=i == 0>
                        <h2 class="wz-card__title"><a class="wz-card__link" href=href>{tr(title)}</a></h2>
                        <p class="wz-card__text">{tr(text)}</p>
                    </li>
                }).collect_view()}
            </ul>
        </Page>
    }
}

/// The group rules card's sources: house rules of WhatsApp buurtpreventie groups as
/// published by a buurtpreventie organisation and a municipality, and how to find a group.
pub static RULES_SOURCES: [Str; 3] = [
    Cow::Borrowed("stichtsevecht-huisregels"),
    Cow::Borrowed("westland-wabp"),
    Cow::Borrowed("consumentenbond-wabp"),
];

/// The house rules, in the order they matter during an alert (shared/facts/channels.md,
/// "WABP house rules").
pub const RULES: [&Text; 6] = [
    &ui::REGELS_RULE_112,
    &ui::REGELS_RULE_PHOTOS,
    &ui::REGELS_RULE_CHAT,
    &ui::REGELS_RULE_LAW,
    &ui::REGELS_RULE_HOME,
    &ui::REGELS_RULE_WORDS,
];

/// SAAR, as on the report flow's page about neighbourhood groups.
pub const SAAR: [&Text; 4] = [&ui::SAAR_S, &ui::SAAR_A1, &ui::SAAR_A2, &ui::SAAR_R];

/// `/nl/buurt/regels`: one card, printable on one A4 and shareable.
#[component]
pub fn Regels() -> impl IntoView {
    let share_text = format!("{} {}", tr(&ui::REGELS_SHARE_TEXT), tr(&ui::REGELS_TITLE));
    // Said once under the list: which municipalities have no verified page of their own.
    let unverified = MUNICIPALITIES.iter().any(|m| {
        GROUP_INFO
            .iter()
            .find(|g| g.municipality == m.id)
            .is_none_or(|g| g.url.is_none())
    });
    let municipalities = MUNICIPALITIES
        .iter()
        .map(|m| {
            let info = GROUP_INFO.iter().find(|g| g.municipality == m.id);
            let page = info.and_then(|g| g.url.as_deref());
            let (href, label): (String, &'static Text) = match page {
                Some(url) => (url.to_string(), &ui::REGELS_JOIN_PAGE),
                None => (m.website.to_string(), &ui::REGELS_JOIN_WEBSITE),
            };
            let host = host_of(&href);
            view! {
                <li class="wz-rules__place" data-municipality=m.id.as_ref()>
                    <strong>{m.name.as_ref()}</strong>": "
                    // On paper the address is what counts: "Blaricum: blaricum.nl".
                    <a class="wz-link" href=href rel="noreferrer">
                        <span class="wz-no-print">{tr(label)}" ("</span>{host}<span class="wz-no-print">")"</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page name="buurt-regels" title=&ui::REGELS_TITLE intro=&ui::REGELS_INTRO>
            <div class="wz-rules">
                <h2>{tr(&ui::REGELS_SAAR_TITLE)}</h2>
                <ol class="wz-saar">{SAAR.into_iter().map(|s| view! { <li>{tr(s)}</li> }).collect_view()}</ol>
                <h2>{tr(&ui::REGELS_RULES_TITLE)}</h2>
                <ul class="wz-rules__list" data-testid="rules">
                    {RULES.into_iter().map(|r| view! { <li>{tr(r)}</li> }).collect_view()}
                </ul>
                <h2>{tr(&ui::REGELS_JOIN_TITLE)}</h2>
                <p>{tr(&ui::REGELS_JOIN_INTRO)}</p>
                <ul class="wz-rules__places" role="list">{municipalities}</ul>
                {unverified.then(|| view! { <p class="wz-hint">{tr(&ui::REGELS_JOIN_UNVERIFIED)}</p> })}
            </div>
            <div class="wz-no-print"><ShareBar text=share_text/></div>
            <SourceNote sources=&RULES_SOURCES/>
            <PrintNote/>
        </Page>
    }
}

/// The five tips on the neighbourhood evening's handout for seniors. Chosen from the safety
/// plans: the Hilversum plan names phishing, vriend-in-nood fraud and spoofing (a fake bank)
/// as the digital risks for seniors; the Blaricum plan names babbeltrucs at the door; and
/// the police's national campaign against fake police officers aims at people over 70. Each
/// is a tip for `senioren` in tips.toml (tested).
pub const HANDOUT_TIPS: [&str; 5] = [
    "nepagent",
    "bankhelpdesk-fraude",
    "vriend-in-nood",
    "babbeltruc",
    "phishing",
];

pub fn handout_tips() -> Vec<&'static Tip> {
    HANDOUT_TIPS
        .iter()
        .filter_map(|slug| TIPS.iter().find(|t| t.slug == *slug))
        .collect()
}

/// `/nl/buurt/avond`: how a coordinator runs the workshop's quiz at a buurtpreventie or
/// seniors' evening, and the one-page handout.
#[component]
pub fn Avond() -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let steps = [
        &ui::AVOND_STEP_1,
        &ui::AVOND_STEP_2,
        &ui::AVOND_STEP_3,
        &ui::AVOND_STEP_4,
    ];
    // The button starts a lesson for adults (the leader's projector page, a new lesson code).
    // The code is drawn once the app runs (an effect: no random number in the static page);
    // until then, and without JavaScript, it opens the workshop page to start one by hand.
    let lesson = RwSignal::new(format!("/{code}/workshop"));
    Effect::new(move |_| {
        lesson.set(new_lesson_href(code, Level::Adults, None, DEFAULT_LENGTH));
    });
    let tips = handout_tips()
        .into_iter()
        .map(|t| {
            view! {
                <li class="wz-handout__tip" data-tip=t.slug.as_ref()>
                    <h3>{tr(&t.title)}</h3>
                    <p>{tr(&t.recognise)}</p>
                    <ul>{t.steps.iter().take(2).map(|s| view! { <li>{tr(s)}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page name="buurt-avond" title=&ui::AVOND_TITLE intro=&ui::AVOND_INTRO>
            <div class="wz-no-print">
                <ol class="wz-steps">{steps.into_iter().map(|s| view! { <li>{tr(s)}</li> }).collect_view()}</ol>
                <p class="wz-button-group">
                    <a class="wz-button" data-testid="avond-lesson" href=move || lesson.get()>{tr(&ui::AVOND_START)}</a>
                    <a class="wz-link" href=format!("/{code}/workshop")>{tr(&ui::AVOND_CHOOSE)}</a>
                </p>
            </div>
            <section class="wz-handout" aria-labelledby="wz-handout-title">
                <h2 id="wz-handout-title">{tr(&ui::AVOND_HANDOUT_TITLE)}</h2>
                <p class="wz-no-print">{tr(&ui::AVOND_HANDOUT_INTRO)}</p>
                <ol class="wz-handout__tips" role="list">{tips}</ol>
                {browser::is_live().then(|| view! {
                    <p class="wz-no-print">
                        <button type="button" class="wz-button wz-button--secondary" on:click=|_| browser::print()>
                            {tr(&ui::AVOND_PRINT)}
                        </button>
                    </p>
                })}
                <PrintNote/>
            </section>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Audience, Locale};

    #[test]
    fn the_rules_card_says_112_first_no_photos_or_names_no_chat_and_no_vigilantes() {
        let nl: Vec<&str> = RULES.iter().map(|r| r.get(Locale::Nl)).collect();
        assert!(nl[0].starts_with("Eerst 112 bellen"), "112 comes first");
        assert!(nl
            .iter()
            .any(|r| r.contains("foto's") && r.contains("namen")));
        assert!(nl.iter().any(|r| r.contains("kletsen")));
        assert!(nl.iter().any(|r| r.contains("recht in eigen hand")));
        let en: Vec<&str> = RULES.iter().map(|r| r.get(Locale::En)).collect();
        assert!(en[0].starts_with("Call 112 first"));
        // SAAR in its order: Signaleer, Alarmeer 112, App, Reageer.
        let saar: String = SAAR
            .iter()
            .map(|s| s.get(Locale::Nl).chars().next().unwrap())
            .collect();
        assert_eq!(saar, "SAAR");
        assert!(SAAR[1].get(Locale::Nl).contains("112"));
        for id in &RULES_SOURCES {
            assert!(crate::content::source(id).is_some(), "{id}");
        }
    }

    #[test]
    fn every_municipality_has_a_way_to_a_group() {
        for m in MUNICIPALITIES {
            assert!(
                GROUP_INFO.iter().any(|g| g.municipality == m.id),
                "{}",
                m.id
            );
        }
    }

    #[test]
    fn the_handout_has_five_tips_for_seniors() {
        let tips = handout_tips();
        assert_eq!(tips.len(), 5);
        for t in tips {
            assert!(t.audiences.contains(&Audience::Senioren), "{}", t.slug);
        }
    }
}

//! The advice: one primary channel and at most two others, each with why, how to reach it,
//! hours and what happens next; what to have ready; where people often go wrong; the note.

use crate::components::title::Title;
use leptos::prelude::*;

use super::state::{step_href, tree, use_melden};
use super::BackLink;
use crate::components::channel_card::ChannelContact;
use crate::components::municipality::MunicipalityContact;
use crate::components::note_helper::NoteHelper;
use crate::content::{channel, MUNICIPALITIES};
use crate::domain::triage::{End, Step};
use crate::i18n::{tr, ui, use_locale, Text};
use crate::schema::{Advice as AdviceData, MUNICIPALITY_CHANNEL};

#[component]
pub fn Advice() -> impl IntoView {
    let state = use_melden();
    let locale = use_locale();
    let t = tree();
    // Resolved before this page is shown, so the walk ends in an outcome; read once.
    let (outcome, municipality) = state.answers.with_untracked(|a| {
        let outcome = match t.walk(a).end {
            End::Outcome(o) => Some(o),
            _ => None,
        };
        let m = a
            .get("gemeente")
            .and_then(|id| MUNICIPALITIES.iter().find(|m| m.id == *id));
        (outcome, m)
    });
    let Some(outcome) = outcome else {
        return view! { <crate::routes::not_found::NotFound/> }.into_any();
    };

    let block = move |advice: &'static AdviceData, primary: bool| {
        let contact = if advice.channel == MUNICIPALITY_CHANNEL {
            municipality.map(|m| {
                (
                    m.name.to_string(),
                    view! { <MunicipalityContact m/> }.into_any(),
                )
            })
        } else {
            channel(&advice.channel).map(|c| {
                (
                    c.name.get(locale.get_untracked()).to_string(),
                    view! { <ChannelContact channel=c/> }.into_any(),
                )
            })
        };
        contact.map(|(name, contact)| {
            let heading = if primary {
                view! { <h2 class="wz-advice__name">{tr(&ui::MELDEN_PRIMARY)}": "{name}</h2> }
                    .into_any()
            } else {
                view! { <h3 class="wz-advice__name">{name}</h3> }.into_any()
            };
            view! {
                <section class="wz-advice" class:wz-advice--primary=primary
                    data-channel=advice.channel.as_ref()>
                    {heading}
                    <p class="wz-advice__why">{tr(&advice.why)}</p>
                    {contact}
                </section>
            }
        })
    };
    let list = |items: &'static [Text]| {
        view! {
            <ul class="wz-list">
                {items.iter().map(|i| view! { <li>{tr(i)}</li> }).collect_view()}
            </ul>
        }
    };

    view! {
        <Title text=tr(&outcome.title).to_string()/>
        <div class="wz-page" data-page="melden" data-step="advies" data-outcome=outcome.id.as_ref()>
            <BackLink to=Step::Summary/>
            <h1 class="wz-page__title">{tr(&outcome.title)}</h1>
            {block(&outcome.primary, true)}
            {(!outcome.warnings.is_empty()).then(|| view! {
                <div class="wz-warning">
                    <h2 class="wz-warning__title">{tr(&ui::MELDEN_WARNINGS)}</h2>
                    {list(&outcome.warnings)}
                </div>
            })}
            {(!outcome.ready.is_empty()).then(|| view! {
                <h2>{tr(&ui::MELDEN_READY)}</h2>
                {list(&outcome.ready)}
            })}
            {(!outcome.others.is_empty()).then(|| view! {
                <h2>{tr(&ui::MELDEN_OTHERS)}</h2>
                {outcome.others.iter().map(|a| block(a, false)).collect_view()}
            })}
            {outcome.saar.then(|| view! {
                <p><a class="wz-link" href=move || step_href(locale.get(), &Step::Saar)>
                    {tr(&ui::MELDEN_SAAR_LINK)}
                </a></p>
            })}
            <NoteHelper anonymous=outcome.anonymous/>
            <p>
                <a class="wz-link" href=move || step_href(locale.get(), &tree().start())
                    on:click=move |_| state.restart()>
                    {tr(&ui::MELDEN_RESTART)}
                </a>
            </p>
        </div>
    }
    .into_any()
}

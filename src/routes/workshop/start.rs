//! The workshop's start page: play alone, start a lesson, join one.

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::page::Page;
use crate::domain::quiz::session::{DEFAULT_LENGTH, LENGTHS};
use crate::domain::quiz::{Level, Session};
use crate::i18n::{tr, ui, use_locale};
use crate::schema::Technique;

use super::*;

#[component]
pub(super) fn Start(problem: Option<Problem>) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let navigate = use_navigate();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let join = move |e: ev::SubmitEvent| {
        e.prevent_default();
        match Session::parse(&typed.get_untracked()) {
            Some(s) => navigate(
                &format!("/{code}/workshop/sessie/{}", s.code()),
                Default::default(),
            ),
            None => error.set(true),
        }
    };
    let self_play = Level::ALL
        .into_iter()
        .map(|level| {
            view! {
                <li><a class="wz-button" href=format!("/{code}/workshop/spelen/{}", level.slug())>
                    {tr(level_label(level))}
                </a></li>
            }
        })
        .collect_view();
    view! {
        <Page name="workshop" title=&ui::WORKSHOP_TITLE intro=&ui::WORKSHOP_INTRO>
            {problem.map(|p| view! {
                <p class="wz-notice" role="status">
                    {tr(if p == Problem::BadCode { &ui::WORKSHOP_BAD_CODE } else { &ui::WORKSHOP_BAD_LEVEL })}
                </p>
            })}
            <crate::components::needs_app::NeedsApp/>
            <h2>{tr(&ui::WORKSHOP_SELF_TITLE)}</h2>
            <p>{tr(&ui::WORKSHOP_SELF_TEXT)}</p>
            <ul class="wz-workshop__choices" role="list">{self_play}</ul>

            <h2>{tr(&ui::WORKSHOP_JOIN_TITLE)}</h2>
            <form class="wz-form wz-workshop__join" on:submit=join novalidate>
                <div class="wz-form-group" class:wz-form-group--error=move || error.get()>
                    <label class="wz-label" for="wz-join-code">{tr(&ui::WORKSHOP_JOIN_LABEL)}</label>
                    <p class="wz-hint" id="wz-join-hint">{tr(&ui::WORKSHOP_JOIN_HINT_V2)}</p>
                    {move || error.get().then(|| view! {
                        <p class="wz-error-message" id="wz-join-error">{tr(&ui::WORKSHOP_JOIN_ERROR)}</p>
                    })}
                    <input class="wz-input wz-workshop__code-input" id="wz-join-code" name="code"
                        autocomplete="off" autocapitalize="characters" spellcheck="false"
                        aria-describedby=move || if error.get() { "wz-join-hint wz-join-error" } else { "wz-join-hint" }
                        aria-invalid=move || error.get().to_string()
                        on:input=move |e| { typed.set(event_target_value(&e)); error.set(false); }/>
                </div>
                <button type="submit" class="wz-button">{tr(&ui::WORKSHOP_JOIN_BUTTON)}</button>
            </form>

            <h2>{tr(&ui::WORKSHOP_LEAD_TITLE)}</h2>
            <p>{tr(&ui::WORKSHOP_LEAD_TEXT)}</p>
            <LeadForm/>
        </Page>
    }
}

#[component]
fn LeadForm() -> impl IntoView {
    let code = use_locale().get_untracked().code();
    let navigate = use_navigate();
    let level = RwSignal::new(Level::Teens);
    let theme = RwSignal::new(None::<Technique>);
    let length = RwSignal::new(DEFAULT_LENGTH);
    let start = move |e: ev::SubmitEvent| {
        e.prevent_default();
        // In the handler, not while building the view: no random numbers when rendering
        // natively.
        let href = new_lesson_href(
            code,
            level.get_untracked(),
            theme.get_untracked(),
            length.get_untracked(),
        );
        navigate(&href, Default::default());
    };
    let levels = Level::ALL
        .into_iter()
        .map(|l| {
            let id = format!("wz-lead-level-{}", l.slug());
            view! {
                <div class="wz-radios__item">
                    <input class="wz-radios__input" type="radio" name="wz-lead-level" id=id.clone()
                        value=l.slug() prop:checked=move || level.get() == l
                        on:change=move |_| level.set(l)/>
                    <label class="wz-radios__label" for=id>{tr(level_label(l))}</label>
                </div>
            }
        })
        .collect_view();
    let lengths = LENGTHS
        .into_iter()
        .map(|n| {
            let id = format!("wz-lead-length-{n}");
            view! {
                <div class="wz-radios__item">
                    <input class="wz-radios__input" type="radio" name="wz-lead-length" id=id.clone()
                        value=n.to_string() prop:checked=move || length.get() == n
                        on:change=move |_| length.set(n)/>
                    <label class="wz-radios__label" for=id>{n.to_string()}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <form class="wz-form wz-workshop__lead" on:submit=start>
            <fieldset class="wz-fieldset wz-form-group">
                <legend class="wz-fieldset__legend wz-label">{tr(&ui::WORKSHOP_LEVEL_LABEL)}</legend>
                <div class="wz-radios">{levels}</div>
            </fieldset>
            <div class="wz-form-group">
                <label class="wz-label" for="wz-lead-theme">{tr(&ui::WORKSHOP_THEME_LABEL)}</label>
                <select class="wz-select" id="wz-lead-theme"
                    on:change=move |e| theme.set(Technique::from_slug(&event_target_value(&e)))>
                    <option value="">{tr(&ui::WORKSHOP_THEME_NONE)}</option>
                    {Technique::ALL.into_iter().map(|t| view! {
                        <option value=t.slug()>{tr(technique_texts(t).name)}</option>
                    }).collect_view()}
                </select>
            </div>
            <fieldset class="wz-fieldset wz-form-group">
                <legend class="wz-fieldset__legend wz-label">{tr(&ui::WORKSHOP_LENGTH_LABEL)}</legend>
                <div class="wz-radios wz-radios--inline">{lengths}</div>
            </fieldset>
            <button type="submit" class="wz-button wz-button--secondary">{tr(&ui::WORKSHOP_LEAD_START)}</button>
        </form>
    }
}

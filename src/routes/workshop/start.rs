//! The workshop's start page: play alone, start a lesson, join one.

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::page::Page;
use crate::domain::quiz::{Level, Session};
use crate::i18n::{tr, ui, use_locale};

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
    let navigate = use_navigate();
    let levels = move |lead: bool| {
        let navigate = navigate.clone();
        Level::ALL
            .into_iter()
            .map(move |level| {
                let navigate = navigate.clone();
                if lead {
                    let start = move |_| {
                        let s = Session::new(level, (js_sys::Math::random() * 10_000.0) as u32);
                        navigate(&format!("/{code}/workshop/leider/{}", s.code()), Default::default());
                    };
                    view! {
                        <li><button type="button" class="wz-button wz-button--secondary" on:click=start>
                            {tr(&ui::WORKSHOP_LEAD_START)}": "{tr(level_label(level))}
                        </button></li>
                    }
                    .into_any()
                } else {
                    view! {
                        <li><a class="wz-button" href=format!("/{code}/workshop/spelen/{}", level.slug())>
                            {tr(level_label(level))}
                        </a></li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
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
            <ul class="wz-workshop__choices" role="list">{levels(false)}</ul>

            <h2>{tr(&ui::WORKSHOP_JOIN_TITLE)}</h2>
            <form class="wz-form wz-workshop__join" on:submit=join novalidate>
                <div class="wz-form-group" class:wz-form-group--error=move || error.get()>
                    <label class="wz-label" for="wz-join-code">{tr(&ui::WORKSHOP_JOIN_LABEL)}</label>
                    <p class="wz-hint" id="wz-join-hint">{tr(&ui::WORKSHOP_JOIN_HINT)}</p>
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
            <ul class="wz-workshop__choices" role="list">{levels(true)}</ul>
        </Page>
    }
}

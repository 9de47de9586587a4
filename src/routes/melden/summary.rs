//! "Kloppen uw antwoorden?": every answer on the path, each with a change link.

use crate::components::title::Title;
use leptos::prelude::*;

use super::state::{step_href, tree, use_melden};
use super::{BackLink, FlowNotice};
use crate::content::MUNICIPALITIES;
use crate::domain::triage::Step;
use crate::i18n::{tr, ui, use_locale};

#[component]
pub fn Summary() -> impl IntoView {
    let state = use_melden();
    let locale = use_locale();
    let t = tree();
    let rows = move || {
        state.answers.with(|answers| {
            t.relevant(answers)
                .into_iter()
                .map(|(q, answer)| {
                    let answer = answer.to_string();
                    let label = move || {
                        let l = locale.get();
                        if q.municipalities {
                            MUNICIPALITIES
                                .iter()
                                .find(|m| m.id == answer)
                                .map(|m| m.name.to_string())
                        } else {
                            q.options
                                .iter()
                                .find(|o| o.id == answer)
                                .map(|o| o.label.get(l).to_string())
                        }
                        .unwrap_or_default()
                    };
                    let href = move || step_href(locale.get(), &Step::Question(q.id.to_string()));
                    view! {
                        <div class="wz-summary__row">
                            <dt class="wz-summary__key">{tr(&q.title)}</dt>
                            <dd class="wz-summary__value">{label}</dd>
                            <dd class="wz-summary__actions">
                                <a href=href>
                                    {tr(&ui::MELDEN_SUMMARY_CHANGE)}
                                    <span class="wz-visually-hidden">": "{tr(&q.title)}</span>
                                </a>
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let last = state.answers.with_untracked(|a| {
        t.walk(a)
            .asked
            .last()
            .map(|q| Step::Question(q.to_string()))
    });
    view! {
        <Title text=tr(&ui::MELDEN_SUMMARY_TITLE)/>
        <div class="wz-page" data-page="melden" data-step="overzicht">
            {last.map(|to| view! { <BackLink to/> })}
            <FlowNotice/>
            <h1 class="wz-page__title">{tr(&ui::MELDEN_SUMMARY_TITLE)}</h1>
            <dl class="wz-summary">{rows}</dl>
            <a class="wz-button" href=move || step_href(locale.get(), &Step::Advice)>
                {tr(&ui::MELDEN_SUMMARY_CONTINUE)}
            </a>
        </div>
    }
}

//! "Meld een vermoeden": one question per page, each with its own URL under /:lang/melden,
//! then the advice (with the answers given, to change, copy or print). The tree is data (src/content/melden.toml) evaluated by
//! `domain::triage`; this module only maps URLs to pages and keeps the URL honest.

mod advice;
mod emergency;
mod question;
mod saar;
pub mod state;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;
use leptos_router::NavigateOptions;

use crate::domain::triage::{Answers, Notice, Request, Step};
use crate::i18n::{tr, ui, use_locale};
use state::{step_href, tree, use_melden};

/// The step part of the address (`/:lang/melden/*step` in app.rs): "geld", "geld/bank", or
/// none on `/nl/melden`.
#[derive(Params, PartialEq, Clone, Debug, Default)]
struct StepParams {
    step: Option<String>,
}

#[component]
pub fn Melden() -> impl IntoView {
    let params = use_params::<StepParams>();
    let locale = use_locale();
    let state = use_melden();
    let t = tree();

    // "/nl/melden/geld" → "geld"; "/nl/melden" → "".
    let request = Memo::new(move |_| {
        params.with(|p| {
            let step = p.as_ref().ok().and_then(|p| p.step.as_deref());
            t.parse(step.unwrap_or(""))
        })
    });
    let resolved = Memo::new(move |_| state.answers.with(|a| t.resolve(&request.get(), a)));

    // Keep the address bar in step with what is shown: a deep link presets its answer and
    // starts at the first question; an unreachable step is replaced by the nearest valid one.
    let navigate = use_navigate();
    Effect::new(move |_| {
        let request = request.get();
        let replace = NavigateOptions {
            replace: true,
            ..Default::default()
        };
        if let Request::DeepLink { question, option } = &request {
            state
                .answers
                .set(Answers::from([(question.clone(), option.clone())]));
            state.notice.set(None);
            navigate(&step_href(locale.get_untracked(), &t.start()), replace);
            return;
        }
        let (step, notice) = resolved.get();
        // "The questions changed" explains why we start over; keep it over "earlier
        // question", which would be true but less helpful.
        let old_answers = state.notice.get_untracked() == Some(Notice::OldAnswers);
        if notice.is_some() && !old_answers {
            state.notice.set(notice);
        }
        if request != Request::Step(step.clone()) {
            navigate(&step_href(locale.get_untracked(), &step), replace);
        }
    });

    // Abuse at home or of a young person: "Snel weg" on every step of that branch.
    let sensitive = move || state.answers.with(|a| t.is_sensitive(a));
    let page = move || match resolved.get().0 {
        // An unknown id cannot get here (resolve checks it); the first question is the
        // safe fallback, and the build guarantees there is one.
        Step::Question(id) => match t.question(&id).or(t.first()) {
            Some(q) => view! { <question::QuestionPage question=q/> }.into_any(),
            None => view! { <crate::routes::not_found::NotFound/> }.into_any(),
        },
        Step::Advice => view! { <advice::Advice/> }.into_any(),
        Step::Emergency => view! { <emergency::Emergency/> }.into_any(),
        Step::Saar => view! { <saar::Saar/> }.into_any(),
    };
    view! {
        {move || sensitive().then(|| view! { <crate::components::quick_exit::QuickExit/> })}
        {page}
    }
}

/// The short message after we moved the person to another step, or when answers can't be
/// kept. Polite, not alarming.
#[component]
fn FlowNotice() -> impl IntoView {
    let state = use_melden();
    let text = move || {
        state.notice.get().map(|n| match n {
            Notice::UnknownStep => &ui::MELDEN_NOTICE_UNKNOWN,
            Notice::EarlierQuestion => &ui::MELDEN_NOTICE_EARLIER,
            Notice::OldAnswers => &ui::MELDEN_NOTICE_OLD,
        })
    };
    let locale = use_locale();
    view! {
        {move || text().map(|t| view! {
            <p class="wz-notice" role="status">{t.get(locale.get())}</p>
        })}
        {move || (!state.kept.get()).then(|| view! {
            <p class="wz-notice" role="status">{tr(&ui::MELDEN_NOTICE_NOT_KEPT)}</p>
        })}
    }
}

/// "Terug" to the previous step: a real link, so it works like the browser's back.
#[component]
fn BackLink(to: Step) -> impl IntoView {
    let locale = use_locale();
    view! {
        <a class="wz-back-link" href=move || step_href(locale.get(), &to)>{tr(&ui::MELDEN_BACK)}</a>
    }
}

//! One question page (GOV.UK "question page" pattern): the question is the legend and the h1,
//! radios with labels and hints, an error summary when nothing was chosen.

use crate::components::title::Title;
use leptos::prelude::*;

use crate::components::needs_app::NeedsApp;
use leptos_router::hooks::use_navigate;

use super::state::{step_href, tree, use_melden, MUNICIPALITY_KEY};
use super::{BackLink, FlowNotice};
use crate::content::MUNICIPALITIES;
use crate::i18n::{tr, ui, use_locale, Locale};
use crate::schema::{Question, Text};
use crate::storage;

/// An option as shown: its id, label and optional hint.
#[derive(Clone, Copy)]
enum Label {
    Text(&'static Text),
    Name(&'static str),
}

impl Label {
    fn get(self, locale: Locale) -> &'static str {
        match self {
            Label::Text(t) => t.get(locale),
            Label::Name(n) => n,
        }
    }
}

#[component]
pub fn QuestionPage(question: &'static Question) -> impl IntoView {
    let state = use_melden();
    let locale = use_locale();
    let t = tree();
    let q = question;

    // The municipality question lists the six, then its own options ("another one").
    let towns = MUNICIPALITIES
        .iter()
        .filter(|_| q.municipalities)
        .map(|m| (m.id.as_ref(), Label::Name(&m.name), None));
    let own = q
        .options
        .iter()
        .map(|o| (o.id.as_ref(), Label::Text(&o.label), o.hint.as_ref()));
    let options: Vec<(&'static str, Label, Option<&'static Text>)> = towns.chain(own).collect();

    // Preselect the saved answer; for the municipality, the one remembered on this device.
    let saved = state
        .answers
        .with_untracked(|a| a.get(q.id.as_ref()).cloned());
    let remembered = || storage::get(MUNICIPALITY_KEY).filter(|m| t.is_valid(&q.id, m));
    let initial = saved.or_else(|| if q.municipalities { remembered() } else { None });
    let selected = RwSignal::new(initial);
    let show_error = RwSignal::new(false);

    let previous = state.answers.with_untracked(|a| {
        let asked = t.walk(a).asked;
        let at = asked.iter().position(|x| *x == q.id).unwrap_or(asked.len());
        at.checked_sub(1)
            .map(|i| crate::domain::triage::Step::Question(asked[i].to_string()))
    });

    let is_first = t.first().is_some_and(|f| f.id == q.id);
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(choice) = selected.get_untracked() else {
            show_error.set(true);
            crate::browser::focus_by_id("wz-error-summary");
            return;
        };
        if q.municipalities {
            // Remembering is a convenience; if storage is full the flow goes on.
            let _ = storage::set(MUNICIPALITY_KEY, &choice);
        }
        state.notice.set(None);
        state.answers.update(|a| {
            a.insert(q.id.to_string(), choice);
        });
        let next = state.answers.with_untracked(|a| t.step_after(a));
        navigate(
            &step_href(locale.get_untracked(), &next),
            Default::default(),
        );
    };

    let hint_id = format!("{}-hint", q.id);
    let error_id = format!("{}-error", q.id);
    let first_input = format!("{}-{}", q.id, options.first().map(|o| o.0).unwrap_or(""));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if q.hint.is_some() {
                ids.push(hint_id.clone());
            }
            if show_error.get() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    // The examples after the list (q.hints_after): the same hints, each still the
    // description of its radio (aria-describedby, which reads folded text too), so a screen
    // reader hears it at the radio.
    let examples = q.hints_after.then(|| {
        let items = options
            .iter()
            .filter_map(|&(id, label, hint)| {
                let hint = hint?;
                let hint_id = format!("{}-{id}-hint", q.id);
                Some(view! {
                    <dt class="wz-examples__term">{move || label.get(locale.get())}</dt>
                    <dd class="wz-examples__text" id=hint_id>{tr(hint)}</dd>
                })
            })
            .collect_view();
        // Folded: the answers say enough to choose; the examples are there for whoever
        // doubts (and, open on the first screen, they were the largest text the app painted,
        // so the page's largest paint waited for the app).
        view! {
            <details class="wz-examples wz-disclosure">
                <summary class="wz-disclosure__summary">
                    <span class="wz-disclosure__title">{tr(&ui::MELDEN_EXAMPLES)}</span>
                </summary>
                <dl class="wz-examples__list">{items}</dl>
            </details>
        }
    });
    let radios = options
        .into_iter()
        .map(|(id, label, hint)| {
            let input_id = format!("{}-{id}", q.id);
            let hint_id = format!("{input_id}-hint");
            view! {
                <div class="wz-radios__item">
                    <input
                        class="wz-radios__input"
                        type="radio"
                        id=input_id.clone()
                        name=q.id.as_ref()
                        value=id
                        prop:checked=move || selected.get().as_deref() == Some(id)
                        aria-describedby=hint.map(|_| hint_id.clone())
                        on:change=move |_| {
                            selected.set(Some(id.to_string()));
                            show_error.set(false);
                        }
                    />
                    <label class="wz-radios__label" for=input_id>
                        {move || label.get(locale.get())}
                    </label>
                    {hint.filter(|_| !q.hints_after).map(|h| view! {
                        <p class="wz-radios__hint" id=hint_id.clone()>{tr(h)}</p>
                    })}
                </div>
            }
        })
        .collect_view();

    view! {
        <Title text=tr(&q.title).to_string()/>
        <div class="wz-page wz-question" data-page="melden" data-step=q.id.as_ref()>
            {previous.map(|to| view! { <BackLink to/> })}
            <FlowNotice/>
            {move || show_error.get().then(|| view! {
                <div class="wz-error-summary" id="wz-error-summary" role="alert" tabindex="-1">
                    <h2 class="wz-error-summary__title">{tr(&ui::MELDEN_ERROR_TITLE)}</h2>
                    <ul class="wz-error-summary__list">
                        <li><a href=format!("#{first_input}")>{tr(&ui::MELDEN_ERROR_CHOOSE)}</a></li>
                    </ul>
                </div>
            })}
            <form class="wz-form" on:submit=on_submit novalidate>
                <div class="wz-form-group" class:wz-form-group--error=move || show_error.get()>
                    <fieldset class="wz-fieldset" aria-describedby=described_by>
                        <legend class="wz-fieldset__legend">
                            <span class="wz-caption">{tr(&ui::MELDEN_TITLE)}</span>
                            <h1 class="wz-page__title">{tr(&q.title)}</h1>
                        </legend>
                        {q.hint.as_ref().map(|h| view! {
                            <p class="wz-hint" id=hint_id.clone()>{tr(h)}</p>
                        })}
                        {move || show_error.get().then(|| view! {
                            <p class="wz-error-message" id=error_id.clone()>{tr(&ui::MELDEN_ERROR_CHOOSE)}</p>
                        })}
                        <div class="wz-radios" class:wz-radios--compact=q.hints_after>{radios}</div>
                    </fieldset>
                </div>
                <button type="submit" class="wz-button">{tr(&ui::MELDEN_NEXT)}</button>
                <NeedsApp/>
                {examples}
            </form>
            {is_first.then(|| view! {
                <p class="wz-inset" data-testid="sends-nothing">{tr(&ui::MELDEN_START_NOTE)}</p>
            })}
        </div>
    }
}

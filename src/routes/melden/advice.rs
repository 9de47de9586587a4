//! The advice: a one-line answer at the top, then one primary channel and at most two
//! others, each with why, how to reach it, hours and what happens next; what to do first and
//! what to have ready; where people often go wrong; the answers given (to change, copy,
//! share or print); the note.

use crate::components::title::Title;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{step_href, tree, use_melden};
use super::BackLink;
use crate::browser;
use crate::components::channel_card::ChannelContact;
use crate::components::municipality::MunicipalityContact;
use crate::components::note_helper::{load_note, note_labels, NoteHelper};
use crate::content::{channel, MUNICIPALITIES};
use crate::domain::triage::{Answers, End, Step};
use crate::i18n::{tr, ui, use_locale, Locale, Text};
use crate::schema::{
    Advice as AdviceData, OutcomeKind, Question, MUNICIPALITY_CHANNEL, MUNICIPALITY_QUESTION,
    WHO_HELPING, WHO_ME, WHO_QUESTION,
};

/// The label of the answer given to a question, as the person saw it.
pub fn answer_label(q: &'static Question, answer: &str, locale: Locale) -> String {
    MUNICIPALITIES
        .iter()
        .filter(|_| q.municipalities)
        .find(|m| m.id == answer)
        .map(|m| m.name.to_string())
        .or_else(|| {
            q.options
                .iter()
                .find(|o| o.id == answer)
                .map(|o| o.label.get(locale).to_string())
        })
        .unwrap_or_default()
}

/// The answers, the advice and the note as plain text: to read out on the phone, paste into
/// a web form or print. Built on the device; it goes nowhere unless the person sends it.
fn summary_text(answers: &Answers, title: &'static Text, locale: Locale) -> String {
    let mut out = format!("{}\n\n", ui::MELDEN_TITLE.get(locale));
    for (q, answer) in tree().relevant(answers) {
        out.push_str(&format!(
            "{}\n- {}\n",
            q.title.get(locale),
            answer_label(q, answer, locale)
        ));
    }
    out.push_str(&format!(
        "\n{}: {}\n",
        ui::MELDEN_ADVICE_LABEL.get(locale),
        title.get(locale)
    ));
    let (note, _) = load_note();
    if !note.is_empty() {
        out.push_str(&format!(
            "\n{}\n{}",
            ui::DATA_NOTE.get(locale),
            note.as_text(note_labels(locale))
        ));
    }
    out
}

#[component]
pub fn Advice() -> impl IntoView {
    let state = use_melden();
    let locale = use_locale();
    let t = tree();
    // Resolved before this page is shown, so the walk ends in an outcome; read once. Who it
    // happened to and the municipality come from the answers on the path taken only.
    let (outcome, on_path, answers) = state.answers.with_untracked(|a| {
        let outcome = match t.walk(a).end {
            End::Outcome(o) => Some(o),
            _ => None,
        };
        (outcome, t.on_path(a), a.clone())
    });
    let Some(outcome) = outcome else {
        return view! { <crate::routes::not_found::NotFound/> }.into_any();
    };
    let municipality = on_path
        .get(MUNICIPALITY_QUESTION)
        .and_then(|id| MUNICIPALITIES.iter().find(|m| m.id == *id));
    let who = on_path.get(WHO_QUESTION).map(String::as_str);
    let for_someone_else = who == Some(WHO_HELPING);
    // A victim who would rather stay unknown hears what is possible: an aangifte is never
    // anonymous, but there are ways to keep one's address out of it.
    let victim_reporting =
        (who == Some(WHO_ME) || for_someone_else) && outcome.kind == OutcomeKind::Aangifte;

    let block = move |advice: &'static AdviceData, primary: bool| {
        let contact = if advice.channel == MUNICIPALITY_CHANNEL {
            Some(match municipality {
                Some(m) => (
                    m.name.to_string(),
                    view! { <MunicipalityContact m/> }.into_any(),
                ),
                // "Another municipality": the national channels on this page still apply.
                None => (
                    tr(&ui::MELDEN_OTHER_MUNICIPALITY_NAME).to_string(),
                    view! { <p>{tr(&ui::MELDEN_OTHER_MUNICIPALITY)}</p> }.into_any(),
                ),
            })
        } else {
            channel(&advice.channel).map(|c| {
                (
                    c.name.get(locale.get_untracked()).to_string(),
                    view! { <ChannelContact channel=c purpose=true/> }.into_any(),
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

    let rows = t
        .relevant(&answers)
        .into_iter()
        .map(|(q, answer)| {
            let answer = answer.to_string();
            let href = move || step_href(locale.get(), &Step::Question(q.id.to_string()));
            view! {
                <div class="wz-summary__row">
                    <dt class="wz-summary__key">{tr(&q.title)}</dt>
                    <dd class="wz-summary__value">{move || answer_label(q, &answer, locale.get())}</dd>
                    <dd class="wz-summary__actions">
                        <a href=href>
                            {tr(&ui::MELDEN_SUMMARY_CHANGE)}
                            <span class="wz-visually-hidden">": "{tr(&q.title)}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let text = {
        let answers = answers.clone();
        move || summary_text(&answers, &outcome.title, locale.get())
    };
    let copied = RwSignal::new(None::<bool>);
    let copy = {
        let text = text.clone();
        move |_| {
            let value = text();
            spawn_local(async move { copied.set(Some(browser::copy_text(&value).await)) });
        }
    };
    let share = {
        let text = text.clone();
        move |_| {
            let value = text();
            spawn_local(async move {
                browser::share("Waakzaam", &value, None).await;
            });
        }
    };
    let print = |_| browser::print();
    let last = t
        .walk(&answers)
        .asked
        .last()
        .map(|q| Step::Question(q.to_string()));

    view! {
        <Title text=tr(&outcome.title).to_string()/>
        <div class="wz-page" data-page="melden" data-step="advies" data-outcome=outcome.id.as_ref()>
            {last.map(|to| view! { <BackLink to/> })}
            <h1 class="wz-page__title">{tr(&outcome.title)}</h1>
            <p class="wz-inset" data-testid="sends-nothing">{tr(&ui::MELDEN_SENDS_NOTHING)}</p>
            {for_someone_else.then(|| view! {
                <p class="wz-inset" data-testid="for-someone">{tr(&ui::MELDEN_FOR_SOMEONE)}</p>
            })}
            {block(&outcome.primary, true)}
            {(!outcome.first.is_empty()).then(|| view! {
                <h2>{tr(&ui::MELDEN_FIRST)}</h2>
                {list(&outcome.first)}
            })}
            {(!outcome.warnings.is_empty()).then(|| view! {
                <div class="wz-warning">
                    <h2 class="wz-warning__title">{tr(&ui::MELDEN_WARNINGS)}</h2>
                    {list(&outcome.warnings)}
                </div>
            })}
            {victim_reporting.then(|| view! {
                <div class="wz-inset" data-testid="victim-anonymity">
                    <h2>{tr(&ui::MELDEN_VICTIM_UNKNOWN_TITLE)}</h2>
                    <p>{tr(&ui::MELDEN_VICTIM_UNKNOWN)}</p>
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
            <section class="wz-answers" aria-labelledby="wz-answers-title">
                <h2 id="wz-answers-title">{tr(&ui::MELDEN_ANSWERS_TITLE)}</h2>
                <dl class="wz-summary">{rows}</dl>
                <p>{tr(&ui::MELDEN_ANSWERS_HELP)}</p>
                <div class="wz-button-group wz-no-print">
                    <button type="button" class="wz-button wz-button--secondary" on:click=copy>
                        {tr(&ui::MELDEN_ANSWERS_COPY)}
                    </button>
                    {browser::can_share().then(|| view! {
                        <button type="button" class="wz-button wz-button--secondary" on:click=share>
                            {tr(&ui::MELDEN_ANSWERS_SHARE)}
                        </button>
                    })}
                    <button type="button" class="wz-button wz-button--secondary" on:click=print>
                        {tr(&ui::PRINT)}
                    </button>
                </div>
                <p class="wz-note__status wz-answers__status" role="status">
                    {move || copied.get().map(|ok| tr(if ok { &ui::MELDEN_ANSWERS_COPIED } else { &ui::NOTE_COPY_FAILED }))}
                </p>
                <details class="wz-details">
                    <summary>{tr(&ui::MELDEN_ANSWERS_AS_TEXT)}</summary>
                    <pre class="wz-summary-text" data-testid="summary-text">{text.clone()}</pre>
                </details>
            </section>
            <NoteHelper anonymous=outcome.anonymous sensitive=t.is_sensitive(&answers)/>
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

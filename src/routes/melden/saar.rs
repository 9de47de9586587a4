//! Buurtpreventie WhatsApp groups: the SAAR steps and a ready-to-paste group message built
//! from the person's note.

use crate::components::title::Title;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{step_href, tree, use_melden};
use crate::browser;
use crate::components::note_helper::load_note;
use crate::domain::note::group_message;
use crate::domain::routing::Page;
use crate::domain::triage::{End, Step};
use crate::i18n::{tr, ui, use_locale};

#[component]
pub fn Saar() -> impl IntoView {
    let locale = use_locale();
    // An unreadable note is removed by load_note; say so, as the advice page does.
    let (note, note_removed) = load_note();
    let called = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let message = Memo::new(move |_| {
        let l = locale.get();
        let yes_no = if called.get() {
            ui::SAAR_YES.get(l)
        } else {
            ui::SAAR_NO.get(l)
        };
        group_message(&note, yes_no, l)
    });
    let copy = move |_| {
        let text = message.get_untracked();
        spawn_local(async move { copied.set(Some(browser::copy_text(&text).await)) });
    };
    let steps = [&ui::SAAR_S, &ui::SAAR_A1, &ui::SAAR_A2, &ui::SAAR_R];
    // Opened from a municipality page or a shared link there is no advice to go back to: the
    // button then starts the questions, instead of landing on "this step is not available".
    let has_advice = use_melden()
        .answers
        .with_untracked(|a| matches!(tree().walk(a).end, End::Outcome(_)));
    let onward = move || {
        if has_advice {
            step_href(locale.get(), &Step::Advice)
        } else {
            Page::Melden.path(locale.get())
        }
    };
    let onward_text = if has_advice {
        &ui::SAAR_TO_ADVICE
    } else {
        &ui::MELDEN_TITLE
    };
    view! {
        <Title text=tr(&ui::SAAR_TITLE)/>
        <div class="wz-page" data-page="melden" data-step="saar">
            <h1 class="wz-page__title">{tr(&ui::SAAR_TITLE)}</h1>
            <p class="wz-page__intro">{tr(&ui::SAAR_INTRO)}</p>
            <ol class="wz-saar">
                {steps.into_iter().map(|s| view! { <li>{tr(s)}</li> }).collect_view()}
            </ol>
            <h2>{tr(&ui::SAAR_MESSAGE_TITLE)}</h2>
            // The message is built, chosen and copied by the running app: the static page
            // (what a first visit shows while the app starts, and all a phone without
            // JavaScript gets) has the steps above and one calm line here.
            <crate::components::needs_app::NeedsApp/>
            {browser::is_live().then(|| view! {
                <p class="wz-hint">{tr(&ui::SAAR_MESSAGE_HINT)}</p>
                <fieldset class="wz-fieldset">
                    <legend class="wz-label">{tr(&ui::SAAR_CALLED)}</legend>
                    <div class="wz-radios wz-radios--inline">
                        <div class="wz-radios__item">
                            <input class="wz-radios__input" type="radio" id="saar-gebeld-ja" name="saar-gebeld"
                                prop:checked=move || called.get() on:change=move |_| called.set(true)/>
                            <label class="wz-radios__label" for="saar-gebeld-ja">{tr(&ui::SAAR_YES)}</label>
                        </div>
                        <div class="wz-radios__item">
                            <input class="wz-radios__input" type="radio" id="saar-gebeld-nee" name="saar-gebeld"
                                prop:checked=move || !called.get() on:change=move |_| called.set(false)/>
                            <label class="wz-radios__label" for="saar-gebeld-nee">{tr(&ui::SAAR_NO)}</label>
                        </div>
                    </div>
                </fieldset>
                {note_removed.then(|| view! {
                    <p class="wz-notice" data-testid="saar-note-removed">{tr(&ui::NOTE_OLD)}</p>
                })}
                <p class="wz-note__preview" data-testid="saar-message">{message}</p>
                <p class="wz-note__status" role="status">
                    {move || copied.get().map(|ok| if ok { &ui::NOTE_COPIED } else { &ui::NOTE_COPY_FAILED }.get(locale.get()))}
                </p>
                <div class="wz-button-group">
                    <button type="button" class="wz-button" on:click=copy>{tr(&ui::SAAR_COPY)}</button>
                    <a class="wz-button wz-button--secondary" href=onward data-testid="saar-onward">
                        {tr(onward_text)}
                    </a>
                </div>
            })}
        </div>
    }
}

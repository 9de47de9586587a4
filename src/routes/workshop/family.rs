//! The family round: five messages on one phone, in simple words and large type. The pupil
//! hands the phone over; the parent or grandparent answers "echt" or "nep"; the phone goes
//! back and the pupil explains with the technique line.

use leptos::prelude::*;

use super::player::{Explanation, Mock, TechniqueLine};
use crate::components::title::Title;
use crate::content::QUIZ;
use crate::domain::quiz::family;
use crate::i18n::{tr, ui, use_locale};
use crate::schema::Technique;

#[component]
pub(super) fn FamilyRound(focus: Vec<Technique>) -> impl IntoView {
    let code = use_locale().get_untracked().code();
    // The same five for the same focus: nothing random, nothing read from the device.
    let seed = focus
        .iter()
        .fold(7u64, |s, t| s.wrapping_mul(31).wrapping_add(*t as u64 + 1));
    let items = family::items(&focus, seed, QUIZ);
    let total = items.len();
    let items = StoredValue::new(items);
    // None: the introduction; Some(i): message i.
    let index = RwSignal::new(None::<usize>);
    let said = RwSignal::new(None::<bool>);
    let right = RwSignal::new(0usize);
    let done = RwSignal::new(false);
    let answer = move |real: bool| {
        if said.get_untracked().is_some() {
            return;
        }
        let Some(i) = index.get_untracked() else {
            return;
        };
        if items.with_value(|all| all[i].real == real) {
            right.update(|r| *r += 1);
        }
        said.set(Some(real));
        crate::browser::focus_by_id("wz-family-back");
    };
    let next = move |_| {
        let i = index.get_untracked().map_or(0, |i| i + 1);
        said.set(None);
        if i >= total {
            done.set(true);
            crate::browser::focus_by_id("wz-family-done");
        } else {
            index.set(Some(i));
            crate::browser::focus_by_id("wz-family-hand");
        }
    };
    let title = tr(&ui::WORKSHOP_FAMILY_TITLE).to_string();
    view! {
        <Title text=title.clone()/>
        <div class="wz-page wz-family" data-page="workshop" data-mode="family">
            <h1 class="wz-page__title">{title}</h1>
            {move || match (done.get(), index.get()) {
                (true, _) => view! {
                    <section class="wz-family__done">
                        <h2 id="wz-family-done" tabindex="-1">
                            {ui::fill::WorkshopFamilyDone { right: &right.get(), total: &total }.tr()}
                        </h2>
                        <p>{tr(&ui::WORKSHOP_FAMILY_TALK)}</p>
                        <p><a class="wz-button wz-button--secondary" href=format!("/{code}/workshop")>{tr(&ui::WORKSHOP_TITLE)}</a></p>
                    </section>
                }.into_any(),
                (false, None) => view! {
                    <section class="wz-family__intro">
                        <p>{tr(&ui::WORKSHOP_FAMILY_INTRO)}</p>
                        <crate::components::needs_app::NeedsApp/>
                        {crate::browser::is_live().then(|| view! {
                            <button type="button" class="wz-button wz-family__start" on:click=next>
                                {tr(&ui::WORKSHOP_FAMILY_START)}
                            </button>
                        })}
                    </section>
                }.into_any(),
                (false, Some(i)) => {
                    let item = items.with_value(|all| all[i]);
                    let revealed = Signal::derive(move || said.get().is_some());
                    view! {
                        <div class="wz-family__question" data-item=item.id.as_ref()>
                            <p class="wz-quiz__progress">
                                {ui::fill::WorkshopQuestion { n: &(i + 1), total: &total }.tr()}
                            </p>
                            <p class="wz-family__hand" id="wz-family-hand" tabindex="-1">{tr(&ui::WORKSHOP_FAMILY_HAND_OVER)}</p>
                            <Mock item revealed/>
                            <h2 class="wz-quiz__ask">{tr(&ui::WORKSHOP_ASK)}</h2>
                            <div class="wz-button-group wz-quiz__answers">
                                <button type="button" class="wz-button wz-quiz__answer" data-answer="echt"
                                    aria-pressed=move || (said.get() == Some(true)).to_string()
                                    disabled=move || said.get().is_some() on:click=move |_| answer(true)>
                                    {tr(&ui::WORKSHOP_REAL)}
                                </button>
                                <button type="button" class="wz-button wz-quiz__answer" data-answer="nep"
                                    aria-pressed=move || (said.get() == Some(false)).to_string()
                                    disabled=move || said.get().is_some() on:click=move |_| answer(false)>
                                    {tr(&ui::WORKSHOP_FAKE)}
                                </button>
                            </div>
                            {move || said.get().map(|real| {
                                let ok = real == item.real;
                                view! {
                                    <section class="wz-quiz__feedback" class:wz-quiz__feedback--right=ok>
                                        <h2 id="wz-family-back" tabindex="-1">
                                            {tr(if ok { &ui::WORKSHOP_RIGHT } else { &ui::WORKSHOP_WRONG })}" "
                                            {tr(if item.real { &ui::WORKSHOP_REAL } else { &ui::WORKSHOP_FAKE })}"."
                                        </h2>
                                        <p class="wz-family__back">{tr(&ui::WORKSHOP_FAMILY_HAND_BACK)}</p>
                                        <p class="wz-family__explain-label">{tr(&ui::WORKSHOP_FAMILY_EXPLAIN)}</p>
                                        <TechniqueLine item/>
                                        <Explanation item/>
                                        <button type="button" class="wz-button" on:click=next>
                                            {tr(if i + 1 >= total { &ui::WORKSHOP_FAMILY_FINISH } else { &ui::WORKSHOP_FAMILY_NEXT })}
                                        </button>
                                    </section>
                                }
                            })}
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}

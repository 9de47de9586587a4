//! The sighting composer (`/nl/buurt/melding`): a short form in the order a 112 operator
//! asks, and from it the 112 script (large, to read out on the phone) and the message for
//! the buurtpreventie group ("112 is gebeld" first), to copy or share. The draft stays on
//! this device (reload and offline safe) until the person wipes it, here, in "Mijn gegevens"
//! or with "Snel weg". No photos or names of suspects: the form has no place for them and
//! says why.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::components::needs_app::NeedsApp;
use crate::components::page::Page;
use crate::components::quick_exit::QuickExit;
use crate::domain::sighting::{Field, Group, Sighting, MAX_CHARS};
use crate::domain::stored::{self, SIGHTING_KEY};
use crate::domain::tip_filter::encode_component;
use crate::i18n::{tr, ui, use_locale, Locale, Text};
use crate::storage;

fn group_title(g: Group) -> &'static Text {
    match g {
        Group::What => &ui::MELDING_GROUP_WHAT,
        Group::Where => &ui::MELDING_GROUP_WHERE,
        Group::When => &ui::MELDING_GROUP_WHEN,
        Group::Person => &ui::MELDING_GROUP_PERSON,
        Group::Vehicle => &ui::MELDING_GROUP_VEHICLE,
        Group::Direction => &ui::MELDING_GROUP_DIRECTION,
    }
}

/// The short name of a part in the script and the message ("Waar: …").
pub fn group_head(g: Group) -> &'static Text {
    match g {
        Group::What => &ui::MELDING_HEAD_WHAT,
        Group::Where => &ui::MELDING_HEAD_WHERE,
        Group::When => &ui::MELDING_HEAD_WHEN,
        Group::Person => &ui::MELDING_HEAD_PERSON,
        Group::Vehicle => &ui::MELDING_HEAD_VEHICLE,
        Group::Direction => &ui::MELDING_HEAD_DIRECTION,
    }
}

fn field_label(f: Field) -> &'static Text {
    match f {
        Field::What => &ui::MELDING_LABEL_WHAT,
        Field::Street => &ui::MELDING_LABEL_STREET,
        Field::Number => &ui::MELDING_LABEL_NUMBER,
        Field::Place => &ui::MELDING_LABEL_PLACE,
        Field::When => &ui::MELDING_LABEL_WHEN,
        Field::Height => &ui::MELDING_LABEL_HEIGHT,
        Field::Build => &ui::MELDING_LABEL_BUILD,
        Field::Clothing => &ui::MELDING_LABEL_CLOTHING,
        Field::Hair => &ui::MELDING_LABEL_HAIR,
        Field::Features => &ui::MELDING_LABEL_FEATURES,
        Field::Age => &ui::MELDING_LABEL_AGE,
        Field::Make => &ui::MELDING_LABEL_MAKE,
        Field::Colour => &ui::MELDING_LABEL_COLOUR,
        Field::Lettering => &ui::MELDING_LABEL_LETTERING,
        Field::Plate => &ui::MELDING_LABEL_PLATE,
        Field::Direction => &ui::MELDING_LABEL_DIRECTION,
    }
}

/// The name of a detail of a person or vehicle in the script ("kleding …").
pub fn detail_label(f: Field) -> &'static Text {
    match f {
        Field::Height => &ui::MELDING_DETAIL_HEIGHT,
        Field::Build => &ui::MELDING_DETAIL_BUILD,
        Field::Clothing => &ui::MELDING_DETAIL_CLOTHING,
        Field::Hair => &ui::MELDING_DETAIL_HAIR,
        Field::Features => &ui::MELDING_DETAIL_FEATURES,
        Field::Age => &ui::MELDING_DETAIL_AGE,
        Field::Make => &ui::MELDING_DETAIL_MAKE,
        Field::Colour => &ui::MELDING_DETAIL_COLOUR,
        Field::Lettering => &ui::MELDING_DETAIL_LETTERING,
        Field::Plate => &ui::MELDING_DETAIL_PLATE,
        // Not shown with a label (a part of its own, or part of the address).
        _ => field_label(f),
    }
}

/// The 112 script in `locale`.
pub fn script(s: &Sighting, locale: Locale) -> Vec<(String, String)> {
    s.script(
        |g| group_head(g).get(locale).to_string(),
        |f| detail_label(f).get(locale).to_string(),
    )
}

/// The group message in `locale`: "112 is gebeld." or "112 is niet gebeld." first.
pub fn group_message(s: &Sighting, locale: Locale) -> String {
    let called = if s.called_112 {
        &ui::MELDING_LINE_CALLED
    } else {
        &ui::MELDING_LINE_NOT_CALLED
    };
    s.group_message(
        called.get(locale),
        |g| group_head(g).get(locale).to_string(),
        |f| detail_label(f).get(locale).to_string(),
    )
}

/// Keeps the draft on the device; an empty draft is removed. Err when the device refuses.
fn keep(s: &Sighting) -> Result<(), storage::StorageError> {
    if s.is_empty() && !s.called_112 {
        storage::remove(SIGHTING_KEY);
        Ok(())
    } else {
        storage::set(SIGHTING_KEY, &s.encode())
    }
}

const MESSAGE_ID: &str = "melding-bericht";

#[component]
pub fn Melding() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let draft = RwSignal::new(Sighting::default());
    // Bumped when the draft is replaced as a whole (loaded, wiped): the fields then show it.
    // Typing does not redraw a field's value, so the caret stays where it is.
    let loaded = RwSignal::new(0u32);
    let not_kept = RwSignal::new(false);
    let old_removed = RwSignal::new(false);
    let wiped = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);

    // Read the draft once the app runs (never while the build renders the page).
    Effect::new(move |_| {
        let raw = storage::get(SIGHTING_KEY);
        match (raw.is_some(), stored::sighting(raw.as_deref())) {
            (_, Some(s)) => {
                draft.set(s);
                loaded.update(|n| *n += 1);
            }
            (true, None) => {
                storage::remove(SIGHTING_KEY);
                old_removed.set(true);
            }
            (false, None) => {}
        }
    });

    let save = move || {
        let result = draft.with_untracked(keep);
        not_kept.set(result.is_err());
        wiped.set(false);
        copied.set(None);
    };

    let field = move |f: Field| {
        let id = format!("melding-{}", f.id());
        let value = move || {
            loaded.track();
            draft.with_untracked(|d| d.get(f).to_string())
        };
        let on_input = move |ev: leptos::ev::Event| {
            draft.update(|d| d.set(f, &event_target_value(&ev)));
            save();
        };
        let multiline = matches!(f, Field::What | Field::Clothing | Field::Features);
        let control = if multiline {
            view! {
                <textarea class="wz-textarea" id=id.clone() name=id.clone() rows="3"
                    maxlength=MAX_CHARS.to_string()
                    prop:value=value on:input=on_input></textarea>
            }
            .into_any()
        } else {
            view! {
                <input class="wz-input" type="text" id=id.clone() name=id.clone() autocomplete="off"
                    maxlength=MAX_CHARS.to_string()
                    prop:value=value on:input=on_input/>
            }
            .into_any()
        };
        view! {
            <div class="wz-form-group">
                <label class="wz-label" for=id>{tr(field_label(f))}</label>
                {control}
            </div>
        }
    };

    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let fields: Vec<Field> = Field::ALL.into_iter().filter(|f| f.group() == g).collect();
            // One question: its label is the question itself, no fieldset around it.
            if fields.len() == 1 {
                return view! { <div class="wz-melding__part">{field(fields[0])}</div> }.into_any();
            }
            view! {
                <fieldset class="wz-fieldset wz-melding__part">
                    <legend class="wz-fieldset__legend"><h2>{tr(group_title(g))}</h2></legend>
                    {fields.into_iter().map(field).collect_view()}
                </fieldset>
            }
            .into_any()
        })
        .collect_view();

    let set_called = move |yes: bool| {
        draft.update(|d| d.called_112 = yes);
        save();
    };

    let lines = Memo::new(move |_| draft.with(|d| script(d, locale)));
    let message = Memo::new(move |_| draft.with(|d| group_message(d, locale)));

    let copy = move |_| {
        let text = message.get_untracked();
        spawn_local(async move {
            let ok = browser::copy_text(&text).await;
            copied.set(Some(ok));
            // No clipboard: select the message so the person can copy it by hand.
            if !ok {
                browser::select_text(MESSAGE_ID);
            }
        });
    };
    let share = move |_| {
        // Only the message text: no address, nothing of the stored draft.
        let text = message.get_untracked();
        spawn_local(async move {
            browser::share("Waakzaam", &text, None).await;
        });
    };
    let wipe = move |_| {
        storage::remove(SIGHTING_KEY);
        draft.set(Sighting::default());
        loaded.update(|n| *n += 1);
        not_kept.set(false);
        copied.set(None);
        wiped.set(true);
    };

    view! {
        <QuickExit/>
        <Page name="buurt-melding" title=&ui::MELDING_TITLE intro=&ui::MELDING_INTRO>
            <p class="wz-notice" data-testid="melding-no-photos">{tr(&ui::MELDING_NO_PHOTOS)}</p>
            <NeedsApp/>
            {move || old_removed.get().then(|| view! {
                <p class="wz-notice" data-testid="melding-old">{tr(&ui::MELDING_DRAFT_OLD)}</p>
            })}
            <form class="wz-form wz-melding" on:submit=|ev| ev.prevent_default()>
                {groups}
                <fieldset class="wz-fieldset wz-form-group">
                    <legend class="wz-label">{tr(&ui::MELDING_CALLED)}</legend>
                    <div class="wz-radios">
                        <div class="wz-radios__item">
                            <input class="wz-radios__input" type="radio" id="melding-gebeld-ja" name="melding-gebeld"
                                prop:checked=move || draft.with(|d| d.called_112)
                                on:change=move |_| set_called(true)/>
                            <label class="wz-radios__label" for="melding-gebeld-ja">{tr(&ui::MELDING_CALLED_YES)}</label>
                        </div>
                        <div class="wz-radios__item">
                            <input class="wz-radios__input" type="radio" id="melding-gebeld-nee" name="melding-gebeld"
                                prop:checked=move || draft.with(|d| !d.called_112)
                                on:change=move |_| set_called(false)/>
                            <label class="wz-radios__label" for="melding-gebeld-nee">{tr(&ui::MELDING_CALLED_NO)}</label>
                        </div>
                    </div>
                </fieldset>
            </form>
            <p class="wz-hint">{tr(&ui::MELDING_KEPT)}</p>
            <p role="status" class="wz-note__status">
                {move || not_kept.get().then(|| view! {
                    <span class="wz-error-message" data-testid="melding-not-kept">{tr(&ui::MELDING_STORAGE_FULL)}</span>
                })}
                {move || wiped.get().then(|| tr(&ui::MELDING_WIPED))}
            </p>

            <section class="wz-melding__script" aria-labelledby="melding-script-title">
                <h2 id="melding-script-title">{tr(&ui::MELDING_SCRIPT_TITLE)}</h2>
                <p>{tr(&ui::MELDING_SCRIPT_INTRO)}</p>
                {move || {
                    let lines = lines.get();
                    if lines.is_empty() {
                        return view! { <p class="wz-hint" data-testid="melding-script-empty">{tr(&ui::MELDING_SCRIPT_EMPTY)}</p> }.into_any();
                    }
                    view! {
                        <ol class="wz-script" data-testid="melding-script">
                            {lines.into_iter().map(|(head, text)| view! {
                                <li><span class="wz-script__head">{head}": "</span>{text}</li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <p class="wz-hint">{tr(&ui::MELDING_SCRIPT_END)}</p>
            </section>

            <section aria-labelledby="melding-message-title">
                <h2 id="melding-message-title">{tr(&ui::MELDING_MESSAGE_TITLE)}</h2>
                <p class="wz-hint" id="melding-message-hint">{tr(&ui::MELDING_MESSAGE_HINT)}</p>
                <label class="wz-visually-hidden" for=MESSAGE_ID>{tr(&ui::MELDING_MESSAGE_TITLE)}</label>
                <textarea class="wz-textarea wz-melding__message" id=MESSAGE_ID readonly rows="6"
                    aria-describedby="melding-message-hint" data-testid="melding-message"
                    prop:value=move || message.get()></textarea>
                <p class="wz-note__status" role="status">
                    {move || copied.get().map(|ok| tr(if ok { &ui::MELDING_COPIED } else { &ui::MELDING_COPY_FAILED }))}
                </p>
                {browser::is_live().then(|| view! {
                    <div class="wz-button-group">
                        <button type="button" class="wz-button" data-testid="melding-copy" on:click=copy>{tr(&ui::MELDING_COPY)}</button>
                        {if browser::can_share() {
                            view! { <button type="button" class="wz-button wz-button--secondary" data-testid="melding-share" on:click=share>{tr(&ui::MELDING_SHARE)}</button> }.into_any()
                        } else {
                            view! {
                                <a class="wz-button wz-button--secondary" data-testid="melding-whatsapp" rel="noopener" target="_blank"
                                    href=move || format!("{}{}", crate::components::share::WHATSAPP_SHARE, encode_component(&message.get()))>
                                    {tr(&ui::MELDING_WHATSAPP)}
                                </a>
                            }.into_any()
                        }}
                        <button type="button" class="wz-button wz-button--secondary" data-testid="melding-wipe" on:click=wipe>{tr(&ui::MELDING_WIPE)}</button>
                    </div>
                })}
            </section>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dutch_and_english_texts_keep_the_order_and_the_112_line_first() {
        let mut s = Sighting::default();
        s.set(Field::What, "Iemand klimt over de schutting");
        s.set(Field::Street, "Torenlaan");
        s.set(Field::Place, "Hilversum");
        s.set(Field::Clothing, "rode jas");
        s.set(Field::Plate, "gz123x");
        s.set(Field::Direction, "naar het station");
        let nl = group_message(&s, Locale::Nl);
        assert_eq!(
            nl,
            "112 is niet gebeld.\nWat: Iemand klimt over de schutting\nWaar: Torenlaan, Hilversum\nPersoon: kleding rode jas\nVoertuig: kenteken GZ-123-X\nRichting: naar het station"
        );
        s.called_112 = true;
        let en = group_message(&s, Locale::En);
        assert!(en.starts_with("112 has been called.\nWhat: "), "{en}");
        let heads: Vec<String> = script(&s, Locale::Nl).into_iter().map(|l| l.0).collect();
        assert_eq!(heads, ["Wat", "Waar", "Persoon", "Voertuig", "Richting"]);
    }
}

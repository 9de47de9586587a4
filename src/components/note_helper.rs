//! "Schrijf op wat u zag": four fields, autosaved on this device as the person types, shown
//! as plain text to copy, share or read out. Nothing leaves the device unless they share it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::domain::note::Note;
use crate::i18n::{tr, ui, use_locale, Locale};
use crate::storage;

pub use crate::domain::stored::NOTE_KEY;

/// Loads the saved note, from this device or, on a sensitive branch, from this tab only; an
/// unreadable one is removed and reported, never a crash.
pub fn load_note() -> (Note, bool) {
    let (text, local) = match storage::get(NOTE_KEY) {
        Some(t) => (Some(t), true),
        None => (storage::session_get(NOTE_KEY), false),
    };
    match text {
        None => (Note::default(), false),
        Some(text) => match Note::decode(&text) {
            Some(note) => (note, false),
            None => {
                if local {
                    storage::remove(NOTE_KEY);
                } else {
                    storage::session_remove(NOTE_KEY);
                }
                (Note::default(), true)
            }
        },
    }
}

/// Where the note is written: on a sensitive branch (abuse at home or online) only for this
/// tab, unless the person chose to keep it on the device; elsewhere on the device.
fn store_note(note: &Note, on_device: bool) -> Result<(), crate::storage::StorageError> {
    if note.is_empty() {
        storage::remove(NOTE_KEY);
        storage::session_remove(NOTE_KEY);
        return Ok(());
    }
    let encoded = note.encode();
    if on_device {
        storage::session_remove(NOTE_KEY);
        storage::set(NOTE_KEY, &encoded)
    } else {
        storage::remove(NOTE_KEY);
        storage::session_set(NOTE_KEY, &encoded)
    }
}

/// The short labels in the copied text ("Waar: …"), not the questions of the form.
pub fn note_labels(locale: Locale) -> [&'static str; 4] {
    [
        ui::NOTE_TEXT_WHAT.get(locale),
        ui::NOTE_TEXT_PLACE.get(locale),
        ui::NOTE_TEXT_TIME.get(locale),
        ui::NOTE_TEXT_WHO.get(locale),
    ]
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    None,
    Saved,
    NotSaved,
    Copied,
    CopyFailed,
    Deleted,
    OldRemoved,
}

#[component]
pub fn NoteHelper(
    /// On the anonymous path: warn not to write one's own name.
    anonymous: bool,
    /// Abuse at home or online: the note stays in this tab unless the person chooses to keep
    /// it on the device (someone else may use the phone).
    #[prop(optional)]
    sensitive: bool,
) -> impl IntoView {
    let locale = use_locale();
    let (saved, was_unreadable) = load_note();
    // Kept on the device: always off a sensitive branch; on one, only when chosen (or when
    // the person already chose it, so a note kept earlier stays where it is).
    let on_device = RwSignal::new(!sensitive || storage::get(NOTE_KEY).is_some());
    let note = RwSignal::new(saved);
    let status = RwSignal::new(if was_unreadable {
        Status::OldRemoved
    } else {
        Status::None
    });

    let save = move || {
        let result = note.with_untracked(|n| store_note(n, on_device.get_untracked()));
        status.set(if result.is_ok() {
            Status::Saved
        } else {
            Status::NotSaved
        });
    };
    let text = Memo::new(move |_| note.with(|n| n.as_text(note_labels(locale.get()))));

    let field = move |id: &'static str,
                      label: &'static crate::i18n::Text,
                      hint: Option<&'static crate::i18n::Text>,
                      multiline: bool,
                      get: fn(&Note) -> &String,
                      set: fn(&mut Note, String)| {
        let hint_id = format!("{id}-hint");
        let value = move || note.with(|n| get(n).clone());
        let on_input = move |ev: leptos::ev::Event| {
            note.update(|n| set(n, event_target_value(&ev)));
            save();
        };
        let control = if multiline {
            view! {
                <textarea class="wz-textarea" id=id name=id rows="3"
                    aria-describedby=hint.map(|_| hint_id.clone())
                    prop:value=value on:input=on_input></textarea>
            }
            .into_any()
        } else {
            view! {
                <input class="wz-input" type="text" id=id name=id autocomplete="off"
                    aria-describedby=hint.map(|_| hint_id.clone())
                    prop:value=value on:input=on_input/>
            }
            .into_any()
        };
        view! {
            <div class="wz-form-group">
                <label class="wz-label" for=id>{tr(label)}</label>
                {hint.map(|h| view! { <p class="wz-hint" id=hint_id.clone()>{tr(h)}</p> })}
                {control}
            </div>
        }
    };

    let copy = move |_| {
        let value = text.get_untracked();
        spawn_local(async move {
            let ok = browser::copy_text(&value).await;
            status.set(if ok {
                Status::Copied
            } else {
                Status::CopyFailed
            });
        });
    };
    let share = move |_| {
        let value = text.get_untracked();
        let title = ui::NOTE_TITLE.get(locale.get_untracked());
        spawn_local(async move {
            browser::share(title, &value, None).await;
        });
    };
    let delete = move |_| {
        note.set(Note::default());
        storage::remove(NOTE_KEY);
        storage::session_remove(NOTE_KEY);
        status.set(Status::Deleted);
    };
    let can_share = browser::can_share();

    let status_text = move || match status.get() {
        Status::None => None,
        Status::Saved => Some(&ui::NOTE_SAVED),
        Status::NotSaved => Some(&ui::NOTE_NOT_SAVED),
        Status::Copied => Some(&ui::NOTE_COPIED),
        Status::CopyFailed => Some(&ui::NOTE_COPY_FAILED),
        Status::Deleted => Some(&ui::NOTE_DELETED),
        Status::OldRemoved => Some(&ui::NOTE_OLD),
    };

    view! {
        <section class="wz-note" aria-labelledby="wz-note-title">
            <h2 id="wz-note-title">{tr(&ui::NOTE_TITLE)}</h2>
            <p>{tr(&ui::NOTE_INTRO)}</p>
            {anonymous.then(|| view! {
                <p class="wz-warning-text"><strong>{tr(&ui::NOTE_ANONYMOUS)}</strong></p>
            })}
            {field("note-what", &ui::NOTE_WHAT, None, true, |n| &n.what, |n, v| n.what = v)}
            {field("note-place", &ui::NOTE_PLACE, None, false, |n| &n.place, |n, v| n.place = v)}
            {field("note-time", &ui::NOTE_TIME, None, false, |n| &n.time, |n, v| n.time = v)}
            {field("note-who", &ui::NOTE_WHO, Some(&ui::NOTE_WHO_HINT), true, |n| &n.who, |n, v| n.who = v)}
            {sensitive.then(|| view! {
                <div class="wz-form-group">
                    <div class="wz-check__main">
                        <input class="wz-check__input" type="checkbox" id="note-keep"
                            aria-describedby="note-keep-hint"
                            prop:checked=move || on_device.get()
                            on:change=move |ev| {
                                on_device.set(event_target_checked(&ev));
                                save();
                            }/>
                        <label class="wz-check__label" for="note-keep">{tr(&ui::NOTE_KEEP)}</label>
                    </div>
                    <p class="wz-hint" id="note-keep-hint">{tr(&ui::NOTE_KEEP_HINT)}</p>
                </div>
            })}
            <p class="wz-note__status" role="status">
                {move || status_text().map(|t| t.get(locale.get()))}
            </p>
            <h3>{tr(&ui::NOTE_PREVIEW)}</h3>
            <p class="wz-note__preview">
                {move || {
                    let t = text.get();
                    if t.is_empty() { ui::NOTE_EMPTY.get(locale.get()).to_string() } else { t }
                }}
            </p>
            <div class="wz-button-group">
                <button type="button" class="wz-button" on:click=copy>{tr(&ui::NOTE_COPY)}</button>
                {can_share.then(|| view! {
                    <button type="button" class="wz-button wz-button--secondary" on:click=share>
                        {tr(&ui::NOTE_SHARE)}
                    </button>
                })}
                <button type="button" class="wz-button wz-button--warning" on:click=delete>
                    {tr(&ui::NOTE_DELETE)}
                </button>
            </div>
        </section>
    }
}

//! Text size for seniors: three steps, remembered on this device, applied to the root font
//! size so every rem-based size grows with it.

use leptos::prelude::*;

use crate::i18n::{tr, ui, Text};
use crate::storage;

use crate::domain::stored::TEXT_SIZE_KEY as KEY;
const STEPS: [&str; 3] = ["100%", "125%", "150%"];
/// Each step's name, as on its button (and in "Mijn gegevens").
pub const LABELS: [&Text; 3] = [
    &ui::TEXT_SIZE_NORMAL,
    &ui::TEXT_SIZE_LARGE,
    &ui::TEXT_SIZE_LARGER,
];
/// The highest step a stored value may name.
pub const MAX_STEP: u8 = (STEPS.len() - 1) as u8;

fn saved_step() -> usize {
    crate::domain::stored::text_size(storage::get(KEY).as_deref(), MAX_STEP).unwrap_or(0) as usize
}

fn apply(step: usize) {
    let root = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(el) = root.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.style().set_property("font-size", STEPS[step]);
            // The step for the style: on a 180px-wide screen (200% zoom) it stops earlier.
            let _ = el.set_attribute("data-text-size", &step.to_string());
        }
    }
}

/// At start-up: the size chosen on an earlier visit.
pub fn apply_saved() {
    apply(saved_step());
}

#[component]
pub fn TextSize() -> impl IntoView {
    let step = RwSignal::new(saved_step());
    let labels = LABELS;
    view! {
        <div class="wz-text-size" role="group" aria-labelledby="wz-text-size-label">
            <span class="wz-text-size__label" id="wz-text-size-label">{tr(&ui::TEXT_SIZE)}</span>
            {labels.into_iter().enumerate().map(|(i, label)| view! {
                <button
                    type="button"
                    class=format!("wz-text-size__button wz-text-size__button--{i}")
                    aria-pressed=move || (step.get() == i).to_string()
                    on:click=move |_| {
                        step.set(i);
                        apply(i);
                        // Not remembered if storage is full: the size still applies now.
                        let _ = storage::set(KEY, &i.to_string());
                    }
                >
                    {tr(label)}
                </button>
            }).collect_view()}
        </div>
    }
}

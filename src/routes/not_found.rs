use crate::components::title::Title;
use leptos::prelude::*;

use crate::domain::routing::Page;
use crate::i18n::{tr, ui, use_locale};

/// For any unknown address: say so calmly, offer the way home and the emergency numbers.
#[component]
pub fn NotFound(
    /// For a tip address that doesn't exist: offer a search in the tips.
    #[prop(optional)]
    search: bool,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Title text=tr(&ui::NOT_FOUND_TITLE)/>
        <div class="wz-page wz-not-found" data-page="not-found">
            <h1 class="wz-page__title">{tr(&ui::NOT_FOUND_TITLE)}</h1>
            <p class="wz-page__intro">{tr(&ui::NOT_FOUND_TEXT)}</p>
            <p>
                <a class="wz-button" href=move || Page::Home.path(locale.get())>
                    {tr(&ui::NOT_FOUND_HOME)}
                </a>
            </p>
            {search.then(|| view! {
                <form class="wz-search" role="search" method="get"
                    action=format!("/{}/tips", locale.get_untracked().code())>
                    <label class="wz-label" for="nf-search">{tr(&ui::NOT_FOUND_SEARCH)}</label>
                    <input class="wz-input" type="search" id="nf-search" name="zoek"/>
                    <button type="submit" class="wz-button">{tr(&ui::NOT_FOUND_SEARCH_BUTTON)}</button>
                </form>
            })}
            <HelpNow/>
        </div>
    }
}

/// "Do you need help now?" under a page that could not show what the person came for
/// (not-found, no connection): a pointer to the emergency bar, not a second pair of buttons
/// (four red and blue buttons on one small screen said "emergency" louder than the page).
#[component]
pub fn HelpNow() -> impl IntoView {
    view! {
        <p class="wz-not-found__help">{tr(&ui::NOT_FOUND_HELP)}</p>
    }
}

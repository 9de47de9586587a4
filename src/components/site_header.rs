use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::domain::routing::{full_path, switch_locale_path, Page};
use crate::i18n::{remember_choice, tr, ui, use_locale, Locale, Text};

/// App name, main navigation and language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = use_locale();
    // On phones the menu folds away behind a button; on wider screens it is always shown.
    let (menu_open, set_menu_open) = signal(false);
    let location = use_location();
    // Close the menu after navigating.
    Effect::new(move |_| {
        location.pathname.track();
        set_menu_open.set(false);
    });

    view! {
        <header class="wz-header">
            <div class="wz-header__bar">
                <a class="wz-header__brand" href=move || Page::Home.path(locale.get())>
                    <span class="wz-header__logo" aria-hidden="true"></span>
                    {tr(&ui::APP_NAME)}
                </a>
                <LanguageSwitch/>
            </div>
            <button
                type="button"
                class="wz-header__menu-button"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="wz-nav"
                on:click=move |_| set_menu_open.update(|open| *open = !*open)
            >
                {tr(&ui::NAV_LABEL)}
            </button>
            <nav
                id="wz-nav"
                class="wz-nav"
                class:wz-nav--open=move || menu_open.get()
                aria-label=tr(&ui::NAV_LABEL)
            >
                <ul class="wz-nav__list" role="list">
                    {Page::ALL.into_iter().map(|page| view! { <NavItem page/> }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

fn nav_label(page: Page) -> &'static Text {
    match page {
        Page::Home => &ui::NAV_HOME,
        Page::Tips => &ui::NAV_TIPS,
        Page::Checklists => &ui::NAV_CHECKLISTS,
        Page::Melden => &ui::NAV_MELDEN,
        Page::Workshop => &ui::NAV_WORKSHOP,
        Page::Gemeente => &ui::NAV_GEMEENTE,
        Page::Over => &ui::NAV_OVER,
    }
}

#[component]
fn NavItem(page: Page) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li>
            // `A` marks the current page with aria-current="page".
            <A href=move || page.path(locale.get()) attr:class="wz-nav__link" exact=true>
                {tr(nav_label(page))}
            </A>
        </li>
    }
}

/// Full language names, no flags. Each link leads to the same page in that language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let link = move |to: Locale| {
        let href = move || {
            let path = full_path(
                &location.pathname.get(),
                &location.search.get(),
                &location.hash.get(),
            );
            switch_locale_path(&path, to)
        };
        view! {
            <li>
                <a
                    class="wz-lang-switch__link"
                    href=href
                    hreflang=to.code()
                    lang=to.code()
                    aria-current=move || (locale.get() == to).then_some("true")
                    on:click=move |_| remember_choice(to)
                >
                    {to.native_name()}
                </a>
            </li>
        }
    };
    view! {
        <nav class="wz-lang-switch" aria-label=tr(&ui::LANG_SWITCH_LABEL)>
            <ul class="wz-lang-switch__list" role="list">
                {Locale::ALL.into_iter().map(link).collect_view()}
            </ul>
        </nav>
    }
}

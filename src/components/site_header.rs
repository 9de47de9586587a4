use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::read_aloud::ReadAloud;
use crate::components::text_size::TextSize;
use crate::domain::routing::{full_path, switch_locale_path, Page};
use crate::i18n::{remember_choice, tr, ui, use_locale, Locale};

/// One compact row: app name, the other language, and "Menu". The menu holds what a senior
/// looks for on every page (text size, read aloud) and the main navigation, at every width,
/// so the tools are always in the same place.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = use_locale();
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
                    <span class="wz-header__name">{tr(&ui::APP_NAME)}</span>
                </a>
                <LanguageSwitch/>
                {if crate::browser::is_live() {
                    view! {
                        <button
                            type="button"
                            class="wz-header__menu-button"
                            aria-expanded=move || menu_open.get().to_string()
                            aria-controls="wz-menu"
                            on:click=move |_| set_menu_open.update(|open| *open = !*open)
                        >
                            {tr(&ui::MENU_BUTTON)}
                        </button>
                    }.into_any()
                } else {
                    // The static page (no app yet, or none at all): a plain link that opens
                    // the menu by its #fragment (`.wz-menu:target` in the style).
                    view! {
                        <a class="wz-header__menu-button" href="#wz-menu">{tr(&ui::MENU_BUTTON)}</a>
                    }.into_any()
                }}
            </div>
            <div id="wz-menu" class="wz-menu" class:wz-menu--open=move || menu_open.get()>
                // Text size and read aloud need the app: the static page leaves them out.
                {crate::browser::is_live().then(|| view! {
                    <div class="wz-menu__tools">
                        <TextSize/>
                        <ReadAloud/>
                    </div>
                })}
                <nav id="wz-nav" class="wz-nav" aria-label=tr(&ui::NAV_LABEL)>
                    <ul class="wz-nav__list" role="list">
                        {Page::ALL.into_iter().map(|page| view! { <NavItem page/> }).collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn NavItem(page: Page) -> impl IntoView {
    let locale = use_locale();
    view! {
        <li>
            // `A` marks the current page with aria-current="page".
            <A href=move || page.path(locale.get()) attr:class="wz-nav__link" exact=true>
                {tr(crate::domain::pages::info(page).nav)}
            </A>
        </li>
    }
}

/// The other language, by its own full name (no flags): a link to the same page in it. The
/// page's own language needs no link, and leaving it out keeps the header one row on a phone.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let location = use_location();
    let link = move |to: Locale| {
        let href = move || {
            let path = full_path(
                &location.pathname.get(),
                &location.search.get(),
                // The static page has no #fragment (a browser never sends one).
                &if crate::browser::is_live() {
                    location.hash.get()
                } else {
                    String::new()
                },
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
                    on:click=move |_| remember_choice(to)
                >
                    // On a 180px screen (200% zoom) only "EN"/"NL" shows, so the header stays
                    // one row; the link's name is then "EN English", which holds what is seen.
                    <span class="wz-lang-switch__code">{to.code().to_uppercase()}" "</span>
                    <span class="wz-lang-switch__name">{to.native_name()}</span>
                </a>
            </li>
        }
    };
    let current = locale.get_untracked();
    view! {
        <nav class="wz-lang-switch" aria-label=tr(&ui::LANG_SWITCH_LABEL)>
            <ul class="wz-lang-switch__list" role="list">
                {Locale::ALL.into_iter().filter(|l| *l != current).map(link).collect_view()}
            </ul>
        </nav>
    }
}

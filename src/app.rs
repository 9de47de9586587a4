//! The frame around every page (skip link, header, main content, emergency bar) and, per
//! bundle (domain::routing::Bundle), the app with the routes that bundle shows. Each binary
//! mounts one of the `…App` components, so a bundle carries only its own pages' code.

use leptos::prelude::*;
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::path;
use leptos_router::NavigateOptions;

use crate::bundle_links;
use crate::components::emergency_bar::EmergencyBar;
use crate::components::scroll_memory;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::{focus_main, SkipLink};
use crate::components::title::{sync_html_lang, Title};
use crate::domain::routing::{corrected_path, full_path, locale_of_path, Bundle};
use crate::i18n::{preferred_locale, tr, ui, CurrentLocale};
use crate::routes::{
    buurt, buurt_melding, checklist, checklists, gegevens, gemeente, home, localized, melden,
    not_found::{HelpNow, NotFound},
    over,
    root_redirect::RootRedirect,
    tip, tips, waarschuwingen, workshop,
};

/// One app per bundle (domain::routing::Bundle): the frame and that bundle's routes; any
/// other address goes to `Elsewhere` (another bundle's page, or not-found). `before` runs
/// first, inside the app (context the bundle's pages share).
macro_rules! bundle_app {
    ($(#[$doc:meta])* $name:ident, $bundle:expr, $(before: $before:expr,)? { $($routes:tt)* }) => {
        $(#[$doc])*
        #[component]
        pub fn $name() -> impl IntoView {
            let here = $bundle;
            $($before;)?
            view! {
                <Frame here>
                    <Routes fallback=move || view! { <Elsewhere here/> }>
                        $($routes)*
                    </Routes>
                </Frame>
            }
        }
    };
}

// Each bundle's routes, written once: its own app uses them, and so does the one app that
// shows every page (Bundle::All). The router's `path!` macro needs them written out. Each
// group is one type-erased route list (what `erase_components` makes of a route component).

/// Home (every unknown address falls to the app's fallback).
#[component(transparent)]
fn StartRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/") view=RootRedirect/>
        <Route path=path!("/:lang") view=|| localized(home::Home)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// About Waakzaam and Mijn gegevens.
#[component(transparent)]
fn OverRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/over") view=|| localized(over::Over)/>
        <Route path=path!("/:lang/over/gegevens") view=|| localized(gegevens::Gegevens)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// Tips.
#[component(transparent)]
fn TipsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/tips") view=|| localized(tips::Tips)/>
        <Route path=path!("/:lang/tips/voor/:audience") view=|| localized(tips::Tips)/>
        <Route path=path!("/:lang/tips/:slug") view=|| localized(tip::TipPage)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// Checklists.
#[component(transparent)]
fn ChecklistsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/checklists") view=|| localized(checklists::Checklists)/>
        <Route path=path!("/:lang/checklists/:slug") view=|| localized(checklist::ChecklistPage)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// The buurtpreventie kit and the current warnings (the start page shows only the current
/// warnings' titles).
#[component(transparent)]
fn BuurtRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/buurt") view=|| localized(buurt::Buurt)/>
        <Route path=path!("/:lang/buurt/melding") view=|| localized(buurt_melding::Melding)/>
        <Route path=path!("/:lang/buurt/regels") view=|| localized(buurt::Regels)/>
        <Route path=path!("/:lang/buurt/avond") view=|| localized(buurt::Avond)/>
        <Route path=path!("/:lang/waarschuwingen") view=|| localized(waarschuwingen::Warnings)/>
        <Route path=path!("/:lang/waarschuwingen/:id") view=|| localized(waarschuwingen::WarningPage)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// The report flow (its app provides the answers' state, `melden::state::provide`).
#[component(transparent)]
fn MeldenRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/melden") view=|| localized(melden::Melden)/>
        <Route path=path!("/:lang/melden/*step") view=|| localized(melden::Melden)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// The workshop.
#[component(transparent)]
fn WorkshopRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/workshop") view=|| localized(workshop::Workshop)/>
        <Route path=path!("/:lang/workshop/spelen/:level") view=|| localized(workshop::Solo)/>
        <Route path=path!("/:lang/workshop/sessie") view=|| localized(workshop::Workshop)/>
        <Route path=path!("/:lang/workshop/sessie/:code") view=|| localized(workshop::Pupil)/>
        <Route path=path!("/:lang/workshop/sessie/:code/:n") view=|| localized(workshop::Pupil)/>
        <Route path=path!("/:lang/workshop/leider/:code") view=|| localized(workshop::Lead)/>
        <Route path=path!("/:lang/workshop/familie") view=|| localized(workshop::Family)/>
        <Route path=path!("/:lang/workshop/herhaling") view=|| localized(workshop::Booster)/>
        <Route path=path!("/:lang/workshop/*rest") view=|| localized(workshop::UnknownWorkshop)/>
    }
    .into_inner()
    .into_any_nested_route()
}

/// The municipality pages.
#[component(transparent)]
fn GemeenteRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send {
    view! {
        <Route path=path!("/:lang/gemeente") view=|| localized(gemeente::Gemeente)/>
        <Route path=path!("/:lang/gemeente/:naam") view=|| localized(gemeente::Gemeente)/>
    }
    .into_inner()
    .into_any_nested_route()
}

bundle_app!(
    /// Home and every unknown address: the first visit's bundle.
    StartApp, Bundle::Start, { <StartRoutes/> }
);
bundle_app!(TipsApp, Bundle::Tips, { <TipsRoutes/> });
bundle_app!(ChecklistsApp, Bundle::Checklists, { <ChecklistsRoutes/> });
bundle_app!(BuurtApp, Bundle::Buurt, { <BuurtRoutes/> });
bundle_app!(
    /// The report flow. Its answers live for the whole visit, across its pages (only the
    /// bundles that show it carry the report flow's code and texts).
    MeldenApp, Bundle::Melden, before: melden::state::provide(), { <MeldenRoutes/> }
);
bundle_app!(WorkshopApp, Bundle::Workshop, { <WorkshopRoutes/> });
bundle_app!(GemeenteApp, Bundle::Gemeente, { <GemeenteRoutes/> });
bundle_app!(OverApp, Bundle::Over, { <OverRoutes/> });
bundle_app!(
    /// Every page: the app the service worker keeps for offline use.
    AllApp, Bundle::All, before: melden::state::provide(), {
        <StartRoutes/>
        <TipsRoutes/>
        <ChecklistsRoutes/>
        <BuurtRoutes/>
        <MeldenRoutes/>
        <WorkshopRoutes/>
        <GemeenteRoutes/>
        <OverRoutes/>
    }
);

/// Set while the build renders the service worker's per-language shell (static_pages): the
/// frame with an empty `<main>`, which the app fills as it starts.
#[derive(Clone, Copy)]
pub struct FrameOnly;

/// The router and the frame; `children` are the bundle's `<Routes>`.
#[component]
fn Frame(here: Bundle, children: Children) -> impl IntoView {
    bundle_links::start(here);
    // Before the router: its popstate listener updates the location, and the effects that
    // follow (scroll_memory::moved) run in the microtask checkpoint right after it, before
    // any listener added later would have said "this was back or forward".
    scroll_memory::start();
    view! {
        <Router>
            <Shell>{children()}</Shell>
        </Router>
    }
}

#[component]
fn Shell(children: Children) -> impl IntoView {
    let location = use_location();
    // The URL decides the language; pages without a valid prefix use the preference.
    let locale = Memo::new(move |_| {
        locale_of_path(&location.pathname.get()).unwrap_or_else(preferred_locale)
    });
    provide_context(CurrentLocale(locale));
    sync_html_lang(locale);
    crate::components::text_size::apply_saved();

    // `/NL/`, `/de/`, `/nl/gemeente/HUIZEN`, a link pasted with its sentence's full stop: go
    // to the page meant instead of showing not-found (replacing the entry, so "back" works).
    let navigate = use_navigate();
    Effect::new(move |_| {
        let path = location.pathname.get();
        if let Some(to) = corrected_path(&path, preferred_locale()) {
            let to = full_path(
                &to,
                &location.search.get_untracked(),
                &location.hash.get_untracked(),
            );
            navigate(
                &to,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    // After an in-app navigation, move focus to the new content so screen readers announce
    // it and keyboard users start at the top (not on the first visit: the skip link is first).
    // A new page starts at the top; back and forward return to where the page was.
    Effect::new(move |previous: Option<(String, String)>| {
        let path = location.pathname.get();
        let here = format!("{path}{}", location.search.get());
        if let Some((previous_path, previous_here)) = previous {
            if previous_path != path {
                focus_main();
                scroll_memory::moved(&previous_here, &here);
            }
        }
        (path, here)
    });

    view! {
        <div class="wz-app">
            // Pages are rebuilt when the path (and so the language) changes, see
            // routes::localized; the header and the bar are rebuilt on a language change.
            // So texts need not be reactive (see i18n::tr). The router itself must stay.
            // The document scrolls as any web page does (Space, PageDown, tap the status bar);
            // the emergency bar, right under the header, sticks to the top of the screen by
            // style (.wz-emergency): at the top it covers nothing on the first screen.
            {move || { locale.track(); view! { <SkipLink/><SiteHeader/><EmergencyBar/> } }}
            <main id="main-content" class="wz-main" tabindex="-1">
                {use_context::<FrameOnly>().is_none().then(children)}
            </main>
        </div>
    }
}

/// No route of this bundle matches: another bundle shows the address (load it as a new
/// document, or say why it cannot load), or nobody does (not-found).
#[component]
fn Elsewhere(here: Bundle) -> impl IntoView {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        if !bundle_links::should_hand_over(here, &path) {
            return view! { <NotFound/> }.into_any();
        }
        if bundle_links::cannot_load_pages() {
            return view! { <CannotLoad/> }.into_any();
        }
        bundle_links::hand_over(&full_path(
            &path,
            &location.search.get(),
            &location.hash.get(),
        ));
        view! {
            <div class="wz-page" data-page="loading">
                <p class="wz-page__intro">{tr(&ui::REDIRECTING)}</p>
            </div>
        }
        .into_any()
    }
}

/// Offline on a first visit, before the service worker has stored the app: another group of
/// pages cannot load. Say so calmly, keep the numbers in view, offer to try again.
#[component]
fn CannotLoad() -> impl IntoView {
    view! {
        <Title text=tr(&ui::OFFLINE_PAGE_TITLE)/>
        <div class="wz-page" data-page="offline">
            <h1 class="wz-page__title">{tr(&ui::OFFLINE_PAGE_TITLE)}</h1>
            <p class="wz-page__intro">{tr(&ui::OFFLINE_PAGE_TEXT)}</p>
            <p>
                <button type="button" class="wz-button" on:click=|_| bundle_links::reload()>
                    {tr(&ui::OFFLINE_PAGE_RETRY)}
                </button>
            </p>
            <HelpNow/>
        </div>
    }
}

//! Every address as a complete static page, rendered at build time by the app's own
//! components with Leptos's HTML renderer (the `ssr` feature, native target only): the
//! frame, the header, the page and the emergency bar, readable before the app starts and
//! without it. The app then takes the page over (`crate::mount`). `src/bin/previews.rs`
//! writes the files; this is the part that can be tested.

pub mod addresses;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

pub use addresses::{all, images_json, section_of, site_address, Preview, LOCAL_SITE};

use crate::app::{
    AllApp, BuurtApp, ChecklistsApp, GemeenteApp, MeldenApp, OverApp, StartApp, TipsApp,
    WorkshopApp,
};
use crate::content::ui;
use crate::domain::chart::escape;
use crate::domain::routing::Bundle;
use crate::schema::Locale;

/// Where index.html (our own template, `index.html` at the root) takes the page.
pub const PAGE_PLACEHOLDER: &str = "%WZ_PAGE%";

/// The app's HTML for `path`, exactly as the bundle that owns the address renders it (state
/// that lives on the device, such as a checklist's ticks, in its empty form).
pub fn render_app(path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(path));
        match Bundle::of_path(path) {
            Bundle::Start => view! { <StartApp/> }.to_html(),
            Bundle::Tips => view! { <TipsApp/> }.to_html(),
            Bundle::Checklists => view! { <ChecklistsApp/> }.to_html(),
            Bundle::Buurt => view! { <BuurtApp/> }.to_html(),
            Bundle::Melden => view! { <MeldenApp/> }.to_html(),
            Bundle::Workshop => view! { <WorkshopApp/> }.to_html(),
            Bundle::Gemeente => view! { <GemeenteApp/> }.to_html(),
            Bundle::Over => view! { <OverApp/> }.to_html(),
            // No address is the one app's own (Bundle::of_path never says All).
            Bundle::All => view! { <AllApp/> }.to_html(),
        }
    })
}

/// The service worker's page for every address in `locale` (`shell-<lang>.html`): the frame
/// in that language with an empty main, so a repeat visit shows the right header and bar at
/// once and the app fills in the page (it stores one small page per language, not every
/// address's own).
pub fn render_shell(locale: Locale) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(
            &crate::domain::routing::Page::Home.path(locale),
        ));
        provide_context(crate::app::FrameOnly);
        view! { <StartApp/> }.to_html()
    })
}

/// The shell's head: the home page's title and description in its language.
pub fn shell(locale: Locale) -> Preview {
    let home = crate::domain::pages::info(crate::domain::routing::Page::Home);
    Preview {
        path: format!("/{}", locale.code()),
        locale,
        title: home.title.get(locale).to_string(),
        description: home.description.get(locale).to_string(),
    }
}

/// index.html itself: `/` (which the app sends on to /nl/ or /en/) and the host's page for
/// every address only the app can show (a class session, a later step of the report flow).
pub fn root() -> Preview {
    Preview {
        path: "/".to_string(),
        locale: Locale::Nl,
        title: ui::PREVIEW_REGION.get(Locale::Nl).to_string(),
        description: ui::HOME_INTRO.get(Locale::Nl).to_string(),
    }
}

/// The address's link-preview tags: description, `og:`; `site` is the checked site address.
fn head_tags(p: &Preview, site: &str, title: &str) -> String {
    let description = escape(&p.description);
    let lang = p.locale.code();
    let og_locale = match p.locale {
        Locale::Nl => "nl_NL",
        Locale::En => "en_GB",
    };
    let url = if addresses::stands_for_many(&p.path) {
        String::new()
    } else {
        // The address people share: home is "/nl/", the rest has no trailing slash.
        let path = if p.path == format!("/{lang}") {
            format!("{}/", p.path)
        } else {
            p.path.clone()
        };
        format!(
            "<meta property=\"og:url\" content=\"{}\">",
            escape(&format!("{site}{path}"))
        )
    };
    let image = escape(&format!(
        "{site}/previews/{}-{lang}.png",
        section_of(&p.path)
    ));
    format!(
        "<meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"website\">\
         <meta property=\"og:site_name\" content=\"Waakzaam\">\
         <meta property=\"og:title\" content=\"{title}\">\
         <meta property=\"og:description\" content=\"{description}\">\
         <meta property=\"og:locale\" content=\"{og_locale}\">\
         {url}\
         <meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:type\" content=\"image/png\">\
         <meta property=\"og:image:width\" content=\"1200\">\
         <meta property=\"og:image:height\" content=\"630\">\
         <meta property=\"og:image:alt\" content=\"{title}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">"
    )
}

/// The built index.html made into the page for `p`: its language, title and preview tags,
/// and its body rendered by the app (`body`, from `render_app`).
pub fn render(index_html: &str, p: &Preview, site: &str, body: &str) -> String {
    let title = escape(&format!("{} · Waakzaam", p.title));
    let tags = head_tags(p, site, &title);
    let lang = p.locale.code();
    let mut html = index_html.to_string();
    // Our tags stand right before the title (a minified page has no <head> tag to anchor on,
    // but always a <title>).
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(
            start..end + "</title>".len(),
            &format!("{tags}<title>{title}</title>"),
        );
    }
    html.replacen(PAGE_PLACEHOLDER, body, 1)
        .replacen("<html lang=nl>", &format!("<html lang={lang}>"), 1)
        .replacen("<html lang=\"nl\">", &format!("<html lang=\"{lang}\">"), 1)
}

#[cfg(test)]
mod tests;

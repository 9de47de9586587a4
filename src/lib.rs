//! Waakzaam: safety tips, checklists and "who do I call" for Gooi en Vechtstreek.
//!
//! `domain` and `content` are plain Rust (tested natively with `cargo test`); `storage` is the
//! one place that touches localStorage; `components` and `routes` are the Leptos views.

#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod bundle_links;
pub mod components;
pub mod content;
pub mod domain;
pub mod i18n;
pub mod routes;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_pages;
pub mod storage;

/// Lets `content/validate/` name the schema as `crate::schema`, as the build script does.
pub use content::schema;

/// Takes over the static page in `<div id="app">` (the same components rendered at build
/// time, src/static_pages) with the running app: one of the bundles' apps in `app` (each
/// binary mounts its own). The static page is removed and the app mounted in the same task,
/// so the browser never paints between the two: the same page, now live.
pub fn mount<F, V>(app: F)
where
    F: FnOnce() -> V + 'static,
    V: leptos::prelude::IntoView,
{
    use leptos::wasm_bindgen::JsCast;

    let root = crate::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root.clone(), app).forget();
            // For the end-to-end tests (and anyone looking): the page is now the live app.
            let _ = root.set_attribute("data-app", "live");
        }
        // index.html always has #app; if someone removes it, still show the app.
        None => leptos::mount::mount_to_body(app),
    }
}

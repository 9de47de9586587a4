//! Waakzaam: safety tips, checklists and "who do I call" for Gooi en Vechtstreek.
//!
//! `domain` and `content` are plain Rust (tested natively with `cargo test`); `storage` is the
//! one place that touches localStorage; `components` and `routes` are the Leptos views.

pub mod app;
pub mod browser;
pub mod bundle_links;
pub mod components;
pub mod content;
pub mod domain;
pub mod i18n;
pub mod previews;
pub mod routes;
pub mod storage;

/// Lets `content/validate.rs` name the schema as `crate::schema`, as the build script does.
pub use content::schema;

/// Replaces the static fallback in `<div id="app">` (emergency numbers shown while the
/// WebAssembly loads, or if it never does) with the running app: one of the bundles' apps
/// in `app` (each binary mounts its own).
pub fn mount<F, V>(app: F)
where
    F: FnOnce() -> V + 'static,
    V: leptos::prelude::IntoView,
{
    use leptos::wasm_bindgen::JsCast;

    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, app).forget();
        }
        // index.html always has #app; if someone removes it, still show the app.
        None => leptos::mount::mount_to_body(app),
    }
}

//! Writes every address's static page into a built app directory (see waakzaam::static_pages):
//! `previews <dist dir>` → <dist>/nl/tips/vriend-in-nood/index.html, …, and index.html itself.
//! `previews --bundles` prints the page loader's table of bundles (domain::routing::Bundle).
//! `previews --images` prints the section pictures' words (scripts/preview-images.mjs).
//! `previews --routes` prints the route list as JSON (tests/e2e/routes.generated.json).
//! `previews --render <path>` prints one address's rendered app, for looking at it.
//! The site address for `og:url` and `og:image` comes from `WAAKZAAM_SITE`.

// Built for the host only; `cargo build --target wasm32-unknown-unknown` (every bundle) gets
// an empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::path::PathBuf;

#[cfg(not(target_arch = "wasm32"))]
use waakzaam::static_pages;

#[cfg(not(target_arch = "wasm32"))]
fn fail(message: String) -> ! {
    eprintln!("previews: {message}");
    std::process::exit(1);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let arg = std::env::args().nth(1);
    match arg.as_deref() {
        Some("--bundles") => {
            println!("{}", waakzaam::domain::routing::loader_table_json());
            return;
        }
        Some("--images") => {
            println!("{}", static_pages::images_json());
            return;
        }
        Some("--routes") => {
            println!("{}", static_pages::addresses::routes_json());
            return;
        }
        Some("--render") => {
            let path = std::env::args().nth(2).unwrap_or_else(|| "/nl/".into());
            println!("{}", static_pages::render_app(&path));
            return;
        }
        _ => {}
    }
    let configured = std::env::var("WAAKZAAM_SITE").ok();
    let site = static_pages::site_address(configured.as_deref()).unwrap_or_else(|e| fail(e));
    if configured.is_none() {
        eprintln!(
            "previews: WAAKZAAM_SITE is not set, so link previews point at {site}. \
             For a real host build with WAAKZAAM_SITE=https://your.address (README)."
        );
    }
    let Some(dir) = arg.map(PathBuf::from) else {
        eprintln!("usage: previews <dist dir> | --bundles | --images | --routes | --render <path>");
        std::process::exit(2);
    };
    let index_path = dir.join("index.html");
    let index = std::fs::read_to_string(&index_path)
        .unwrap_or_else(|e| fail(format!("cannot read {}: {e}", index_path.display())));
    if !index.contains(static_pages::PAGE_PLACEHOLDER) {
        fail(format!(
            "{} has no {} (already written?)",
            index_path.display(),
            static_pages::PAGE_PLACEHOLDER
        ));
    }
    let all = static_pages::all();
    let write_body = |target: PathBuf, p: &static_pages::Preview, body: &str| {
        let html = static_pages::render(&index, p, &site, body);
        let written = target
            .parent()
            .map(std::fs::create_dir_all)
            .transpose()
            .and_then(|_| std::fs::write(&target, html));
        if let Err(e) = written {
            fail(format!("cannot write {}: {e}", target.display()));
        }
    };
    let write = |target: PathBuf, p: &static_pages::Preview| {
        write_body(target, p, &static_pages::render_app(&p.path))
    };
    for p in &all {
        write(
            dir.join(p.path.trim_start_matches('/')).join("index.html"),
            p,
        );
    }
    // The service worker's page per language (scripts/sw.template.js).
    for locale in waakzaam::schema::Locale::ALL {
        let target = dir.join(format!("shell-{}.html", locale.code()));
        let body = static_pages::render_shell(locale);
        write_body(target, &static_pages::shell(locale), &body);
    }
    // Last: index.html was the template of the others.
    write(index_path, &static_pages::root());
    println!(
        "previews: {} pages, the worker's shells and index.html",
        all.len()
    );
}

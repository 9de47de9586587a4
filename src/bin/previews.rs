//! Writes a link-preview HTML file for every shareable address into a built app directory:
//! `previews <dist dir>` → <dist>/nl/tips/vriend-in-nood/index.html, … (see waakzaam::previews).
//! `previews --bundles` prints the page loader's table of bundles (domain::routing::Bundle).
//! `previews --images` prints the section pictures' words (scripts/preview-images.mjs).
//! The site address for `og:url` and `og:image` comes from `WAAKZAAM_SITE`.

use std::path::PathBuf;

fn main() {
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--bundles") {
        println!("{}", waakzaam::domain::routing::loader_table_json());
        return;
    }
    if arg.as_deref() == Some("--images") {
        println!("{}", waakzaam::previews::images_json());
        return;
    }
    let configured = std::env::var("WAAKZAAM_SITE").ok();
    let site = waakzaam::previews::site_address(configured.as_deref()).unwrap_or_else(|e| {
        eprintln!("previews: {e}");
        std::process::exit(1);
    });
    if configured.is_none() {
        eprintln!(
            "previews: WAAKZAAM_SITE is not set, so link previews point at {site}. \
             For a real host build with WAAKZAAM_SITE=https://your.address (README)."
        );
    }
    let Some(dir) = arg.map(PathBuf::from) else {
        eprintln!("usage: previews <dist dir> | previews --bundles");
        std::process::exit(2);
    };
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap_or_else(|e| {
        eprintln!("previews: cannot read {}/index.html: {e}", dir.display());
        std::process::exit(1);
    });
    let all = waakzaam::previews::all();
    for p in &all {
        let target = dir.join(p.path.trim_start_matches('/')).join("index.html");
        let written = target
            .parent()
            .map(std::fs::create_dir_all)
            .transpose()
            .and_then(|_| std::fs::write(&target, waakzaam::previews::render(&index, p, &site)));
        if let Err(e) = written {
            eprintln!("previews: cannot write {}: {e}", target.display());
            std::process::exit(1);
        }
    }
    println!("previews: {} pages", all.len());
}

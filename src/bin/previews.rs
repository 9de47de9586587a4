//! Writes a link-preview HTML file for every shareable address into a built app directory:
//! `previews <dist dir>` → <dist>/nl/tips/vriend-in-nood/index.html, … (see waakzaam::previews).
//! `previews --bundles` prints the page loader's table of bundles (domain::routing::Bundle).

use std::path::PathBuf;

fn main() {
    let arg = std::env::args().nth(1);
    if arg.as_deref() == Some("--bundles") {
        println!("{}", waakzaam::domain::routing::loader_table_json());
        return;
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
            .and_then(|_| std::fs::write(&target, waakzaam::previews::render(&index, p)));
        if let Err(e) = written {
            eprintln!("previews: cannot write {}: {e}", target.display());
            std::process::exit(1);
        }
    }
    println!("previews: {} pages", all.len());
}

//! The deploy examples (deploy/) against the app's own rules: the addresses nginx and the
//! static hosts treat as the app's are exactly the languages and sections of
//! `src/domain/routing.rs`, and every file sends the protective headers of headers.json.
//! How the real nginx answers is tested end to end by tests/e2e/nginx.spec.ts.
//! Run alone with `cargo test --test deploy`.

use std::path::PathBuf;

use waakzaam::domain::routing::Page;
use waakzaam::schema::Locale;

fn deploy(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("deploy")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// headers.json as (name, value) pairs: a flat object of strings without escapes.
fn protective_headers() -> Vec<(String, String)> {
    deploy("headers.json")
        .lines()
        .filter_map(|line| {
            let line = line.trim().trim_end_matches(',');
            let (name, value) = line.split_once("\": \"")?;
            Some((
                name.trim_start_matches('"').to_string(),
                value.trim_end_matches('"').to_string(),
            ))
        })
        .collect()
}

fn sections() -> Vec<&'static str> {
    Page::ALL
        .into_iter()
        .map(Page::slug)
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn nginx_knows_exactly_the_apps_languages_and_sections() {
    let languages: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let expected = format!(
        "location ~ \"^/({})(/({})(/.*)?)?/?$\" {{",
        languages.join("|"),
        sections().join("|")
    );
    assert!(
        deploy("nginx.conf").contains(&expected),
        "deploy/nginx.conf must have the app location\n{expected}"
    );
}

#[test]
fn the_static_host_redirects_know_every_section_in_both_languages() {
    let redirects = deploy("_redirects");
    let rules: Vec<Vec<&str>> = redirects
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().collect())
        .collect();
    for l in Locale::ALL {
        let code = l.code();
        assert!(rules.contains(&vec![&*format!("/{code}"), "/index.html", "200"]));
        for s in sections() {
            for from in [format!("/{code}/{s}"), format!("/{code}/{s}/*")] {
                assert!(
                    rules.contains(&vec![&*from, "/index.html", "200"]),
                    "deploy/_redirects lacks {from}"
                );
            }
        }
    }
    // Anything else: the not-found page, with status 404, and it comes last.
    assert_eq!(rules.last().unwrap(), &vec!["/*", "/index.html", "404"]);
}

#[test]
fn both_examples_send_every_protective_header() {
    let headers = protective_headers();
    assert_eq!(headers.len(), 6, "headers.json: {headers:?}");
    let nginx = deploy("nginx-headers.conf");
    let netlify = deploy("_headers");
    for (name, value) in &headers {
        let line = format!("add_header {name} \"{value}\" always;");
        assert!(nginx.contains(&line), "nginx-headers.conf lacks {line}");
        let line = format!("  {name}: {value}\n");
        assert!(netlify.contains(&line), "_headers lacks {line}");
    }
    // Every location of nginx.conf includes them: an add_header inside a location would
    // otherwise drop the server's.
    let conf = deploy("nginx.conf");
    let locations = conf.matches("\n    location ").count();
    let includes = conf
        .matches("        include snippets/waakzaam-headers.conf;")
        .count();
    assert!(locations >= 6);
    assert_eq!(
        locations, includes,
        "a location of nginx.conf lacks the headers"
    );
}

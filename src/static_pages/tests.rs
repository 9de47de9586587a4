//! The static pages: the same components as the app, the numbers once, the preview tags.

use super::*;
use crate::content::{QUESTIONS, TIPS};

/// The page for `p` in a template shaped like the built index.html.
fn page(index: &str, p: &Preview, site: &str) -> String {
    render(index, p, site, &render_app(&p.path))
}

const INDEX: &str = "<!DOCTYPE html><html lang=\"nl\"><head><title>Waakzaam</title></head><body><div id=\"app\">%WZ_PAGE%</div></body></html>";

#[test]
fn render_sets_title_language_and_tags_escaped() {
    let p = Preview {
        path: "/en/tips/x".into(),
        locale: Locale::En,
        title: "Fish & \"chips\"".into(),
        description: "<b>bold</b>".into(),
    };
    let html = render(INDEX, &p, "https://waakzaam.example", "<p>body</p>");
    assert!(html.contains("<title>Fish &amp; &quot;chips&quot; · Waakzaam</title>"));
    assert!(html.contains("<html lang=\"en\">"));
    assert!(
        html.contains("property=\"og:title\" content=\"Fish &amp; &quot;chips&quot; · Waakzaam\"")
    );
    assert!(html.contains("content=\"&lt;b&gt;bold&lt;/b&gt;\""));
    assert_eq!(html.matches("<title>").count(), 1);
    assert_eq!(html.matches("name=\"description\"").count(), 1);
    assert!(html.contains("<div id=\"app\"><p>body</p></div>"));
    assert!(!html.contains(PAGE_PLACEHOLDER));
    // The minified form too.
    let minified = "<html lang=nl><title>Waakzaam</title><div id=app>%WZ_PAGE%</div>";
    let html = render(minified, &p, "https://waakzaam.example", "<p>x</p>");
    assert!(html.starts_with("<html lang=en><meta name=\"description\""));
    assert!(html.contains("<div id=app><p>x</p></div>"));
}

#[test]
fn every_page_is_the_app_s_own_page_with_the_numbers_once() {
    let all = all();
    for p in all.iter().chain([&root()]) {
        let html = render_app(&p.path);
        // The frame: the skip link, the header and the emergency bar with 112, once; the
        // page's own content may offer 112 again where it is advice (a tip, the report flow).
        let (frame, _) = html.split_once("<main").expect("a main element");
        assert_eq!(frame.matches("href=\"tel:112\"").count(), 1, "{}", p.path);
        assert_eq!(html.matches("<footer").count(), 0, "{}", p.path);
        assert_eq!(
            html.matches("class=\"wz-emergency\"").count(),
            1,
            "{}",
            p.path
        );
        assert_eq!(html.matches("<h1").count(), 1, "{}", p.path);
        assert!(html.contains("id=\"main-content\""), "{}", p.path);
        // No text that waits for something that may never come.
        for waiting in ["Even geduld", "One moment", "wordt geladen", "Loading"] {
            assert!(!html.contains(waiting), "{}: {waiting}", p.path);
        }
        // Only plain links and things that work without the app: no menu button that does
        // nothing (the static menu opens by its #fragment).
        assert!(html.contains("href=\"#wz-menu\""), "{}", p.path);
        assert!(!html.contains("aria-expanded"), "{}", p.path);
    }
}

#[test]
fn a_tip_page_carries_every_step_and_home_its_cards() {
    let tip = TIPS.iter().find(|t| t.slug == "vriend-in-nood").unwrap();
    let html = render_app("/nl/tips/vriend-in-nood");
    assert!(html.contains(&escape(tip.title.get(Locale::Nl))));
    for step in tip.steps.iter() {
        assert!(
            html.contains(&format!("<li>{}", escape(step.get(Locale::Nl)))),
            "{}",
            step.get(Locale::Nl)
        );
    }
    let home = render_app("/en");
    assert!(home.contains("href=\"/en/melden\""));
    assert!(home.contains(&escape(ui::HOME_INTRO.get(Locale::En))));
    // The report flow starts with its first question, also on a deep link.
    for path in ["/nl/melden", "/nl/melden/fraude"] {
        let html = render_app(path);
        assert!(
            html.contains(&escape(QUESTIONS[0].title.get(Locale::Nl))),
            "{path}"
        );
    }
}

#[test]
fn previews_name_absolute_addresses_from_the_site_address() {
    let index = "<html lang=\"nl\"><title>Waakzaam</title></html>";
    let all = all();
    let site = "https://waakzaam.example";
    let find = |path: &str| all.iter().find(|p| p.path == path).unwrap();
    let html = page(index, find("/nl/tips/vriend-in-nood"), site);
    assert!(html.contains(
        "property=\"og:url\" content=\"https://waakzaam.example/nl/tips/vriend-in-nood\""
    ));
    assert!(html.contains(
        "property=\"og:image\" content=\"https://waakzaam.example/previews/tips-nl.png\""
    ));
    let html = page(index, find("/en"), site);
    assert!(html.contains("content=\"https://waakzaam.example/en/\""));
    assert!(html.contains("/previews/start-en.png"));
    let html = page(index, find("/nl/gemeente/huizen"), site);
    assert!(html.contains("/previews/gemeente-nl.png"));
    // The join address stands for every class code: no og:url that would drop the code.
    let html = page(index, find("/nl/workshop/sessie"), site);
    assert!(!html.contains("og:url"));
    assert!(html.contains("/previews/workshop-nl.png"));
    assert!(html.contains("<title>Doe mee met de les · Waakzaam</title>"));
    // Every section has a picture in the repository, 1200x630 (PNG header).
    for p in &all {
        let file = format!(
            "{}/public/previews/{}-{}.png",
            env!("CARGO_MANIFEST_DIR"),
            section_of(&p.path),
            p.locale.code()
        );
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(&bytes[1..4], b"PNG", "{file}");
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
        assert_eq!((width, height), (1200, 630), "{file}");
    }
}

/// The end-to-end tests read their route list from a file generated here, so a new tip or
/// page is tested without editing the tests. Regenerate with
/// `WZ_WRITE_ROUTES=1 cargo test --lib the_e2e_route_list_is_generated`.
#[test]
fn the_e2e_route_list_is_generated() {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/e2e/routes.generated.json"
    );
    let generated = addresses::routes_json() + "\n";
    if std::env::var_os("WZ_WRITE_ROUTES").is_some() {
        std::fs::write(file, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{file} is out of date: run WZ_WRITE_ROUTES=1 cargo test --lib the_e2e_route_list_is_generated"
    );
}

/// The service worker serves these for every address of a language: the frame in that
/// language, the bar's 112 once, and an empty main (no page text that is not the page's).
#[test]
fn the_worker_s_shells_are_the_frame_in_their_language_with_an_empty_main() {
    for locale in Locale::ALL {
        let html = render_shell(locale);
        assert_eq!(html.matches("href=\"tel:112\"").count(), 1, "{locale:?}");
        let main = html.split_once("<main").unwrap().1;
        let inner = &main[main.find('>').unwrap() + 1..main.find("</main>").unwrap()];
        assert!(inner.replace("<!>", "").trim().is_empty(), "{inner}");
        assert!(html.contains(&escape(ui::EMERGENCY_LABEL.get(locale))));
        assert_eq!(shell(locale).locale, locale);
    }
}

/// The join address is what the host serves for every lesson's code (the QR code): its page
/// is the workshop's start with the join form, never "we don't recognise that lesson".
#[test]
fn the_lesson_join_page_does_not_say_the_code_is_wrong() {
    for locale in Locale::ALL {
        let html = render_app(&format!("/{}/workshop/sessie", locale.code()));
        assert!(
            !html.contains(&escape(ui::WORKSHOP_BAD_CODE.get(locale))),
            "{locale:?}"
        );
        assert!(html.contains("id=\"wz-join-code\""), "{locale:?}");
    }
}

#[test]
fn the_warnings_page_decides_nothing_at_build_time_and_the_composer_needs_the_app_once() {
    // Every warning with its dates, current or not: the app filters by today's date.
    let html = render_app("/nl/waarschuwingen");
    assert!(html.contains("data-list=\"all\""));
    for w in crate::content::WARNINGS {
        assert!(html.contains(&*w.title.nl), "{}", w.id);
    }
    assert!(!html.contains("data-list=\"current\""));
    // The start page has no current warnings of its own (it cannot know the date).
    assert!(!render_app("/nl/").contains("home-warnings"));
    // The composer: its form and texts, no buttons without handlers, one calm line.
    let html = render_app("/en/buurt/melding");
    assert!(html.contains("id=\"melding-wat\""));
    assert!(!html.contains("melding-copy"));
    assert_eq!(html.matches("wz-needs-app").count(), 1);
}

/// A checklist's static page is its empty state: it does not say the ticks cannot be kept
/// (the build has no storage; the phone may well have), which a resident would read for the
/// seconds before the app starts.
#[test]
fn a_checklist_s_static_page_does_not_warn_about_storage() {
    for c in crate::content::CHECKLISTS {
        for locale in Locale::ALL {
            let html = render_app(&format!("/{}/checklists/{}", locale.code(), c.slug));
            let warning = escape(ui::CHECKLIST_NOT_KEPT.get(locale));
            assert!(!html.contains(&warning), "{} {locale:?}", c.slug);
            assert!(html.contains("data-testid=\"overall-score\""));
        }
    }
}

/// Mijn gegevens has its own static page: its title and intro, one calm line for the list,
/// and never "nothing is kept" (the build has no storage; the phone may keep a lot).
#[test]
fn mijn_gegevens_static_page_claims_nothing_about_the_device() {
    for locale in Locale::ALL {
        let path = format!("/{}/over/gegevens", locale.code());
        assert!(addresses::all().iter().any(|p| p.path == path));
        let html = render_app(&path);
        assert!(html.contains(&escape(ui::DATA_TITLE.get(locale))));
        assert!(!html.contains(&escape(ui::DATA_NONE.get(locale))));
        assert_eq!(html.matches("wz-needs-app").count(), 1, "{locale:?}");
    }
}

/// The SAAR explainer, linked from every municipality page (another group's bundle, so a new
/// document on a first visit): a static page of its own with every step, not the host's
/// "this page needs the app".
#[test]
fn the_saar_explainer_reads_without_the_app() {
    for locale in Locale::ALL {
        let path = format!("/{}/melden/saar", locale.code());
        assert!(addresses::all().iter().any(|p| p.path == path));
        let html = render_app(&path);
        assert!(
            html.contains(&escape(ui::SAAR_TITLE.get(locale))),
            "{locale:?}"
        );
        for step in [&ui::SAAR_S, &ui::SAAR_A1] {
            assert!(html.contains(&escape(step.get(locale))), "{locale:?}");
        }
        assert!(!html.contains(&escape(ui::APP_NEEDED.get(locale))));
        // The group message needs the app: no copy button without its handler, one line.
        assert!(!html.contains(&escape(ui::SAAR_COPY.get(locale))));
        assert_eq!(html.matches("wz-needs-app").count(), 1, "{locale:?}");
    }
}

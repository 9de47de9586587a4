//! Link previews: WhatsApp's crawler runs no JavaScript, so each shareable address gets a
//! static HTML file with its own title, description and `og:` tags, which then boots the
//! same app. `src/bin/previews.rs` writes them into the build; this is the pure part.
//!
//! WhatsApp needs absolute addresses for `og:url` and `og:image`: they are built from one
//! site address, `WAAKZAAM_SITE` at build time (README, "Link previews"). Each section has
//! its own picture, `public/previews/<section>-<lang>.png` (scripts/preview-images.mjs).

use crate::content::{ui, CHECKLISTS, OUTCOMES, QUESTIONS, TIPS};
use crate::domain::chart::escape;
use crate::domain::routing::Page;
use crate::schema::{Locale, Text};

#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// Address path, e.g. "/nl/tips/vriend-in-nood".
    pub path: String,
    pub locale: Locale,
    pub title: String,
    pub description: String,
    /// The page's own first screen as static HTML (escaped), shown while the app loads and
    /// kept if it never does: a slow phone shows the title and the text at once, not only
    /// "loading". Same classes as the app's pages, so nothing jumps when the app takes over.
    pub body: String,
}

fn page(path: String, locale: Locale, title: &Text, description: &Text) -> Preview {
    let title = title.get(locale);
    let description = description.get(locale);
    Preview {
        path,
        locale,
        title: title.to_string(),
        description: description.to_string(),
        body: heading(title, description),
    }
}

/// The site address when `WAAKZAAM_SITE` is not set: right for `scripts/serve`, wrong for a
/// real host (the build says so).
pub const LOCAL_SITE: &str = "http://localhost:8080";

/// The configured site address, checked: `https://host` (or `http://`), no path, no
/// trailing slash. `None` gives the local address.
pub fn site_address(configured: Option<&str>) -> Result<String, String> {
    let Some(raw) = configured.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(LOCAL_SITE.to_string());
    };
    let site = raw.trim_end_matches('/');
    let host = site
        .strip_prefix("https://")
        .or_else(|| site.strip_prefix("http://"));
    match host {
        Some(h)
            if !h.is_empty()
                && !h.contains(['/', '?', '#', ' ', '"', '<', '>', '&', '\\'])
                && !h.starts_with('.') =>
        {
            Ok(site.to_string())
        }
        _ => Err(format!(
            "WAAKZAAM_SITE must be https or http and a host, without a path; got {raw:?}"
        )),
    }
}

/// Which section's picture a page gets: the first part of its path after the language.
pub fn section_of(path: &str) -> &'static str {
    let mut parts = path.trim_start_matches('/').split('/');
    let _lang = parts.next();
    match parts.next().unwrap_or("") {
        "tips" => "tips",
        "checklists" => "checklists",
        "melden" => "melden",
        "workshop" => "workshop",
        "gemeente" => "gemeente",
        "over" => "over",
        _ => "start",
    }
}

/// The section pictures and the words drawn on them, as JSON for
/// scripts/preview-images.mjs: one per section and language.
pub fn images_json() -> String {
    let sections: [(&str, &Text); 7] = [
        ("start", &ui::HOME_TITLE),
        ("tips", &ui::HOME_TIPS_TITLE),
        ("checklists", &ui::HOME_CHECKLISTS_TITLE),
        ("melden", &ui::HOME_MELDEN_TITLE),
        ("workshop", &ui::WORKSHOP_TITLE),
        ("gemeente", &ui::HOME_GEMEENTE_TITLE),
        ("over", &ui::OVER_TITLE),
    ];
    let json = |s: &str| {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let items: Vec<String> = Locale::ALL
        .iter()
        .flat_map(|&l| {
            sections.iter().map(move |(section, title)| {
                format!(
                    "{{\"section\":{},\"lang\":{},\"title\":{},\"region\":{},\"urgent\":{}}}",
                    json(section),
                    json(l.code()),
                    json(title.get(l)),
                    json(ui::PREVIEW_REGION.get(l)),
                    json(ui::EMERGENCY_112.get(l)),
                )
            })
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// The join address of a class session (`/nl/workshop/sessie`, which the host serves for
/// every `/nl/workshop/sessie/<code>`): one preview stands for every code, so it names no
/// `og:url` (a shared link keeps its own code).
fn stands_for_many(path: &str) -> bool {
    path.ends_with("/workshop/sessie")
}

/// The frame every page starts with (components::page::Page): one h1 and the intro.
fn heading(title: &str, intro: &str) -> String {
    format!(
        "<h1 class=\"wz-page__title\">{}</h1><p class=\"wz-page__intro\">{}</p>",
        escape(title),
        escape(intro)
    )
}

/// Home: the heading and the cards, as plain links (they work without the app too).
fn home_body(l: Locale) -> String {
    let cards: String = crate::routes::home::CARDS
        .iter()
        .map(|(p, title, text)| {
            let primary = if *p == Page::Melden { " wz-card--primary" } else { "" };
            format!(
                "<li class=\"wz-card{primary}\"><h2 class=\"wz-card__title\"><a class=\"wz-card__link\" href=\"{}\">{}</a></h2><p class=\"wz-card__text\">{}</p></li>",
                p.path(l),
                escape(title.get(l)),
                escape(text.get(l))
            )
        })
        .collect();
    format!(
        "{}<ul class=\"wz-cards\" role=\"list\">{cards}</ul>",
        heading(ui::HOME_TITLE.get(l), ui::HOME_INTRO.get(l))
    )
}

/// The report flow always starts with its first question ("is someone in danger?"), also on
/// a deep link: the static screen shows that question; the answers come with the app.
fn melden_body(l: Locale) -> String {
    let q = &QUESTIONS[0];
    format!(
        "<span class=\"wz-caption\">{}</span><h1 class=\"wz-page__title\">{}</h1>{}",
        escape(ui::MELDEN_TITLE.get(l)),
        escape(q.title.get(l)),
        q.hint
            .as_ref()
            .map(|h| format!("<p class=\"wz-hint\">{}</p>", escape(h.get(l))))
            .unwrap_or_default()
    )
}

/// A tip: what to recognise and what to do, readable before (or without) the app.
fn tip_body(tip: &crate::schema::Tip, l: Locale) -> String {
    let steps: String = tip
        .steps
        .iter()
        .map(|s| format!("<li>{}</li>", escape(s.get(l))))
        .collect();
    format!(
        "<h1 class=\"wz-page__title\">{}</h1><h2>{}</h2><p class=\"wz-page__intro\">{}</p><h2>{}</h2><ol class=\"wz-steps\">{steps}</ol>",
        escape(tip.title.get(l)),
        escape(ui::TIP_RECOGNISE.get(l)),
        escape(tip.recognise.get(l)),
        escape(ui::TIP_STEPS.get(l)),
    )
}

/// Every shareable address in both languages.
pub fn all() -> Vec<Preview> {
    let mut out = Vec::new();
    for l in Locale::ALL {
        let code = l.code();
        let pages: [(Page, &Text, &Text); 7] = [
            (Page::Home, &ui::HOME_TITLE, &ui::HOME_INTRO),
            (Page::Tips, &ui::TIPS_TITLE, &ui::TIPS_INTRO),
            (
                Page::Checklists,
                &ui::CHECKLISTS_TITLE,
                &ui::CHECKLISTS_INTRO,
            ),
            (Page::Melden, &ui::MELDEN_TITLE, &ui::HOME_MELDEN_TEXT),
            (Page::Workshop, &ui::WORKSHOP_TITLE, &ui::WORKSHOP_INTRO),
            (Page::Gemeente, &ui::GEMEENTE_TITLE, &ui::GEMEENTE_INTRO),
            (Page::Over, &ui::OVER_TITLE, &ui::OVER_INTRO),
        ];
        for (p, title, description) in pages {
            let mut preview = page(
                p.path(l).trim_end_matches('/').to_string(),
                l,
                title,
                description,
            );
            match p {
                Page::Home => preview.body = home_body(l),
                Page::Melden => preview.body = melden_body(l),
                _ => {}
            }
            out.push(preview);
        }
        for tip in TIPS {
            out.push(Preview {
                body: tip_body(tip, l),
                ..page(
                    format!("/{code}/tips/{}", tip.slug),
                    l,
                    &tip.title,
                    &tip.recognise,
                )
            });
        }
        // The audience pages (/nl/tips/voor/senioren), with their own intro.
        for a in crate::schema::Audience::ALL {
            let (title, intro) = crate::routes::tips::audience_texts(a);
            out.push(page(
                format!("/{code}/tips/voor/{}", a.slug()),
                l,
                title,
                intro,
            ));
        }
        for m in crate::content::MUNICIPALITIES {
            let title = ui::GEMEENTE_PAGE_TITLE.get(l).replace("{name}", &m.name);
            let description = ui::GEMEENTE_PAGE_INTRO.get(l);
            out.push(Preview {
                path: format!("/{code}/gemeente/{}", m.id),
                locale: l,
                body: heading(&title, description),
                title,
                description: description.to_string(),
            });
        }
        for list in CHECKLISTS {
            out.push(page(
                format!("/{code}/checklists/{}", list.slug),
                l,
                &list.title,
                &list.intro,
            ));
        }
        // The report flow's deep links (/nl/melden/fraude): the options of the "what is it
        // about" question, with the option as title.
        let branches = QUESTIONS
            .iter()
            .filter(|q| q.id == crate::domain::triage::TOPIC_QUESTION)
            .flat_map(|q| q.options.iter());
        for option in branches {
            let title = format!("{}: {}", ui::MELDEN_TITLE.get(l), option.label.get(l));
            let description = ui::HOME_MELDEN_TEXT.get(l);
            out.push(Preview {
                path: format!("/{code}/melden/{}", option.id),
                locale: l,
                body: melden_body(l),
                title,
                description: description.to_string(),
            });
        }
        // The workshop's join address, what the QR code on the big screen opens.
        out.push(page(
            format!("/{code}/workshop/sessie"),
            l,
            &ui::WORKSHOP_JOIN_TITLE,
            &ui::HOME_WORKSHOP_TEXT,
        ));
        // The 112 page, for a link in a buurtpreventie group.
        if let Some(o) = OUTCOMES.iter().find(|o| o.emergency) {
            out.push(page(
                format!("/{code}/melden/spoed"),
                l,
                &o.title,
                &o.primary.why,
            ));
        }
    }
    out
}

/// The HTML without the `<meta name="description" …>` element (quoted or minified).
fn without_meta(html: &str, name: &str) -> String {
    let needles = [format!("name={name}"), format!("name=\"{name}\"")];
    let Some(at) = needles.iter().find_map(|n| html.find(n.as_str())) else {
        return html.to_string();
    };
    match (html[..at].rfind("<meta"), html[at..].find('>')) {
        (Some(start), Some(end)) => format!("{}{}", &html[..start], &html[at + end + 1..]),
        _ => html.to_string(),
    }
}

/// The app's index.html with this address's title, description, language and `og:` tags;
/// `site` is the checked site address (`site_address`).
pub fn render(index_html: &str, p: &Preview, site: &str) -> String {
    let title = escape(&format!("{} · Waakzaam", p.title));
    let description = escape(&p.description);
    let lang = p.locale.code();
    let og_locale = match p.locale {
        Locale::Nl => "nl_NL",
        Locale::En => "en_GB",
    };
    let url = if stands_for_many(&p.path) {
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
    let tags = format!(
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
    );
    // The app's own description goes; ours stands right before the title. (The minified
    // index.html has no <head> tag to anchor on, but always a <title>.)
    let mut html = without_meta(index_html, "description");
    if let (Some(start), Some(end)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(
            start..end + "</title>".len(),
            &format!("{tags}<title>{title}</title>"),
        );
    }
    // The page's first screen goes into the static block, before the "loading" line and the
    // emergency numbers (which stay on screen: they stick to the bottom, see the style).
    if let Some(at) = html
        .find("wz-static__loading")
        .and_then(|at| html[..at].rfind("<p"))
    {
        html.insert_str(at, &format!("<div class=\"wz-page\">{}</div>", p.body));
    }
    html.replacen("<html lang=nl>", &format!("<html lang={lang}>"), 1)
        .replacen("<html lang=\"nl\">", &format!("<html lang=\"{lang}\">"), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tip_checklist_and_branch_has_a_preview_in_both_languages() {
        let all = all();
        for tip in TIPS {
            for l in ["nl", "en"] {
                let path = format!("/{l}/tips/{}", tip.slug);
                assert!(all.iter().any(|p| p.path == path), "{path}");
            }
        }
        assert!(all.iter().any(|p| p.path == "/nl/melden/fraude"));
        assert!(all
            .iter()
            .any(|p| p.path == "/en/tips/voor/senioren" && p.title == "Tips for seniors"));
        assert!(all
            .iter()
            .any(|p| p.path == "/en/checklists/inbraakpreventie"));
        assert!(all.iter().any(|p| p.path == "/nl"));
        // No address twice (a file would be overwritten).
        let mut paths: Vec<&str> = all.iter().map(|p| p.path.as_str()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all.len());
    }

    #[test]
    fn render_sets_title_language_and_tags_escaped() {
        let index = "<!DOCTYPE html><html lang=\"nl\"><head><meta name=\"description\" content=\"app\"><title>Waakzaam</title></head><body></body></html>";
        let p = Preview {
            path: "/en/tips/x".into(),
            locale: Locale::En,
            title: "Fish & \"chips\"".into(),
            description: "<b>bold</b>".into(),
            body: heading("Fish & chips", "<i>"),
        };
        let html = render(index, &p, "https://waakzaam.example");
        assert!(html.contains("<title>Fish &amp; &quot;chips&quot; · Waakzaam</title>"));
        assert!(html.contains("<html lang=\"en\">"));
        assert!(html
            .contains("property=\"og:title\" content=\"Fish &amp; &quot;chips&quot; · Waakzaam\""));
        assert!(html.contains("content=\"&lt;b&gt;bold&lt;/b&gt;\""));
        assert_eq!(html.matches("<title>").count(), 1);
        assert_eq!(html.matches("name=\"description\"").count(), 1);
        assert!(!html.contains("content=\"app\""));
        // The minified form too.
        let minified =
            "<html lang=nl><meta content=\"app\" name=description><title>Waakzaam</title>";
        let html = render(minified, &p, "https://waakzaam.example");
        assert!(html.starts_with("<html lang=en><meta name=\"description\""));
        assert!(!html.contains("content=\"app\""));
    }

    #[test]
    fn render_puts_the_page_itself_into_the_static_block() {
        let index = "<title>Waakzaam</title><div class=wz-static id=wz-static><p class=wz-static__name>Waakzaam</p><p class=wz-static__loading>Loading</p><ul class=wz-static__list><li>112</li></ul></div><noscript><ul class=wz-static__list></ul></noscript>";
        let all = all();
        let tip = all
            .iter()
            .find(|p| p.path == "/nl/tips/vriend-in-nood")
            .unwrap();
        let html = render(index, tip, LOCAL_SITE);
        let body = html
            .find("<div class=\"wz-page\"><h1 class=\"wz-page__title\">")
            .unwrap();
        assert!(body > html.find("wz-static__name").unwrap());
        assert!(body < html.find("wz-static__loading").unwrap());
        assert_eq!(html.matches("<h1").count(), 1);
        // Every step of the tip is there, escaped like the rest.
        let tip_data = TIPS.iter().find(|t| t.slug == "vriend-in-nood").unwrap();
        for step in tip_data.steps.iter() {
            assert!(html.contains(&format!("<li>{}</li>", escape(step.get(Locale::Nl)))));
        }
        // Home carries its cards as plain links, in its own language.
        let home = all.iter().find(|p| p.path == "/en").unwrap();
        let html = render(index, home, LOCAL_SITE);
        assert!(html.contains("<a class=\"wz-card__link\" href=\"/en/melden\">"));
        assert!(html.contains(ui::HOME_INTRO.get(Locale::En)));
        // Every page has its own heading; the report flow's is its first question.
        for p in &all {
            let h1s = p.body.matches("<h1 class=\"wz-page__title\">").count();
            assert_eq!(h1s, 1, "{}", p.path);
            if p.path.contains("/melden") && !p.path.ends_with("/spoed") {
                assert!(p.body.contains(&escape(QUESTIONS[0].title.get(p.locale))));
            } else {
                assert!(p.body.starts_with("<h1") && p.body.contains(&escape(&p.title)));
            }
        }
    }

    #[test]
    fn previews_name_absolute_addresses_from_the_site_address() {
        let index = "<html lang=\"nl\"><title>Waakzaam</title></html>";
        let all = all();
        let site = "https://waakzaam.example";
        let find = |path: &str| all.iter().find(|p| p.path == path).unwrap();
        let html = render(index, find("/nl/tips/vriend-in-nood"), site);
        assert!(html.contains(
            "property=\"og:url\" content=\"https://waakzaam.example/nl/tips/vriend-in-nood\""
        ));
        assert!(html.contains(
            "property=\"og:image\" content=\"https://waakzaam.example/previews/tips-nl.png\""
        ));
        let html = render(index, find("/en"), site);
        assert!(html.contains("content=\"https://waakzaam.example/en/\""));
        assert!(html.contains("/previews/start-en.png"));
        let html = render(index, find("/nl/gemeente/huizen"), site);
        assert!(html.contains("/previews/gemeente-nl.png"));
        // The join address stands for every class code: no og:url that would drop the code.
        let html = render(index, find("/nl/workshop/sessie"), site);
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

    #[test]
    fn the_site_address_is_checked() {
        assert_eq!(site_address(None).unwrap(), LOCAL_SITE);
        assert_eq!(site_address(Some("  ")).unwrap(), LOCAL_SITE);
        assert_eq!(
            site_address(Some("https://waakzaam.example/")).unwrap(),
            "https://waakzaam.example"
        );
        assert!(site_address(Some("waakzaam.example")).is_err());
        assert!(site_address(Some("https://waakzaam.example/app")).is_err());
        assert!(site_address(Some("https://")).is_err());
        assert!(site_address(Some("https://a.example\"><script>")).is_err());
    }
}

//! Every address that gets its own static page (the route list), with the title and
//! description of its link preview: WhatsApp's crawler runs no JavaScript, so each page
//! carries its own `og:` tags.
//!
//! WhatsApp needs absolute addresses for `og:url` and `og:image`: they are built from one
//! site address, `WAAKZAAM_SITE` at build time (README, "Link previews"). Each section has
//! its own picture, `public/previews/<section>-<lang>.png` (scripts/preview-images.mjs).

use crate::content::{ui, CHECKLISTS, OUTCOMES, QUESTIONS, TIPS};
use crate::schema::{Locale, Text};

#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// Address path, e.g. "/nl/tips/vriend-in-nood".
    pub path: String,
    pub locale: Locale,
    pub title: String,
    pub description: String,
}

fn page(path: String, locale: Locale, title: &Text, description: &Text) -> Preview {
    let title = title.get(locale);
    let description = description.get(locale);
    Preview {
        path,
        locale,
        title: title.to_string(),
        description: description.to_string(),
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
pub(crate) fn stands_for_many(path: &str) -> bool {
    path.ends_with("/workshop/sessie")
}

/// `s` as a JSON string.
fn json(s: &str) -> String {
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
}

/// The route list for the end-to-end tests (tests/e2e/routes.generated.json, checked against
/// this by `the_e2e_route_list_is_generated`): every address with a static page.
pub fn routes_json() -> String {
    let pages = crate::domain::pages::pages_json();
    let items: Vec<String> = all()
        .iter()
        .map(|p| {
            format!(
                "  {{\"path\": {}, \"lang\": {}, \"title\": {}}}",
                json(&p.path),
                json(p.locale.code()),
                json(&p.title)
            )
        })
        .collect();
    format!(
        "{{\n\"pages\": {pages},\n\"addresses\": [\n{}\n]}}",
        items.join(",\n")
    )
}

/// Every shareable address in both languages.
pub fn all() -> Vec<Preview> {
    let mut out = Vec::new();
    for l in Locale::ALL {
        let code = l.code();
        for p in &crate::domain::pages::PAGES {
            out.push(page(
                p.page.path(l).trim_end_matches('/').to_string(),
                l,
                p.title,
                p.description,
            ));
        }
        // Mijn gegevens, linked from several groups' pages: its own static page, so a first
        // visit shows its title while the app starts (the list itself needs the app).
        out.push(page(
            format!("/{code}/over/gegevens"),
            l,
            &ui::DATA_TITLE,
            &ui::DATA_INTRO,
        ));
        for tip in TIPS {
            out.push(page(
                format!("/{code}/tips/{}", tip.slug),
                l,
                &tip.title,
                &tip.recognise,
            ));
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
            let title = ui::fill::GemeentePageTitle { name: &m.name }.text(l);
            let description = ui::GEMEENTE_PAGE_INTRO.get(l);
            out.push(Preview {
                path: format!("/{code}/gemeente/{}", m.id),
                locale: l,
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
        // The buurtpreventie kit's pages and every warning (current or not: the static page
        // does not decide what is current, the app does by today's date).
        for (slug, title, description) in [
            ("melding", &ui::MELDING_TITLE, &ui::MELDING_INTRO),
            ("regels", &ui::REGELS_TITLE, &ui::REGELS_INTRO),
            ("avond", &ui::AVOND_TITLE, &ui::AVOND_INTRO),
        ] {
            out.push(page(format!("/{code}/buurt/{slug}"), l, title, description));
        }
        for w in crate::content::WARNINGS {
            out.push(page(
                format!("/{code}/waarschuwingen/{}", w.id),
                l,
                &w.title,
                &w.text,
            ));
        }
        // The workshop's family round (the end card's "teach your (grand)parents") and the
        // booster round (the home page's offer): both read without the app, and say so.
        out.push(page(
            format!("/{code}/workshop/familie"),
            l,
            &ui::WORKSHOP_FAMILY_TITLE,
            &ui::WORKSHOP_FAMILY_INTRO,
        ));
        out.push(page(
            format!("/{code}/workshop/herhaling"),
            l,
            &ui::QUIZ_BOOSTER_PAGE_TITLE,
            &ui::QUIZ_BOOSTER_TEXT,
        ));
        // The 112 page, for a link in a buurtpreventie group.
        if let Some(o) = OUTCOMES.iter().find(|o| o.emergency) {
            out.push(page(
                format!("/{code}/melden/{}", crate::schema::MELDEN_EMERGENCY),
                l,
                &o.title,
                &o.primary.why,
            ));
        }
        // The buurtpreventie explainer (SAAR), linked from every municipality page: plain
        // text that must read without the app, and not wait for it on a first visit.
        out.push(page(
            format!("/{code}/melden/{}", crate::schema::MELDEN_SAAR),
            l,
            &ui::SAAR_TITLE,
            &ui::SAAR_INTRO,
        ));
    }
    out
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
        for path in [
            "/nl/buurt/melding",
            "/en/buurt/regels",
            "/nl/buurt/avond",
            "/nl/waarschuwingen",
        ] {
            assert!(all.iter().any(|p| p.path == path), "{path}");
        }
        for w in crate::content::WARNINGS {
            assert!(
                all.iter()
                    .any(|p| p.path == format!("/en/waarschuwingen/{}", w.id)
                        && p.title == w.title.en)
            );
        }
        // No address twice (a file would be overwritten).
        let mut paths: Vec<&str> = all.iter().map(|p| p.path.as_str()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all.len());
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

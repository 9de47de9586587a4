//! Native content tests: the data files parse, both languages are complete, every phone
//! number and web address shown comes from the channels data, and unverified numbers never
//! reach the app. Run alone with `cargo test --test content`.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use waakzaam::content::{self, ui, validate};
// The shared file parser names the schema `crate::schema`, as in the build script.
use waakzaam::schema;
use waakzaam::schema::*;

#[path = "../build/files.rs"]
#[allow(dead_code)]
mod files;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_files() -> files::Files {
    files::read(&root().join("src/content")).expect("content files parse")
}

#[test]
fn every_content_file_parses_and_passes_the_rules() {
    let errors = read_files().problems();
    assert!(errors.is_empty(), "content errors:\n{}", errors.join("\n"));
}

#[test]
fn the_app_carries_exactly_the_files_minus_unverified_numbers() {
    let mut f = read_files();
    let verified_only = |phones: &List<Phone>| -> List<Phone> {
        Cow::Owned(phones.iter().filter(|p| p.verified).cloned().collect())
    };
    for ch in &mut f.channels.channel {
        ch.phones = verified_only(&ch.phones);
    }
    for m in &mut f.channels.municipality {
        m.phones = verified_only(&m.phones);
    }
    assert_eq!(content::CHANNELS, f.channels.channel.as_slice());
    assert_eq!(content::MUNICIPALITIES, f.channels.municipality.as_slice());
    assert_eq!(content::TIPS, f.tips.tip.as_slice());
    assert_eq!(content::CHECKLISTS, f.checklists.checklist.as_slice());
    assert_eq!(content::QUESTIONS, f.melden.question.as_slice());
    assert_eq!(content::OUTCOMES, f.melden.outcome.as_slice());
    assert_eq!(ui::ALL.len(), f.ui.len());
    for (key, text) in ui::ALL {
        assert_eq!(Some(*text), f.ui.get(*key), "ui key {key}");
    }
}

#[test]
fn compiled_content_passes_the_rules() {
    let errors = validate::validate(&content::all());
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn dutch_and_english_cover_the_same_texts() {
    // Texts are pairs, so ids match by construction; what can go wrong is an empty side or
    // an untranslated copy of the Dutch in the English slot.
    let mut untranslated = Vec::new();
    for (key, text) in ui::ALL {
        assert!(
            !text.nl.trim().is_empty() && !text.en.trim().is_empty(),
            "ui {key}"
        );
        let long = text.nl.split_whitespace().count() > 3;
        if long && text.nl == text.en {
            untranslated.push(*key);
        }
    }
    assert!(untranslated.is_empty(), "not translated: {untranslated:?}");
    for tip in content::TIPS {
        assert!(tip.steps.iter().all(|s| s.nl != s.en), "tip {}", tip.slug);
    }
}

#[test]
fn emergency_numbers_come_from_the_channels_data() {
    let (urgent, police) = content::emergency_phones();
    assert_eq!(urgent.map(|p| p.href()), Some("tel:112".to_string()));
    assert_eq!(police.map(|p| p.href()), Some("tel:09008844".to_string()));
    // The bar's labels name exactly those numbers.
    assert!(ui::EMERGENCY_112.nl.contains(&*urgent.unwrap().display));
    assert!(ui::EMERGENCY_POLICE.en.contains(&*police.unwrap().display));
}

#[test]
fn unverified_numbers_are_never_in_the_app() {
    let f = read_files();
    let unverified: Vec<&Phone> = f
        .channels
        .municipality
        .iter()
        .flat_map(|m| m.phones.iter())
        .chain(f.channels.channel.iter().flat_map(|c| c.phones.iter()))
        .filter(|p| !p.verified)
        .collect();
    // channels.md marks four municipal numbers UNVERIFIED; the file keeps them for editors.
    assert_eq!(
        unverified.len(),
        4,
        "expected the four unverified municipal numbers"
    );

    let shown: Vec<&Phone> = content::CHANNELS
        .iter()
        .flat_map(|c| c.all_phones())
        .chain(content::MUNICIPALITIES.iter().flat_map(|m| m.all_phones()))
        .collect();
    assert!(shown.iter().all(|p| p.verified));
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    for p in unverified {
        assert!(
            !shown.iter().any(|s| s.tel == p.tel),
            "{} reached the app",
            p.display
        );
        assert!(!html.contains(&*p.tel) && !html.contains(&*p.display));
    }
}

#[test]
fn callable_phones_hides_unverified_numbers() {
    let phone = |tel: &'static str, verified| Phone {
        display: Cow::Borrowed(tel),
        tel: Cow::Borrowed(tel),
        verified,
        note: None,
    };
    let m = Municipality {
        id: "test".into(),
        name: "Test".into(),
        website: "https://www.hilversum.nl".into(),
        phones: vec![phone("0351111111", false), phone("0352222222", true)].into(),
        report_url: None,
        police_team: "Gooi Zuid".into(),
        note: None,
        sources: vec![].into(),
        checked: "2026-11".into(),
        verified: false,
    };
    let tels: Vec<&str> = m.callable_phones().map(|p| p.tel.as_ref()).collect();
    assert_eq!(tels, ["0352222222"]);
}

/// Rust files under src/, excluding the schema (the one place `tel:` links are made).
fn view_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("src"), &mut out);
    out.retain(|(p, _)| !p.ends_with("content/schema.rs") && !p.ends_with("content/validate.rs"));
    assert!(out.len() > 10, "found the view sources");
    out
}

/// Web addresses in code that are not channels: WhatsApp's share link, which the person
/// taps to share a tip (no request is made by the app).
const SHARE_TARGETS: [&str; 1] = ["wa.me"];

/// The code part of a line: a `//` comment removed, but not the `//` of "https://".
fn code_part(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(pos) = line[i..].find("//") {
        let at = i + pos;
        if at == 0 || bytes[at - 1] != b':' {
            return &line[..at];
        }
        i = at + 2;
    }
    line
}

#[test]
fn view_code_has_no_hard_coded_numbers_or_addresses() {
    let allowed = validate::Allowed::from(&content::all());
    for (path, text) in view_sources() {
        // Unit tests sit at the bottom of a file and show nothing to anyone.
        let shown = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in shown.lines().enumerate() {
            let code = code_part(line);
            let at = format!("{}:{}", path.display(), n + 1);
            assert!(
                !code.contains("tel:"),
                "{at}: build tel: links with PhoneLink"
            );
            // The quick exit's neutral site is a destination, not advice or a channel.
            let neutral = validate::host_of(waakzaam::domain::quick_exit::NEUTRAL_URL);
            // The link previews' stand-in site address when WAAKZAAM_SITE is not set (the
            // developer's own machine), never shown on a page.
            let local = validate::host_of(waakzaam::previews::LOCAL_SITE);
            // String literals only: identifiers such as EMERGENCY_112 are not shown to anyone.
            for literal in code.split('"').skip(1).step_by(2) {
                if let Some(number) = validate::phone_like(literal).first() {
                    panic!("{at}: phone number {number} in code; put it in channels.toml");
                }
                let host = validate::host_of(literal);
                // A bare scheme ("https://", to strip it) is no address.
                if literal.contains("://") && !host.is_empty() {
                    // A share target may only open the person's own app with text filled in:
                    // no number in its path (wa.me/31… would message a fixed number).
                    if SHARE_TARGETS.contains(&host.as_str()) {
                        let path = literal.split(host.as_str()).nth(1).unwrap_or("");
                        assert!(
                            !path.chars().any(|c| c.is_ascii_digit()),
                            "{at}: share link {literal} names a number"
                        );
                    }
                    let ok = allowed.hosts.contains(&host)
                        || SHARE_TARGETS.contains(&host.as_str())
                        || host == neutral
                        || host == local;
                    assert!(
                        ok,
                        "{at}: web address {host} in code; put it in channels.toml"
                    );
                }
                for host in validate::hosts_in(literal) {
                    let ok = allowed.hosts.contains(&host) || host == neutral || host == local;
                    assert!(ok, "{at}: web address {host}");
                }
            }
        }
    }
}

#[test]
fn comments_are_told_apart_from_web_addresses() {
    assert_eq!(code_part("let a = 1; // note"), "let a = 1; ");
    assert_eq!(code_part("\"https://wa.me/\" // x"), "\"https://wa.me/\" ");
    assert_eq!(code_part("// all comment"), "");
}

#[test]
fn static_html_numbers_match_the_channels_data() {
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    let allowed = validate::Allowed::from(&content::all());
    let tels: Vec<&str> = html
        .split("href=\"tel:")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    // In the fallback div and in <noscript>: 112 and the police, twice each.
    assert_eq!(tels, ["112", "09008844", "112", "09008844"]);
    for number in validate::phone_like(&html) {
        assert!(
            allowed.phones.contains(&number),
            "index.html shows {number}"
        );
    }
}

#[test]
fn tips_cover_every_audience_and_the_required_subjects() {
    assert!(content::TIPS.len() >= 24, "{} tips", content::TIPS.len());
    for audience in [
        Audience::Inwoners,
        Audience::Senioren,
        Audience::Ondernemers,
        Audience::Jongeren,
    ] {
        let n = content::TIPS
            .iter()
            .filter(|t| t.audiences.contains(&audience))
            .count();
        assert!(n >= 4, "{audience:?} has {n} tips");
    }
    // The subjects the plans ask for (issue: vriend-in-nood … bicycle and car theft).
    for slug in [
        "vriend-in-nood",
        "bankhelpdesk-fraude",
        "phishing",
        "nepwebwinkel",
        "wachtwoorden",
        "inloggen-in-twee-stappen",
        "updates-en-back-ups",
        "babbeltruc",
        "nepagent",
        "skimming",
        "sextortion",
        "cyberpesten",
        "geldezel",
        "geronseld-worden",
        "ransomware",
        "ceo-fraude",
        "inbraak-voorkomen",
        "op-vakantie",
        "fietsdiefstal",
        "auto",
    ] {
        assert!(
            content::TIPS.iter().any(|t| t.slug == slug),
            "missing tip {slug}"
        );
    }
}

#[test]
fn checklists_are_complete_enough_to_use() {
    let burglary = content::CHECKLISTS
        .iter()
        .find(|c| c.slug == "inbraakpreventie")
        .expect("burglary checklist");
    let items: usize = burglary.sections.iter().map(|s| s.items.len()).sum();
    assert!(items >= 20, "burglary checklist has {items} items");
    for slug in ["digitaal-thuis", "digitaal-bedrijf"] {
        assert!(
            content::CHECKLISTS.iter().any(|c| c.slug == slug),
            "missing {slug}"
        );
    }
}

#[test]
fn every_audience_has_tips_and_a_checklist_and_every_tip_a_way_to_act() {
    for audience in Audience::ALL {
        assert!(
            content::CHECKLISTS
                .iter()
                .any(|c| c.audiences.contains(&audience)),
            "no checklist for {audience:?}"
        );
    }
    for tip in content::TIPS {
        // Somewhere to call or go: a verified number or a website (your own bank says how).
        let reachable = tip.channels.iter().any(|id| {
            content::channel(id)
                .is_some_and(|ch| ch.callable_phones().next().is_some() || ch.url.is_some())
        });
        assert!(reachable, "tip {} names no reachable channel", tip.slug);
        assert!(
            !tip.sources.is_empty() && tip.checked.len() == 7,
            "{}",
            tip.slug
        );
    }
}

#[test]
fn checklist_items_are_complete_in_both_languages_with_a_why() {
    let mut how = 0;
    for list in content::CHECKLISTS {
        assert!(!list.sources.is_empty(), "{}", list.slug);
        for item in list.sections.iter().flat_map(|s| s.items.iter()) {
            for text in [&item.text, &item.why].into_iter().chain(item.how.iter()) {
                assert!(
                    !text.nl.trim().is_empty() && !text.en.trim().is_empty(),
                    "{}",
                    item.id
                );
                assert_ne!(text.nl, text.en, "{} is not translated", item.id);
                assert!(validate::informal_words(&text.nl).is_empty(), "{}", item.id);
            }
            assert!((1..=10).contains(&item.weight), "{} weight", item.id);
            how += usize::from(item.how.is_some());
        }
    }
    assert!(how >= 10, "only {how} items say how");
}

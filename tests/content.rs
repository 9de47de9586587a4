//! Native content tests: the data files parse, both languages are complete, every phone
//! number and web address shown comes from the channels data, and unverified numbers never
//! reach the app. Run alone with `cargo test --test content`.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use waakzaam::content::{self, ui, validate, validate::warnings as validate_warnings};
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
fn compiled_warnings_and_group_pages_are_the_files_and_pass_their_rules() {
    let f = read_files();
    assert_eq!(content::WARNINGS, f.warnings.warning.as_slice());
    assert_eq!(content::GROUP_INFO, f.channels.buurtpreventie.as_slice());
    let errors =
        validate_warnings::validate(&content::all(), content::WARNINGS, content::GROUP_INFO);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_warning_with_bad_dates_a_missing_tip_or_a_long_life_fails() {
    let problems = problems_after(|f| {
        let w = &mut f.warnings.warning[0];
        w.start = "2026-12-01".into();
        w.end = "2026-11-30".into();
        w.tip = "bestaat-niet".into();
        let w = &mut f.warnings.warning[1];
        w.start = "2026-01-01".into();
        w.end = "2026-12-31".into();
        f.warnings.warning[2].end = "31-12-2026".into();
        f.warnings.warning[3].text.nl = "Bel je bank.".into();
    });
    for needle in [
        "ends (2026-11-30) before it starts",
        "tip 'bestaat-niet' does not exist",
        "current for more than",
        "start and end must be dates",
        "use 'u'",
    ] {
        assert!(has(&problems, needle), "{needle}: {problems:?}");
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
    // Baked apart from the channels (so the frame does not carry them all), but the same.
    let first = |id| content::channel(id).and_then(|c| c.callable_phones().next());
    assert_eq!(urgent, first(validate::EMERGENCY_ID));
    assert_eq!(police, first(validate::POLICE_ID));
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
    // channels.md marks three municipal numbers UNVERIFIED (Blaricum, Laren, Wijdemeren;
    // Gooise Meren's was confirmed in December 2026); the file keeps them for editors.
    assert_eq!(
        unverified.len(),
        3,
        "expected the three unverified municipal numbers"
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
    // The content model and its rules name numbers and addresses to check them, not to show.
    let rules = root().join("src/content/validate");
    out.retain(|(p, _)| !p.ends_with("content/schema.rs") && !p.starts_with(&rules));
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
        // Unit tests (at the bottom of a file, or a module's own tests.rs) show nothing to
        // anyone.
        let shown = if path.ends_with("tests.rs") {
            ""
        } else {
            text.split("#[cfg(test)]").next().unwrap_or("")
        };
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
            let local = validate::host_of(waakzaam::static_pages::LOCAL_SITE);
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
fn index_html_shows_no_number_of_its_own() {
    // Every page's numbers come from the emergency bar, rendered into the page at build time
    // from channels.toml (src/static_pages, whose tests count the bar's 112 link once); the
    // template itself carries none, so there is no second copy to fall out of date.
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    assert!(!html.contains("tel:"), "index.html links a number");
    assert_eq!(validate::phone_like(&html), Vec::<String>::new());
    for placeholder in ["%WZ_PAGE%", "%WZ_LOADER%"] {
        assert_eq!(html.matches(placeholder).count(), 1, "{placeholder}");
    }
    assert!(
        !html.contains("<noscript"),
        "a second static copy of the numbers"
    );
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

// --- Publishable content (issue 16): sources, paths, figures -----------------------------

fn problems_after(change: impl FnOnce(&mut files::Files)) -> Vec<String> {
    let mut f = read_files();
    change(&mut f);
    f.problems()
}

fn has(problems: &[String], needle: &str) -> bool {
    problems.iter().any(|p| p.contains(needle))
}

#[test]
fn a_repository_path_or_file_name_in_public_text_fails() {
    let p = problems_after(|f| {
        f.tips.tip[0].recognise.nl = "Zie de uitleg (per shared/facts/channels.md).".into();
    });
    assert!(
        has(&p, "shows the file or path 'shared/facts/channels.md'"),
        "{p:?}"
    );
    let p = problems_after(|f| {
        let text = Text {
            nl: "Meer in tips.toml".into(),
            en: "More in tips.toml".into(),
        };
        f.ui.insert("test_key".into(), text);
    });
    assert!(
        has(&p, "ui test_key: shows the file or path 'tips.toml'"),
        "{p:?}"
    );
    // A web address is not a path: it is checked against the data instead.
    assert!(validate::internal_references("Kijk op politie.nl of bel 0900-8844.").is_empty());
}

#[test]
fn a_figure_needs_a_source_on_the_same_item_and_cbs_a_cbs_source() {
    // Interface texts cite nothing, so they may not state a percentage.
    let p = problems_after(|f| {
        let text = Text {
            nl: "Ongeveer 60% van de bedrijven.".into(),
            en: "About 60% of companies.".into(),
        };
        f.ui.insert("test_key".into(), text);
    });
    assert!(
        has(&p, "ui test_key: figure '60%' without a source"),
        "{p:?}"
    );
    // A tip cites sources, but none of them is CBS.
    let p = problems_after(|f| {
        let tip = f
            .tips
            .tip
            .iter_mut()
            .find(|t| t.slug == "vijf-basisregels-bedrijf");
        tip.unwrap().recognise.nl = "Volgens het CBS krijgen veel bedrijven ermee te maken.".into();
    });
    assert!(
        has(
            &p,
            "tip vijf-basisregels-bedrijf: names CBS without a CBS source"
        ),
        "{p:?}"
    );
    assert_eq!(
        validate::figures_needing_source("Ongeveer 5 procent, en 12,5% van de rest."),
        vec!["5".to_string(), "12,5%".to_string()]
    );
}

#[test]
fn a_source_is_cited_by_id_and_must_exist() {
    let p = problems_after(|f| f.tips.tip[0].sources = vec!["bestaat-niet".into()].into());
    assert!(
        has(&p, "source 'bestaat-niet' is not in sources.toml"),
        "{p:?}"
    );
    let p = problems_after(|f| f.checklists.checklist[0].sources = vec![].into());
    assert!(has(&p, "has no source"), "{p:?}");
}

#[test]
fn a_source_title_is_readable_public_text_in_its_own_language() {
    let p = problems_after(|f| {
        let s = &mut f.sources.source[0];
        s.title.nl = "politie.nl/themas (police texts)".into();
        s.title.en = "Het politiebericht".into();
        s.url = Some("politie.nl/themas".into());
    });
    assert!(has(&p, "contains a path"), "{p:?}");
    assert!(has(&p, "has the English word 'police'"), "{p:?}");
    assert!(has(&p, "has the Dutch word 'Het'"), "{p:?}");
    assert!(has(&p, "must start with https://"), "{p:?}");
}

#[test]
fn every_source_is_cited_somewhere_and_every_page_source_opens() {
    let f = read_files();
    let g = &f.gemeente;
    let cited: Vec<&str> = f
        .tips
        .tip
        .iter()
        .flat_map(|t| t.sources.iter())
        .chain(f.checklists.checklist.iter().flat_map(|l| l.sources.iter()))
        .chain(f.channels.channel.iter().flat_map(|c| c.sources.iter()))
        .chain(
            f.channels
                .municipality
                .iter()
                .flat_map(|m| m.sources.iter()),
        )
        .chain(g.priority.iter().map(|p| &p.source))
        .chain(f.warnings.warning.iter().flat_map(|w| w.sources.iter()))
        .chain(
            f.channels
                .buurtpreventie
                .iter()
                .flat_map(|b| b.sources.iter()),
        )
        // The group rules card cites its sources in its view.
        .chain(waakzaam::routes::buurt::RULES_SOURCES.iter())
        .map(|s| s.as_ref())
        .chain([g.figures_source.as_str(), g.ratings_source.as_str()])
        .collect();
    for s in &f.sources.source {
        assert!(
            cited.contains(&s.id.as_ref()),
            "source {} is cited nowhere",
            s.id
        );
        // The organisation's own word can be opened, unless it is one of the safety plans
        // (a document, named with its years in the title).
        if s.grade == Grade::Own && s.url.is_none() {
            assert!(
                s.title.nl.contains("Veiligheidsplan"),
                "source {} has no page",
                s.id
            );
        }
    }
}

#[test]
fn corrected_advice_stays_corrected() {
    let f = read_files();
    let all_dutch: Vec<String> = f
        .tips
        .tip
        .iter()
        .flat_map(|t| [&t.title, &t.recognise].into_iter().chain(t.steps.iter()))
        .chain(f.checklists.checklist.iter().flat_map(|l| {
            [&l.intro].into_iter().chain(
                l.sections
                    .iter()
                    .flat_map(|s| s.items.iter().flat_map(|i| [&i.text, &i.why])),
            )
        }))
        .chain(f.ui.values())
        .map(|t| t.nl.to_string())
        .collect();
    let joined = all_dutch.join("\n");
    // The Hilversum plan's 60% is not CBS's, and CBS's own figure is far lower.
    assert!(!joined.contains("60%"));
    // A backup keeps what was last saved, no more.
    assert!(!joined.contains("niets kwijt"));
    // A hacked friend's account does ask for a code (the quiz says so too).
    assert!(!joined.contains("een vriend vraagt daar nooit om"));
    // Keyless means the car opens without pressing the key, not "a key without a button".
    assert!(!joined.contains("sleutel zonder knop"));
    // A bike lock is recognised by its mark, not by "goedgekeurd".
    assert!(!joined.contains("goedgekeurd kabel"));
    let ransomware = f.tips.tip.iter().find(|t| t.slug == "ransomware").unwrap();
    assert!(
        ransomware
            .steps
            .iter()
            .any(|s| s.nl.contains("Autoriteit Persoonsgegevens") && s.nl.contains("72 uur")),
        "ransomware: report a data breach to the AP within 72 hours"
    );
    let fake_officer = f
        .quiz
        .item
        .iter()
        .find(|i| i.explain.nl.contains("nepagent"));
    let fake_officer = fake_officer.expect("the quiz has a fake police officer");
    assert!(fake_officer.explain.nl.contains("Check het via 112"));
    assert!(!fake_officer.explain.nl.contains("Bel zelf de politie"));
}

#[test]
fn each_audience_is_addressed_in_its_own_form() {
    // Young people: "je" on their own page, never "u".
    let p = problems_after(|f| {
        f.ui.get_mut("tips_intro_jongeren").unwrap().nl =
            "Met deze tips herkent u de trucs.".into();
    });
    assert!(
        has(&p, "ui tips_intro_jongeren: for young people, says 'u'"),
        "{p:?}"
    );
    // Seniors: "u", never "je".
    let p = problems_after(|f| {
        f.ui.get_mut("tips_intro_senioren").unwrap().nl =
            "Met deze tips herken je de trucs.".into();
    });
    assert!(has(&p, "ui tips_intro_senioren: says 'je'"), "{p:?}");
    // A tip only for young people says "je"; one shared with adults says "u".
    let p = problems_after(|f| {
        let tip = f
            .tips
            .tip
            .iter_mut()
            .find(|t| t.slug == "geldezel")
            .unwrap();
        tip.audiences = vec![Audience::Jongeren].into();
    });
    assert!(has(&p, "tip geldezel: for young people, says"), "{p:?}");
    // The workshop is played by pupils and at neighbourhood evenings: neither "je" nor "u".
    for said in ["Bekijk je score", "Bekijk uw score"] {
        let p = problems_after(|f| f.ui.get_mut("workshop_finish").unwrap().nl = said.into());
        assert!(
            has(&p, "ui workshop_finish: pupils and adults both see this"),
            "{p:?}"
        );
    }
}

#[test]
fn a_secondary_source_says_what_kind_of_publisher_it_is() {
    // A news site or a company shows as such on the page: a secondary source needs a kind.
    // The first source of a grade, given another kind.
    let with_kind = |grade: Grade, kind: Option<SourceKind>| {
        problems_after(move |f| {
            let s = f
                .sources
                .source
                .iter_mut()
                .find(|s| s.grade == grade)
                .unwrap();
            s.kind = kind;
        })
    };
    let p = with_kind(Grade::Secondary, None);
    assert!(has(&p, "a secondary source needs a kind"), "{p:?}");
    // The organisation's own page has none: it is not labelled as someone else's word.
    let p = with_kind(Grade::Own, Some(SourceKind::News));
    assert!(has(&p, "only a secondary source has a kind"), "{p:?}");
    // Every kind has a label in both languages (the page shows it after the name).
    let f = read_files();
    for kind in SourceKind::ALL {
        assert!(
            f.ui.contains_key(&format!("source_kind_{kind}")),
            "no label for kind '{kind}'"
        );
    }
}

/// The closed lists in the content (a source's grade and kind, an outcome's kind, what a
/// channel excludes, a figure's group, a quiz item's levels and drawing, a tip's audience,
/// topic and technique) are enums: a name that is not on the list stops the build, and the
/// message names the valid ones, so an editor's typo never reaches a page.
#[test]
fn an_unknown_name_in_a_closed_list_stops_the_build_and_names_the_valid_ones() {
    let dir = root().join("src/content");
    let cases = [
        ("sources.toml", "kind = \"news\"", "kind = \"blog\"", "news"),
        ("sources.toml", "grade = \"S\"", "grade = \"X\"", "`O`"),
        (
            "melden.toml",
            "kind = \"aangifte\"",
            "kind = \"klacht\"",
            "aangifte",
        ),
        (
            "channels.toml",
            "excludes = [\"",
            "excludes = [\"klacht\", \"",
            "overlast",
        ),
        (
            "gemeente.toml",
            "kind = \"online\"",
            "kind = \"digitaal\"",
            "zichtbaar",
        ),
        (
            "quiz.toml",
            "\"13-16\", \"volwassenen\"]",
            "\"13-16\", \"senioren\"]",
            "volwassenen",
        ),
        ("quiz.toml", "kind = \"sms\"", "kind = \"fax\"", "whatsapp"),
        (
            "tips.toml",
            "topic = \"inbraak\"",
            "topic = \"brand\"",
            "aan-de-deur",
        ),
    ];
    for (file, from, to, valid) in cases {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        assert!(
            text.contains(from),
            "{file} has no {from}: the test needs updating"
        );
        let changed = text.replacen(from, to, 1);
        let err = match file {
            "sources.toml" => toml::from_str::<files::SourcesFile>(&changed).err(),
            "melden.toml" => toml::from_str::<files::MeldenFile>(&changed).err(),
            "channels.toml" => toml::from_str::<files::ChannelsFile>(&changed).err(),
            "gemeente.toml" => toml::from_str::<files::GemeenteFile>(&changed).err(),
            "quiz.toml" => toml::from_str::<files::QuizFile>(&changed).err(),
            _ => toml::from_str::<files::TipsFile>(&changed).err(),
        };
        let err = err.unwrap_or_else(|| panic!("{file}: {to} was accepted"));
        let msg = err.to_string();
        assert!(
            msg.contains("unknown variant") && msg.contains(valid),
            "{file}: {to}: {msg}"
        );
    }
}

/// The advice page reads a few of the flow's ids by name (who it happened to, the chosen
/// municipality). Renaming one in melden.toml must stop the build: otherwise a helper or a
/// victim would silently lose the lines meant for them.
#[test]
fn renaming_a_flow_id_the_app_reads_by_name_stops_the_build() {
    use waakzaam::content::schema::{MUNICIPALITY_QUESTION, WHO_HELPING, WHO_ME, WHO_QUESTION};
    assert!(problems_after(|_| {}).is_empty());
    for option in [WHO_ME, WHO_HELPING] {
        let p = problems_after(|f| {
            let who = f.melden.question.iter_mut().find(|q| q.id == WHO_QUESTION);
            let answer = who
                .unwrap()
                .options
                .to_mut()
                .iter_mut()
                .find(|o| o.id == option);
            answer.unwrap().id = "iemand".into();
        });
        let expected = format!("reads answer '{WHO_QUESTION}={option}' by name");
        assert!(has(&p, &expected), "{option}: {p:?}");
    }
    let p = problems_after(|f| {
        let q = f.melden.question.iter_mut().find(|q| q.id == WHO_QUESTION);
        q.unwrap().id = "wie-was-het".into();
    });
    assert!(
        has(&p, &format!("reads answer '{WHO_QUESTION}={WHO_ME}'")),
        "{p:?}"
    );
    let p = problems_after(|f| {
        let q = f
            .melden
            .question
            .iter_mut()
            .find(|q| q.id == MUNICIPALITY_QUESTION);
        q.unwrap().municipalities = false;
    });
    assert!(has(&p, "must have municipalities = true"), "{p:?}");
}

#[test]
fn long_dutch_sentences_and_words_fail_unless_allowed() {
    let p = problems_after(|f| {
        let tip = &mut f.tips.tip[0];
        tip.recognise.nl =
            "Een oplichter stuurt u een bericht met een nieuw nummer en vraagt of u \
            snel even geld wilt overmaken omdat hij zijn telefoon kwijt is en de rekening \
            vandaag nog betaald moet worden."
                .into();
        tip.steps.to_mut()[0].nl = "Let op de identiteitsfraudepreventiemaatregelen.".into();
    });
    assert!(has(&p, "not B1: a sentence of 33 words"), "{p:?}");
    assert!(
        has(
            &p,
            "not B1: the long word 'identiteitsfraudepreventiemaatregelen'"
        ),
        "{p:?}"
    );
    // Names people must recognise stay, however long.
    assert!(
        validate::b1_problems("Bel de Fraudehelpdesk of kijk bij het Politiekeurmerk.").is_empty()
    );
}

#[test]
fn what_just_happened_goes_to_112_and_a_burglary_never_to_online_aangifte() {
    // The channels sheet: 112 for a crime happening now or just happened (a suspect who has
    // just run off is not "over"); online aangifte only for theft, vandalism and internet
    // fraud, so a burglary found afterwards goes to 0900-8844.
    assert!(ui::SAAR_A1.nl.contains("net gebeurd") && ui::SAAR_A1.en.contains("just happened"));
    for tip in content::TIPS.iter().filter(|t| t.slug.contains("inbraak")) {
        assert!(
            !tip.channels.iter().any(|c| c.as_ref() == "aangifte-online"),
            "{}",
            tip.slug
        );
    }
}

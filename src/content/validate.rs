//! Content rules that protect people from a wrong number or a half-translated page.
//!
//! Run twice: by the build script (a content mistake fails the build with a readable list)
//! and by the native tests (on the statics actually compiled into the app). Pure Rust.

use std::collections::BTreeSet;

use crate::schema::*;

/// Everything the app shows, borrowed, in one place.
pub struct ContentRef<'a> {
    pub sources: &'a [Source],
    pub channels: &'a [Channel],
    pub municipalities: &'a [Municipality],
    pub tips: &'a [Tip],
    pub checklists: &'a [Checklist],
    pub ui: &'a [(&'a str, &'a Text)],
    pub questions: &'a [Question],
    pub outcomes: &'a [Outcome],
}

/// The channels of the emergency bar on every screen: they must exist with a verified number.
pub const EMERGENCY_ID: &str = "112";
pub const POLICE_ID: &str = "politie";

/// Returns every problem found; empty means the content may ship.
pub fn validate(c: &ContentRef) -> Vec<String> {
    let mut errors = Vec::new();
    let allowed = Allowed::from(c);

    for id in [EMERGENCY_ID, POLICE_ID] {
        let callable = c
            .channels
            .iter()
            .any(|ch| ch.id == id && ch.callable_phones().next().is_some());
        if !callable {
            errors.push(format!("channel '{id}' must exist with a verified number"));
        }
    }

    unique(
        "channel id",
        c.channels.iter().map(|x| x.id.as_ref()),
        &mut errors,
    );
    unique(
        "municipality id",
        c.municipalities.iter().map(|x| x.id.as_ref()),
        &mut errors,
    );
    unique(
        "tip slug",
        c.tips.iter().map(|x| x.slug.as_ref()),
        &mut errors,
    );
    unique(
        "checklist slug",
        c.checklists.iter().map(|x| x.slug.as_ref()),
        &mut errors,
    );
    unique("ui key", c.ui.iter().map(|(k, _)| *k), &mut errors);
    sources_ok(c.sources, &mut errors);

    for ch in c.channels {
        let at = format!("channel {}", ch.id);
        for k in ch.excludes.iter() {
            if !OUTCOME_KINDS.contains(&k.as_ref()) {
                errors.push(format!(
                    "{at}: excludes '{k}', not one of {OUTCOME_KINDS:?}"
                ));
            }
        }
        slug_ok(&at, &ch.id, &mut errors);
        let mut texts = vec![&ch.name, &ch.when];
        texts.extend(ch.not_for.iter());
        texts.extend(ch.availability.iter());
        texts.extend(ch.after.iter());
        texts.extend(ch.phones.iter().filter_map(|p| p.note.as_ref()));
        check_texts(&at, texts.iter().copied(), &allowed, &mut errors);
        figures_ok(&at, texts, &ch.sources, c.sources, &mut errors);
        phones_ok(&at, &ch.phones, &mut errors);
        if let Some(url) = &ch.url {
            url_ok(&at, url, &mut errors);
        }
        provenance_ok(&at, &ch.sources, &ch.checked, c.sources, &mut errors);
    }

    for m in c.municipalities {
        let at = format!("municipality {}", m.id);
        slug_ok(&at, &m.id, &mut errors);
        url_ok(&at, &m.website, &mut errors);
        if let Some(url) = &m.report_url {
            url_ok(&at, url, &mut errors);
        }
        phones_ok(&at, &m.phones, &mut errors);
        check_texts(&at, m.note.iter(), &allowed, &mut errors);
        figures_ok(&at, m.note.iter(), &m.sources, c.sources, &mut errors);
        b1_ok(&at, m.note.iter(), &mut errors);
        provenance_ok(&at, &m.sources, &m.checked, c.sources, &mut errors);
    }

    for t in c.tips {
        let at = format!("tip {}", t.slug);
        slug_ok(&at, &t.slug, &mut errors);
        if t.audiences.is_empty() {
            errors.push(format!("{at}: has no audience"));
        }
        if !TOPICS.iter().any(|(id, _, _)| *id == t.topic) {
            errors.push(format!("{at}: unknown topic '{}'", t.topic));
        }
        // /tips/voor/<audience> and /tips/<audience> are the audience pages.
        if t.slug == "voor" || Audience::from_slug(&t.slug).is_some() {
            errors.push(format!("{at}: '{}' is an audience page's address", t.slug));
        }
        if !(3..=6).contains(&t.steps.len()) {
            errors.push(format!("{at}: has {} steps, want 3 to 6", t.steps.len()));
        }
        // "Is het al gebeurd?" always names somewhere to go.
        if t.channels.is_empty() {
            errors.push(format!("{at}: has no channel to contact"));
        }
        for id in t.channels.iter() {
            if !c.channels.iter().any(|ch| ch.id == *id) {
                errors.push(format!("{at}: unknown channel '{id}'"));
            }
        }
        let texts = [&t.title, &t.recognise].into_iter().chain(t.steps.iter());
        check_texts(&at, texts.clone(), &allowed, &mut errors);
        figures_ok(&at, texts.clone(), &t.sources, c.sources, &mut errors);
        b1_ok(&at, texts.clone(), &mut errors);
        for text in texts {
            audience_form_ok(&at, &t.audiences, text, &mut errors);
        }
        provenance_ok(&at, &t.sources, &t.checked, c.sources, &mut errors);
    }

    for list in c.checklists {
        let at = format!("checklist {}", list.slug);
        slug_ok(&at, &list.slug, &mut errors);
        check_texts(&at, [&list.title, &list.intro], &allowed, &mut errors);
        figures_ok(&at, [&list.intro], &list.sources, c.sources, &mut errors);
        for text in [&list.title, &list.intro] {
            audience_form_ok(&at, &list.audiences, text, &mut errors);
        }
        if list.audiences.is_empty() {
            errors.push(format!("{at}: has no audience"));
        }
        unique(
            &format!("{at} section id"),
            list.sections.iter().map(|s| s.id.as_ref()),
            &mut errors,
        );
        unique(
            &format!("{at} item id"),
            list.sections
                .iter()
                .flat_map(|s| s.items.iter().map(|i| i.id.as_ref())),
            &mut errors,
        );
        for s in list.sections.iter() {
            check_texts(&at, [&s.title], &allowed, &mut errors);
            for item in s.items.iter() {
                let at = format!("{at} item {}", item.id);
                slug_ok(&at, &item.id, &mut errors);
                let texts = [&item.text, &item.why].into_iter().chain(item.how.iter());
                check_texts(&at, texts.clone(), &allowed, &mut errors);
                figures_ok(&at, texts.clone(), &list.sources, c.sources, &mut errors);
                b1_ok(&at, texts.clone(), &mut errors);
                for text in texts {
                    audience_form_ok(&at, &list.audiences, text, &mut errors);
                }
            }
        }
        provenance_ok(&at, &list.sources, &list.checked, c.sources, &mut errors);
    }

    for (key, text) in c.ui {
        check_texts(&format!("ui {key}"), [*text], &allowed, &mut errors);
        if let Some(audience) = Audience::ALL
            .into_iter()
            .find(|a| key.ends_with(&format!("_{}", a.slug())))
        {
            audience_form_ok(&format!("ui {key}"), &[audience], text, &mut errors);
        }
        // The workshop is played by a class and at a neighbourhood evening alike: its texts
        // address nobody ("Kies een leeftijdsgroep", "Bekijk de score"), like the quiz items
        // both levels see.
        if key.starts_with("workshop_") || key.starts_with("quiz_") {
            neutral_form_ok(&format!("ui {key}"), [*text], &mut errors);
        }
        // Interface texts carry no source: they may not state a figure.
        figures_ok(&format!("ui {key}"), [*text], &[], c.sources, &mut errors);
    }

    melden_ok(c, &allowed, &mut errors);

    errors
}

/// The report flow: every reference resolves, every text is complete, at most two others.
/// Whether every path ends well is proven by walking them all (domain::triage tests).
fn melden_ok(c: &ContentRef, allowed: &Allowed, errors: &mut Vec<String>) {
    let questions = c.questions;
    unique(
        "question id",
        questions.iter().map(|q| q.id.as_ref()),
        errors,
    );
    unique(
        "outcome id",
        c.outcomes.iter().map(|o| o.id.as_ref()),
        errors,
    );
    if questions.is_empty() {
        errors.push("melden: no questions".into());
    }
    let options_of = |q: &Question| -> Vec<String> {
        let own = q.options.iter().map(|o| o.id.to_string());
        if q.municipalities {
            c.municipalities
                .iter()
                .map(|m| m.id.to_string())
                .chain(own)
                .collect()
        } else {
            own.collect()
        }
    };
    for q in questions {
        let at = format!("question {}", q.id);
        slug_ok(&at, &q.id, errors);
        if MELDEN_PAGES.contains(&q.id.as_ref()) {
            errors.push(format!("{at}: id is a reserved page name"));
        }
        if !q.municipalities && q.options.is_empty() {
            errors.push(format!("{at}: needs options, or municipalities = true"));
        }
        unique(
            &format!("{at} option"),
            q.options.iter().map(|o| o.id.as_ref()),
            errors,
        );
        check_texts(
            &at,
            [&q.title].into_iter().chain(q.hint.iter()),
            allowed,
            errors,
        );
        for o in q.options.iter() {
            slug_ok(&at, &o.id, errors);
            // Options double as deep links (/melden/fraude): they must not shadow a page.
            let shadows =
                MELDEN_PAGES.contains(&o.id.as_ref()) || questions.iter().any(|x| x.id == o.id);
            if shadows {
                errors.push(format!(
                    "{at}: option '{}' clashes with a page or question",
                    o.id
                ));
            }
            check_texts(
                &at,
                [&o.label].into_iter().chain(o.hint.iter()),
                allowed,
                errors,
            );
        }
        if q.next.is_empty() {
            errors.push(format!("{at}: has no next rules"));
        }
        for rule in q.next.iter() {
            match (&rule.goto, &rule.outcome) {
                (Some(g), None) if questions.iter().any(|x| x.id == *g) => {}
                (None, Some(o)) if c.outcomes.iter().any(|x| x.id == *o) => {}
                _ => errors.push(format!("{at}: a rule needs one known goto or outcome")),
            }
            for cond in rule.when.iter() {
                let known = cond.split_once('=').is_some_and(|(qid, oid)| {
                    questions
                        .iter()
                        .find(|x| x.id == qid)
                        .is_some_and(|x| options_of(x).iter().any(|o| o == oid))
                });
                if !known {
                    errors.push(format!("{at}: condition '{cond}' names no known answer"));
                }
            }
        }
    }
    for t in c.tips {
        if let Some(branch) = &t.melden {
            // Only the topics are deep links that start a fresh branch; an option deeper in
            // the tree would skip the questions before it.
            let known = questions
                .iter()
                .filter(|q| q.id == TOPIC_QUESTION)
                .any(|q| q.options.iter().any(|o| o.id == *branch));
            if !known {
                errors.push(format!(
                    "tip {}: melden '{branch}' is no answer of the flow",
                    t.slug
                ));
            }
        }
    }
    for o in c.outcomes {
        let at = format!("outcome {}", o.id);
        slug_ok(&at, &o.id, errors);
        if o.others.len() > 2 {
            errors.push(format!("{at}: at most two other channels"));
        }
        let all = std::iter::once(&o.primary)
            .chain(o.others.iter())
            .chain(o.afterwards.iter());
        for advice in all {
            let known = advice.channel == MUNICIPALITY_CHANNEL
                || c.channels.iter().any(|ch| ch.id == advice.channel);
            if !known {
                errors.push(format!("{at}: unknown channel '{}'", advice.channel));
            }
        }
        if !OUTCOME_KINDS.contains(&o.kind.as_ref()) {
            errors.push(format!(
                "{at}: kind '{}' is not one of {OUTCOME_KINDS:?}",
                o.kind
            ));
        }
        // A channel's own "not for" list, as data: M. takes no aangifte, 112 no nuisance.
        let primary = c.channels.iter().find(|ch| ch.id == o.primary.channel);
        if primary.is_some_and(|ch| ch.excludes.contains(&o.kind)) {
            errors.push(format!(
                "{at}: primary channel '{}' is not for '{}' (its excludes)",
                o.primary.channel, o.kind
            ));
        }
        if !o.afterwards.is_empty() && !o.emergency {
            errors.push(format!("{at}: 'afterwards' is only for the 112 page"));
        }
        if o.emergency && o.primary.channel != EMERGENCY_ID {
            errors.push(format!(
                "{at}: an emergency outcome must send people to 112"
            ));
        }
        let texts = [&o.title, &o.primary.why]
            .into_iter()
            .chain(o.others.iter().map(|a| &a.why))
            .chain(o.afterwards.iter().map(|a| &a.why))
            .chain(o.say.iter())
            .chain(o.first.iter())
            .chain(o.ready.iter())
            .chain(o.warnings.iter());
        check_texts(&at, texts, allowed, errors);
    }
}

/// The numbers and web hosts the channels data vouches for.
pub struct Allowed {
    /// Digits of every verified number.
    pub phones: BTreeSet<String>,
    /// Digits of every number that is in the data but unverified: never to be shown.
    pub unverified_phones: BTreeSet<String>,
    /// Hosts of every channel and municipal website and every source page.
    pub hosts: BTreeSet<String>,
}

impl Allowed {
    pub fn from(c: &ContentRef) -> Allowed {
        let all_phones = c
            .channels
            .iter()
            .flat_map(|ch| ch.phones.iter())
            .chain(c.municipalities.iter().flat_map(|m| m.phones.iter()));
        let (mut phones, mut unverified_phones) = (BTreeSet::new(), BTreeSet::new());
        for p in all_phones {
            let set = if p.verified {
                &mut phones
            } else {
                &mut unverified_phones
            };
            set.insert(digits(&p.display));
        }
        let urls = c
            .channels
            .iter()
            .filter_map(|ch| ch.url.as_deref())
            .chain(c.municipalities.iter().map(|m| m.website.as_ref()))
            .chain(
                c.municipalities
                    .iter()
                    .filter_map(|m| m.report_url.as_deref()),
            );
        let source_pages = c.sources.iter().filter_map(|s| s.url.as_deref());
        let hosts = urls.chain(source_pages).map(host_of).collect();
        Allowed {
            phones,
            unverified_phones,
            hosts,
        }
    }
}

/// "https://www.politie.nl/x" and "politie.nl/x" both give "politie.nl".
pub fn host_of(url: &str) -> String {
    let rest = url
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.trim_start_matches("www.").to_ascii_lowercase()
}

pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Phone-number-like runs in a text: digits with spaces or dashes between, starting with 0,
/// or 112, or a municipal 14 0xx number. Years, times ("09:00-17:00") and percentages do not.
pub fn phone_like(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        let joins = (ch == ' ' || ch == '-')
            && !run.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if ch.is_ascii_digit() {
            run.push(ch);
        } else if !joins {
            push_phone(&mut found, &run);
            run.clear();
        }
    }
    push_phone(&mut found, &run);
    found
}

fn push_phone(found: &mut Vec<String>, run: &str) {
    // Dutch numbers starting with 0 have at least 8 digits (0800-7000); shorter runs are times.
    let looks_like_phone = run == "112"
        || (run.starts_with('0') && run.len() >= 8)
        || (run.starts_with("140") && run.len() == 5);
    if looks_like_phone {
        found.push(run.to_string());
    }
}

/// Web-address-like words in a text ("fraudehelpdesk.nl", "https://x.nl/y").
pub fn hosts_in(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '"' | '\''))
        .map(|w| w.trim_end_matches(['.', ':', ';', '!', '?']))
        .filter(|w| {
            let host = host_of(w);
            host.contains('.')
                && [".nl", ".com", ".org", ".eu", ".net"]
                    .iter()
                    .any(|tld| host.ends_with(tld))
        })
        .map(host_of)
        .collect()
}

pub fn check_texts<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    allowed: &Allowed,
    errors: &mut Vec<String>,
) {
    for text in texts {
        for locale in Locale::ALL {
            let s = text.get(locale);
            if s.trim().is_empty() {
                errors.push(format!("{at}: empty {} text", locale.code()));
            }
            for number in phone_like(s) {
                if allowed.unverified_phones.contains(&number) {
                    errors.push(format!("{at}: shows unverified number {number}"));
                } else if !allowed.phones.contains(&number) {
                    errors.push(format!("{at}: number {number} is not in the channels data"));
                }
            }
            for r in internal_references(s) {
                errors.push(format!("{at}: shows the file or path '{r}'"));
            }
            for host in hosts_in(s) {
                if !allowed.hosts.contains(&host) {
                    errors.push(format!(
                        "{at}: web address {host} is not in the channels data"
                    ));
                }
            }
        }
    }
}

/// Dutch tips and checklists speak to the reader as "u", never "je"/"jij"/"jouw": the
/// choice is made once (README) and kept, also in "hoe je het herkent".
pub fn informal_words(dutch: &str) -> Vec<&str> {
    const INFORMAL: [&str; 6] = ["je", "jij", "jou", "jouw", "jezelf", "jullie"];
    dutch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| INFORMAL.iter().any(|i| w.eq_ignore_ascii_case(i)))
        .collect()
}

/// B1 per text (see `b1_problems`), for the texts residents read as advice.
fn b1_ok<'a>(at: &str, texts: impl IntoIterator<Item = &'a Text>, errors: &mut Vec<String>) {
    for text in texts {
        for p in b1_problems(&text.nl) {
            errors.push(format!("{at}: not B1: {p}"));
        }
    }
}

/// "u", "uw", "uzelf": the form for adults, wrong on a page meant for young people only.
pub fn formal_words(dutch: &str) -> Vec<&str> {
    const FORMAL: [&str; 3] = ["u", "uw", "uzelf"];
    dutch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| FORMAL.iter().any(|f| w.eq_ignore_ascii_case(f)))
        .collect()
}

/// The form of address per audience: "je" for texts meant for young people only (their
/// tips page, a tip or checklist only for them), "u" for everything residents, seniors and
/// business owners read. Interface texts say who they are for by the end of their key.
pub fn audience_form_ok(at: &str, audiences: &[Audience], text: &Text, errors: &mut Vec<String>) {
    if audiences == [Audience::Jongeren] {
        let found = formal_words(&text.nl);
        if !found.is_empty() {
            errors.push(format!(
                "{at}: for young people, says '{}'; use 'je'",
                found.join("', '")
            ));
        }
    } else {
        u_form_ok(at, [text], errors);
    }
}

/// Texts both pupils and adults see address nobody: neither "je" nor "u".
fn neutral_form_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    errors: &mut Vec<String>,
) {
    for text in texts {
        let found: Vec<&str> = informal_words(&text.nl)
            .into_iter()
            .chain(formal_words(&text.nl))
            .collect();
        if !found.is_empty() {
            errors.push(format!(
                "{at}: pupils and adults both see this, but it says '{}'; address nobody",
                found.join("', '")
            ));
        }
    }
}

pub fn u_form_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    errors: &mut Vec<String>,
) {
    for text in texts {
        let found = informal_words(&text.nl);
        if !found.is_empty() {
            errors.push(format!("{at}: says '{}'; use 'u'", found.join("', '")));
        }
    }
}

/// A percentage in a text needs a source on the same item, and "CBS" needs a CBS source:
/// a figure from one publication is never credited to another.
fn figures_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    ids: &[Str],
    sources: &[Source],
    errors: &mut Vec<String>,
) {
    let cited: Vec<&Source> = sources.iter().filter(|s| ids.contains(&s.id)).collect();
    for text in texts {
        for locale in Locale::ALL {
            for f in figures_needing_source(text.get(locale)) {
                if f == "CBS" {
                    if !cited.iter().any(|s| s.publisher.contains("CBS")) {
                        errors.push(format!("{at}: names CBS without a CBS source"));
                    }
                } else if cited.is_empty() {
                    errors.push(format!(
                        "{at}: figure '{f}' without a source on the same item"
                    ));
                }
            }
        }
    }
}

pub fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(format!("duplicate {what} '{id}'"));
        }
    }
}

pub fn slug_ok(at: &str, slug: &str, errors: &mut Vec<String>) {
    let ok = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok {
        errors.push(format!(
            "{at}: id '{slug}' must be lowercase letters, digits and dashes"
        ));
    }
}

fn phones_ok(at: &str, phones: &[Phone], errors: &mut Vec<String>) {
    for p in phones {
        let tel_ok = !p.tel.is_empty() && p.tel.chars().all(|c| c.is_ascii_digit());
        if !tel_ok || digits(&p.display) != p.tel.as_ref() {
            errors.push(format!(
                "{at}: phone '{}' and tel '{}' differ",
                p.display, p.tel
            ));
        }
    }
}

pub fn url_ok(at: &str, url: &str, errors: &mut Vec<String>) {
    if !url.starts_with("https://") || url.contains(char::is_whitespace) {
        errors.push(format!(
            "{at}: url '{url}' must start with https:// and have no spaces"
        ));
    }
}

pub fn provenance_ok(
    at: &str,
    ids: &[Str],
    checked: &str,
    sources: &[Source],
    errors: &mut Vec<String>,
) {
    source_ids_ok(at, ids, sources, errors);
    if !month_ok(checked) {
        errors.push(format!("{at}: checked '{checked}' must be YYYY-MM"));
    }
}

/// At least one source, and every id cited is in sources.toml.
fn source_ids_ok(at: &str, ids: &[Str], sources: &[Source], errors: &mut Vec<String>) {
    if ids.is_empty() {
        errors.push(format!("{at}: has no source"));
    }
    for id in ids {
        if !sources.iter().any(|s| s.id == *id) {
            errors.push(format!("{at}: source '{id}' is not in sources.toml"));
        }
    }
}

/// "2026-11": year and month.
fn month_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

/// sources.toml: unique ids, a grade, a check date, an address that opens, and a title and
/// publisher a resident can read: no repository path or file name, no word of the other
/// language (the English title may keep a Dutch name, so it is checked for Dutch grammar
/// words only).
pub fn sources_ok(sources: &[Source], errors: &mut Vec<String>) {
    unique("source id", sources.iter().map(|s| s.id.as_ref()), errors);
    for s in sources {
        let at = format!("source {}", s.id);
        slug_ok(&at, &s.id, errors);
        if !matches!(s.grade.as_ref(), "O" | "S") {
            errors.push(format!("{at}: grade must be O or S"));
        }
        // A secondary source says what it is (news site, company...); an own source does not.
        match (s.grade.as_ref(), s.kind.as_deref()) {
            ("S", Some(k)) if SOURCE_KINDS.contains(&k) => {}
            ("S", _) => errors.push(format!(
                "{at}: a secondary source needs a kind, one of {SOURCE_KINDS:?}"
            )),
            (_, Some(_)) => errors.push(format!("{at}: only a secondary source has a kind")),
            _ => {}
        }
        if !month_ok(&s.checked) {
            errors.push(format!("{at}: checked '{}' must be YYYY-MM", s.checked));
        }
        if let Some(url) = &s.url {
            url_ok(&at, url, errors);
        }
        for (what, text) in [
            ("publisher", s.publisher.as_ref()),
            ("title nl", s.title.nl.as_ref()),
            ("title en", s.title.en.as_ref()),
        ] {
            if text.trim().is_empty() {
                errors.push(format!("{at}: empty {what}"));
            }
            if text.contains('/') {
                errors.push(format!("{at}: {what} '{text}' contains a path"));
            }
        }
        for w in words_of_other_language(&s.title.nl, Locale::Nl)
            .into_iter()
            .chain(words_of_other_language(&s.publisher, Locale::Nl))
        {
            errors.push(format!(
                "{at}: Dutch title or publisher has the English word '{w}'"
            ));
        }
        for w in words_of_other_language(&s.title.en, Locale::En) {
            errors.push(format!("{at}: English title has the Dutch word '{w}'"));
        }
    }
}

/// Grammar words that give away a text in the other language: "the" in a Dutch title, "het"
/// in an English one. Names (Meld Misdaad Anoniem, BEL Combinatie) have none of these.
pub fn words_of_other_language(text: &str, locale: Locale) -> Vec<&str> {
    const ENGLISH: [&str; 16] = [
        "the",
        "and",
        "of",
        "with",
        "for",
        "only",
        "per",
        "unverified",
        "list",
        "page",
        "police",
        "texts",
        "explained",
        "number",
        "quoted",
        "on",
    ];
    // Not "en": "Gooi en Vechtstreek" is a name.
    const DUTCH: [&str; 13] = [
        "de", "het", "een", "van", "voor", "met", "niet", "bij", "uw", "wij", "zijn", "naar",
        "over",
    ];
    let list: &[&str] = match locale {
        Locale::Nl => &ENGLISH,
        Locale::En => &DUTCH,
    };
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
        .collect()
}

/// A repository path or a file name in public text: "shared/facts/channels.md", "seed 002",
/// "tips.toml". Web addresses ("politie.nl") are fine: they are checked against the data.
pub fn internal_references(text: &str) -> Vec<&str> {
    const FILE_ENDINGS: [&str; 8] = [
        ".md", ".toml", ".rs", ".txt", ".json", ".ts", ".pdf", ".yml",
    ];
    text.split(|c: char| c.is_whitespace() || "()[];,\"'".contains(c))
        .filter(|w| {
            let lower = w.to_ascii_lowercase();
            let lower = lower.trim_end_matches(['.', ':', '!', '?']);
            lower.starts_with("shared/")
                || lower.starts_with("src/")
                || lower.starts_with("../")
                || lower.contains("seeds/")
                || FILE_ENDINGS.iter().any(|e| lower.ends_with(e))
        })
        .collect()
}

/// B1 for Dutch: at most this many words in a sentence…
pub const MAX_SENTENCE_WORDS: usize = 25;
/// …and no word longer than this, unless it is a name people must recognise.
pub const MAX_WORD_LETTERS: usize = 18;
pub const LONG_WORDS_ALLOWED: [&str; 7] = [
    "burgerservicenummer",
    "Fraudehelpdesk",
    "Veiligheidsplan",
    "Politiekeurmerk",
    "kerntrekbeveiliging",
    "Veiligheidsmonitor",
    "Cybersecuritymonitor",
];

/// Dutch sentences that are too long and words that are too long for B1 readers.
pub fn b1_problems(dutch: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sentence in dutch.split(['.', '?', '!', ':', ';']) {
        let n = sentence.split_whitespace().count();
        if n > MAX_SENTENCE_WORDS {
            found.push(format!("a sentence of {n} words"));
        }
    }
    for word in dutch.split(|c: char| !c.is_alphanumeric()) {
        let allowed = LONG_WORDS_ALLOWED
            .iter()
            .any(|a| word.to_lowercase().contains(&a.to_lowercase()));
        if word.chars().count() > MAX_WORD_LETTERS && !allowed {
            found.push(format!("the long word '{word}'"));
        }
    }
    found
}

/// A figure that needs a source: a percentage, or "CBS" (a CBS figure needs a CBS source).
pub fn figures_needing_source(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%');
        let next = words.get(i + 1).map(|n| {
            n.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        let digits_only = !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == ',');
        if bare.ends_with('%')
            || (digits_only && matches!(next.as_deref(), Some("procent" | "percent")))
        {
            found.push(bare.to_string());
        }
        if bare == "CBS" {
            found.push("CBS".to_string());
        }
    }
    found
}

/// The rules for gemeente.toml: figures cover every year, ratings and priorities name real
/// municipalities, links go to pages that exist, texts use only verified numbers and "u".
pub fn validate_gemeente(
    c: &ContentRef,
    years: &[u16],
    figures: &[Figure],
    ratings: &[Rating],
    priorities: &[Priority],
    plan_sources: [&str; 2],
) -> Vec<String> {
    let mut errors = Vec::new();
    for id in plan_sources {
        if !c.sources.iter().any(|s| s.id == id) {
            errors.push(format!("gemeente: source '{id}' is not in sources.toml"));
        }
    }
    let allowed = Allowed::from(c);
    let is_municipality = |id: &str| c.municipalities.iter().any(|m| m.id == id);
    if years.is_empty() || years.windows(2).any(|w| w[1] != w[0] + 1) {
        errors.push("gemeente: years must be consecutive".into());
    }
    unique(
        "figure id",
        figures.iter().map(|f| f.id.as_ref()),
        &mut errors,
    );
    for f in figures {
        let at = format!("figure {}", f.id);
        if f.values.len() != years.len() {
            errors.push(format!(
                "{at}: {} values for {} years",
                f.values.len(),
                years.len()
            ));
        }
        if !FIGURE_KINDS.contains(&f.kind.as_ref()) {
            errors.push(format!("{at}: unknown kind '{}'", f.kind));
        }
        check_texts(&at, [&f.label], &allowed, &mut errors);
    }
    for m in c.municipalities {
        let n = ratings.iter().filter(|r| r.municipality == m.id).count();
        if n != 1 {
            errors.push(format!("rating: {} has {n} ratings, needs 1", m.id));
        }
    }
    for r in ratings {
        if !is_municipality(&r.municipality) || !(10..=100).contains(&r.tenths) {
            errors.push(format!(
                "rating {}: unknown municipality or score",
                r.municipality
            ));
        }
    }
    unique(
        "priority id",
        priorities.iter().map(|p| p.id.as_ref()),
        &mut errors,
    );
    for p in priorities {
        let at = format!("priority {}", p.id);
        if p.municipalities.is_empty() || !p.municipalities.iter().all(|m| is_municipality(m)) {
            errors.push(format!("{at}: municipalities must be known ids"));
        }
        source_ids_ok(&at, std::slice::from_ref(&p.source), c.sources, &mut errors);
        let texts = [&p.scope, &p.title, &p.why, &p.act];
        check_texts(
            &at,
            texts.into_iter().chain(p.links.iter().map(|l| &l.label)),
            &allowed,
            &mut errors,
        );
        u_form_ok(&at, [&p.title, &p.why, &p.act], &mut errors);
        b1_ok(&at, [&p.title, &p.why, &p.act], &mut errors);
        for link in p.links.iter() {
            if !app_path_exists(c, &link.path) {
                errors.push(format!("{at}: link '{}' goes nowhere", link.path));
            }
        }
    }
    errors
}

/// Whether an app path without language ("tips/phishing", "melden/fraude") is a real page.
pub fn app_path_exists(c: &ContentRef, path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["tips", slug] => c.tips.iter().any(|t| t.slug == *slug),
        ["checklists", slug] => c.checklists.iter().any(|l| l.slug == *slug),
        // What the app opens for someone without answers (`Tree::parse` then `resolve`; the
        // test `every_report_link_the_content_check_accepts_opens_without_a_notice` holds the
        // two to one rule): the first question, a topic (a deep link), the 112 page or the
        // buurtpreventie explainer. A question deeper in the tree, or the advice, would be
        // sent back to the first question with "that step is not available".
        ["melden", id] => {
            MELDEN_LINKABLE_PAGES.contains(id)
                || c.questions.first().is_some_and(|q| q.id == *id)
                || c.questions
                    .iter()
                    .any(|q| q.id == TOPIC_QUESTION && q.options.iter().any(|o| o.id == *id))
        }
        [page] => [
            "tips",
            "checklists",
            "melden",
            "workshop",
            "gemeente",
            "over",
        ]
        .contains(page),
        _ => false,
    }
}

/// The rules for quiz.toml: both languages, known levels and kinds, every level big enough for
/// a lesson, fake items show their signs (literal parts of the message), and the made-up
/// messages carry no phone number and no real web address (only the reserved .example).
pub fn validate_quiz(c: &ContentRef, items: &[QuizItem]) -> Vec<String> {
    let mut errors = Vec::new();
    let allowed = Allowed::from(c);
    unique("quiz id", items.iter().map(|i| i.id.as_ref()), &mut errors);
    for level in QUIZ_LEVELS {
        let n = items
            .iter()
            .filter(|i| i.levels.iter().any(|l| l == level))
            .count();
        if n < 10 {
            errors.push(format!("quiz level {level}: {n} items, needs at least 10"));
        }
    }
    for item in items {
        let at = format!("quiz {}", item.id);
        slug_ok(&at, &item.id, &mut errors);
        if item.levels.is_empty()
            || !item
                .levels
                .iter()
                .all(|l| QUIZ_LEVELS.contains(&l.as_ref()))
        {
            errors.push(format!("{at}: levels must be some of {QUIZ_LEVELS:?}"));
        }
        if !QUIZ_KINDS.contains(&item.kind.as_ref()) {
            errors.push(format!("{at}: unknown kind '{}'", item.kind));
        }
        if !item.real && item.signs.is_empty() {
            errors.push(format!("{at}: a fake message needs at least one sign"));
        }
        for locale in Locale::ALL {
            let body = item.body.get(locale);
            if !phone_like(body).is_empty() || !hosts_in(body).is_empty() {
                errors.push(format!(
                    "{at}: a made-up message must not hold a real number or address"
                ));
            }
            for sign in item.signs.iter() {
                if !body.contains(sign.text.get(locale)) {
                    errors.push(format!(
                        "{at}: sign '{}' is not in the {} message",
                        sign.text.get(locale),
                        locale.code()
                    ));
                }
            }
        }
        let texts = || {
            [&item.from, &item.explain]
                .into_iter()
                .chain(item.signs.iter().map(|s| &s.why))
        };
        check_texts(&at, texts(), &allowed, &mut errors);
        // The form of address per level: "u" for an item only adults see, "je" for an item
        // only pupils see. An item both see (a class and a neighbourhood evening) addresses
        // nobody in particular: neither "je" nor "u" ("Bel het oude nummer", "Een bank
        // vraagt nooit om een code").
        let adults = item.levels.iter().any(|l| l.as_ref() == "volwassenen");
        if adults && item.levels.len() == 1 {
            u_form_ok(&at, texts(), &mut errors);
        } else if adults {
            neutral_form_ok(&at, texts(), &mut errors);
        } else {
            for text in texts() {
                let found = formal_words(&text.nl);
                if !found.is_empty() {
                    errors.push(format!(
                        "{at}: for young people, says '{}'; use 'je'",
                        found.join("', '")
                    ));
                }
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_like_finds_numbers_not_years_or_times() {
        assert_eq!(
            phone_like("Bel 112 of 0900-8844, ma-vr 09:00-17:00, sinds 2023"),
            vec!["112", "09008844"]
        );
        assert_eq!(phone_like("088-786 73 72"), vec!["0887867372"]);
        assert_eq!(phone_like("Gemeente: 14 035."), vec!["14035"]);
        assert!(phone_like("3 minuten, 24/7, 60%").is_empty());
    }

    #[test]
    fn hosts_in_finds_web_addresses() {
        assert_eq!(
            hosts_in("Meld het op fraudehelpdesk.nl. Of op https://www.politie.nl/aangifte"),
            vec!["fraudehelpdesk.nl", "politie.nl"]
        );
        assert!(hosts_in("Doe dit. Dan dat.").is_empty());
    }

    #[test]
    fn informal_words_are_found_as_whole_words() {
        assert_eq!(
            informal_words("Weet je hoe jij dat doet? Jouw code."),
            ["je", "jij", "Jouw"]
        );
        assert!(
            informal_words("Bel uw bank. Jeugd, jenever en Jeroen zijn geen aanspreekvorm.")
                .is_empty()
        );
    }

    #[test]
    fn host_of_strips_scheme_and_www() {
        assert_eq!(
            host_of("https://www.Hilversum.nl/veiligheid"),
            "hilversum.nl"
        );
        assert_eq!(host_of("politie.nl/themas/x.html"), "politie.nl");
    }
}

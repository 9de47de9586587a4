//! Rules for single fields: unique ids, slugs, phone numbers, addresses, provenance, sources.

use super::*;

pub(super) fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(format!("duplicate {what} '{id}'"));
        }
    }
}

pub(super) fn slug_ok(at: &str, slug: &str, errors: &mut Vec<String>) {
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

pub(super) fn phones_ok(at: &str, phones: &[Phone], errors: &mut Vec<String>) {
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

pub(super) fn url_ok(at: &str, url: &str, errors: &mut Vec<String>) {
    if !url.starts_with("https://") || url.contains(char::is_whitespace) {
        errors.push(format!(
            "{at}: url '{url}' must start with https:// and have no spaces"
        ));
    }
}

pub(super) fn provenance_ok(
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
pub(super) fn source_ids_ok(at: &str, ids: &[Str], sources: &[Source], errors: &mut Vec<String>) {
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
pub(super) fn month_ok(s: &str) -> bool {
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
        // A secondary source says what it is (news site, company...); an own source does not.
        match (s.grade, s.kind) {
            (Grade::Secondary, None) => errors.push(format!(
                "{at}: a secondary source needs a kind, one of {:?}",
                SourceKind::ALL.map(SourceKind::slug)
            )),
            (Grade::Own, Some(_)) => {
                errors.push(format!("{at}: only a secondary source has a kind"))
            }
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

//! Content rules that protect people from a wrong number or a half-translated page.
//!
//! Run twice: by the build script (a content mistake fails the build with a readable list)
//! and by the native tests (on the statics actually compiled into the app). Pure Rust.

use std::collections::BTreeSet;

use crate::schema::*;

mod allowed;
mod fields;
mod gemeente;
mod language;
mod melden;
mod quiz;
#[cfg(test)]
mod tests;
pub mod warnings;

pub use allowed::*;
pub use fields::*;
pub use gemeente::*;
pub use language::*;
pub use melden::*;
pub use quiz::*;

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

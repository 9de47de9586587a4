//! The workshop quiz's items (the workshop "Echt of nep?").

use std::collections::BTreeMap;

use super::*;

/// How big the quiz must be: items per level, genuine messages, items in all, and how many
/// items use each technique (issue 15: a class of 20, judgement over suspicion).
pub const MIN_PER_LEVEL: usize = 20;
pub const MIN_GENUINE: usize = 20;
pub const MIN_ITEMS: usize = 60;
pub const MIN_PER_TECHNIQUE: usize = 3;
/// Set 1 is closed: old class codes draw from exactly these items (domain::quiz::session).
pub const SET_1_SIZE: usize = 31;

/// The rules for quiz.toml: both languages, known levels and kinds, every level big enough for
/// a lesson, fake items show their signs (literal parts of the message), every item names its
/// techniques, and the made-up messages carry no phone number and no real web address (only
/// the reserved .example).
pub fn validate_quiz(c: &ContentRef, items: &[QuizItem]) -> Vec<String> {
    let mut errors = Vec::new();
    let allowed = Allowed::from(c);
    unique("quiz id", items.iter().map(|i| i.id.as_ref()), &mut errors);
    sizes_ok(items, &mut errors);
    for item in items {
        let at = format!("quiz {}", item.id);
        slug_ok(&at, &item.id, &mut errors);
        if item.levels.is_empty() {
            errors.push(format!("{at}: needs at least one level"));
        }
        if !QUIZ_SETS.contains(&item.set) {
            errors.push(format!("{at}: set must be one of {QUIZ_SETS:?}"));
        }
        if item.techniques.is_empty() {
            errors.push(format!("{at}: needs at least one technique"));
        }
        let mut seen = item.techniques.to_vec();
        seen.sort();
        seen.dedup();
        if seen.len() != item.techniques.len() {
            errors.push(format!("{at}: a technique is named twice"));
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
        let adults = item.levels.contains(&Level::Adults);
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

/// Enough items per level, genuine ones, per technique, and set 1 unchanged in size.
fn sizes_ok(items: &[QuizItem], errors: &mut Vec<String>) {
    for level in Level::ALL {
        let n = items.iter().filter(|i| i.levels.contains(&level)).count();
        if n < MIN_PER_LEVEL {
            errors.push(format!(
                "quiz level {level}: {n} items, needs at least {MIN_PER_LEVEL}"
            ));
        }
    }
    let genuine = items.iter().filter(|i| i.real).count();
    if genuine < MIN_GENUINE {
        errors.push(format!(
            "quiz: {genuine} genuine messages, needs at least {MIN_GENUINE}"
        ));
    }
    if items.len() < MIN_ITEMS {
        errors.push(format!(
            "quiz: {} items, needs at least {MIN_ITEMS}",
            items.len()
        ));
    }
    let mut per: BTreeMap<Technique, usize> = BTreeMap::new();
    for t in items.iter().flat_map(|i| i.techniques.iter()) {
        *per.entry(*t).or_default() += 1;
    }
    for t in Technique::ALL {
        let n = per.get(&t).copied().unwrap_or(0);
        if n < MIN_PER_TECHNIQUE {
            errors.push(format!(
                "quiz technique {}: used by {n} items, needs at least {MIN_PER_TECHNIQUE}",
                t.slug()
            ));
        }
    }
    let set_1 = items.iter().filter(|i| i.set == 1).count();
    if set_1 != SET_1_SIZE {
        errors.push(format!(
            "quiz set 1: {set_1} items, must stay {SET_1_SIZE} (old class codes draw from it; a new item gets a newer set)"
        ));
    }
}

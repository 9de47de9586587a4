//! The workshop quiz's items.

use super::*;

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

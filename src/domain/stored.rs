//! The one typed layer for what Waakzaam reads back from the device or the URL: every key it
//! keeps, what it means (for "Mijn gegevens"), and a parser per value that rejects what it
//! does not understand. A rejected value means "nothing stored": the caller falls back to its
//! default. Nothing here panics on any input (see the property tests).

use crate::schema::{Locale, Municipality};

/// Where a value lives: kept on the device, or only for this tab (gone when it closes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Local,
    Session,
}

/// Everything Waakzaam may keep. `prefix` keys cover a family (one entry per checklist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Language,
    Municipality,
    TextSize,
    ChecklistProgress,
    QuizScores,
    QuizBooster,
    ReportNote,
    ReportAnswers,
    SightingDraft,
}

pub struct Key {
    pub kind: Kind,
    pub key: &'static str,
    pub prefix: bool,
    pub area: Area,
}

// Every key, once. The modules that read and write them use these names.
pub const LANG_KEY: &str = "waakzaam.lang";
/// The municipality chosen on the gemeente page or in the report flow.
pub const MUNICIPALITY_KEY: &str = "waakzaam.gemeente";
pub const TEXT_SIZE_KEY: &str = "waakzaam.tekstgrootte";
/// Checklist progress: this prefix plus the checklist's slug.
pub const CHECKLIST_PREFIX: &str = "waakzaam.checklist.";
pub const QUIZ_PREFIX: &str = "waakzaam.quiz.";
/// Self-play best score per level: this prefix plus the level ("…beste.13-16").
pub const QUIZ_BEST_PREFIX: &str = "waakzaam.quiz.beste.";
/// The quiz's booster rounds: when the last round was played, what to practise, what was
/// seen, and whether the player turned them off (domain::quiz::booster).
pub const BOOSTER_KEY: &str = "waakzaam.herhaling";
pub const NOTE_KEY: &str = "waakzaam.melden.notitie";
pub const ANSWERS_KEY: &str = "waakzaam.melden.antwoorden";
/// The sighting composer's draft (/nl/buurt/melding), until the person wipes it.
pub const SIGHTING_KEY: &str = "waakzaam.buurt.melding";

pub const KEYS: [Key; 9] = [
    Key {
        kind: Kind::Language,
        key: LANG_KEY,
        prefix: false,
        area: Area::Local,
    },
    Key {
        kind: Kind::Municipality,
        key: MUNICIPALITY_KEY,
        prefix: false,
        area: Area::Local,
    },
    Key {
        kind: Kind::TextSize,
        key: TEXT_SIZE_KEY,
        prefix: false,
        area: Area::Local,
    },
    Key {
        kind: Kind::ChecklistProgress,
        key: CHECKLIST_PREFIX,
        prefix: true,
        area: Area::Local,
    },
    Key {
        kind: Kind::QuizScores,
        key: QUIZ_PREFIX,
        prefix: true,
        area: Area::Local,
    },
    Key {
        kind: Kind::QuizBooster,
        key: BOOSTER_KEY,
        prefix: false,
        area: Area::Local,
    },
    Key {
        kind: Kind::ReportNote,
        key: NOTE_KEY,
        prefix: false,
        area: Area::Local,
    },
    Key {
        kind: Kind::ReportAnswers,
        key: ANSWERS_KEY,
        prefix: false,
        area: Area::Session,
    },
    Key {
        kind: Kind::SightingDraft,
        key: SIGHTING_KEY,
        prefix: false,
        area: Area::Local,
    },
];

/// A stored sighting draft; anything old or damaged is "nothing stored".
pub fn sighting(raw: Option<&str>) -> Option<crate::domain::sighting::Sighting> {
    crate::domain::sighting::Sighting::decode(raw?)
}

impl Kind {
    /// Which kind a stored key belongs to; None for keys that are not ours to interpret.
    pub fn of(key: &str) -> Option<Kind> {
        KEYS.iter()
            .find(|k| {
                if k.prefix {
                    key.starts_with(k.key)
                } else {
                    key == k.key
                }
            })
            .map(|k| k.kind)
    }
}

/// A stored language code: "nl" or "en", nothing else.
pub fn locale(raw: Option<&str>) -> Option<Locale> {
    Locale::from_code(raw?.trim())
}

/// A stored municipality id, only if it is one of ours.
pub fn municipality<'a>(raw: Option<&str>, all: &'a [Municipality]) -> Option<&'a Municipality> {
    let id = raw?.trim();
    all.iter().find(|m| m.id == id)
}

/// A municipality from a URL segment: the same rule (the URL uses the same ids).
pub fn municipality_slug<'a>(slug: &str, all: &'a [Municipality]) -> Option<&'a Municipality> {
    municipality(Some(slug), all)
}

/// The stored booster state; damaged or old data is "nothing stored".
pub fn booster(raw: Option<&str>) -> Option<crate::domain::quiz::booster::Booster> {
    crate::domain::quiz::booster::Booster::parse(raw)
}

/// Text size step: 0 (normal) to `max`; anything else is "not set".
pub fn text_size(raw: Option<&str>, max: u8) -> Option<u8> {
    raw?.trim().parse::<u8>().ok().filter(|s| *s <= max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::MUNICIPALITIES;
    use proptest::prelude::*;

    #[test]
    fn known_values_parse_and_the_rest_is_not_set() {
        assert_eq!(locale(Some("en")), Some(Locale::En));
        assert_eq!(locale(Some("fr")), None);
        assert_eq!(locale(None), None);
        assert_eq!(
            municipality(Some("huizen"), MUNICIPALITIES).map(|m| m.name.as_ref()),
            Some("Huizen")
        );
        assert!(municipality(Some("amsterdam"), MUNICIPALITIES).is_none());
        assert!(municipality_slug("../huizen", MUNICIPALITIES).is_none());
        assert_eq!(text_size(Some("2"), 2), Some(2));
        assert_eq!(text_size(Some("3"), 2), None);
        assert_eq!(text_size(Some("-1"), 2), None);
    }

    #[test]
    fn every_key_has_one_kind_and_others_are_not_ours() {
        assert_eq!(
            Kind::of("waakzaam.checklist.inbraakpreventie"),
            Some(Kind::ChecklistProgress)
        );
        assert_eq!(Kind::of("waakzaam.quiz.beste"), Some(Kind::QuizScores));
        assert_eq!(
            Kind::of("waakzaam.melden.antwoorden"),
            Some(Kind::ReportAnswers)
        );
        assert_eq!(
            Kind::of("waakzaam.buurt.melding"),
            Some(Kind::SightingDraft)
        );
        assert_eq!(Kind::of("waakzaam.herhaling"), Some(Kind::QuizBooster));
        assert_eq!(Kind::of("waakzaam.langx"), None);
        assert_eq!(Kind::of("iets-anders"), None);
        for k in KEYS {
            assert!(k.key.starts_with(crate::storage::PREFIX));
        }
    }

    proptest! {
        #[test]
        fn no_input_panics_and_what_parses_is_valid(s in ".*") {
            if let Some(l) = locale(Some(&s)) {
                prop_assert_eq!(locale(Some(l.code())), Some(l));
            }
            if let Some(m) = municipality(Some(&s), MUNICIPALITIES) {
                prop_assert_eq!(m.id.as_ref(), s.trim());
            }
            if let Some(t) = text_size(Some(&s), 2) {
                prop_assert!(t <= 2);
            }
            let _ = Kind::of(&s);
            let _ = crate::domain::note::Note::decode(&s);
            let _ = sighting(Some(&s));
            if let Some(b) = booster(Some(&s)) {
                prop_assert_eq!(booster(Some(&b.encode())), Some(b));
            }
        }

        #[test]
        fn encoded_values_come_back(step in 0u8..=2, i in 0usize..6) {
            prop_assert_eq!(text_size(Some(&step.to_string()), 2), Some(step));
            let m = &MUNICIPALITIES[i % MUNICIPALITIES.len()];
            prop_assert_eq!(municipality(Some(&m.id), MUNICIPALITIES), Some(m));
        }
    }
}

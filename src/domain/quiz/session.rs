//! Class sessions: a short code every phone reads the same question order from.
//!
//! Two formats, both valid for all time:
//! - **old** `T4821`: the level letter (K, T, V) and four digits. The whole level from set 1
//!   (the first 31 items), in the order `shuffled(n, seed)` gives.
//! - **new** `T4821H15`: the same, then the theme letter (`Technique::letter`, or X for no
//!   theme) and the length (10, 15 or 20). Drawn from sets 1 and 2 (`NEW_CODE_SETS`).
//!
//! A code never draws from an item set added later, so adding items to quiz.toml never
//! reshuffles a class whose phones run different releases (tests pin known codes).

use super::{items_up_to, shuffled, Level};
use crate::schema::{QuizItem, Technique};

/// The lengths a leader can choose.
pub const LENGTHS: [u8; 3] = [10, 15, 20];
/// The length a new lesson starts with.
pub const DEFAULT_LENGTH: u8 = 15;
/// The highest item set a new-format code draws from. Never change it: make a newer code
/// format for a newer set instead.
pub const NEW_CODE_SETS: u8 = 2;
/// The letter for "no theme" in a new-format code.
pub const NO_THEME: char = 'X';

/// What a leader chose for a new-format code: a theme (or none) and a length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub theme: Option<Technique>,
    pub length: u8,
}

/// A class session: the level, the number that seeds the order, and (new format) the
/// leader's choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Session {
    pub level: Level,
    pub number: u16,
    pub choice: Option<Choice>,
}

impl Session {
    /// An old-format session. Any number is folded into 0..=9999, so every code has four
    /// digits.
    pub fn new(level: Level, number: u32) -> Session {
        Session {
            level,
            number: (number % 10_000) as u16,
            choice: None,
        }
    }

    /// A new-format session with a theme and a length; a length that is not one of
    /// `LENGTHS` becomes the nearest one.
    pub fn with_choice(level: Level, number: u32, theme: Option<Technique>, length: u8) -> Session {
        let length = *LENGTHS
            .iter()
            .min_by_key(|l| (**l as i16 - length as i16).abs())
            .unwrap_or(&LENGTHS[0]);
        Session {
            choice: Some(Choice { theme, length }),
            ..Session::new(level, number)
        }
    }

    pub fn code(self) -> String {
        let base = format!("{}{:04}", self.level.letter(), self.number);
        match self.choice {
            None => base,
            Some(c) => format!(
                "{base}{}{}",
                c.theme.map_or(NO_THEME, Technique::letter),
                c.length
            ),
        }
    }

    /// Reads a code as typed: case and spaces don't matter; anything else is rejected.
    pub fn parse(code: &str) -> Option<Session> {
        let code: String = code
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if !code.is_ascii() {
            return None;
        }
        let level = match code.chars().next()? {
            'K' => Level::Kids,
            'T' => Level::Teens,
            'V' => Level::Adults,
            _ => return None,
        };
        let digits = code.get(1..5)?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: u16 = digits.parse().ok()?;
        let rest = &code[5..];
        let choice = match rest.len() {
            0 => None,
            3 => {
                let mut chars = rest.chars();
                let letter = chars.next()?;
                let theme = match letter {
                    NO_THEME => None,
                    c => Some(Technique::from_letter(c)?),
                };
                let length: u8 = chars.as_str().parse().ok()?;
                if !LENGTHS.contains(&length) {
                    return None;
                }
                Some(Choice { theme, length })
            }
            _ => return None,
        };
        Some(Session {
            level,
            number,
            choice,
        })
    }

    /// The old format's order of the level's `n` items: a permutation of 0..n.
    pub fn order(self, n: usize) -> Vec<usize> {
        shuffled(n, self.seed())
    }

    /// The old format's seed; the new format adds the choice in the high bits.
    fn seed(self) -> u64 {
        let base = self.number as u64 ^ ((self.level as u64) << 32);
        match self.choice {
            None => base,
            Some(c) => {
                let theme = c.theme.map_or(0, |t| t as u64 + 1);
                base ^ (theme << 40) ^ ((c.length as u64) << 48)
            }
        }
    }

    /// The session's questions in the session's order: what every phone and the big screen
    /// show.
    pub fn items(self, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
        match self.choice {
            None => {
                let pool = items_up_to(self.level, 1, all);
                self.order(pool.len())
                    .into_iter()
                    .map(|i| pool[i])
                    .collect()
            }
            Some(choice) => {
                let pool = items_up_to(self.level, NEW_CODE_SETS, all);
                pick(&pool, choice, self.seed())
            }
        }
    }
}

/// The new format's draw: the pool in seeded order; with a theme, first up to two thirds of
/// the length from items that use it, the rest from the others (so genuine messages and
/// other tricks stay in the mix); then the picked items in a second seeded order.
fn pick(pool: &[&'static QuizItem], choice: Choice, seed: u64) -> Vec<&'static QuizItem> {
    let length = (choice.length as usize).min(pool.len());
    let order = shuffled(pool.len(), seed);
    let mut picked: Vec<usize> = Vec::with_capacity(length);
    if let Some(theme) = choice.theme {
        let themed = (length * 2).div_ceil(3);
        picked.extend(
            order
                .iter()
                .copied()
                .filter(|i| pool[*i].techniques.contains(&theme))
                .take(themed),
        );
    }
    for i in order {
        if picked.len() >= length {
            break;
        }
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    shuffled(picked.len(), seed ^ 0x005E_ED0F_C1A5_5000)
        .into_iter()
        .map(|k| pool[picked[k]])
        .collect()
}

/// The session's questions in the session's order.
pub fn session_items(session: Session, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
    session.items(all)
}

/// Self-play: a fresh order each time from every item of the level (any set), `length` long.
pub fn self_play_items(
    level: Level,
    seed: u64,
    length: usize,
    all: &'static [QuizItem],
) -> Vec<&'static QuizItem> {
    let pool = super::items_for(level, all);
    shuffled(pool.len(), seed)
        .into_iter()
        .take(length)
        .map(|i| pool[i])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZ;

    fn ids(code: &str) -> Vec<&'static str> {
        Session::parse(code)
            .unwrap()
            .items(QUIZ)
            .iter()
            .map(|i| i.id.as_ref())
            .collect()
    }

    #[test]
    fn new_codes_carry_theme_and_length_and_round_trip() {
        let s = Session::with_choice(Level::Teens, 4821, Some(Technique::Haast), 15);
        assert_eq!(s.code(), "T4821H15");
        assert_eq!(Session::parse("t4821 h15"), Some(s));
        assert_eq!(
            s.choice,
            Some(Choice {
                theme: Some(Technique::Haast),
                length: 15
            })
        );
        let none = Session::with_choice(Level::Kids, 7, None, 20);
        assert_eq!(none.code(), "K0007X20");
        assert_eq!(Session::parse("K0007X20"), Some(none));
        // A length between the choices becomes the nearest one.
        assert_eq!(
            Session::with_choice(Level::Adults, 1, None, 12).code(),
            "V0001X10"
        );
        for t in Technique::ALL {
            let s = Session::with_choice(Level::Adults, 42, Some(t), 10);
            assert_eq!(Session::parse(&s.code()), Some(s), "{t:?}");
        }
        for junk in [
            "T4821H",
            "T4821H1",
            "T4821H12",
            "T4821Q15",
            "T4821H150",
            "T4821-H15",
            "T4821H1a",
            "T4821X05",
            "T4821Hé5",
            "H15",
            "T482H15",
        ] {
            assert_eq!(Session::parse(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn old_codes_still_work_and_draw_only_from_set_1() {
        let old = Session::parse("T4821").unwrap();
        assert_eq!(old.choice, None);
        assert_eq!(old.code(), "T4821");
        let items = old.items(QUIZ);
        assert_eq!(items.len(), 19);
        assert!(items.iter().all(|i| i.set == 1));
        assert_eq!(Session::parse("K1234").unwrap().items(QUIZ).len(), 14);
        assert_eq!(Session::parse("V0042").unwrap().items(QUIZ).len(), 22);
    }

    #[test]
    fn a_new_code_gives_its_length_its_theme_and_the_same_order_everywhere() {
        for level in Level::ALL {
            for t in [None].into_iter().chain(Technique::ALL.map(Some)) {
                for length in LENGTHS {
                    let s = Session::with_choice(level, 4821, t, length);
                    let items = s.items(QUIZ);
                    assert_eq!(items.len(), length as usize, "{}", s.code());
                    let mut unique: Vec<_> = items.iter().map(|i| i.id.as_ref()).collect();
                    unique.sort();
                    unique.dedup();
                    assert_eq!(unique.len(), items.len(), "{}: an item twice", s.code());
                    assert!(items.iter().all(|i| i.is_for(level) && i.set <= 2));
                    if let Some(t) = t {
                        let themed = items.iter().filter(|i| i.techniques.contains(&t)).count();
                        let available = items_up_to(level, 2, QUIZ)
                            .iter()
                            .filter(|i| i.techniques.contains(&t))
                            .count();
                        let want = (length as usize * 2).div_ceil(3).min(available);
                        assert!(themed >= want, "{}: {themed} themed", s.code());
                    }
                    assert_eq!(ids(&s.code()), ids(&s.code().to_lowercase()));
                }
            }
        }
        // The choice is part of the seed.
        assert_ne!(ids("T4821X10"), ids("T4821X20")[..10].to_vec());
        assert_ne!(ids("T4821X15"), ids("T4821H15"));
    }

    /// Pinned for all time, like the old codes (a class's phones may run different
    /// releases). A change to the draw, the seed or sets 1 and 2 fails here. The expected
    /// lists were computed with an independent Python port of `pick` (splitmix64 +
    /// Fisher-Yates over quiz.toml), not by this code.
    #[test]
    fn the_order_for_known_new_codes_never_changes() {
        assert_eq!(ids("T4821X10"), PIN_T4821X10);
        assert_eq!(ids("K1234H15"), PIN_K1234H15);
        assert_eq!(ids("V0042E20"), PIN_V0042E20);
        assert_eq!(ids("T0007B10"), PIN_T0007B10);
    }

    /// The old codes by id too (the permutation is pinned in `quiz::tests`; this pins the
    /// items of set 1 and their data order).
    #[test]
    fn the_items_for_known_old_codes_never_change() {
        assert_eq!(ids("T4821")[..6], PIN_T4821_START);
        assert_eq!(ids("K1234")[..6], PIN_K1234_START);
    }

    const PIN_T4821X10: [&str; 10] = [
        "koper-link-geld-ontvangen",
        "sextortion-dreiging",
        "vriend-vraagt-code",
        "bank-sms-link",
        "vriendin-nieuw-nummer-echt",
        "nepwinkel-sneakers",
        "reisapp-saldo-echt",
        "training-gaat-niet-door",
        "pakket-tijdvak",
        "gamer-geheim",
    ];
    const PIN_K1234H15: [&str; 15] = [
        "verrassingsfeest-echt",
        "pakket-onderweg-echt",
        "collecte-eigen-pinapparaat",
        "mama-andere-telefoon-echt",
        "nieuw-account-inlogcode",
        "bibliotheek-boek",
        "game-ruilen-eerst-geven",
        "mama-nieuw-nummer",
        "game-moderator-wachtwoord",
        "pakket-douanekosten",
        "insta-bankpas-uitlenen",
        "game-update-echt",
        "vriend-vraagt-code",
        "bibliotheek-wachtlijst-echt",
        "sportclub-contributie-echt",
    ];
    const PIN_V0042E20: [&str; 20] = [
        "collecte-eigen-pinapparaat",
        "helpdesk-programma-installeren",
        "collecte-hond-operatie",
        "stemkloon-ongeluk",
        "bibliotheek-wachtlijst-echt",
        "babbeltruc-glas-water",
        "nepagent-sieraden",
        "vriendin-nieuw-nummer-echt",
        "sextortion-dreiging",
        "loterij-verrassing",
        "kleinkind-telefoon-gevallen-echt",
        "gemeente-mening-park",
        "wijkagent-inbraken-echt",
        "code-zelf-aangevraagd",
        "mama-nieuw-nummer",
        "pakket-onderweg-echt",
        "liefde-ticket-lenen",
        "energie-termijn",
        "kleinzoon-nieuw-nummer-rekening",
        "qr-brief-bank",
    ];
    const PIN_T0007B10: [&str; 10] = [
        "telefoon-halve-prijs",
        "koper-link-geld-ontvangen",
        "marktplaats-cent-verificatie",
        "pakket-bij-buren-echt",
        "mama-nieuw-nummer",
        "pakket-tijdvak",
        "gamer-geheim",
        "reisapp-saldo-echt",
        "pakket-betalen",
        "sportclub-contributie-echt",
    ];
    const PIN_T4821_START: [&str; 6] = [
        "pakket-tijdvak",
        "training-gaat-niet-door",
        "insta-bankpas-uitlenen",
        "mama-nieuw-nummer",
        "vriendin-stemmen-code",
        "sextortion-dreiging",
    ];
    const PIN_K1234_START: [&str; 6] = [
        "gratis-munten",
        "collecte-eigen-pinapparaat",
        "vriendin-stemmen-code",
        "gratis-skins-wachtwoord",
        "oma-pannenkoeken",
        "vriend-vraagt-code",
    ];
}

/// `Technique as u64` above relies on the declaration order; pin it.
#[cfg(test)]
#[test]
fn technique_order_is_fixed() {
    assert_eq!(Technique::ALL.map(|t| t as u64), [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(
        Technique::ALL.map(Technique::slug),
        [
            "haast",
            "autoriteit",
            "emotie",
            "te-mooi",
            "geheim",
            "nieuw-nummer",
            "betaalverzoek"
        ]
    );
}

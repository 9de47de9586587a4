//! The workshop quiz as plain logic: levels, session codes, the question order every phone
//! derives from a code (no server: the same code gives the same order everywhere), scoring,
//! the parts of a message to highlight, and the stored best score.
//!
//! - `session`: class codes (old "T4821" and new "T4821H15" with theme and length) and their
//!   order, pinned for all time;
//! - `score`: answers with confidence, the judgement score and the end card's split;
//! - `booster`: the 7- and 30-day booster rounds kept on the device;
//! - `family`: the five items of the family round;

pub mod booster;
pub mod family;
pub mod score;
pub mod session;

pub use score::{Confidence, Tally};
pub use session::{session_items, Session};

/// The levels are a content type (quiz.toml names them); the quiz logic uses them from here.
pub use crate::schema::Level;
use crate::schema::QuizItem;

/// The items of a level, in data order.
pub fn items_for(level: Level, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
    all.iter().filter(|i| i.is_for(level)).collect()
}

/// The items of a level from the sets up to `max_set`, in data order: what a class code draws
/// from (set 1 for old codes), so adding items never reshuffles a class.
pub fn items_up_to(level: Level, max_set: u8, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
    all.iter()
        .filter(|i| i.is_for(level) && i.set <= max_set)
        .collect()
}

impl QuizItem {
    pub fn is_for(&self, level: Level) -> bool {
        self.levels.contains(&level)
    }
}

/// Fisher-Yates with splitmix64: small, deterministic on every device and platform.
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Answers so far: how many, and how many right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub right: u16,
    pub answered: u16,
}

impl Score {
    /// Records an answer ("real" or not) to an item; true when it was right.
    pub fn answer(&mut self, item: &QuizItem, said_real: bool) -> bool {
        let right = item.real == said_real;
        self.answered += 1;
        self.right += right as u16;
        right
    }
}

/// The message split into plain parts and telltale signs (true), in order, for highlighting.
pub fn highlight<'a>(body: &'a str, signs: &[&str]) -> Vec<(&'a str, bool)> {
    let mut marks: Vec<(usize, usize)> = signs
        .iter()
        .filter(|s| !s.is_empty())
        .filter_map(|s| body.find(s).map(|at| (at, at + s.len())))
        .collect();
    marks.sort();
    let mut out = Vec::new();
    let mut pos = 0;
    for (start, end) in marks {
        if start < pos {
            continue; // overlapping signs: the first one wins
        }
        if start > pos {
            out.push((&body[pos..start], false));
        }
        out.push((&body[start..end], true));
        pos = end;
    }
    if pos < body.len() {
        out.push((&body[pos..], false));
    }
    out
}

/// Stored best score for self-play ("best/total", e.g. "9/14"); junk reads as no score.
pub fn parse_best(raw: Option<&str>) -> Option<(u16, u16)> {
    let (right, total) = raw?.trim().split_once('/')?;
    let (right, total) = (right.parse::<u16>().ok()?, total.parse::<u16>().ok()?);
    (total > 0 && right <= total).then_some((right, total))
}

pub fn encode_best(right: u16, total: u16) -> String {
    format!("{right}/{total}")
}

/// Whether a new score beats the stored one (by share right).
pub fn is_better(new: (u16, u16), old: Option<(u16, u16)>) -> bool {
    match old {
        None => new.1 > 0,
        Some((r, t)) => (new.0 as u32) * (t as u32) > (r as u32) * (new.1 as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZ;

    #[test]
    fn every_level_has_enough_items_and_only_its_own() {
        let mut seen = std::collections::BTreeSet::new();
        for level in Level::ALL {
            let items = items_for(level, QUIZ);
            assert!(items.len() >= 10, "{}: {}", level.slug(), items.len());
            assert!(items.iter().all(|i| i.levels.contains(&level)));
            assert!(items.iter().any(|i| i.real) && items.iter().any(|i| !i.real));
            seen.extend(items.iter().map(|i| i.id.as_ref()));
            assert_eq!(Level::from_slug(level.slug()), Some(level));
        }
        assert_eq!(seen.len(), QUIZ.len(), "every item is in some level");
        assert!(QUIZ.len() >= 30);
        assert_eq!(Level::from_slug("18+"), None);
    }

    /// Issue 15: at least 60 items, 20 genuine, 20 per level; every item names a technique
    /// and every technique is taught by at least three items (the build checks the same).
    #[test]
    fn every_item_has_a_technique_and_every_technique_three_items() {
        assert!(QUIZ.len() >= 60, "{}", QUIZ.len());
        assert!(QUIZ.iter().filter(|i| i.real).count() >= 20);
        for level in Level::ALL {
            assert!(items_for(level, QUIZ).len() >= 20, "{}", level.slug());
            // A class of 20 from the sets a new code draws from.
            assert!(items_up_to(level, session::NEW_CODE_SETS, QUIZ).len() >= 20);
        }
        for item in QUIZ {
            assert!(!item.techniques.is_empty(), "{}", item.id);
        }
        for t in crate::schema::Technique::ALL {
            let n = QUIZ.iter().filter(|i| i.techniques.contains(&t)).count();
            assert!(n >= 3, "{t:?}: {n}");
        }
        // Set 1 is closed: the first 31 items, in data order, as old codes know them.
        assert_eq!(QUIZ.iter().filter(|i| i.set == 1).count(), 31);
        assert!(QUIZ.iter().take(31).all(|i| i.set == 1));
    }

    #[test]
    fn codes_round_trip_and_junk_is_rejected() {
        let s = Session::new(Level::Teens, 4821);
        assert_eq!(s.code(), "T4821");
        assert_eq!(Session::parse("T4821"), Some(s));
        assert_eq!(Session::parse(" t 48 21 "), Some(s));
        assert_eq!(Session::new(Level::Kids, 7).code(), "K0007");
        assert_eq!(Session::new(Level::Adults, 123_456).code(), "V3456");
        for junk in [
            "",
            "T",
            "T482",
            "T48211",
            "X4821",
            "T48a1",
            "4821",
            "T-4821",
            "T４８２１",
        ] {
            assert_eq!(Session::parse(junk), None, "{junk:?}");
        }
    }

    #[test]
    fn the_same_code_gives_the_same_order_on_every_device() {
        // An old code draws from set 1, the first 31 items (version 2 added more).
        let n = items_up_to(Level::Teens, 1, QUIZ).len();
        let a = Session::parse("T4821").unwrap().order(n);
        let b = Session::parse("t4821").unwrap().order(n);
        assert_eq!(a, b);
        // It is a real permutation: every item once.
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..n).collect::<Vec<_>>());
        // Fixed for all time: a phone with an older or newer build gives the same order.
        assert_eq!(shuffled(5, 42), shuffled(5, 42));
        assert_eq!(shuffled(0, 1), Vec::<usize>::new());
        assert_eq!(shuffled(1, 1), vec![0]);
        // Different codes (almost always) give different orders.
        let others = (0..50)
            .filter(|k| Session::new(Level::Teens, *k).order(n) != a)
            .count();
        assert!(others >= 49);
        let ids = |code| -> Vec<&str> {
            session_items(Session::parse(code).unwrap(), QUIZ)
                .iter()
                .map(|i| i.id.as_ref())
                .collect()
        };
        assert_eq!(ids("T4821"), ids("t 4821"));
        assert_eq!(ids("T4821").len(), n);
        // The level is part of the seed too.
        assert_ne!(
            Session::new(Level::Kids, 1).order(12),
            Session::new(Level::Adults, 1).order(12)
        );
    }

    /// The order is pinned for all time (README: a class's phones may run different
    /// releases): these permutations were computed with an independent port of the same
    /// splitmix64 + Fisher-Yates. A change that reshuffles a class fails here.
    #[test]
    fn the_order_for_known_codes_never_changes() {
        assert_eq!(shuffled(10, 42), vec![0, 9, 5, 8, 6, 4, 7, 2, 1, 3]);
        assert_eq!(
            Session::parse("T4821").unwrap().order(19),
            vec![9, 14, 4, 0, 15, 5, 11, 3, 6, 17, 7, 18, 1, 8, 2, 10, 16, 13, 12]
        );
        assert_eq!(
            Session::parse("K1234").unwrap().order(12),
            vec![0, 1, 9, 11, 8, 4, 2, 5, 10, 6, 3, 7]
        );
    }

    #[test]
    fn scoring_counts_right_and_answered() {
        let fake = QUIZ.iter().find(|i| !i.real).unwrap();
        let real = QUIZ.iter().find(|i| i.real).unwrap();
        let mut s = Score::default();
        assert!(s.answer(fake, false));
        assert!(!s.answer(real, false));
        assert!(s.answer(real, true));
        assert_eq!(
            s,
            Score {
                right: 2,
                answered: 3
            }
        );
    }

    #[test]
    fn signs_are_highlighted_in_order_and_the_text_stays_whole() {
        let parts = highlight(
            "Pay now via x.example or else",
            &["via x.example", "Pay now"],
        );
        assert_eq!(
            parts,
            vec![
                ("Pay now", true),
                (" ", false),
                ("via x.example", true),
                (" or else", false)
            ]
        );
        for item in QUIZ {
            let signs: Vec<&str> = item.signs.iter().map(|s| s.text.nl.as_ref()).collect();
            let parts = highlight(&item.body.nl, &signs);
            let whole: String = parts.iter().map(|p| p.0).collect();
            assert_eq!(whole, item.body.nl, "{}", item.id);
            assert_eq!(
                parts.iter().filter(|p| p.1).count(),
                signs.len(),
                "{}",
                item.id
            );
        }
    }

    #[test]
    fn best_score_reads_back_and_junk_is_no_score() {
        assert_eq!(parse_best(Some(&encode_best(9, 14))), Some((9, 14)));
        for junk in [
            None,
            Some(""),
            Some("9"),
            Some("15/14"),
            Some("1/0"),
            Some("a/b"),
            Some("-1/3"),
        ] {
            assert_eq!(parse_best(junk), None, "{junk:?}");
        }
        assert!(is_better((5, 10), None));
        assert!(is_better((8, 10), Some((7, 10))));
        assert!(!is_better((7, 10), Some((7, 10))));
        assert!(is_better((14, 14), Some((9, 10))));
    }
}

/// A QR code of `text` as an SVG path (one unit per module, quiet zone of four), made with
/// the `qrcode` crate. None only if the text is too long for a QR code.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let size = width + 8;
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == qrcode::Color::Dark {
            path.push_str(&format!("M{},{}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Some(format!(
        "<svg class=\"wz-qr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>",
        crate::domain::chart::escape(label)
    ))
}

#[cfg(test)]
mod qr_tests {
    use super::*;

    #[test]
    fn a_join_address_makes_a_square_qr_with_a_label() {
        let svg = qr_svg(
            "https://waakzaam.example/nl/workshop/sessie/T4821",
            "QR <code>",
        )
        .unwrap();
        assert!(svg.starts_with("<svg class=\"wz-qr\" role=\"img\" aria-label=\"QR &lt;code&gt;\""));
        // Version 3 or 4 for an address this long: 29 or 33 modules plus the quiet zone.
        assert!(svg.contains("viewBox=\"0 0 37 37\"") || svg.contains("viewBox=\"0 0 41 41\""));
        assert!(svg.matches("h1v1h-1z").count() > 200);
        // The three finder patterns: the corner modules are dark.
        assert!(svg.contains("M4,4h1v1h-1z"));
    }
}

//! The family round (issue 15): after a round, the pupil hands the phone to a parent or
//! grandparent for five items from the adults' level, and explains each with its technique.
//! Four scams, first those with the techniques that caught the pupil, and one genuine
//! message, so the lesson is judgement and not "everything is fake".

use super::{items_for, shuffled, Level};
use crate::schema::{QuizItem, Technique};

pub const SIZE: usize = 5;

/// The five items: one genuine message and four scams, each scam with a technique not yet
/// covered where possible (the techniques in `focus` first), in an order seeded by `seed`.
pub fn items(focus: &[Technique], seed: u64, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
    let pool = items_for(Level::Adults, all);
    let order: Vec<&'static QuizItem> = shuffled(pool.len(), seed)
        .into_iter()
        .map(|i| pool[i])
        .collect();
    let mut picked: Vec<&'static QuizItem> = Vec::with_capacity(SIZE);
    let mut covered: Vec<Technique> = Vec::new();
    let wanted = focus
        .iter()
        .copied()
        .chain(Technique::ALL.into_iter().filter(|t| !focus.contains(t)));
    for t in wanted {
        if picked.len() >= SIZE - 1 {
            break;
        }
        if covered.contains(&t) {
            continue;
        }
        if let Some(item) = order
            .iter()
            .find(|i| !i.real && i.techniques.contains(&t) && !picked.iter().any(|p| p.id == i.id))
        {
            covered.extend(item.techniques.iter().copied());
            picked.push(item);
        }
    }
    for item in order.iter().filter(|i| !i.real) {
        if picked.len() >= SIZE - 1 {
            break;
        }
        if !picked.iter().any(|p| p.id == item.id) {
            picked.push(item);
        }
    }
    if let Some(real) = order.iter().find(|i| i.real) {
        // The genuine message somewhere in the middle, not always last.
        let at = (seed as usize % SIZE).min(picked.len());
        picked.insert(at, real);
    }
    picked
}

/// The focus techniques in an address: "haast+geheim" (unknown names are left out).
pub fn parse_focus(s: &str) -> Vec<Technique> {
    let mut out: Vec<Technique> = s.split('+').filter_map(Technique::from_slug).collect();
    out.dedup();
    out.truncate(Technique::ALL.len());
    out
}

pub fn encode_focus(focus: &[Technique]) -> String {
    focus.iter().map(|t| t.slug()).collect::<Vec<_>>().join("+")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZ;

    #[test]
    fn five_items_for_adults_one_genuine_the_focus_first() {
        for seed in 0..40u64 {
            for focus in [
                vec![],
                vec![Technique::Geheim],
                vec![Technique::NieuwNummer, Technique::Betaalverzoek],
            ] {
                let items = items(&focus, seed, QUIZ);
                assert_eq!(items.len(), SIZE);
                assert_eq!(items.iter().filter(|i| i.real).count(), 1);
                assert!(items.iter().all(|i| i.is_for(Level::Adults)));
                let mut ids: Vec<_> = items.iter().map(|i| i.id.as_ref()).collect();
                ids.sort();
                ids.dedup();
                assert_eq!(ids.len(), SIZE);
                for t in &focus {
                    assert!(
                        items.iter().any(|i| !i.real && i.techniques.contains(t)),
                        "{t:?}"
                    );
                }
            }
        }
        assert_eq!(items(&[], 3, QUIZ), items(&[], 3, QUIZ));
    }

    #[test]
    fn the_focus_reads_from_the_address() {
        let focus = [Technique::Haast, Technique::TeMooi];
        assert_eq!(encode_focus(&focus), "haast+te-mooi");
        assert_eq!(parse_focus("haast+te-mooi"), focus);
        assert_eq!(parse_focus("haast+onzin+<b>"), [Technique::Haast]);
        assert!(parse_focus("").is_empty());
    }
}

//! Checklist progress, kept on the device: which items are done or don't apply, scores per
//! section and overall, what to do next. Stored by item id, so a newer checklist (items
//! added, removed, renamed) keeps what still exists and drops the rest, never crashes.

use std::collections::BTreeMap;

use crate::schema::Checklist;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Done,
    /// "Niet van toepassing": doesn't fit this home; left out of the score.
    NotApplicable,
}

/// Item id → mark. Items without a mark are open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub marks: BTreeMap<String, Mark>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub done: usize,
    /// Items that apply (all minus not-applicable).
    pub total: usize,
}

impl Score {
    /// 100 when nothing applies: there is nothing left to do.
    pub fn percent(self) -> u8 {
        (self.done * 100)
            .checked_div(self.total)
            .map_or(100, |p| p as u8)
    }
}

/// What reading stored progress gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// Read; `dropped` marks belonged to items that no longer exist.
    Ok { progress: Progress, dropped: usize },
    /// Unreadable (corrupted, or a format we don't know): start again, tell the person.
    Reset,
}

const VERSION: &str = "c1";

impl Progress {
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    pub fn mark(&self, id: &str) -> Option<Mark> {
        self.marks.get(id).copied()
    }

    /// Sets or clears an item's mark.
    pub fn set(&mut self, id: &str, mark: Option<Mark>) {
        match mark {
            Some(m) => {
                self.marks.insert(id.to_string(), m);
            }
            None => {
                self.marks.remove(id);
            }
        }
    }

    /// "c1;deur-op-slot=d;schuur=n": d done, n not applicable.
    pub fn encode(&self) -> String {
        let mut out = String::from(VERSION);
        for (id, mark) in &self.marks {
            out.push(';');
            out.push_str(id);
            out.push('=');
            out.push(match mark {
                Mark::Done => 'd',
                Mark::NotApplicable => 'n',
            });
        }
        out
    }

    /// Reads stored progress against the current checklist (migration by item id).
    pub fn decode(stored: Option<&str>, list: &Checklist) -> Loaded {
        let Some(text) = stored else {
            return Loaded::Empty;
        };
        let mut parts = text.split(';');
        if parts.next() != Some(VERSION) {
            return Loaded::Reset;
        }
        let mut progress = Progress::default();
        let mut dropped = 0;
        for part in parts {
            let Some((id, mark)) = part.split_once('=') else {
                return Loaded::Reset;
            };
            let mark = match mark {
                "d" => Mark::Done,
                "n" => Mark::NotApplicable,
                _ => return Loaded::Reset,
            };
            if item_exists(list, id) {
                progress.marks.insert(id.to_string(), mark);
            } else {
                dropped += 1;
            }
        }
        Loaded::Ok { progress, dropped }
    }

    pub fn section_score(&self, list: &Checklist, section_id: &str) -> Score {
        let items = list
            .sections
            .iter()
            .filter(|s| s.id == section_id)
            .flat_map(|s| s.items.iter());
        self.score(items.map(|i| i.id.as_ref()))
    }

    pub fn overall(&self, list: &Checklist) -> Score {
        self.score(
            list.sections
                .iter()
                .flat_map(|s| s.items.iter().map(|i| i.id.as_ref())),
        )
    }

    fn score<'a>(&self, ids: impl Iterator<Item = &'a str>) -> Score {
        let mut score = Score { done: 0, total: 0 };
        for id in ids {
            match self.mark(id) {
                Some(Mark::NotApplicable) => {}
                Some(Mark::Done) => {
                    score.done += 1;
                    score.total += 1;
                }
                None => score.total += 1,
            }
        }
        score
    }

    /// The open items, most important (highest weight) first, in list order within a weight.
    pub fn next_steps<'a>(&self, list: &'a Checklist, limit: usize) -> Vec<&'a str> {
        let mut open: Vec<(u8, usize, &str)> = list
            .sections
            .iter()
            .flat_map(|s| s.items.iter())
            .enumerate()
            .filter(|(_, i)| self.mark(&i.id).is_none())
            .map(|(n, i)| (i.weight, n, i.id.as_ref()))
            .collect();
        open.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        open.into_iter().take(limit).map(|(_, _, id)| id).collect()
    }
}

fn item_exists(list: &Checklist, id: &str) -> bool {
    list.sections
        .iter()
        .any(|s| s.items.iter().any(|i| i.id == id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{ChecklistItem, ChecklistSection, Text};

    fn text(s: &'static str) -> Text {
        Text {
            nl: s.into(),
            en: s.into(),
        }
    }

    fn item(id: &'static str, weight: u8) -> ChecklistItem {
        ChecklistItem {
            id: id.into(),
            text: text(id),
            why: text(id),
            how: None,
            weight,
        }
    }

    fn list() -> Checklist {
        Checklist {
            slug: "test".into(),
            audiences: vec![].into(),
            title: text("t"),
            intro: text("i"),
            sections: vec![
                ChecklistSection {
                    id: "a".into(),
                    title: text("a"),
                    items: vec![item("a1", 5), item("a2", 9), item("a3", 1)].into(),
                },
                ChecklistSection {
                    id: "b".into(),
                    title: text("b"),
                    items: vec![item("b1", 9), item("b2", 3)].into(),
                },
            ]
            .into(),
            sources: vec![].into(),
            checked: "2026-11".into(),
        }
    }

    #[test]
    fn scores_leave_out_what_does_not_apply() {
        let l = list();
        let mut p = Progress::default();
        assert_eq!(p.overall(&l), Score { done: 0, total: 5 });
        p.set("a1", Some(Mark::Done));
        p.set("a3", Some(Mark::NotApplicable));
        assert_eq!(p.section_score(&l, "a"), Score { done: 1, total: 2 });
        assert_eq!(p.overall(&l), Score { done: 1, total: 4 });
        assert_eq!(p.overall(&l).percent(), 25);
        p.set("a1", None);
        assert_eq!(p.overall(&l).done, 0);
        let all_na = Score { done: 0, total: 0 };
        assert_eq!(all_na.percent(), 100);
    }

    #[test]
    fn next_steps_by_weight_then_list_order() {
        let l = list();
        let mut p = Progress::default();
        assert_eq!(p.next_steps(&l, 3), ["a2", "b1", "a1"]);
        p.set("a2", Some(Mark::Done));
        p.set("b1", Some(Mark::NotApplicable));
        assert_eq!(p.next_steps(&l, 10), ["a1", "b2", "a3"]);
    }

    #[test]
    fn stored_progress_round_trips_and_migrates_by_id() {
        let l = list();
        let mut p = Progress::default();
        p.set("a1", Some(Mark::Done));
        p.set("b2", Some(Mark::NotApplicable));
        let stored = p.encode();
        assert_eq!(stored, "c1;a1=d;b2=n");
        assert_eq!(
            Progress::decode(Some(&stored), &l),
            Loaded::Ok {
                progress: p.clone(),
                dropped: 0
            }
        );
        // An item removed in a newer checklist is dropped; the rest is kept.
        let old = "c1;a1=d;verwijderd=d;b2=n";
        assert_eq!(
            Progress::decode(Some(old), &l),
            Loaded::Ok {
                progress: p,
                dropped: 1
            }
        );
    }

    #[test]
    fn a_newer_checklist_keeps_reworded_items_and_drops_renamed_ids() {
        // Saved against an older version: "a9" was renamed to "a2" (a new id), "b1" kept its
        // id but got new words, "b3" was removed. "a1" and "a3" are new since then.
        let old = "c1;a9=d;b1=n;b3=d";
        let l = list();
        let Loaded::Ok { progress, dropped } = Progress::decode(Some(old), &l) else {
            panic!("an old save must load");
        };
        assert_eq!(dropped, 2);
        assert_eq!(progress.mark("b1"), Some(Mark::NotApplicable));
        assert_eq!(progress.mark("a2"), None, "a renamed id starts open");
        assert_eq!(progress.mark("a1"), None, "an added item starts open");
        assert_eq!(progress.overall(&l), Score { done: 0, total: 4 });
        // Saving again writes only what exists now.
        assert_eq!(progress.encode(), "c1;b1=n");
    }

    #[test]
    fn every_real_checklist_round_trips_with_every_item_marked() {
        for list in crate::content::CHECKLISTS {
            let mut p = Progress::default();
            for (n, item) in list
                .sections
                .iter()
                .flat_map(|s| s.items.iter())
                .enumerate()
            {
                let mark = if n % 3 == 0 {
                    Mark::NotApplicable
                } else {
                    Mark::Done
                };
                p.set(&item.id, Some(mark));
            }
            let loaded = Progress::decode(Some(&p.encode()), list);
            assert_eq!(
                loaded,
                Loaded::Ok {
                    progress: p.clone(),
                    dropped: 0
                },
                "{}",
                list.slug
            );
            let score = p.overall(list);
            assert_eq!(score.done, score.total, "{}", list.slug);
            assert_eq!(score.percent(), 100);
            assert!(p.next_steps(list, 3).is_empty());
        }
    }

    #[test]
    fn any_stored_text_loads_or_resets_and_never_panics() {
        let l = list();
        let alphabet: Vec<char> = "c1;=dnxa2b é\u{0}{}\"".chars().collect();
        let mut seed: u32 = 7;
        for _ in 0..2000 {
            let len = (seed % 24) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    alphabet[(seed >> 16) as usize % alphabet.len()]
                })
                .collect();
            if let Loaded::Ok { progress, .. } = Progress::decode(Some(&text), &l) {
                // Whatever loads only names items of this checklist.
                assert!(
                    progress.marks.keys().all(|id| item_exists(&l, id)),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn corrupted_storage_resets_without_a_crash() {
        let l = list();
        assert_eq!(Progress::decode(None, &l), Loaded::Empty);
        for junk in ["", "{\"a1\":true}", "c0;a1=d", "c1;a1", "c1;a1=x", "c1;;"] {
            assert_eq!(Progress::decode(Some(junk), &l), Loaded::Reset, "{junk:?}");
        }
        assert_eq!(
            Progress::decode(Some("c1"), &l),
            Loaded::Ok {
                progress: Progress::default(),
                dropped: 0
            }
        );
    }
}

//! Booster rounds (issue 15): 7 and 30 days after a played round, the home page offers three
//! items, drawn from the techniques the player missed and from items not seen yet. All of it
//! lives in one stored value on the device (`stored::BOOSTER_KEY`); the player can turn it
//! off, and "Mijn gegevens" lists and wipes it.
//!
//! Days are whole days since 1970-01-01 (UTC), read from the clock in one place
//! (`browser::today`), so a test can set the clock.

use super::{items_for, shuffled, Level, Tally};
use crate::schema::{QuizItem, Technique};

/// Days after the played round that a booster is offered.
pub const WEEK: i64 = 7;
pub const MONTH: i64 = 30;
/// Items in a booster round.
pub const SIZE: usize = 3;
/// At most this many seen ids are kept (the oldest go first).
const MAX_SEEN: usize = 200;

/// Which booster is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Week,
    Month,
}

impl Stage {
    fn bit(self) -> u8 {
        match self {
            Stage::Week => 1,
            Stage::Month => 2,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booster {
    /// The day the last full round was played.
    pub played: i64,
    pub level: Level,
    /// Stages done or skipped: bit 1 the week, bit 2 the month.
    pub done: u8,
    /// Turned off by the player: nothing is offered.
    pub off: bool,
    /// The last round's genuine messages were not trusted: a booster includes one.
    pub distrusted: bool,
    /// The techniques of the scams missed in the last round.
    pub missed: Vec<Technique>,
    /// Items answered so far, oldest first.
    pub seen: Vec<String>,
}

impl Booster {
    /// After a full round (self-play or class): the clock starts again, the missed
    /// techniques are the round's, and what was seen is added. A player who turned boosters
    /// off keeps them off.
    pub fn after_round(prev: Option<Booster>, today: i64, level: Level, tally: &Tally) -> Booster {
        let mut b = Booster {
            played: today,
            level,
            done: 0,
            off: prev.as_ref().is_some_and(|p| p.off),
            distrusted: !tally.genuine_distrusted().is_empty(),
            missed: tally.caught_by(),
            seen: prev.map(|p| p.seen).unwrap_or_default(),
        };
        b.add_seen(tally.seen_ids());
        b
    }

    /// After a booster round: that stage (and an earlier one) is done; the items are seen.
    pub fn after_booster(&mut self, stage: Stage, tally: &Tally) {
        self.skip(stage);
        self.add_seen(tally.seen_ids());
    }

    /// "Niet nu": the stage counts as done without playing.
    pub fn skip(&mut self, stage: Stage) {
        self.done |= stage.bit();
        if stage == Stage::Month {
            self.done |= Stage::Week.bit();
        }
    }

    fn add_seen(&mut self, ids: Vec<&str>) {
        for id in ids {
            self.seen.retain(|s| s != id);
            self.seen.push(id.to_string());
        }
        let over = self.seen.len().saturating_sub(MAX_SEEN);
        self.seen.drain(..over);
    }

    /// Which booster is due today, if any: the month's once 30 days have passed, the week's
    /// from day 7 until then. Nothing when turned off.
    pub fn due(&self, today: i64) -> Option<Stage> {
        if self.off {
            return None;
        }
        let days = today - self.played;
        if days >= MONTH && self.done & Stage::Month.bit() == 0 {
            Some(Stage::Month)
        } else if (WEEK..MONTH).contains(&days) && self.done & Stage::Week.bit() == 0 {
            Some(Stage::Week)
        } else {
            None
        }
    }

    /// The day the next booster becomes due, if one is still to come.
    pub fn next_day(&self) -> Option<i64> {
        if self.off {
            None
        } else if self.done & Stage::Week.bit() == 0 {
            Some(self.played + WEEK)
        } else if self.done & Stage::Month.bit() == 0 {
            Some(self.played + MONTH)
        } else {
            None
        }
    }

    /// The booster's three items from the player's level: first unseen items that use a
    /// missed technique, then other unseen items, then seen ones, each group in an order
    /// seeded by the day. After genuine messages were distrusted, one of the three is
    /// genuine.
    pub fn choose(&self, today: i64, all: &'static [QuizItem]) -> Vec<&'static QuizItem> {
        let pool = items_for(self.level, all);
        let order = shuffled(pool.len(), (today as u64) ^ ((self.played as u64) << 20));
        let rank = |item: &QuizItem| -> u8 {
            let unseen = !self.seen.iter().any(|s| s == item.id.as_ref());
            let missed = !item.real && item.techniques.iter().any(|t| self.missed.contains(t));
            let trust = item.real && self.distrusted;
            (unseen as u8) * 2 + (missed || trust) as u8
        };
        let mut ranked: Vec<&'static QuizItem> = order.into_iter().map(|i| pool[i]).collect();
        ranked.sort_by_key(|item| std::cmp::Reverse(rank(item)));
        let mut picked: Vec<&'static QuizItem> = ranked.iter().copied().take(SIZE).collect();
        if self.distrusted && !picked.iter().any(|i| i.real) {
            if let Some(real) = ranked.iter().find(|i| i.real) {
                picked.pop();
                picked.push(real);
            }
        }
        picked
    }

    /// The stored form: `1|played|level|done|off|distrusted|missed,…|seen,…`.
    pub fn encode(&self) -> String {
        let missed: Vec<&str> = self.missed.iter().map(|t| t.slug()).collect();
        format!(
            "1|{}|{}|{}|{}|{}|{}|{}",
            self.played,
            self.level.slug(),
            self.done,
            self.off as u8,
            self.distrusted as u8,
            missed.join(","),
            self.seen.join(",")
        )
    }

    /// Reads the stored form back; anything else (old, damaged, edited) is None.
    pub fn parse(raw: Option<&str>) -> Option<Booster> {
        let parts: Vec<&str> = raw?.trim().split('|').collect();
        let [version, played, level, done, off, distrusted, missed, seen] = parts[..] else {
            return None;
        };
        if version != "1" {
            return None;
        }
        let flag = |s: &str| match s {
            "0" => Some(false),
            "1" => Some(true),
            _ => None,
        };
        let played: i64 = played
            .parse()
            .ok()
            .filter(|d| (0..=1_000_000).contains(d))?;
        let done: u8 = done.parse().ok().filter(|d| *d <= 3)?;
        let list = |s: &str| -> Vec<String> {
            s.split(',')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        let missed = list(missed)
            .iter()
            .map(|s| Technique::from_slug(s))
            .collect::<Option<Vec<_>>>()?;
        let seen = list(seen);
        let id_ok = |s: &String| {
            !s.is_empty()
                && s.len() <= 60
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if seen.len() > MAX_SEEN || !seen.iter().all(id_ok) {
            return None;
        }
        Some(Booster {
            played,
            level: Level::from_slug(level)?,
            done,
            off: flag(off)?,
            distrusted: flag(distrusted)?,
            missed,
            seen,
        })
    }
}

/// A day number as a calendar date (year, month, day), for "Mijn gegevens".
pub fn date_of(day: i64) -> (i64, u32, u32) {
    // Howard Hinnant's civil_from_days.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// "2025-03-08"
pub fn iso_date(day: i64) -> String {
    let (y, m, d) = date_of(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of a time in milliseconds since 1970 (as `Date.now()` gives).
pub fn day_of_millis(ms: f64) -> i64 {
    (ms / 86_400_000.0).floor() as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZ;
    use crate::domain::quiz::Confidence;
    use proptest::prelude::*;

    const DAY: i64 = 20_000; // 2024-10-04

    fn round(level: Level, miss: Technique, distrust: bool) -> Tally {
        let mut t = Tally::default();
        let items = items_for(level, QUIZ);
        let missed = items
            .iter()
            .find(|i| !i.real && i.techniques.contains(&miss))
            .unwrap();
        t.add(missed, true, Confidence::Sure);
        for i in items.iter().filter(|i| i.id != missed.id).take(9) {
            let said = if i.real { !distrust } else { false };
            t.add(i, said, Confidence::Sure);
        }
        t
    }

    #[test]
    fn due_after_seven_and_thirty_days_and_not_before() {
        let b = Booster::after_round(
            None,
            DAY,
            Level::Teens,
            &round(Level::Teens, Technique::Geheim, false),
        );
        assert_eq!(b.due(DAY), None);
        assert_eq!(b.due(DAY + 6), None);
        assert_eq!(b.due(DAY + 7), Some(Stage::Week));
        assert_eq!(b.due(DAY + 29), Some(Stage::Week));
        assert_eq!(b.due(DAY + 30), Some(Stage::Month));
        assert_eq!(b.next_day(), Some(DAY + 7));
        let mut after_week = b.clone();
        after_week.after_booster(Stage::Week, &Tally::default());
        assert_eq!(after_week.due(DAY + 8), None);
        assert_eq!(after_week.due(DAY + 30), Some(Stage::Month));
        assert_eq!(after_week.next_day(), Some(DAY + MONTH));
        // Late: only the month's, and after it nothing more.
        let mut late = b.clone();
        assert_eq!(late.due(DAY + 45), Some(Stage::Month));
        late.skip(Stage::Month);
        assert_eq!(late.due(DAY + 45), None);
        assert_eq!(late.due(DAY + 400), None);
        assert_eq!(late.next_day(), None);
        // Turned off: never, and a new round keeps it off.
        let mut off = b.clone();
        off.off = true;
        assert_eq!(off.due(DAY + 7), None);
        assert_eq!(off.next_day(), None);
        let again = Booster::after_round(Some(off), DAY + 3, Level::Kids, &Tally::default());
        assert!(again.off);
        assert_eq!(again.played, DAY + 3);
        // A new round starts the clock again.
        let replay = Booster::after_round(Some(b), DAY + 10, Level::Teens, &Tally::default());
        assert_eq!(replay.due(DAY + 10), None);
        assert_eq!(replay.due(DAY + 17), Some(Stage::Week));
    }

    #[test]
    fn the_booster_draws_missed_techniques_and_unseen_items() {
        let tally = round(Level::Adults, Technique::Geheim, false);
        let b = Booster::after_round(None, DAY, Level::Adults, &tally);
        assert!(b.missed.contains(&Technique::Geheim));
        let picked = b.choose(DAY + 7, QUIZ);
        assert_eq!(picked.len(), SIZE);
        for item in &picked {
            assert!(item.is_for(Level::Adults));
            assert!(
                !b.seen.iter().any(|s| s == item.id.as_ref()),
                "{} was seen",
                item.id
            );
            assert!(
                item.techniques.iter().any(|t| b.missed.contains(t)),
                "{}",
                item.id
            );
        }
        // The same day gives the same three; another day may differ but follows the rules.
        assert_eq!(picked, b.choose(DAY + 7, QUIZ));
        // When every item was seen, it still gives three.
        let mut all_seen = b.clone();
        all_seen.seen = QUIZ.iter().map(|i| i.id.to_string()).collect();
        assert_eq!(all_seen.choose(DAY + 30, QUIZ).len(), SIZE);
        // Genuine messages distrusted: one of the three is genuine.
        let wary = Booster::after_round(
            None,
            DAY,
            Level::Kids,
            &round(Level::Kids, Technique::TeMooi, true),
        );
        assert!(wary.distrusted);
        assert!(wary.choose(DAY + 7, QUIZ).iter().any(|i| i.real));
    }

    #[test]
    fn the_stored_form_reads_back_and_junk_is_nothing() {
        let b = Booster::after_round(
            None,
            DAY,
            Level::Kids,
            &round(Level::Kids, Technique::TeMooi, true),
        );
        assert_eq!(Booster::parse(Some(&b.encode())), Some(b.clone()));
        let mut off = b.clone();
        off.off = true;
        off.skip(Stage::Week);
        assert_eq!(Booster::parse(Some(&off.encode())), Some(off));
        for junk in [
            None,
            Some(""),
            Some("1|x|10-12|0|0|0||"),
            Some("2|20000|10-12|0|0|0||"),
            Some("1|20000|18+|0|0|0||"),
            Some("1|20000|10-12|7|0|0||"),
            Some("1|20000|10-12|0|2|0||"),
            Some("1|20000|10-12|0|0|0|snel|"),
            Some("1|20000|10-12|0|0|0||<script>"),
            Some("1|20000|10-12|0|0|0|"),
            Some("1|-5|10-12|0|0|0||"),
        ] {
            assert_eq!(Booster::parse(junk), None, "{junk:?}");
        }
        assert_eq!(
            Booster::parse(Some("1|20000|13-16|1|0|0|haast,geheim|a-b,c")).map(|b| b.missed),
            Some(vec![Technique::Haast, Technique::Geheim])
        );
    }

    #[test]
    fn dates_read_as_calendar_days() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(DAY), "2024-10-04");
        assert_eq!(iso_date(DAY + WEEK), "2024-10-11");
        assert_eq!(iso_date(19_782), "2024-02-29");
        assert_eq!(day_of_millis(0.0), 0);
        assert_eq!(day_of_millis(86_400_000.0 * DAY as f64 + 5.0), DAY);
        assert_eq!(day_of_millis(86_400_000.0 * DAY as f64 - 1.0), DAY - 1);
    }

    proptest! {
        #[test]
        fn no_input_panics(s in ".*") {
            if let Some(b) = Booster::parse(Some(&s)) {
                prop_assert_eq!(Booster::parse(Some(&b.encode())), Some(b));
            }
        }
    }
}

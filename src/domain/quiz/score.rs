//! Scoring with confidence (issue 15): the player says "echt" or "nep" and then how sure
//! ("zeker" or "ik twijfel"). The end card separates scams missed from genuine messages not
//! trusted, and the judgement score rewards being right *and* sure about genuine messages as
//! much as catching fakes: half the score is for scams, half for genuine messages.

use crate::schema::{QuizItem, Technique};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    Sure,
    Unsure,
}

/// One answer: to which item, what was said, how sure.
#[derive(Debug, Clone, Copy)]
pub struct Answer {
    pub item: &'static QuizItem,
    pub said_real: bool,
    pub confidence: Confidence,
}

impl Answer {
    pub fn right(&self) -> bool {
        self.item.real == self.said_real
    }

    /// Right and sure: 2; right with doubt: 1; wrong: 0.
    pub fn points(&self) -> u32 {
        match (self.right(), self.confidence) {
            (true, Confidence::Sure) => 2,
            (true, Confidence::Unsure) => 1,
            (false, _) => 0,
        }
    }
}

/// All answers of a round, in order.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub answers: Vec<Answer>,
}

impl Tally {
    pub fn add(&mut self, item: &'static QuizItem, said_real: bool, confidence: Confidence) {
        self.answers.push(Answer {
            item,
            said_real,
            confidence,
        });
    }

    pub fn answered(&self) -> u16 {
        self.answers.len() as u16
    }

    pub fn right(&self) -> u16 {
        self.answers.iter().filter(|a| a.right()).count() as u16
    }

    /// Fake messages the player called genuine.
    pub fn scams_missed(&self) -> Vec<&'static QuizItem> {
        self.answers
            .iter()
            .filter(|a| !a.item.real && a.said_real)
            .map(|a| a.item)
            .collect()
    }

    /// Genuine messages the player called fake.
    pub fn genuine_distrusted(&self) -> Vec<&'static QuizItem> {
        self.answers
            .iter()
            .filter(|a| a.item.real && !a.said_real)
            .map(|a| a.item)
            .collect()
    }

    /// Right answers given with "zeker", of all right answers.
    pub fn sure_and_right(&self) -> u16 {
        self.answers
            .iter()
            .filter(|a| a.right() && a.confidence == Confidence::Sure)
            .count() as u16
    }

    /// 0 to 100: half for the fake messages, half for the genuine ones (each: points over the
    /// most possible). A round with only one kind counts that kind alone. "Always nep" scores
    /// at most 50 when genuine messages were in the round.
    pub fn judgement(&self) -> u8 {
        let part = |real: bool| -> Option<f64> {
            let of_kind: Vec<&Answer> = self
                .answers
                .iter()
                .filter(|a| a.item.real == real)
                .collect();
            (!of_kind.is_empty()).then(|| {
                of_kind.iter().map(|a| a.points()).sum::<u32>() as f64 / (2 * of_kind.len()) as f64
            })
        };
        let share = match (part(false), part(true)) {
            (Some(f), Some(r)) => (f + r) / 2.0,
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => 0.0,
        };
        (share * 100.0).round() as u8
    }

    /// The techniques that caught the player: those of the scams missed, most often first
    /// (then in `Technique::ALL` order).
    pub fn caught_by(&self) -> Vec<Technique> {
        let mut counts: Vec<(Technique, usize)> = Technique::ALL
            .into_iter()
            .map(|t| {
                let n = self
                    .scams_missed()
                    .iter()
                    .filter(|i| i.techniques.contains(&t))
                    .count();
                (t, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        counts.into_iter().map(|(t, _)| t).collect()
    }

    /// The ids of the items answered (for the booster: "seen").
    pub fn seen_ids(&self) -> Vec<&'static str> {
        self.answers.iter().map(|a| a.item.id.as_ref()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QUIZ;
    use Confidence::*;

    fn fakes() -> impl Iterator<Item = &'static QuizItem> {
        QUIZ.iter().filter(|i| !i.real)
    }
    fn reals() -> impl Iterator<Item = &'static QuizItem> {
        QUIZ.iter().filter(|i| i.real)
    }

    #[test]
    fn right_and_sure_counts_most_and_the_split_is_kept() {
        let (f1, f2) = {
            let mut f = fakes();
            (f.next().unwrap(), f.next().unwrap())
        };
        let (r1, r2) = {
            let mut r = reals();
            (r.next().unwrap(), r.next().unwrap())
        };
        let mut t = Tally::default();
        t.add(f1, false, Sure); // caught, sure: 2
        t.add(f2, true, Sure); // missed: 0
        t.add(r1, true, Unsure); // trusted with doubt: 1
        t.add(r2, false, Sure); // distrusted: 0
        assert_eq!((t.right(), t.answered()), (2, 4));
        assert_eq!(t.scams_missed().len(), 1);
        assert_eq!(t.scams_missed()[0].id, f2.id);
        assert_eq!(t.genuine_distrusted()[0].id, r2.id);
        assert_eq!(t.sure_and_right(), 1);
        // Fakes: 2 of 4 points, genuine: 1 of 4 points: (0.5 + 0.25) / 2.
        assert_eq!(t.judgement(), 38);
        assert_eq!(t.caught_by(), {
            let mut v = f2.techniques.to_vec();
            v.sort_by_key(|t| Technique::ALL.iter().position(|a| a == t));
            v
        });
    }

    #[test]
    fn distrusting_everything_is_not_a_good_score() {
        let round: Vec<&QuizItem> = fakes().take(6).chain(reals().take(4)).collect();
        let mut always_fake = Tally::default();
        let mut judged = Tally::default();
        for item in &round {
            always_fake.add(item, false, Sure);
            judged.add(item, item.real, Sure);
        }
        assert_eq!(always_fake.right(), 6);
        assert_eq!(always_fake.judgement(), 50);
        assert_eq!(always_fake.genuine_distrusted().len(), 4);
        assert!(always_fake.scams_missed().is_empty());
        assert!(always_fake.caught_by().is_empty());
        assert_eq!(judged.judgement(), 100);
        // Right but unsure about everything: half.
        let mut doubting = Tally::default();
        for item in &round {
            doubting.add(item, item.real, Unsure);
        }
        assert_eq!(doubting.judgement(), 50);
        assert_eq!(doubting.sure_and_right(), 0);
        // Trusting the genuine messages surely is worth as much as catching every scam.
        let mut trusting = Tally::default();
        for item in &round {
            trusting.add(item, true, Sure);
        }
        assert_eq!(trusting.judgement(), always_fake.judgement());
        assert_eq!(Tally::default().judgement(), 0);
    }

    #[test]
    fn the_technique_that_caught_most_comes_first() {
        let haast: Vec<&QuizItem> = fakes()
            .filter(|i| {
                i.techniques.len() == 2
                    && i.techniques.contains(&Technique::Haast)
                    && i.techniques.contains(&Technique::Autoriteit)
            })
            .collect();
        let mooi = fakes()
            .find(|i| *i.techniques == [Technique::TeMooi][..])
            .unwrap();
        let mut t = Tally::default();
        t.add(mooi, true, Sure);
        for i in &haast {
            t.add(i, true, Unsure);
        }
        assert!(haast.len() >= 2);
        assert_eq!(
            t.caught_by(),
            vec![Technique::Haast, Technique::Autoriteit, Technique::TeMooi]
        );
        assert_eq!(t.seen_ids().len(), haast.len() + 1);
    }
}

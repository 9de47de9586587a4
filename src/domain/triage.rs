//! The "meld een vermoeden" decision tree, evaluated: given the answers so far, which question
//! comes next, which advice applies, and whether a requested step may be shown. Pure Rust on
//! the content types; the tree itself is data (src/content/melden.toml).

use std::collections::BTreeMap;

use crate::schema::{
    Outcome, Question, Rule, MELDEN_ADVICE, MELDEN_ADVICE_OLD, MELDEN_EMERGENCY, MELDEN_SAAR,
};

pub use crate::schema::TOPIC_QUESTION;

/// Question id → option id.
pub type Answers = BTreeMap<String, String>;

/// The tree with the municipality ids filled in for the municipality question.
#[derive(Clone, Copy)]
pub struct Tree<'a> {
    pub questions: &'a [Question],
    pub outcomes: &'a [Outcome],
    pub municipalities: &'a [&'a str],
}

/// Where a walk through the tree stops.
#[derive(Debug, Clone, PartialEq)]
pub enum End<'a> {
    /// This question has no (valid) answer yet.
    Open(&'a str),
    /// All questions on the path are answered: this advice applies.
    Outcome(&'a Outcome),
    /// The data leads nowhere (no rule matched, unknown target, or a loop). Tests rule this
    /// out for every path; the view still handles it by starting over.
    Broken,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Walk<'a> {
    /// The answered questions on the path, in order.
    pub asked: Vec<&'a str>,
    pub end: End<'a>,
}

/// A page of the flow, as named in the URL after /melden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Question(String),
    /// The advice, with the answers given (each with a change link) to copy or print.
    Advice,
    /// The full-screen 112 page.
    Emergency,
    Saar,
}

/// Why the person sees a different step than the URL asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The address does not exist (hand-edited or old link).
    UnknownStep,
    /// An earlier question needs an answer first.
    EarlierQuestion,
    /// Saved answers from an older version of the questions were dropped.
    OldAnswers,
}

/// What a URL after /melden asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Step(Step),
    /// A shared link to a branch, such as /melden/fraude: that answer, preset.
    DeepLink {
        question: String,
        option: String,
    },
    Unknown,
}

impl<'a> Tree<'a> {
    pub fn first(&self) -> Option<&'a Question> {
        self.questions.first()
    }

    pub fn question(&self, id: &str) -> Option<&'a Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<&'a Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }

    /// The option ids of a question (for the municipality question: the municipalities, then
    /// its own options such as "another municipality").
    pub fn option_ids(&self, q: &'a Question) -> Vec<&'a str> {
        let own = q.options.iter().map(|o| o.id.as_ref());
        if q.municipalities {
            self.municipalities.iter().copied().chain(own).collect()
        } else {
            own.collect()
        }
    }

    /// Whether an answer marks the flow as sensitive (abuse at home or online): then every
    /// step offers "Snel weg". Any stored answer counts, also one preset by a deep link
    /// before the danger question is answered (/nl/melden/thuis from an abuse tip): showing
    /// the exit once too often is harmless, missing it is not.
    pub fn is_sensitive(&self, answers: &Answers) -> bool {
        answers.iter().any(|(q, a)| {
            self.question(q)
                .is_some_and(|q| q.options.iter().any(|o| o.sensitive && o.id == *a))
        })
    }

    pub fn is_valid(&self, question: &str, option: &str) -> bool {
        self.question(question)
            .is_some_and(|q| self.option_ids(q).contains(&option))
    }

    /// Follows the answers from the first question until a question is open or an outcome
    /// is reached. Never loops: a path longer than the number of questions is Broken.
    pub fn walk(&self, answers: &Answers) -> Walk<'a> {
        let mut asked = Vec::new();
        let Some(mut current) = self.first() else {
            return Walk {
                asked,
                end: End::Broken,
            };
        };
        loop {
            let answered = answers
                .get(current.id.as_ref())
                .is_some_and(|a| self.is_valid(&current.id, a));
            if !answered {
                return Walk {
                    asked,
                    end: End::Open(&current.id),
                };
            }
            asked.push(current.id.as_ref());
            if asked.len() > self.questions.len() {
                return Walk {
                    asked,
                    end: End::Broken,
                };
            }
            // Only answers on this path count: an answer left from a branch the person went
            // back on must not steer a later question.
            let rule = current.next.iter().find(|r| holds(r, answers, &asked));
            let next = rule.map(|r| (r.goto.as_deref(), r.outcome.as_deref()));
            match next {
                Some((Some(goto), _)) => match self.question(goto) {
                    Some(q) => current = q,
                    None => break,
                },
                Some((None, Some(outcome))) => match self.outcome(outcome) {
                    Some(o) => {
                        return Walk {
                            asked,
                            end: End::Outcome(o),
                        }
                    }
                    None => break,
                },
                _ => break,
            }
        }
        Walk {
            asked,
            end: End::Broken,
        }
    }

    /// Where "Next" leads once the answers are saved: the first open question on the path,
    /// the 112 page for an emergency, or the advice. Later answers already given are kept
    /// (so going back and forth never loses them) and skipped.
    pub fn step_after(&self, answers: &Answers) -> Step {
        match self.walk(answers).end {
            End::Open(q) => Step::Question(q.to_string()),
            End::Outcome(o) if o.emergency => Step::Emergency,
            End::Outcome(_) => Step::Advice,
            End::Broken => self.start(),
        }
    }

    /// The first page of the flow.
    pub fn start(&self) -> Step {
        Step::Question(self.first().map(|q| q.id.to_string()).unwrap_or_default())
    }

    /// Reads the words after /melden/ ("" is the first question).
    pub fn parse(&self, rest: &str) -> Request {
        let slug = rest.trim_matches('/');
        match slug {
            "" => return Request::Step(self.start()),
            // "overzicht" was a summary page before the advice: old links open the advice.
            MELDEN_ADVICE | MELDEN_ADVICE_OLD => return Request::Step(Step::Advice),
            MELDEN_EMERGENCY => return Request::Step(Step::Emergency),
            MELDEN_SAAR => return Request::Step(Step::Saar),
            _ => {}
        }
        if self.question(slug).is_some() {
            return Request::Step(Step::Question(slug.to_string()));
        }
        // A deep link names a topic (/melden/fraude): an option of the "what is it about"
        // question. Deeper options are no deep links: they would skip the questions before.
        let topic = self.question(TOPIC_QUESTION);
        match topic.filter(|q| q.options.iter().any(|o| o.id == slug)) {
            Some(q) => Request::DeepLink {
                question: q.id.to_string(),
                option: slug.to_string(),
            },
            None => Request::Unknown,
        }
    }

    /// The URL words for a step (the inverse of `parse`).
    pub fn slug(&self, step: &Step) -> String {
        match step {
            Step::Question(q) if self.first().is_some_and(|f| f.id == *q) => String::new(),
            Step::Question(q) => q.clone(),
            Step::Advice => MELDEN_ADVICE.into(),
            Step::Emergency => MELDEN_EMERGENCY.into(),
            Step::Saar => MELDEN_SAAR.into(),
        }
    }

    /// Decides what to show for a requested step, given the answers: the step itself, or the
    /// nearest valid step and why. Never fails.
    pub fn resolve(&self, request: &Request, answers: &Answers) -> (Step, Option<Notice>) {
        let walk = self.walk(answers);
        let nearest = self.step_after(answers);
        match request {
            Request::Unknown => (nearest, Some(Notice::UnknownStep)),
            // The caller presets the answer; the flow always starts with the danger question.
            Request::DeepLink { .. } => (self.start(), None),
            Request::Step(step @ (Step::Emergency | Step::Saar)) => (step.clone(), None),
            Request::Step(Step::Question(q)) => {
                let open = matches!(walk.end, End::Open(o) if o == q);
                if walk.asked.contains(&q.as_str()) || open {
                    (Step::Question(q.clone()), None)
                } else {
                    (nearest, Some(Notice::EarlierQuestion))
                }
            }
            Request::Step(step @ Step::Advice) => match walk.end {
                End::Outcome(o) if !o.emergency => (step.clone(), None),
                End::Outcome(_) => (Step::Emergency, None),
                _ => (nearest, Some(Notice::EarlierQuestion)),
            },
        }
    }

    /// Saved answers that name a question or option the tree no longer has come from an
    /// older version of the questions: all of them go (a half-kept set could steer the
    /// person somewhere they never chose) and the flow starts again at the danger question.
    /// Returns whether anything was dropped.
    pub fn sanitize(&self, answers: &mut Answers) -> bool {
        let stale = answers.iter().any(|(q, a)| !self.is_valid(q, a));
        if stale {
            answers.clear();
        }
        stale
    }

    /// Only the answers on the path taken: what an advice page may read (who it happened
    /// to, the municipality). An answer left from a branch the person went back on is kept
    /// in storage for when they return, but must not colour advice it was never asked for.
    pub fn on_path(&self, answers: &Answers) -> Answers {
        self.relevant(answers)
            .into_iter()
            .map(|(q, a)| (q.id.to_string(), a.to_string()))
            .collect()
    }

    /// Only the answers on the current path, in order: for the summary.
    pub fn relevant<'b>(&self, answers: &'b Answers) -> Vec<(&'a Question, &'b str)> {
        self.walk(answers)
            .asked
            .iter()
            .filter_map(|q| Some((self.question(q)?, answers.get(*q)?.as_str())))
            .collect()
    }
}

fn holds(rule: &Rule, answers: &Answers, asked: &[&str]) -> bool {
    rule.when.iter().all(|cond| {
        cond.split_once('=')
            .is_some_and(|(q, o)| asked.contains(&q) && answers.get(q).is_some_and(|a| a == o))
    })
}

/// Saved answers: "v2;gevaar=voorbij;wie=ik;soort=fraude". Anything else reads as answers
/// of an older version of the questions ("v1" was the tree before who-is-asking).
pub const ANSWERS_VERSION: &str = "v2";

pub fn encode_answers(answers: &Answers) -> String {
    let mut out = String::from(ANSWERS_VERSION);
    for (q, a) in answers {
        out.push(';');
        out.push_str(q);
        out.push('=');
        out.push_str(a);
    }
    out
}

/// None when the text is not a saved answer set of this version.
pub fn decode_answers(text: &str) -> Option<Answers> {
    let mut parts = text.split(';');
    if parts.next()? != ANSWERS_VERSION {
        return None;
    }
    parts
        .map(|pair| {
            let (q, a) = pair.split_once('=')?;
            let ok = |s: &str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            };
            (ok(q) && ok(a)).then(|| (q.to_string(), a.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::melden_tree as tree;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect()
    }

    #[test]
    fn walk_stops_at_the_first_open_question() {
        let t = tree();
        assert_eq!(t.walk(&Answers::new()).end, End::Open("gevaar"));
        let w = t.walk(&answers(&[("gevaar", "voorbij")]));
        assert_eq!((w.asked, w.end), (vec!["gevaar"], End::Open("wie")));
    }

    #[test]
    fn an_answer_from_a_branch_left_behind_is_not_on_the_path() {
        // Someone answered "someone I'm helping", went back and chose "happening now, only a
        // nuisance": the advice must not say they are helping someone (the question was
        // never asked on this path), and the stored answer stays for when they go back.
        let t = tree();
        let stored = answers(&[
            ("gevaar", "overlast-nu"),
            ("wie", "ander"),
            ("soort", "fraude"),
            ("nu", "lawaai"),
        ]);
        let path = t.on_path(&stored);
        assert_eq!(
            path,
            answers(&[("gevaar", "overlast-nu"), ("nu", "lawaai")])
        );
        assert!(matches!(t.walk(&stored).end, End::Outcome(o) if o.id == "overlast-nu"));
        // On the branch where it was asked, it counts.
        let helping = answers(&[("gevaar", "voorbij"), ("wie", "ander"), ("soort", "thuis")]);
        assert_eq!(
            t.on_path(&helping).get("wie").map(String::as_str),
            Some("ander")
        );
    }

    #[test]
    fn danger_or_doubt_goes_straight_to_112_whatever_else_is_stored() {
        let t = tree();
        for first in ["ja", "twijfel"] {
            let a = answers(&[("gevaar", first), ("soort", "fraude"), ("geld", "niets")]);
            assert_eq!(t.step_after(&a), Step::Emergency);
            let request = Request::Step(Step::Advice);
            assert_eq!(t.resolve(&request, &a), (Step::Emergency, None));
        }
    }

    #[test]
    fn later_answers_survive_a_change_and_are_skipped_when_still_on_the_path() {
        let t = tree();
        let mut a = answers(&[
            ("gevaar", "voorbij"),
            ("wie", "getuige"),
            ("soort", "ondermijning"),
            ("anoniem", "anoniem-ja"),
        ]);
        assert_eq!(t.step_after(&a), Step::Advice);
        // Back to "soort", change it: the anonymity answer is kept and still applies.
        a.insert("soort".into(), "diefstal".into());
        assert_eq!(t.step_after(&a), Step::Advice);
        // A branch with a question not yet answered stops there.
        a.insert("soort".into(), "fraude".into());
        assert_eq!(t.step_after(&a), Step::Question("geld".into()));
        assert_eq!(a.get("anoniem").map(String::as_str), Some("anoniem-ja"));
        // The answers shown with the advice are only those on the path.
        a.insert("geld".into(), "niets".into());
        let shown: Vec<&str> = t.relevant(&a).iter().map(|(q, _)| q.id.as_ref()).collect();
        assert_eq!(shown, ["gevaar", "wie", "soort", "geld"]);
    }

    #[test]
    fn an_answer_left_from_another_branch_never_steers_a_rule() {
        let t = tree();
        // Went to "neighbours" first (overlast-van=buren), then changed to a broken street
        // light: the municipality question must give the street-light advice, not mediation.
        let a = answers(&[
            ("gevaar", "voorbij"),
            ("wie", "getuige"),
            ("soort", "openbare-ruimte"),
            ("overlast-van", "buren"),
            ("gemeente", "huizen"),
        ]);
        match t.walk(&a).end {
            End::Outcome(o) => assert_eq!(o.id, "gemeente"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn sensitive_answers_are_data_and_count_from_a_deep_link_on() {
        let t = tree();
        let home = answers(&[("gevaar", "voorbij"), ("wie", "ik"), ("soort", "thuis")]);
        assert!(t.is_sensitive(&home));
        // A deep link presets the answer before the danger question: the exit shows at once.
        assert!(t.is_sensitive(&answers(&[("soort", "online")])));
        let fraud = answers(&[("gevaar", "voorbij"), ("wie", "ik"), ("soort", "fraude")]);
        assert!(!t.is_sensitive(&fraud));
        // The same option id under another question is not sensitive by itself.
        assert!(!t.is_sensitive(&answers(&[("thuis", "thuis")])));
    }

    #[test]
    fn urls_parse_and_print_back() {
        let t = tree();
        for step in [
            t.start(),
            Step::Question("soort".into()),
            Step::Advice,
            Step::Emergency,
            Step::Saar,
        ] {
            assert_eq!(t.parse(&t.slug(&step)), Request::Step(step));
        }
        assert_eq!(t.slug(&t.start()), "");
        // The old summary page's address opens the advice.
        assert_eq!(t.parse("overzicht"), Request::Step(Step::Advice));
        assert_eq!(
            t.parse("fraude"),
            Request::DeepLink {
                question: "soort".into(),
                option: "fraude".into()
            }
        );
        assert_eq!(t.parse("fraude/"), t.parse("fraude"));
        // Options deeper in the tree, or of the first question, are no deep links.
        assert_eq!(t.parse("hilversum"), Request::Unknown);
        assert_eq!(t.parse("geld-weg"), Request::Unknown);
        assert_eq!(t.parse("bestaat-niet"), Request::Unknown);
        assert_eq!(t.parse("../../etc"), Request::Unknown);
    }

    #[test]
    fn hand_made_urls_resolve_to_the_nearest_valid_step() {
        let t = tree();
        let none = Answers::new();
        assert_eq!(
            t.resolve(&t.parse("geld"), &none),
            (t.start(), Some(Notice::EarlierQuestion))
        );
        let far = answers(&[("gevaar", "voorbij")]);
        assert_eq!(
            t.resolve(&t.parse("advies"), &far),
            (Step::Question("wie".into()), Some(Notice::EarlierQuestion))
        );
        assert_eq!(
            t.resolve(&t.parse("onzin"), &far),
            (Step::Question("wie".into()), Some(Notice::UnknownStep))
        );
        // A question off the current path (geld is only asked for fraud).
        let a = answers(&[("gevaar", "voorbij"), ("wie", "ik"), ("soort", "thuis")]);
        assert_eq!(
            t.resolve(&t.parse("geld"), &a),
            (Step::Advice, Some(Notice::EarlierQuestion))
        );
        assert_eq!(t.resolve(&t.parse("spoed"), &none), (Step::Emergency, None));
        assert_eq!(t.resolve(&t.parse("saar"), &none), (Step::Saar, None));
    }

    #[test]
    fn old_or_broken_saved_answers_are_dropped_whole() {
        let t = tree();
        // One answer the tree no longer has: the whole set goes, the flow starts over.
        let mut a = answers(&[
            ("gevaar", "voorbij"),
            ("soort", "verdwenen-categorie"),
            ("oude-vraag", "ja"),
        ]);
        assert!(t.sanitize(&mut a));
        assert_eq!(a, Answers::new());
        assert!(!t.sanitize(&mut a));
        // Answers of the current tree are kept as they are.
        let mut current = answers(&[("gevaar", "voorbij"), ("wie", "ik"), ("soort", "fraude")]);
        assert!(!t.sanitize(&mut current));
        assert_eq!(current.len(), 3);

        let saved = encode_answers(&answers(&[("gevaar", "voorbij"), ("soort", "fraude")]));
        assert_eq!(saved, "v2;gevaar=voorbij;soort=fraude");
        assert_eq!(
            decode_answers(&saved),
            Some(answers(&[("gevaar", "voorbij"), ("soort", "fraude")]))
        );
        assert_eq!(decode_answers("v2"), Some(Answers::new()));
        for junk in [
            "",
            // The previous tree's answers ("v1"): read as none, and the page says why.
            "v1;gevaar=nee;soort=straat;anoniem=ja",
            "v0;gevaar=nee",
            "{\"gevaar\":1}",
            "v2;gevaar",
            "v2;GEVAAR=ja",
            "v2;a=b;;",
        ] {
            assert_eq!(decode_answers(junk), None, "{junk:?}");
        }
    }
}

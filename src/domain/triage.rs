//! The "meld een vermoeden" decision tree, evaluated: given the answers so far, which question
//! comes next, which advice applies, and whether a requested step may be shown. Pure Rust on
//! the content types; the tree itself is data (src/content/melden.toml).

use std::collections::BTreeMap;

use crate::schema::{Outcome, Question, Rule};

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
    /// "Check your answers" before the advice.
    Summary,
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

    /// The option ids of a question (the municipalities for the municipality question).
    pub fn option_ids(&self, q: &'a Question) -> Vec<&'a str> {
        if q.municipalities {
            self.municipalities.to_vec()
        } else {
            q.options.iter().map(|o| o.id.as_ref()).collect()
        }
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
            let rule = current.next.iter().find(|r| holds(r, answers));
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
    /// the 112 page for an emergency, or the summary. Later answers already given are kept
    /// (so going back and forth never loses them) and skipped.
    pub fn step_after(&self, answers: &Answers) -> Step {
        match self.walk(answers).end {
            End::Open(q) => Step::Question(q.to_string()),
            End::Outcome(o) if o.emergency => Step::Emergency,
            End::Outcome(_) => Step::Summary,
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
            "overzicht" => return Request::Step(Step::Summary),
            "advies" => return Request::Step(Step::Advice),
            "spoed" => return Request::Step(Step::Emergency),
            "saar" => return Request::Step(Step::Saar),
            _ => {}
        }
        if self.question(slug).is_some() {
            return Request::Step(Step::Question(slug.to_string()));
        }
        // A deep link names an option that exactly one question has (/melden/fraude).
        let mut owners = self
            .questions
            .iter()
            .filter(|q| self.option_ids(q).contains(&slug));
        match (owners.next(), owners.next()) {
            (Some(q), None) => Request::DeepLink {
                question: q.id.to_string(),
                option: slug.to_string(),
            },
            _ => Request::Unknown,
        }
    }

    /// The URL words for a step (the inverse of `parse`).
    pub fn slug(&self, step: &Step) -> String {
        match step {
            Step::Question(q) if self.first().is_some_and(|f| f.id == *q) => String::new(),
            Step::Question(q) => q.clone(),
            Step::Summary => "overzicht".into(),
            Step::Advice => "advies".into(),
            Step::Emergency => "spoed".into(),
            Step::Saar => "saar".into(),
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
            Request::Step(step @ (Step::Summary | Step::Advice)) => match walk.end {
                End::Outcome(o) if !o.emergency => (step.clone(), None),
                End::Outcome(_) => (Step::Emergency, None),
                _ => (nearest, Some(Notice::EarlierQuestion)),
            },
        }
    }

    /// Drops answers to questions that no longer exist or options no longer offered
    /// (saved by an older version of the app). Returns whether anything was dropped.
    pub fn sanitize(&self, answers: &mut Answers) -> bool {
        let before = answers.len();
        answers.retain(|q, a| self.is_valid(q, a));
        answers.len() != before
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

fn holds(rule: &Rule, answers: &Answers) -> bool {
    rule.when.iter().all(|cond| {
        cond.split_once('=')
            .is_some_and(|(q, o)| answers.get(q).is_some_and(|a| a == o))
    })
}

/// Saved answers: "v1;gevaar=nee;soort=fraude". Anything else reads as no answers.
pub const ANSWERS_VERSION: &str = "v1";

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
        let w = t.walk(&answers(&[("gevaar", "nee")]));
        assert_eq!((w.asked, w.end), (vec!["gevaar"], End::Open("soort")));
    }

    #[test]
    fn danger_goes_straight_to_112_whatever_else_is_stored() {
        let t = tree();
        let a = answers(&[("gevaar", "ja"), ("soort", "fraude"), ("geld", "ja")]);
        assert_eq!(t.step_after(&a), Step::Emergency);
        let request = Request::Step(Step::Advice);
        assert_eq!(t.resolve(&request, &a), (Step::Emergency, None));
    }

    #[test]
    fn later_answers_survive_a_change_and_are_skipped_when_still_on_the_path() {
        let t = tree();
        let mut a = answers(&[("gevaar", "nee"), ("soort", "straat"), ("anoniem", "ja")]);
        assert_eq!(t.step_after(&a), Step::Summary);
        // Back to "soort", change it: the anonymity answer is kept and still applies.
        a.insert("soort".into(), "ondermijning".into());
        assert_eq!(t.step_after(&a), Step::Summary);
        // A branch with a question not yet answered stops there.
        a.insert("soort".into(), "fraude".into());
        assert_eq!(t.step_after(&a), Step::Question("geld".into()));
        assert_eq!(a.get("anoniem").map(String::as_str), Some("ja"));
        // The summary lists only what is on the path.
        a.insert("geld".into(), "nee".into());
        let shown: Vec<&str> = t.relevant(&a).iter().map(|(q, _)| q.id.as_ref()).collect();
        assert_eq!(shown, ["gevaar", "soort", "geld"]);
    }

    #[test]
    fn urls_parse_and_print_back() {
        let t = tree();
        for step in [
            t.start(),
            Step::Question("soort".into()),
            Step::Summary,
            Step::Advice,
            Step::Emergency,
            Step::Saar,
        ] {
            assert_eq!(t.parse(&t.slug(&step)), Request::Step(step));
        }
        assert_eq!(t.slug(&t.start()), "");
        assert_eq!(
            t.parse("fraude"),
            Request::DeepLink {
                question: "soort".into(),
                option: "fraude".into()
            }
        );
        assert_eq!(t.parse("hilversum/"), t.parse("hilversum"));
        // "ja" belongs to several questions: not a deep link.
        assert_eq!(t.parse("ja"), Request::Unknown);
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
        assert_eq!(
            t.resolve(&t.parse("advies"), &answers(&[("gevaar", "nee")])),
            (
                Step::Question("soort".into()),
                Some(Notice::EarlierQuestion)
            )
        );
        assert_eq!(
            t.resolve(&t.parse("onzin"), &answers(&[("gevaar", "nee")])),
            (Step::Question("soort".into()), Some(Notice::UnknownStep))
        );
        // A question off the current path (geld is only asked for fraud).
        let a = answers(&[("gevaar", "nee"), ("soort", "thuis")]);
        assert_eq!(
            t.resolve(&t.parse("geld"), &a),
            (Step::Summary, Some(Notice::EarlierQuestion))
        );
        assert_eq!(t.resolve(&t.parse("spoed"), &none), (Step::Emergency, None));
        assert_eq!(t.resolve(&t.parse("saar"), &none), (Step::Saar, None));
    }

    #[test]
    fn old_or_broken_saved_answers_are_dropped() {
        let t = tree();
        let mut a = answers(&[
            ("gevaar", "nee"),
            ("soort", "verdwenen-categorie"),
            ("oude-vraag", "ja"),
        ]);
        assert!(t.sanitize(&mut a));
        assert_eq!(a, answers(&[("gevaar", "nee")]));
        assert!(!t.sanitize(&mut a));

        let saved = encode_answers(&answers(&[("gevaar", "nee"), ("soort", "fraude")]));
        assert_eq!(saved, "v1;gevaar=nee;soort=fraude");
        assert_eq!(
            decode_answers(&saved),
            Some(answers(&[("gevaar", "nee"), ("soort", "fraude")]))
        );
        assert_eq!(decode_answers("v1"), Some(Answers::new()));
        for junk in [
            "",
            "v0;gevaar=nee",
            "{\"gevaar\":1}",
            "v1;gevaar",
            "v1;GEVAAR=ja",
            "v1;a=b;;",
        ] {
            assert_eq!(decode_answers(junk), None, "{junk:?}");
        }
    }
}

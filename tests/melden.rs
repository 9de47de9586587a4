//! The report flow, proven over every path through the tree, plus realistic situations in
//! plain words. Run alone with `cargo test --test melden`.

use waakzaam::content::{channel, melden_tree as tree, MUNICIPALITIES, OUTCOMES};
use waakzaam::domain::triage::{Answers, End, Step, Tree};
use waakzaam::schema::{Locale, Outcome, MUNICIPALITY_CHANNEL};

/// Every complete path: the answers given and the advice reached. Panics on a loop or a
/// dead end, so collecting them proves the tree terminates.
fn all_paths(t: &Tree<'static>) -> Vec<(Answers, &'static Outcome)> {
    fn go(t: &Tree<'static>, answers: Answers, out: &mut Vec<(Answers, &'static Outcome)>) {
        let walk = t.walk(&answers);
        assert!(walk.asked.len() <= t.questions.len(), "loop at {answers:?}");
        match walk.end {
            End::Outcome(o) => out.push((answers, o)),
            End::Open(q) => {
                let question = t.question(q).unwrap();
                for option in t.option_ids(question) {
                    let mut next = answers.clone();
                    next.insert(q.to_string(), option.to_string());
                    go(t, next, out);
                }
            }
            End::Broken => panic!("dead end at {answers:?}"),
        }
    }
    let mut out = Vec::new();
    go(t, Answers::new(), &mut out);
    out
}

fn channels_of(o: &Outcome) -> Vec<&str> {
    std::iter::once(&o.primary)
        .chain(o.others.iter())
        .map(|a| a.channel.as_ref())
        .collect()
}

#[test]
fn every_path_ends_in_advice() {
    let t = tree();
    let paths = all_paths(&t);
    // Danger: 1. Then 10 categories: fraud (money yes/no), street, ondermijning and other
    // (anonymous yes/no) split in two, public space in six municipalities: 1 + 2*4 + 6 + 5.
    assert_eq!(
        paths.len(),
        20,
        "paths changed: update the count in the closing note"
    );
    for (answers, outcome) in &paths {
        assert_eq!(
            t.step_after(answers),
            if outcome.emergency {
                Step::Emergency
            } else {
                Step::Summary
            }
        );
    }
}

#[test]
fn every_outcome_is_reachable() {
    let t = tree();
    let paths = all_paths(&t);
    for o in OUTCOMES {
        assert!(
            paths.iter().any(|(_, p)| p.id == o.id),
            "outcome {} unreachable",
            o.id
        );
    }
}

#[test]
fn danger_is_asked_first_and_always_ends_at_112() {
    let t = tree();
    let first = t.first().unwrap();
    assert_eq!(first.id, "gevaar");
    let (mut dangerous, mut safe) = (0, 0);
    for (answers, outcome) in all_paths(&t) {
        let walk = t.walk(&answers);
        assert_eq!(
            walk.asked[0], "gevaar",
            "nothing comes before the danger question"
        );
        if answers["gevaar"] == "ja" {
            dangerous += 1;
            assert!(outcome.emergency);
            assert_eq!(outcome.primary.channel, "112");
            assert_eq!(walk.asked, ["gevaar"], "a yes ends the flow at once");
        } else {
            safe += 1;
            assert!(!outcome.emergency);
        }
    }
    assert_eq!(dangerous, 1);
    assert!(safe > 0);
}

#[test]
fn every_outcome_names_known_channels_and_at_most_two_others() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        assert!(outcome.others.len() <= 2, "{}", outcome.id);
        for id in channels_of(outcome) {
            if id == MUNICIPALITY_CHANNEL {
                let chosen = answers.get("gemeente").expect("municipality asked first");
                assert!(MUNICIPALITIES.iter().any(|m| m.id == *chosen));
            } else {
                assert!(
                    channel(id).is_some(),
                    "{}: unknown channel {id}",
                    outcome.id
                );
            }
        }
    }
}

#[test]
fn no_emergency_to_m_and_no_nuisance_to_112() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        let chans = channels_of(outcome);
        if outcome.emergency {
            assert!(!chans.contains(&"meld-misdaad-anoniem"), "{}", outcome.id);
        }
        let nuisance = matches!(
            answers.get("soort").map(String::as_str),
            Some("jeugd" | "openbare-ruimte")
        );
        if nuisance {
            assert!(
                !chans.contains(&"112"),
                "{}: nuisance sent to 112",
                outcome.id
            );
        }
        // Wherever M. is primary, the page warns that M. is not for emergencies.
        if outcome.primary.channel == "meld-misdaad-anoniem" {
            assert!(outcome.anonymous, "{}", outcome.id);
            let warns = outcome
                .warnings
                .iter()
                .any(|w| w.nl.contains("112") && w.en.contains("112"));
            assert!(
                warns,
                "{}: M. page must point emergencies to 112",
                outcome.id
            );
        }
    }
}

#[test]
fn both_languages_cover_every_step() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        for (question, _) in t.relevant(&answers) {
            for locale in Locale::ALL {
                assert!(!question.title.get(locale).trim().is_empty());
                for o in question.options.iter() {
                    assert!(!o.label.get(locale).trim().is_empty());
                }
            }
            assert_ne!(question.title.nl, question.title.en);
        }
        let texts = [&outcome.title, &outcome.primary.why]
            .into_iter()
            .chain(outcome.others.iter().map(|a| &a.why))
            .chain(outcome.ready.iter())
            .chain(outcome.say.iter())
            .chain(outcome.warnings.iter());
        for text in texts {
            assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            assert_ne!(text.nl, text.en, "{}: untranslated", outcome.id);
        }
    }
}

/// Situations in plain words → the answers a person would give → where they should end up.
/// (situation, answers as "question=option", primary channel, other channels in order)
const SCENARIOS: &[(&str, &[&str], &str, &[&str])] = &[
    ("someone tries door handles on my street right now", &["gevaar=ja"], "112", &[]),
    ("a stranger is climbing into the garden of neighbours who are on holiday", &["gevaar=ja"], "112", &[]),
    ("a man at my mother's door says he is from the police and wants her bank card", &["gevaar=ja"], "112", &[]),
    ("someone is being beaten up outside the station", &["gevaar=ja"], "112", &[]),
    ("my neighbour is screaming for help right now", &["gevaar=ja"], "112", &[]),
    ("I came home and found a burglary, the burglars are gone", &["gevaar=nee", "soort=straat", "anoniem=nee"], "politie", &["aangifte-online"]),
    ("a car drove slowly past every house yesterday evening and stopped at each door", &["gevaar=nee", "soort=straat", "anoniem=nee"], "politie", &["aangifte-online"]),
    ("I know who broke into the cars last week but I am afraid of him", &["gevaar=nee", "soort=straat", "anoniem=ja"], "meld-misdaad-anoniem", &["politie"]),
    ("I know where drugs are stored and want to stay anonymous", &["gevaar=nee", "soort=ondermijning", "anoniem=ja"], "meld-misdaad-anoniem", &["politie"]),
    ("the house next door smells of cannabis and the windows are always covered, I don't mind giving my name", &["gevaar=nee", "soort=ondermijning", "anoniem=nee"], "politie", &["meld-misdaad-anoniem"]),
    ("a young man in the park says he sells weapons, I want to stay anonymous", &["gevaar=nee", "soort=ondermijning", "anoniem=ja"], "meld-misdaad-anoniem", &["politie"]),
    ("my mother got a WhatsApp from a new number asking for money, she paid", &["gevaar=nee", "soort=fraude", "geld=ja"], "bank", &["aangifte-online", "fraudehelpdesk"]),
    ("a 'bank employee' called and I moved my savings to a safe account", &["gevaar=nee", "soort=fraude", "geld=ja"], "bank", &["aangifte-online", "fraudehelpdesk"]),
    ("I paid for a bike on a marketplace and it never came", &["gevaar=nee", "soort=fraude", "geld=ja"], "bank", &["aangifte-online", "fraudehelpdesk"]),
    ("I got a text about a parcel with a link, I did not click it", &["gevaar=nee", "soort=fraude", "geld=nee"], "fraudehelpdesk", &["bank"]),
    ("an email says my bank account will be blocked unless I log in", &["gevaar=nee", "soort=fraude", "geld=nee"], "fraudehelpdesk", &["bank"]),
    ("the neighbours' child is hit every night, not now", &["gevaar=nee", "soort=thuis"], "veilig-thuis", &[]),
    ("my partner threatens me, he is at work now", &["gevaar=nee", "soort=thuis"], "veilig-thuis", &[]),
    ("an old man wanders the street confused, he is not in danger", &["gevaar=nee", "soort=verward"], "politie", &[]),
    ("young people hang around the shops every evening and make a lot of noise", &["gevaar=nee", "soort=jeugd"], "politie", &["meld-misdaad-anoniem"]),
    ("a streetlight is broken in Hilversum", &["gevaar=nee", "soort=openbare-ruimte", "gemeente=hilversum"], "gemeente", &["politie"]),
    ("someone dumped rubbish bags in the park in Huizen", &["gevaar=nee", "soort=openbare-ruimte", "gemeente=huizen"], "gemeente", &["politie"]),
    ("cars race down our street in Laren every weekend", &["gevaar=nee", "soort=openbare-ruimte", "gemeente=laren"], "gemeente", &["politie"]),
    ("my son is being blackmailed with a nude photo", &["gevaar=nee", "soort=online-jongeren"], "helpwanted", &["politie", "meldpunt-kinderporno"]),
    ("a picture of my daughter is being shared in a group chat at school", &["gevaar=nee", "soort=online-jongeren"], "helpwanted", &["politie", "meldpunt-kinderporno"]),
    ("I got a bill for a phone contract I never signed", &["gevaar=nee", "soort=identiteit"], "identiteitsfraude", &["politie"]),
    ("I don't know what it is, but something is not right with the shop on the corner", &["gevaar=nee", "soort=anders", "anoniem=nee"], "politie", &["meld-misdaad-anoniem"]),
    ("I heard about a tax fraud and want to stay anonymous", &["gevaar=nee", "soort=anders", "anoniem=ja"], "meld-misdaad-anoniem", &["politie"]),
];

#[test]
fn realistic_situations_reach_the_right_channel() {
    let t = tree();
    assert!(SCENARIOS.len() >= 25);
    for (situation, given, primary, others) in SCENARIOS {
        let answers: Answers = given
            .iter()
            .map(|pair| {
                let (q, a) = pair.split_once('=').unwrap();
                (q.to_string(), a.to_string())
            })
            .collect();
        let End::Outcome(outcome) = t.walk(&answers).end else {
            panic!("{situation}: flow did not finish with {given:?}");
        };
        assert_eq!(outcome.primary.channel, *primary, "{situation}");
        let got: Vec<&str> = outcome.others.iter().map(|a| a.channel.as_ref()).collect();
        assert_eq!(got, *others, "{situation}");
    }
}

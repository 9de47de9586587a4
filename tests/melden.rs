//! The report flow, proven over every path through the tree, plus situations in plain words,
//! each walked with every answer a resident could plausibly pick at each step. Run alone with
//! `cargo test --test melden -- --nocapture` to see the depth and robustness figures.

use waakzaam::content::{channel, melden_tree as tree, MUNICIPALITIES, OUTCOMES};
use waakzaam::domain::triage::{Answers, End, Step, Tree};
use waakzaam::schema::{Locale, Outcome, OutcomeKind, MUNICIPALITY_CHANNEL};

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

fn is_victim(answers: &Answers) -> bool {
    matches!(answers.get("wie").map(String::as_str), Some("ik" | "ander"))
}

#[test]
fn every_path_ends_in_advice_within_five_answers() {
    let t = tree();
    let paths = all_paths(&t);
    assert!(paths.len() > 100, "{} paths", paths.len());
    let mut depths: Vec<usize> = Vec::new();
    for (answers, outcome) in &paths {
        let depth = t.walk(answers).asked.len();
        assert!(
            depth <= 5,
            "{depth} answers to reach {}: {answers:?}",
            outcome.id
        );
        depths.push(depth);
        let expected = if outcome.emergency {
            Step::Emergency
        } else {
            Step::Advice
        };
        assert_eq!(t.step_after(answers), expected);
    }
    depths.sort();
    println!(
        "paths: {}, longest: {} answers, median: {} answers",
        paths.len(),
        depths.last().unwrap(),
        depths[depths.len() / 2]
    );
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
fn now_just_happened_or_not_sure_always_ends_at_112() {
    let t = tree();
    assert_eq!(t.first().unwrap().id, "gevaar");
    let mut urgent = 0;
    for (answers, outcome) in all_paths(&t) {
        let walk = t.walk(&answers);
        assert_eq!(
            walk.asked[0], "gevaar",
            "nothing comes before the danger question"
        );
        if matches!(answers["gevaar"].as_str(), "ja" | "twijfel") {
            urgent += 1;
            assert!(outcome.emergency);
            assert_eq!(outcome.primary.channel, "112");
            assert_eq!(
                walk.asked,
                ["gevaar"],
                "a yes or a doubt ends the flow at once"
            );
        }
        if outcome.emergency {
            assert_eq!(outcome.primary.channel, "112");
        }
    }
    assert_eq!(urgent, 2);
}

#[test]
fn no_victim_is_sent_to_meld_misdaad_anoniem_or_asked_to_stay_anonymous() {
    let t = tree();
    let mut victims = 0;
    for (answers, outcome) in all_paths(&t) {
        if is_victim(&answers) {
            victims += 1;
            assert_ne!(
                outcome.primary.channel, "meld-misdaad-anoniem",
                "victim sent to M.: {answers:?}"
            );
            assert!(
                !t.walk(&answers).asked.contains(&"anoniem"),
                "victim asked about anonymity: {answers:?}"
            );
        }
    }
    assert!(victims > 20);
}

#[test]
fn no_emergency_to_m_and_no_nuisance_to_112() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        let chans = channels_of(outcome);
        if outcome.emergency {
            assert!(!chans.contains(&"meld-misdaad-anoniem"), "{}", outcome.id);
        }
        // "Happening now, only a nuisance", then an answer that does not itself say "→ bel
        // 112" (it feels wrong; someone driving drunk right now).
        let says_112 = |q: &str| {
            let picked = answers.get(q).map(String::as_str);
            t.question(q).is_some_and(|q| {
                q.options
                    .iter()
                    .any(|o| Some(o.id.as_ref()) == picked && o.label.nl.contains("112"))
            })
        };
        let nuisance =
            answers.get("gevaar").map(String::as_str) == Some("overlast-nu") && !says_112("nu");
        if nuisance || outcome.kind == OutcomeKind::Overlast {
            assert!(
                !chans.contains(&"112"),
                "{}: nuisance sent to 112",
                outcome.id
            );
            assert!(
                !chans.contains(&"meld-misdaad-anoniem"),
                "{}: M. takes no nuisance",
                outcome.id
            );
        }
        // Wherever M. is primary, the page warns that M. is not for emergencies.
        if outcome.primary.channel == "meld-misdaad-anoniem" {
            assert!(outcome.anonymous, "{}", outcome.id);
            assert!(
                warns_of(outcome, "112"),
                "{}: M. page must point emergencies to 112",
                outcome.id
            );
        }
    }
}

#[test]
fn every_outcome_names_known_channels_and_at_most_two_others() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        assert!(outcome.others.len() <= 2, "{}", outcome.id);
        for id in channels_of(outcome) {
            if id == MUNICIPALITY_CHANNEL {
                let chosen = answers.get("gemeente").expect("municipality asked first");
                let known =
                    MUNICIPALITIES.iter().any(|m| m.id == *chosen) || chosen == "andere-gemeente";
                assert!(known, "{chosen}");
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
fn the_112_page_names_where_to_go_afterwards() {
    let spoed = OUTCOMES.iter().find(|o| o.emergency).unwrap();
    let after: Vec<&str> = spoed
        .afterwards
        .iter()
        .map(|a| a.channel.as_ref())
        .collect();
    for needed in ["veilig-thuis", "helpwanted", "bank"] {
        assert!(after.contains(&needed), "{needed}");
    }
}

#[test]
fn child_abuse_images_are_never_met_with_screenshot_advice() {
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        let about_images = matches!(
            on_path(&t, &answers, "online-wat"),
            Some("jonger" | "beelden-kind")
        );
        if !about_images {
            continue;
        }
        let texts = [&outcome.primary.why]
            .into_iter()
            .chain(outcome.others.iter().map(|a| &a.why))
            .chain(outcome.ready.iter())
            .chain(outcome.warnings.iter());
        for text in texts {
            let nl = text.nl.to_lowercase();
            let advises_copy = (nl.contains("schermafbeelding") || nl.contains("bewaar"))
                && !(nl.contains("geen") || nl.contains("niet") || nl.contains("niets"));
            assert!(!advises_copy, "{}: {}", outcome.id, text.nl);
        }
        let warns = outcome.warnings.iter().any(|w| {
            let nl = w.nl.to_lowercase();
            nl.contains("schermafbeelding") && (nl.contains("geen") || nl.contains("niet"))
        });
        assert!(warns, "{}: must warn not to screenshot", outcome.id);
    }
}

/// The answer on the path for a question, if it was asked there.
fn on_path<'a>(t: &Tree<'static>, answers: &'a Answers, question: &str) -> Option<&'a str> {
    t.relevant(answers)
        .into_iter()
        .find_map(|(q, a)| (q.id.as_ref() == question).then_some(a))
}

/// Whether one of an outcome's warnings names `what` in both languages.
fn warns_of(outcome: &Outcome, what: &str) -> bool {
    outcome
        .warnings
        .iter()
        .any(|w| w.nl.contains(what) && w.en.contains(what))
}

#[test]
fn advice_where_it_can_still_turn_dangerous_says_when_to_call_112() {
    // Each of these starts calm but has a plausible case that is an emergency: a young person
    // threatened now, a "bank employee" coming for the card, a weapon among found things, a
    // drunk driver, a row next door that turns violent.
    for id in [
        "online-jongeren",
        "fraude-toegang",
        "gevonden",
        "verkeer",
        "overlast-nu",
        "geweld",
    ] {
        let o = OUTCOMES.iter().find(|o| o.id == id).unwrap();
        assert!(warns_of(o, "112"), "{id}: no line saying when to call 112");
    }
}

#[test]
fn noise_or_rows_next_door_also_point_to_veilig_thuis() {
    // What sounds like a row may be domestic violence: neighbours who hear it can call Veilig
    // Thuis (witnesses too), so every nuisance advice about neighbours names it.
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        let neighbours = on_path(&t, &answers, "nu") == Some("lawaai")
            || on_path(&t, &answers, "overlast-van") == Some("buren");
        if neighbours {
            assert!(
                channels_of(outcome).contains(&"veilig-thuis"),
                "{}: {answers:?}",
                outcome.id
            );
        }
    }
}

#[test]
fn a_theft_or_robbery_says_to_block_the_bank_card_first() {
    // A stolen bag or phone, or a robbery, may have taken a bank card or a banking app: every
    // such advice has the bank as its primary channel or a line saying to call it first.
    let t = tree();
    for (answers, outcome) in all_paths(&t) {
        let stolen = matches!(
            on_path(&t, &answers, "diefstal-wat"),
            Some("gestolen" | "pas-gestolen")
        );
        let robbed = on_path(&t, &answers, "soort") == Some("geweld") && is_victim(&answers);
        if !(stolen || robbed) {
            continue;
        }
        let bank_first = outcome.primary.channel.as_ref() == "bank" || warns_of(outcome, "bank");
        assert!(bank_first, "{}: {answers:?}", outcome.id);
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
            .chain(outcome.first.iter())
            .chain(outcome.warnings.iter());
        for text in texts {
            assert!(!text.nl.trim().is_empty() && !text.en.trim().is_empty());
            assert_ne!(text.nl, text.en, "{}: untranslated", outcome.id);
        }
    }
}

/// A situation in a resident's own words; for each question the flow may ask, the answers
/// a resident could plausibly pick (the first one is the intended answer); the acceptable
/// primary channels (the first is where the intended answers must lead).
struct Situation {
    said: &'static str,
    picks: &'static [(&'static str, &'static [&'static str])],
    ok: &'static [&'static str],
}

const fn s(
    said: &'static str,
    picks: &'static [(&'static str, &'static [&'static str])],
    ok: &'static [&'static str],
) -> Situation {
    Situation { said, picks, ok }
}

const NOW: (&str, &[&str]) = ("gevaar", &["ja", "twijfel"]);
const OVER: (&str, &[&str]) = ("gevaar", &["voorbij"]);
const ME: (&str, &[&str]) = ("wie", &["ik"]);
const HELPING: (&str, &[&str]) = ("wie", &["ander"]);
const SAW: (&str, &[&str]) = ("wie", &["getuige"]);

#[rustfmt::skip]
const SITUATIONS: &[Situation] = &[
    // Happening now or just happened: 112, whatever else is picked.
    s("Iemand probeert nu autodeuren open te maken in mijn straat.", &[NOW], &["112"]),
    s("Een vreemde klimt in de tuin van de buren, die op vakantie zijn.", &[NOW], &["112"]),
    s("Een man aan de deur van mijn moeder zegt dat hij van de politie is en wil haar bankpas.", &[NOW], &["112"]),
    s("Ik ben net beroofd, de dader rende weg.", &[NOW], &["112"]),
    s("Er is net ingebroken, ik zag iemand wegrennen.", &[NOW], &["112"]),
    s("Iemand zit nu aan mijn fiets te morrelen.", &[NOW], &["112"]),
    s("Een kind van acht is zoek in het park.", &[("gevaar", &["ja", "twijfel", "voorbij"]), HELPING, ("soort", &["zorgen"]), ("zorgen-wat", &["vermist-kwetsbaar"])], &["112"]),
    s("Mijn moeder met dementie is vanmiddag niet thuisgekomen.", &[("gevaar", &["ja", "twijfel", "voorbij"]), HELPING, ("soort", &["zorgen"]), ("zorgen-wat", &["vermist-kwetsbaar"])], &["112"]),
    s("Een verkoper aan de deur voelt niet goed. Hij staat er nu nog.", &[("gevaar", &["ja", "twijfel", "overlast-nu"]), ("nu", &["verdacht-nu"])], &["112"]),
    s("Er zitten nu twee mannen in een auto die naar de huizen kijken.", &[("gevaar", &["ja", "twijfel", "overlast-nu"]), ("nu", &["verdacht-nu"])], &["112"]),
    s("Er wordt nu gedeald op de hoek van de straat.", &[("gevaar", &["ja", "twijfel", "overlast-nu"]), ("nu", &["verdacht-nu"])], &["112"]),
    // Happening now, but nuisance.
    s("Het is twee uur 's nachts en de buren draaien keihard muziek.", &[("gevaar", &["overlast-nu"]), ("nu", &["lawaai"])], &["politie"]),
    s("Jongeren maken nu veel lawaai bij de supermarkt.", &[("gevaar", &["overlast-nu"]), ("nu", &["lawaai", "verdacht-nu"])], &["politie", "112"]),
    s("Een oude man dwaalt verward over straat, maar is niet in gevaar.", &[("gevaar", &["overlast-nu", "twijfel"]), ("nu", &["in-de-war"])], &["politie", "112"]),
    s("Een auto blokkeert nu mijn inrit.", &[("gevaar", &["overlast-nu"]), ("nu", &["verkeer"])], &["politie"]),
    s("Een auto slingert nu door de straat. Ik denk dat de bestuurder dronken is.", &[("gevaar", &["ja", "twijfel", "overlast-nu"]), ("nu", &["rijden"])], &["112"]),
    s("Iemand scheurt nu met zijn scooter over de stoep waar kinderen spelen.", &[("gevaar", &["ja", "twijfel", "overlast-nu"]), ("nu", &["rijden", "verdacht-nu"])], &["112"]),
    s("Er is een boom omgevallen op het fietspad in Wijdemeren.", &[("gevaar", &["overlast-nu", "voorbij"]), ("wie", &["getuige", "ik"]), ("soort", &["openbare-ruimte"]), ("nu", &["kapot"]), ("gemeente", &["wijdemeren"])], &["gemeente"]),
    // Theft, burglary, vandalism: the victim reports it, never anonymously.
    s("Ik kwam thuis en er is ingebroken. De inbrekers zijn al lang weg.", &[("gevaar", &["voorbij", "twijfel"]), ME, ("soort", &["diefstal"]), ("diefstal-wat", &["inbraak", "gestolen"])], &["politie", "aangifte-online", "112"]),
    s("Mijn fiets is gestolen bij het station.", &[OVER, ME, ("soort", &["diefstal"]), ("diefstal-wat", &["gestolen"])], &["aangifte-online", "politie"]),
    s("Vannacht heeft iemand de ruit van mijn auto ingeslagen.", &[OVER, ME, ("soort", &["diefstal"]), ("diefstal-wat", &["vernield", "gestolen", "inbraak"])], &["aangifte-online", "politie"]),
    s("Er is vannacht ingebroken in mijn winkel.", &[OVER, ME, ("soort", &["diefstal"]), ("diefstal-wat", &["inbraak"])], &["politie"]),
    s("Mijn portemonnee met mijn bankpas is gestolen in de supermarkt.", &[OVER, ME, ("soort", &["diefstal"]), ("diefstal-wat", &["pas-gestolen", "gestolen"])], &["bank", "aangifte-online"]),
    s("Mijn telefoon met de bankapp is uit mijn jaszak gerold en weg.", &[OVER, ME, ("soort", &["diefstal", "account"]), ("diefstal-wat", &["pas-gestolen"]), ("account-wat", &["bankzaken"])], &["bank"]),
    s("Ik zie mijn gestolen fiets te koop op Marktplaats.", &[OVER, ME, ("soort", &["diefstal"]), ("diefstal-wat", &["gestolen"])], &["aangifte-online", "politie"]),
    s("Mijn tas is een uur geleden op straat uit mijn hand gerukt.", &[("gevaar", &["voorbij", "ja"]), ME, ("soort", &["geweld"])], &["politie", "112"]),
    s("Ik ben slachtoffer van een woninginbraak en wil met iemand praten.", &[OVER, ME, ("soort", &["diefstal", "anders"]), ("diefstal-wat", &["inbraak"])], &["politie"]),
    s("Ik weet wie vorige week de auto's openbrak, maar ik ben bang voor hem.", &[OVER, SAW, ("soort", &["diefstal", "ondermijning", "straat"]), ("anoniem", &["anoniem-ja"])], &["meld-misdaad-anoniem", "politie"]),
    // Violence that is over.
    s("Ik ben vorige week op straat bedreigd en geslagen.", &[OVER, ME, ("soort", &["geweld", "anders"])], &["politie"]),
    s("Ik zag gisteren een vechtpartij en weet wie het deed.", &[OVER, SAW, ("soort", &["geweld"]), ("anoniem", &["anoniem-nee", "anoniem-ja"])], &["politie", "meld-misdaad-anoniem"]),
    s("Iemand heeft mij online bedreigd.", &[OVER, ME, ("soort", &["geweld", "anders"])], &["politie"]),
    // Scams: the bank first whenever money or access is at stake.
    s("Mijn moeder kreeg een WhatsApp van een nieuw nummer en heeft betaald.", &[OVER, ("wie", &["ander", "ik"]), ("soort", &["fraude"]), ("geld", &["geld-weg"])], &["bank"]),
    s("Een 'bankmedewerker' belde en ik zette mijn spaargeld op een 'veilige rekening'.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["geld-weg"])], &["bank"]),
    s("Een 'bankmedewerker' liet me een app installeren. Er is nog niets weg.", &[OVER, ME, ("soort", &["fraude", "account"]), ("geld", &["toegang", "weet-niet"]), ("account-wat", &["bankzaken"])], &["bank"]),
    s("Ik heb mijn pincode gegeven aan iemand die belde namens de bank.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["toegang", "weet-niet"])], &["bank"]),
    s("Ik betaalde voor een fiets op Marktplaats en die kwam nooit.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["geld-weg"])], &["bank"]),
    s("Een koper stuurde een betaalverzoek met een link. Ik heb niets ingevuld.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["niets"])], &["fraudehelpdesk"]),
    s("Ik kreeg een sms over een pakketje met een link. Ik klikte niet.", &[OVER, ("wie", &["ik", "getuige"]), ("soort", &["fraude"]), ("geld", &["niets"])], &["fraudehelpdesk"]),
    s("Een e-mail zei dat mijn rekening geblokkeerd wordt. Ik heb ingelogd via de link.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["toegang", "weet-niet", "niets"])], &["bank", "fraudehelpdesk"]),
    s("Een vrouw belde dat ze mijn kleindochter was en geld nodig had. Ik heb niets betaald.", &[OVER, ME, ("soort", &["fraude"]), ("geld", &["niets"])], &["fraudehelpdesk"]),
    // Accounts and identity.
    s("Ik kreeg een rekening voor een telefoonabonnement dat ik nooit afsloot.", &[OVER, ME, ("soort", &["account", "fraude"]), ("account-wat", &["naam"]), ("geld", &["niets", "weet-niet"])], &["identiteitsfraude", "fraudehelpdesk", "bank"]),
    s("Mijn WhatsApp is gehackt en mijn vrienden krijgen verzoeken om geld.", &[OVER, ME, ("soort", &["account", "fraude"]), ("account-wat", &["overgenomen"]), ("geld", &["niets", "weet-niet"])], &["digihulplijn", "fraudehelpdesk", "bank"]),
    s("Iemand is in de bankapp van mijn vader gekomen.", &[OVER, ("wie", &["ander"]), ("soort", &["account", "fraude"]), ("account-wat", &["bankzaken"]), ("geld", &["toegang", "geld-weg", "weet-niet"])], &["bank"]),
    // Home, online abuse, worries about a person.
    s("De buren slaan hun kind elke avond. Nu is het stil.", &[OVER, SAW, ("soort", &["thuis"])], &["veilig-thuis"]),
    s("Mijn partner bedreigt mij. Hij is nu op zijn werk.", &[("gevaar", &["voorbij", "ja"]), ME, ("soort", &["thuis"])], &["veilig-thuis", "112"]),
    s("Mijn dochter wordt geslagen door haar vriend, bij wie ze woont.", &[OVER, HELPING, ("soort", &["thuis", "geweld"])], &["veilig-thuis", "politie"]),
    s("Mijn vader van 85 wordt door iemand die bij hem helpt bestolen en gekleineerd.", &[OVER, HELPING, ("soort", &["thuis", "diefstal"]), ("diefstal-wat", &["gestolen"])], &["veilig-thuis", "aangifte-online", "politie"]),
    s("Mijn zoon wordt afgeperst met een naaktfoto.", &[("gevaar", &["voorbij", "ja"]), HELPING, ("soort", &["online"]), ("online-wat", &["jonger"])], &["helpwanted", "112"]),
    s("Een foto van mijn dochter gaat rond in een groepsapp op school.", &[OVER, HELPING, ("soort", &["online"]), ("online-wat", &["jonger"])], &["helpwanted"]),
    s("Ik ben 16 en iemand dreigt mijn naaktfoto te delen.", &[OVER, ME, ("soort", &["online"]), ("online-wat", &["jonger"])], &["helpwanted"]),
    s("Ik ben 35 en word afgeperst met beelden van een videogesprek.", &[OVER, ME, ("soort", &["online"]), ("online-wat", &["volwassen"])], &["politie", "helpwanted"]),
    s("Ik zag op een website beelden van seksueel misbruik van een kind.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["online"]), ("online-wat", &["beelden-kind"])], &["meldpunt-kinderporno"]),
    s("Een man zoekt online contact met mijn dochter van 12 en wil afspreken.", &[("gevaar", &["voorbij", "ja"]), HELPING, ("soort", &["online", "zorgen"]), ("online-wat", &["jonger"]), ("zorgen-wat", &["uitbuiting"])], &["helpwanted", "politie", "112"]),
    s("Mijn buurvrouw is de laatste tijd vaak verward.", &[OVER, ("wie", &["getuige", "ander"]), ("soort", &["zorgen"]), ("zorgen-wat", &["verward"])], &["politie"]),
    s("Mijn broer van 40 is al twee dagen onbereikbaar. Ik denk niet dat hij in gevaar is.", &[OVER, HELPING, ("soort", &["zorgen"]), ("zorgen-wat", &["vermist", "vermist-kwetsbaar"])], &["politie", "112"]),
    s("Mijn zoon van 15 wordt gevraagd zijn bankpas uit te lenen, voor geld.", &[OVER, HELPING, ("soort", &["zorgen", "fraude"]), ("zorgen-wat", &["bankpas"]), ("pas", &["pas-niet", "pas-gegeven"]), ("geld", &["niets", "weet-niet"])], &["politie", "bank", "fraudehelpdesk"]),
    s("Mijn dochter heeft haar bankpas al uitgeleend aan een jongen.", &[OVER, HELPING, ("soort", &["zorgen", "fraude"]), ("zorgen-wat", &["bankpas"]), ("pas", &["pas-gegeven"]), ("geld", &["toegang", "weet-niet", "geld-weg"])], &["bank"]),
    s("Mijn dochter van 17 heeft een 'vriend' die haar laat afspreken met oudere mannen.", &[("gevaar", &["voorbij", "ja"]), HELPING, ("soort", &["zorgen"]), ("zorgen-wat", &["uitbuiting"])], &["politie", "112"]),
    s("Mijn neef raakt in de ban van extremistische filmpjes.", &[OVER, ("wie", &["ander", "getuige"]), ("soort", &["zorgen"]), ("zorgen-wat", &["radicalisering"])], &["politie"]),
    // Crime in the neighbourhood.
    s("Ik weet waar drugs liggen opgeslagen en wil anoniem blijven.", &[OVER, SAW, ("soort", &["ondermijning"]), ("anoniem", &["anoniem-ja"])], &["meld-misdaad-anoniem"]),
    s("Het huis naast ons ruikt naar hennep en de ramen zijn altijd dicht. Mijn naam mag erbij.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["ondermijning", "overlast"]), ("overlast-van", &["pand"]), ("anoniem", &["anoniem-nee"])], &["politie"]),
    s("Bij een huis in de straat komen de hele dag mensen die kort blijven.", &[OVER, SAW, ("soort", &["overlast", "ondermijning"]), ("overlast-van", &["pand"]), ("anoniem", &["anoniem-ja", "anoniem-nee"])], &["meld-misdaad-anoniem", "politie"]),
    s("Ik denk dat een buurman gestolen spullen verkoopt.", &[OVER, SAW, ("soort", &["ondermijning"]), ("anoniem", &["anoniem-ja", "anoniem-nee"])], &["meld-misdaad-anoniem", "politie"]),
    s("Een auto reed gisteravond langzaam langs elk huis.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["straat"])], &["politie"]),
    // Nuisance that keeps happening, public space, found property.
    s("Jongeren hangen elke avond rond bij de winkels.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["overlast"]), ("overlast-van", &["jeugd"])], &["politie"]),
    s("Onze buren maken al maanden ruzie met ons over de schutting, in Gooise Meren.", &[OVER, ME, ("soort", &["overlast", "anders"]), ("overlast-van", &["buren"]), ("gemeente", &["gooise-meren"])], &["gemeente", "politie"]),
    s("Elk weekend racen auto's door onze straat in Laren.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["overlast", "straat"]), ("overlast-van", &["verkeer-vaak", "jeugd"])], &["politie"]),
    s("Een lantaarnpaal in Hilversum is kapot.", &[("gevaar", &["voorbij", "overlast-nu"]), ("wie", &["getuige", "ik"]), ("soort", &["openbare-ruimte"]), ("nu", &["kapot"]), ("gemeente", &["hilversum"])], &["gemeente"]),
    s("Iemand heeft vuilniszakken in het park in Huizen gedumpt.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["openbare-ruimte"]), ("gemeente", &["huizen"])], &["gemeente"]),
    s("Er ligt een losse tegel op de stoep bij mijn zus in Amersfoort.", &[("gevaar", &["voorbij", "overlast-nu"]), ("wie", &["getuige", "ik"]), ("soort", &["openbare-ruimte"]), ("nu", &["kapot"]), ("gemeente", &["andere-gemeente"])], &["gemeente"]),
    s("Ik vond een portemonnee op straat in Blaricum.", &[OVER, ("wie", &["getuige", "ik"]), ("soort", &["gevonden"]), ("gemeente", &["blaricum"])], &["gemeente"]),
    // Businesses.
    s("Onze zaak is getroffen door gijzelsoftware.", &[OVER, ME, ("soort", &["bedrijf"]), ("bedrijf-wat", &["ransomware"])], &["politie"]),
    s("Bij een hack zijn de klantgegevens van ons bedrijf gestolen.", &[OVER, ME, ("soort", &["bedrijf"]), ("bedrijf-wat", &["ransomware"])], &["politie"]),
    s("Wij hebben een factuur betaald die vals bleek.", &[OVER, ME, ("soort", &["bedrijf", "fraude"]), ("bedrijf-wat", &["betaald"]), ("geld", &["geld-weg"])], &["bank"]),
    s("Een 'directeur' mailde dat we snel moesten betalen. We hebben niet betaald.", &[OVER, ME, ("soort", &["bedrijf", "fraude"]), ("bedrijf-wat", &["poging"]), ("geld", &["niets"])], &["fraudehelpdesk"]),
    // Not sure what it is.
    s("Er klopt iets niet met de winkel op de hoek, maar ik weet niet wat.", &[OVER, SAW, ("soort", &["anders", "ondermijning"]), ("anoniem", &["anoniem-nee", "anoniem-ja"])], &["politie", "meld-misdaad-anoniem"]),
];

/// Walks a situation with every combination of its plausible answers. Returns the outcome
/// of the intended answers (all first picks) and every path's outcome.
fn walk_situation(
    t: &Tree<'static>,
    sit: &Situation,
) -> (&'static Outcome, Vec<(Answers, &'static Outcome)>) {
    fn go(
        t: &Tree<'static>,
        sit: &Situation,
        answers: Answers,
        out: &mut Vec<(Answers, &'static Outcome)>,
    ) {
        match t.walk(&answers).end {
            End::Outcome(o) => out.push((answers, o)),
            End::Open(q) => {
                let Some((_, picks)) = sit.picks.iter().find(|(id, _)| *id == q) else {
                    panic!("{}: the flow asks '{q}', which this situation did not expect ({answers:?})", sit.said);
                };
                for pick in picks.iter() {
                    assert!(t.is_valid(q, pick), "{}: {q}={pick} is no option", sit.said);
                    let mut next = answers.clone();
                    next.insert(q.to_string(), pick.to_string());
                    go(t, sit, next, out);
                }
            }
            End::Broken => panic!("{}: dead end at {answers:?}", sit.said),
        }
    }
    let intended: Answers = sit
        .picks
        .iter()
        .map(|(q, picks)| (q.to_string(), picks[0].to_string()))
        .collect();
    let End::Outcome(first) = t.walk(&intended).end else {
        panic!("{}: the intended answers do not finish the flow", sit.said);
    };
    let mut out = Vec::new();
    go(t, sit, Answers::new(), &mut out);
    (first, out)
}

#[test]
fn situations_in_plain_words_reach_the_right_channel_under_every_plausible_answer() {
    let t = tree();
    assert!(SITUATIONS.len() >= 60, "{}", SITUATIONS.len());
    let mut robust = 0;
    let mut wrong = Vec::new();
    let mut walked = 0;
    for sit in SITUATIONS {
        let (intended, paths) = walk_situation(&t, sit);
        assert_eq!(intended.primary.channel, sit.ok[0], "{}", sit.said);
        walked += paths.len();
        let bad: Vec<String> = paths
            .iter()
            .filter(|(_, o)| !sit.ok.contains(&o.primary.channel.as_ref()))
            .map(|(a, o)| format!("{a:?} -> {}", o.primary.channel))
            .collect();
        if bad.is_empty() {
            robust += 1;
        } else {
            wrong.push(format!("{}: {}", sit.said, bad.join("; ")));
        }
    }
    println!(
        "situations: {}, right under every plausible answer: {robust}, paths walked: {walked}",
        SITUATIONS.len()
    );
    assert!(wrong.is_empty(), "not robust:\n{}", wrong.join("\n"));
}

/// A link into the report flow from a tip or a municipality page (checked by the content
/// rules' `app_path_exists`) opens what it names for someone who has answered nothing: the
/// content check and the app follow one rule. Before, the check accepted any question id and
/// "advies", which the app sends back to the first question as "not available".
#[test]
fn every_report_link_the_content_check_accepts_opens_without_a_notice() {
    use waakzaam::content::{self, validate::app_path_exists, QUESTIONS};
    use waakzaam::domain::triage::Request;
    let t = tree();
    let c = content::all();
    let mut candidates: Vec<String> = vec![
        "advies".into(),
        "overzicht".into(),
        "spoed".into(),
        "saar".into(),
        "bestaat-niet".into(),
    ];
    for q in QUESTIONS {
        candidates.push(q.id.to_string());
        candidates.extend(q.options.iter().map(|o| o.id.to_string()));
    }
    let mut accepted = 0;
    for id in &candidates {
        let request = t.parse(id);
        let (_, notice) = t.resolve(&request, &Answers::new());
        let opens = notice.is_none() && request != Request::Unknown;
        assert_eq!(
            app_path_exists(&c, &format!("melden/{id}")),
            opens,
            "melden/{id}"
        );
        accepted += usize::from(opens);
    }
    assert!(accepted >= 10, "{accepted}");
    // Deeper questions and the advice are not links.
    assert!(!app_path_exists(&c, "melden/nu"));
    assert!(!app_path_exists(&c, "melden/advies"));
    assert!(app_path_exists(&c, "melden/spoed"));
}

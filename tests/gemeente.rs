//! The figures on the municipality pages are the plans' own: every number in
//! src/content/gemeente.toml is checked against the text of the safety plan (a verbatim
//! excerpt in tests/data, itself checked against shared/seeds when that folder is there).

use std::path::PathBuf;

use waakzaam::content::{FIGURES, FIGURE_YEARS, MUNICIPALITIES, PRIORITIES, RATINGS};

fn excerpt() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/seed-002-cijfers.txt");
    std::fs::read_to_string(path).expect("tests/data/seed-002-cijfers.txt")
}

/// The excerpt's lines without the two comment lines at the top.
fn seed_lines() -> Vec<String> {
    excerpt()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_figure_matches_its_row_in_the_plan() {
    let lines = seed_lines();
    let header = format!(
        "Gooi en Vechtstreek {}",
        FIGURE_YEARS
            .iter()
            .map(u16::to_string)
            .collect::<Vec<_>>()
            .join(" ")
    );
    assert_eq!(lines[0].trim(), header, "the table's years");
    for f in FIGURES {
        let row = lines
            .iter()
            .find(|l| {
                l.strip_prefix(f.seed_label.as_ref()).is_some_and(|rest| {
                    rest.starts_with(' ')
                        && rest.trim().split(' ').all(|n| n.parse::<u32>().is_ok())
                })
            })
            .unwrap_or_else(|| panic!("no row '{}' in the plan", f.seed_label));
        let numbers: Vec<u16> = row[f.seed_label.len()..]
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(numbers, f.values.to_vec(), "{}", f.id);
    }
    // Every numeric row of the plan's table is on the page (the "VVC" heading has none).
    let numeric_rows = lines[1..]
        .iter()
        .take_while(|l| !l.starts_with("Rapportcijfer"))
        .filter(|l| {
            l.split_whitespace()
                .last()
                .is_some_and(|n| n.parse::<u32>().is_ok())
        })
        .count();
    assert_eq!(numeric_rows, FIGURES.len());
}

#[test]
fn every_rating_matches_the_plan() {
    let lines = seed_lines();
    for r in RATINGS {
        let m = MUNICIPALITIES
            .iter()
            .find(|m| m.id == r.municipality)
            .unwrap();
        let expected = format!("{}{}", m.name, r.mark);
        let line = lines
            .iter()
            .find(|l| l.starts_with(&expected) && !l[expected.len()..].starts_with('*'))
            .unwrap_or_else(|| panic!("no rating line for {expected}"));
        let score = line[expected.len()..].trim().replace(',', ".");
        assert_eq!(
            score.parse::<f32>().unwrap(),
            r.tenths as f32 / 10.0,
            "{}",
            m.id
        );
    }
    assert_eq!(RATINGS.len(), MUNICIPALITIES.len());
}

#[test]
fn the_excerpt_is_verbatim_from_the_plan_when_the_seeds_are_here() {
    let seed =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/002_9bb81bfd79dadf5b.txt");
    // CI runs in a clean clone without shared/: then the excerpt stands on its own.
    let Ok(seed) = std::fs::read_to_string(seed) else {
        return;
    };
    let plan: Vec<&str> = seed.lines().collect();
    for line in seed_lines() {
        assert!(plan.contains(&line.as_str()), "not in the plan: {line:?}");
    }
}

#[test]
fn every_municipality_has_district_priorities_and_its_police_team_priority() {
    for m in MUNICIPALITIES {
        let ids: Vec<&str> = PRIORITIES
            .iter()
            .filter(|p| p.municipalities.contains(&m.id))
            .map(|p| p.id.as_ref())
            .collect();
        assert!(
            ids.contains(&"ondermijning") && ids.contains(&"digitale-veiligheid"),
            "{}",
            m.id
        );
        let team = if m.police_team == "Gooi Noord" {
            "zorg-en-veiligheid"
        } else {
            "maatschappelijke-onrust"
        };
        assert!(ids.contains(&team), "{}: {ids:?}", m.id);
    }
    let hilversum: Vec<&str> = PRIORITIES
        .iter()
        .filter(|p| p.municipalities.iter().any(|m| m == "hilversum"))
        .map(|p| p.id.as_ref())
        .collect();
    assert!(hilversum.contains(&"drugshandel-op-straat"));
}

// --- What the plans and the municipalities actually say (issue 16) -----------------------

fn municipality(id: &str) -> &'static waakzaam::schema::Municipality {
    MUNICIPALITIES.iter().find(|m| m.id == id).unwrap()
}

fn priority(id: &str) -> &'static waakzaam::schema::Priority {
    PRIORITIES.iter().find(|p| p.id == id).unwrap()
}

#[test]
fn municipal_contacts_follow_the_december_2026_facts() {
    use waakzaam::schema::HasPhones;
    // Hilversum's handhaving page is a formal, signed request: never the report link.
    let hilversum = municipality("hilversum");
    assert!(hilversum
        .report_url
        .as_deref()
        .is_none_or(|u| !u.contains("aanvraag-om-handhaving")));
    assert!(hilversum.callable_phones().any(|p| p.tel == "14035"));
    // Gooise Meren's general number is confirmed on its own site.
    assert!(municipality("gooise-meren")
        .callable_phones()
        .any(|p| p.tel == "0352070000"));
    // Blaricum and Laren: the BEL Combinatie's office is in Eemnes.
    for id in ["blaricum", "laren"] {
        let note = municipality(id).note.as_ref().unwrap();
        assert!(
            note.nl.contains("Eemnes") && note.en.contains("Eemnes"),
            "{id}"
        );
    }
    let wijdemeren = municipality("wijdemeren").note.as_ref().unwrap();
    for word in ["Fixi", "Versa Welzijn", "buurtbemiddeling"] {
        assert!(
            wijdemeren.nl.to_lowercase().contains(&word.to_lowercase()),
            "{word}"
        );
    }
}

#[test]
fn priorities_say_who_chose_them_as_the_plans_do() {
    // District and basisteam priorities are chosen by the triangle, not by "the police".
    for id in [
        "ondermijning",
        "digitale-veiligheid",
        "zorg-en-veiligheid",
        "maatschappelijke-onrust",
    ] {
        let scope = &priority(id).scope.nl;
        for who in ["burgemeesters", "politie"] {
            assert!(scope.contains(who), "{id}: '{scope}' should name the {who}");
        }
        assert!(
            scope.contains("Openbaar Ministerie") || scope.contains("officier van justitie"),
            "{id}: '{scope}' should name the public prosecutor"
        );
    }
    // Blaricum's youth priority is youth crime, not nuisance (seed 000).
    let jeugd = priority("jeugd");
    assert!(jeugd.why.nl.contains("misdaad") && !jeugd.why.nl.contains("overlast"));
    // Laren's burglaries had fallen; the risk stayed above average (seed 001).
    let laren = &priority("woninginbraken-laren").why.nl;
    assert!(laren.contains("daalde") && laren.contains("groter dan gemiddeld"));
    // "Fewer burglaries, more online" was the corona years, not the present.
    assert!(!priority("digitale-veiligheid")
        .why
        .nl
        .contains("Minder inbraken"));
}

//! The municipality pages' priorities and figures.

use super::*;

/// The rules for gemeente.toml: figures cover every year, ratings and priorities name real
/// municipalities, links go to pages that exist, texts use only verified numbers and "u".
pub fn validate_gemeente(
    c: &ContentRef,
    years: &[u16],
    figures: &[Figure],
    ratings: &[Rating],
    priorities: &[Priority],
    plan_sources: [&str; 2],
) -> Vec<String> {
    let mut errors = Vec::new();
    for id in plan_sources {
        if !c.sources.iter().any(|s| s.id == id) {
            errors.push(format!("gemeente: source '{id}' is not in sources.toml"));
        }
    }
    let allowed = Allowed::from(c);
    let is_municipality = |id: &str| c.municipalities.iter().any(|m| m.id == id);
    if years.is_empty() || years.windows(2).any(|w| w[1] != w[0] + 1) {
        errors.push("gemeente: years must be consecutive".into());
    }
    unique(
        "figure id",
        figures.iter().map(|f| f.id.as_ref()),
        &mut errors,
    );
    for f in figures {
        let at = format!("figure {}", f.id);
        if f.values.len() != years.len() {
            errors.push(format!(
                "{at}: {} values for {} years",
                f.values.len(),
                years.len()
            ));
        }
        check_texts(&at, [&f.label], &allowed, &mut errors);
    }
    for m in c.municipalities {
        let n = ratings.iter().filter(|r| r.municipality == m.id).count();
        if n != 1 {
            errors.push(format!("rating: {} has {n} ratings, needs 1", m.id));
        }
    }
    for r in ratings {
        if !is_municipality(&r.municipality) || !(10..=100).contains(&r.tenths) {
            errors.push(format!(
                "rating {}: unknown municipality or score",
                r.municipality
            ));
        }
    }
    unique(
        "priority id",
        priorities.iter().map(|p| p.id.as_ref()),
        &mut errors,
    );
    for p in priorities {
        let at = format!("priority {}", p.id);
        if p.municipalities.is_empty() || !p.municipalities.iter().all(|m| is_municipality(m)) {
            errors.push(format!("{at}: municipalities must be known ids"));
        }
        source_ids_ok(&at, std::slice::from_ref(&p.source), c.sources, &mut errors);
        let texts = [&p.scope, &p.title, &p.why, &p.act];
        check_texts(
            &at,
            texts.into_iter().chain(p.links.iter().map(|l| &l.label)),
            &allowed,
            &mut errors,
        );
        u_form_ok(&at, [&p.title, &p.why, &p.act], &mut errors);
        b1_ok(&at, [&p.title, &p.why, &p.act], &mut errors);
        for link in p.links.iter() {
            if !app_path_exists(c, &link.path) {
                errors.push(format!("{at}: link '{}' goes nowhere", link.path));
            }
        }
    }
    errors
}

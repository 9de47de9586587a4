//! The report flow's rules: every reference resolves, every text is complete, and which
//! links into the flow the app opens.

use super::*;

/// The report flow: every reference resolves, every text is complete, at most two others.
/// Whether every path ends well is proven by walking them all (domain::triage tests).
pub(super) fn melden_ok(c: &ContentRef, allowed: &Allowed, errors: &mut Vec<String>) {
    let questions = c.questions;
    unique(
        "question id",
        questions.iter().map(|q| q.id.as_ref()),
        errors,
    );
    unique(
        "outcome id",
        c.outcomes.iter().map(|o| o.id.as_ref()),
        errors,
    );
    if questions.is_empty() {
        errors.push("melden: no questions".into());
    }
    let options_of = |q: &Question| -> Vec<String> {
        let own = q.options.iter().map(|o| o.id.to_string());
        if q.municipalities {
            c.municipalities
                .iter()
                .map(|m| m.id.to_string())
                .chain(own)
                .collect()
        } else {
            own.collect()
        }
    };
    for q in questions {
        let at = format!("question {}", q.id);
        slug_ok(&at, &q.id, errors);
        if MELDEN_PAGES.contains(&q.id.as_ref()) {
            errors.push(format!("{at}: id is a reserved page name"));
        }
        if !q.municipalities && q.options.is_empty() {
            errors.push(format!("{at}: needs options, or municipalities = true"));
        }
        unique(
            &format!("{at} option"),
            q.options.iter().map(|o| o.id.as_ref()),
            errors,
        );
        check_texts(
            &at,
            [&q.title].into_iter().chain(q.hint.iter()),
            allowed,
            errors,
        );
        for o in q.options.iter() {
            slug_ok(&at, &o.id, errors);
            // Options double as deep links (/melden/fraude): they must not shadow a page.
            let shadows =
                MELDEN_PAGES.contains(&o.id.as_ref()) || questions.iter().any(|x| x.id == o.id);
            if shadows {
                errors.push(format!(
                    "{at}: option '{}' clashes with a page or question",
                    o.id
                ));
            }
            check_texts(
                &at,
                [&o.label].into_iter().chain(o.hint.iter()),
                allowed,
                errors,
            );
        }
        if q.next.is_empty() {
            errors.push(format!("{at}: has no next rules"));
        }
        for rule in q.next.iter() {
            match (&rule.goto, &rule.outcome) {
                (Some(g), None) if questions.iter().any(|x| x.id == *g) => {}
                (None, Some(o)) if c.outcomes.iter().any(|x| x.id == *o) => {}
                _ => errors.push(format!("{at}: a rule needs one known goto or outcome")),
            }
            for cond in rule.when.iter() {
                let known = cond.split_once('=').is_some_and(|(qid, oid)| {
                    questions
                        .iter()
                        .find(|x| x.id == qid)
                        .is_some_and(|x| options_of(x).iter().any(|o| o == oid))
                });
                if !known {
                    errors.push(format!("{at}: condition '{cond}' names no known answer"));
                }
            }
        }
    }
    // The ids the app's code reads by name (schema::TOPIC_QUESTION and the ones after it).
    let named = |q: &str, option: Option<&str>| {
        questions
            .iter()
            .any(|x| x.id == q && option.is_none_or(|o| x.options.iter().any(|y| y.id == o)))
    };
    let code_names = [
        (TOPIC_QUESTION, None),
        (WHO_QUESTION, Some(WHO_ME)),
        (WHO_QUESTION, Some(WHO_HELPING)),
    ];
    for (q, option) in code_names {
        if !named(q, option) {
            let what = option.map_or(format!("question '{q}'"), |o| format!("answer '{q}={o}'"));
            errors.push(format!(
                "melden: the app reads {what} by name, but the flow has none (rename it in schema.rs too)"
            ));
        }
    }
    if !questions
        .iter()
        .any(|q| q.id == MUNICIPALITY_QUESTION && q.municipalities)
    {
        errors.push(format!(
            "melden: the app reads the municipality from question '{MUNICIPALITY_QUESTION}', which must have municipalities = true"
        ));
    }
    for t in c.tips {
        if let Some(branch) = &t.melden {
            // Only the topics are deep links that start a fresh branch; an option deeper in
            // the tree would skip the questions before it.
            let known = questions
                .iter()
                .filter(|q| q.id == TOPIC_QUESTION)
                .any(|q| q.options.iter().any(|o| o.id == *branch));
            if !known {
                errors.push(format!(
                    "tip {}: melden '{branch}' is no answer of the flow",
                    t.slug
                ));
            }
        }
    }
    for o in c.outcomes {
        let at = format!("outcome {}", o.id);
        slug_ok(&at, &o.id, errors);
        if o.others.len() > 2 {
            errors.push(format!("{at}: at most two other channels"));
        }
        let all = std::iter::once(&o.primary)
            .chain(o.others.iter())
            .chain(o.afterwards.iter());
        for advice in all {
            let known = advice.channel == MUNICIPALITY_CHANNEL
                || c.channels.iter().any(|ch| ch.id == advice.channel);
            if !known {
                errors.push(format!("{at}: unknown channel '{}'", advice.channel));
            }
        }
        // A channel's own "not for" list, as data: M. takes no aangifte, 112 no nuisance.
        let primary = c.channels.iter().find(|ch| ch.id == o.primary.channel);
        if primary.is_some_and(|ch| ch.excludes.contains(&o.kind)) {
            errors.push(format!(
                "{at}: primary channel '{}' is not for '{}' (its excludes)",
                o.primary.channel, o.kind
            ));
        }
        if !o.afterwards.is_empty() && !o.emergency {
            errors.push(format!("{at}: 'afterwards' is only for the 112 page"));
        }
        if o.emergency && o.primary.channel != EMERGENCY_ID {
            errors.push(format!(
                "{at}: an emergency outcome must send people to 112"
            ));
        }
        let texts = [&o.title, &o.primary.why]
            .into_iter()
            .chain(o.others.iter().map(|a| &a.why))
            .chain(o.afterwards.iter().map(|a| &a.why))
            .chain(o.say.iter())
            .chain(o.first.iter())
            .chain(o.ready.iter())
            .chain(o.warnings.iter());
        check_texts(&at, texts, allowed, errors);
    }
}

/// Whether an app path without language ("tips/phishing", "melden/fraude") is a real page.
pub fn app_path_exists(c: &ContentRef, path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["tips", slug] => c.tips.iter().any(|t| t.slug == *slug),
        ["checklists", slug] => c.checklists.iter().any(|l| l.slug == *slug),
        // What the app opens for someone without answers (`Tree::parse` then `resolve`; the
        // test `every_report_link_the_content_check_accepts_opens_without_a_notice` holds the
        // two to one rule): the first question, a topic (a deep link), the 112 page or the
        // buurtpreventie explainer. A question deeper in the tree, or the advice, would be
        // sent back to the first question with "that step is not available".
        ["melden", id] => {
            MELDEN_LINKABLE_PAGES.contains(id)
                || c.questions.first().is_some_and(|q| q.id == *id)
                || c.questions
                    .iter()
                    .any(|q| q.id == TOPIC_QUESTION && q.options.iter().any(|o| o.id == *id))
        }
        [page] => [
            "tips",
            "checklists",
            "melden",
            "workshop",
            "gemeente",
            "over",
        ]
        .contains(page),
        _ => false,
    }
}

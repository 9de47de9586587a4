//! Language rules: both languages complete, B1 Dutch, "u" or "je" by audience, no internal
//! notes on a page, a figure with its source.

use super::*;

pub(super) fn check_texts<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    allowed: &Allowed,
    errors: &mut Vec<String>,
) {
    for text in texts {
        for locale in Locale::ALL {
            let s = text.get(locale);
            if s.trim().is_empty() {
                errors.push(format!("{at}: empty {} text", locale.code()));
            }
            for number in phone_like(s) {
                if allowed.unverified_phones.contains(&number) {
                    errors.push(format!("{at}: shows unverified number {number}"));
                } else if !allowed.phones.contains(&number) {
                    errors.push(format!("{at}: number {number} is not in the channels data"));
                }
            }
            for r in internal_references(s) {
                errors.push(format!("{at}: shows the file or path '{r}'"));
            }
            for host in hosts_in(s) {
                if !allowed.hosts.contains(&host) {
                    errors.push(format!(
                        "{at}: web address {host} is not in the channels data"
                    ));
                }
            }
        }
    }
}

/// Dutch tips and checklists speak to the reader as "u", never "je"/"jij"/"jouw": the
/// choice is made once (README) and kept, also in "hoe je het herkent".
pub fn informal_words(dutch: &str) -> Vec<&str> {
    const INFORMAL: [&str; 6] = ["je", "jij", "jou", "jouw", "jezelf", "jullie"];
    dutch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| INFORMAL.iter().any(|i| w.eq_ignore_ascii_case(i)))
        .collect()
}

/// B1 per text (see `b1_problems`), for the texts residents read as advice.
pub(super) fn b1_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    errors: &mut Vec<String>,
) {
    for text in texts {
        for p in b1_problems(&text.nl) {
            errors.push(format!("{at}: not B1: {p}"));
        }
    }
}

/// "u", "uw", "uzelf": the form for adults, wrong on a page meant for young people only.
pub fn formal_words(dutch: &str) -> Vec<&str> {
    const FORMAL: [&str; 3] = ["u", "uw", "uzelf"];
    dutch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| FORMAL.iter().any(|f| w.eq_ignore_ascii_case(f)))
        .collect()
}

/// The form of address per audience: "je" for texts meant for young people only (their
/// tips page, a tip or checklist only for them), "u" for everything residents, seniors and
/// business owners read. Interface texts say who they are for by the end of their key.
pub fn audience_form_ok(at: &str, audiences: &[Audience], text: &Text, errors: &mut Vec<String>) {
    if audiences == [Audience::Jongeren] {
        let found = formal_words(&text.nl);
        if !found.is_empty() {
            errors.push(format!(
                "{at}: for young people, says '{}'; use 'je'",
                found.join("', '")
            ));
        }
    } else {
        u_form_ok(at, [text], errors);
    }
}

/// Texts both pupils and adults see address nobody: neither "je" nor "u".
pub(super) fn neutral_form_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    errors: &mut Vec<String>,
) {
    for text in texts {
        let found: Vec<&str> = informal_words(&text.nl)
            .into_iter()
            .chain(formal_words(&text.nl))
            .collect();
        if !found.is_empty() {
            errors.push(format!(
                "{at}: pupils and adults both see this, but it says '{}'; address nobody",
                found.join("', '")
            ));
        }
    }
}

pub(super) fn u_form_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    errors: &mut Vec<String>,
) {
    for text in texts {
        let found = informal_words(&text.nl);
        if !found.is_empty() {
            errors.push(format!("{at}: says '{}'; use 'u'", found.join("', '")));
        }
    }
}

/// A percentage in a text needs a source on the same item, and "CBS" needs a CBS source:
/// a figure from one publication is never credited to another.
pub(super) fn figures_ok<'a>(
    at: &str,
    texts: impl IntoIterator<Item = &'a Text>,
    ids: &[Str],
    sources: &[Source],
    errors: &mut Vec<String>,
) {
    let cited: Vec<&Source> = sources.iter().filter(|s| ids.contains(&s.id)).collect();
    for text in texts {
        for locale in Locale::ALL {
            for f in figures_needing_source(text.get(locale)) {
                if f == "CBS" {
                    if !cited.iter().any(|s| s.publisher.contains("CBS")) {
                        errors.push(format!("{at}: names CBS without a CBS source"));
                    }
                } else if cited.is_empty() {
                    errors.push(format!(
                        "{at}: figure '{f}' without a source on the same item"
                    ));
                }
            }
        }
    }
}

/// Grammar words that give away a text in the other language: "the" in a Dutch title, "het"
/// in an English one. Names (Meld Misdaad Anoniem, BEL Combinatie) have none of these.
pub fn words_of_other_language(text: &str, locale: Locale) -> Vec<&str> {
    const ENGLISH: [&str; 16] = [
        "the",
        "and",
        "of",
        "with",
        "for",
        "only",
        "per",
        "unverified",
        "list",
        "page",
        "police",
        "texts",
        "explained",
        "number",
        "quoted",
        "on",
    ];
    // Not "en": "Gooi en Vechtstreek" is a name.
    const DUTCH: [&str; 13] = [
        "de", "het", "een", "van", "voor", "met", "niet", "bij", "uw", "wij", "zijn", "naar",
        "over",
    ];
    let list: &[&str] = match locale {
        Locale::Nl => &ENGLISH,
        Locale::En => &DUTCH,
    };
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| list.iter().any(|x| w.eq_ignore_ascii_case(x)))
        .collect()
}

/// A repository path or a file name in public text: "shared/facts/channels.md", "seed 002",
/// "tips.toml". Web addresses ("politie.nl") are fine: they are checked against the data.
pub fn internal_references(text: &str) -> Vec<&str> {
    const FILE_ENDINGS: [&str; 8] = [
        ".md", ".toml", ".rs", ".txt", ".json", ".ts", ".pdf", ".yml",
    ];
    text.split(|c: char| c.is_whitespace() || "()[];,\"'".contains(c))
        .filter(|w| {
            let lower = w.to_ascii_lowercase();
            let lower = lower.trim_end_matches(['.', ':', '!', '?']);
            lower.starts_with("shared/")
                || lower.starts_with("src/")
                || lower.starts_with("../")
                || lower.contains("seeds/")
                || FILE_ENDINGS.iter().any(|e| lower.ends_with(e))
        })
        .collect()
}

/// B1 for Dutch: at most this many words in a sentence…
pub const MAX_SENTENCE_WORDS: usize = 25;

/// …and no word longer than this, unless it is a name people must recognise.
pub const MAX_WORD_LETTERS: usize = 18;

pub const LONG_WORDS_ALLOWED: [&str; 7] = [
    "burgerservicenummer",
    "Fraudehelpdesk",
    "Veiligheidsplan",
    "Politiekeurmerk",
    "kerntrekbeveiliging",
    "Veiligheidsmonitor",
    "Cybersecuritymonitor",
];

/// Dutch sentences that are too long and words that are too long for B1 readers.
pub fn b1_problems(dutch: &str) -> Vec<String> {
    let mut found = Vec::new();
    for sentence in dutch.split(['.', '?', '!', ':', ';']) {
        let n = sentence.split_whitespace().count();
        if n > MAX_SENTENCE_WORDS {
            found.push(format!("a sentence of {n} words"));
        }
    }
    for word in dutch.split(|c: char| !c.is_alphanumeric()) {
        let allowed = LONG_WORDS_ALLOWED
            .iter()
            .any(|a| word.to_lowercase().contains(&a.to_lowercase()));
        if word.chars().count() > MAX_WORD_LETTERS && !allowed {
            found.push(format!("the long word '{word}'"));
        }
    }
    found
}

/// A figure that needs a source: a percentage, or "CBS" (a CBS figure needs a CBS source).
pub fn figures_needing_source(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%');
        let next = words.get(i + 1).map(|n| {
            n.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        });
        let digits_only = !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == ',');
        if bare.ends_with('%')
            || (digits_only && matches!(next.as_deref(), Some("procent" | "percent")))
        {
            found.push(bare.to_string());
        }
        if bare == "CBS" {
            found.push("CBS".to_string());
        }
    }
    found
}

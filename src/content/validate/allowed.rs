//! What may be shown: the phone numbers and web addresses of the channels data, and how
//! numbers and addresses are found in a text.

use super::*;

/// The numbers and web hosts the channels data vouches for.
pub struct Allowed {
    /// Digits of every verified number.
    pub phones: BTreeSet<String>,
    /// Digits of every number that is in the data but unverified: never to be shown.
    pub unverified_phones: BTreeSet<String>,
    /// Hosts of every channel and municipal website and every source page.
    pub hosts: BTreeSet<String>,
}

impl Allowed {
    pub fn from(c: &ContentRef) -> Allowed {
        let all_phones = c
            .channels
            .iter()
            .flat_map(|ch| ch.phones.iter())
            .chain(c.municipalities.iter().flat_map(|m| m.phones.iter()));
        let (mut phones, mut unverified_phones) = (BTreeSet::new(), BTreeSet::new());
        for p in all_phones {
            let set = if p.verified {
                &mut phones
            } else {
                &mut unverified_phones
            };
            set.insert(digits(&p.display));
        }
        let urls = c
            .channels
            .iter()
            .filter_map(|ch| ch.url.as_deref())
            .chain(c.municipalities.iter().map(|m| m.website.as_ref()))
            .chain(
                c.municipalities
                    .iter()
                    .filter_map(|m| m.report_url.as_deref()),
            );
        let source_pages = c.sources.iter().filter_map(|s| s.url.as_deref());
        let hosts = urls.chain(source_pages).map(host_of).collect();
        Allowed {
            phones,
            unverified_phones,
            hosts,
        }
    }
}

/// "https://www.politie.nl/x" and "politie.nl/x" both give "politie.nl".
pub fn host_of(url: &str) -> String {
    let rest = url
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.trim_start_matches("www.").to_ascii_lowercase()
}

pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Phone-number-like runs in a text: digits with spaces or dashes between, starting with 0,
/// or 112, or a municipal 14 0xx number. Years, times ("09:00-17:00") and percentages do not.
pub fn phone_like(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &ch) in chars.iter().enumerate() {
        let joins = (ch == ' ' || ch == '-')
            && !run.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if ch.is_ascii_digit() {
            run.push(ch);
        } else if !joins {
            push_phone(&mut found, &run);
            run.clear();
        }
    }
    push_phone(&mut found, &run);
    found
}

pub(super) fn push_phone(found: &mut Vec<String>, run: &str) {
    // Dutch numbers starting with 0 have at least 8 digits (0800-7000); shorter runs are times.
    let looks_like_phone = run == "112"
        || (run.starts_with('0') && run.len() >= 8)
        || (run.starts_with("140") && run.len() == 5);
    if looks_like_phone {
        found.push(run.to_string());
    }
}

/// Web-address-like words in a text ("fraudehelpdesk.nl", "https://x.nl/y").
pub fn hosts_in(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '"' | '\''))
        .map(|w| w.trim_end_matches(['.', ':', ';', '!', '?']))
        .filter(|w| {
            let host = host_of(w);
            host.contains('.')
                && [".nl", ".com", ".org", ".eu", ".net"]
                    .iter()
                    .any(|tld| host.ends_with(tld))
        })
        .map(host_of)
        .collect()
}

//! Instant tip search: by audience, by topic, and by words typed (in the page language),
//! ignoring case and accents so "phishing" finds "Phishing" and "e-mail" finds "email".

use crate::schema::{Audience, Locale, Tip, Topic};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub audience: Option<Audience>,
    pub topic: Option<Topic>,
    pub query: String,
}

/// Lowercase, accents off (every accented Latin letter, `domain::fold`), punctuation to
/// spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(base) = crate::domain::fold::fold(c) {
            out.push_str(base);
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out
}

impl Filter {
    pub fn matches(&self, tip: &Tip, locale: Locale) -> bool {
        if let Some(a) = self.audience {
            if !tip.audiences.contains(&a) {
                return false;
            }
        }
        if let Some(t) = self.topic {
            if tip.topic != t {
                return false;
            }
        }
        let words: Vec<String> = normalize(&self.query)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if words.is_empty() {
            return true;
        }
        let mut haystack = normalize(tip.title.get(locale));
        haystack.push(' ');
        haystack.push_str(&normalize(tip.recognise.get(locale)));
        for s in tip.steps.iter() {
            haystack.push(' ');
            haystack.push_str(&normalize(s.get(locale)));
        }
        haystack.push(' ');
        haystack.push_str(&tip.slug.replace('-', " "));
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    pub fn apply<'a>(&self, tips: &'a [Tip], locale: Locale) -> Vec<&'a Tip> {
        tips.iter().filter(|t| self.matches(t, locale)).collect()
    }

    /// The filter from an address: the audience page it is on, `?zoek=` and `?onderwerp=`.
    /// An unknown topic is ignored (an old or mistyped link still shows tips).
    pub fn from_address(
        audience: Option<Audience>,
        words: Option<String>,
        topic: Option<String>,
    ) -> Filter {
        Filter {
            audience,
            topic: topic.as_deref().and_then(Topic::from_slug),
            query: words.unwrap_or_default(),
        }
    }

    /// The query part of the address that brings this filter back ("" when there is none),
    /// so a search survives "back" and can be shared.
    pub fn query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.query.trim().is_empty() {
            parts.push(format!("zoek={}", encode_component(self.query.trim())));
        }
        if let Some(t) = self.topic {
            parts.push(format!("onderwerp={}", t.slug()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Everything but RFC 3986's unreserved characters is encoded in a query value.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes text for a URL query value (UTF-8 bytes, unreserved characters kept).
pub fn encode_component(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, COMPONENT).to_string()
}

/// Other tips to read next: the same topic first, then tips for the same people, in the
/// order of the file; never the tip itself.
pub fn related<'a>(tip: &Tip, tips: &'a [Tip], limit: usize) -> Vec<&'a Tip> {
    let others = || tips.iter().filter(|t| t.slug != tip.slug);
    let same_topic = others().filter(|t| t.topic == tip.topic);
    let same_people = others()
        .filter(|t| t.topic != tip.topic && t.audiences.iter().any(|a| tip.audiences.contains(a)));
    same_topic.chain(same_people).take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::TIPS;

    #[test]
    fn normalize_folds_every_accented_latin_letter_not_only_the_dutch_ones() {
        // Before, only a, e, i, o, u with four accents were folded: "ç", "ñ", "ß", "ø", "ĳ"
        // and the capitals Ì, Ò, Ù stayed, so "Curaçao" never matched "curacao".
        assert_eq!(normalize("Curaçao"), "curacao");
        assert_eq!(normalize("Straße"), "strasse");
        assert_eq!(normalize("ĲSSELMEER"), "ijsselmeer");
        assert_eq!(normalize("Ørsted, Ìsola, Ùnico"), "orsted  isola  unico");
        assert_eq!(normalize("ideeën in België"), "ideeen in belgie");
    }

    #[test]
    fn encode_component_keeps_only_unreserved_characters() {
        assert_eq!(
            encode_component("a b&c=d/é~-_."),
            "a%20b%26c%3Dd%2F%C3%A9~-_."
        );
    }

    #[test]
    fn normalize_ignores_case_accents_and_punctuation() {
        assert_eq!(normalize("Phishing-mail, É!"), "phishing mail  e ");
    }

    #[test]
    fn filters_by_audience_topic_and_words() {
        let all = Filter::default().apply(TIPS, Locale::Nl);
        assert_eq!(all.len(), TIPS.len());
        let seniors = Filter {
            audience: Some(Audience::Senioren),
            ..Default::default()
        };
        assert!(seniors
            .apply(TIPS, Locale::Nl)
            .iter()
            .all(|t| t.audiences.contains(&Audience::Senioren)));
        let words = Filter {
            query: "NIEUW nummer".into(),
            ..Default::default()
        };
        let found: Vec<&str> = words
            .apply(TIPS, Locale::Nl)
            .iter()
            .map(|t| t.slug.as_ref())
            .collect();
        assert!(found.contains(&"vriend-in-nood"), "{found:?}");
        let english = Filter {
            query: "new number".into(),
            ..Default::default()
        };
        assert!(!english.apply(TIPS, Locale::En).is_empty());
        let nothing = Filter {
            query: "zzzqqq".into(),
            ..Default::default()
        };
        assert!(nothing.apply(TIPS, Locale::Nl).is_empty());
        let topic = Filter {
            topic: Some(Topic::AanDeDeur),
            ..Default::default()
        };
        assert!(topic
            .apply(TIPS, Locale::Nl)
            .iter()
            .all(|t| t.topic == Topic::AanDeDeur));
    }

    #[test]
    fn the_filter_round_trips_through_the_address() {
        let f = Filter::from_address(
            Some(Audience::Senioren),
            Some("pincode bank".into()),
            Some("oplichting".into()),
        );
        assert_eq!(
            f.query_string(),
            "?zoek=pincode%20bank&onderwerp=oplichting"
        );
        assert_eq!(f.audience, Some(Audience::Senioren));
        // Unknown topics are dropped; empty filters give no query part.
        let f = Filter::from_address(None, Some("  ".into()), Some("<script>".into()));
        assert_eq!(f.topic, None);
        assert_eq!(f.query_string(), "");
        assert_eq!(
            encode_component("Tip: bel nú!"),
            "Tip%3A%20bel%20n%C3%BA%21"
        );
        assert_eq!(encode_component("a-b_c.d~"), "a-b_c.d~");
    }

    #[test]
    fn related_tips_share_the_topic_first_then_the_people() {
        let tip = TIPS.iter().find(|t| t.slug == "fietsdiefstal").unwrap();
        let next = related(tip, TIPS, 3);
        assert_eq!(next.len(), 3);
        assert!(next.iter().all(|t| t.slug != tip.slug));
        // "auto" is the other theft tip: it comes first.
        assert_eq!(next[0].slug, "auto");
        assert!(next[1..]
            .iter()
            .all(|t| t.audiences.iter().any(|a| tip.audiences.contains(a))));
        for t in TIPS {
            assert!(
                !related(t, TIPS, 3).is_empty(),
                "{} has no related tips",
                t.slug
            );
        }
    }

    #[test]
    fn audience_slugs_round_trip() {
        for a in Audience::ALL {
            assert_eq!(Audience::from_slug(a.slug()), Some(a));
        }
        assert_eq!(Audience::from_slug("iedereen"), None);
    }
}

//! Instant tip search: by audience, by topic, and by words typed (in the page language),
//! ignoring case and accents so "phishing" finds "Phishing" and "e-mail" finds "email".

use crate::schema::{Audience, Locale, Tip};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub audience: Option<Audience>,
    pub topic: Option<String>,
    pub query: String,
}

/// Lowercase, accents off, punctuation to spaces.
pub fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ï' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ö' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ü' => 'u',
            c if c.is_alphanumeric() => c.to_ascii_lowercase(),
            _ => ' ',
        })
        .collect::<String>()
        .to_lowercase()
}

impl Filter {
    pub fn matches(&self, tip: &Tip, locale: Locale) -> bool {
        if let Some(a) = self.audience {
            if !tip.audiences.contains(&a) {
                return false;
            }
        }
        if let Some(t) = &self.topic {
            if tip.topic != *t {
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
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::Inwoners,
        Audience::Senioren,
        Audience::Ondernemers,
        Audience::Jongeren,
    ];

    /// URL slug: /nl/tips/voor/<slug>.
    pub fn slug(self) -> &'static str {
        match self {
            Audience::Inwoners => "inwoners",
            Audience::Senioren => "senioren",
            Audience::Ondernemers => "ondernemers",
            Audience::Jongeren => "jongeren",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::TIPS;

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
            topic: Some("aan-de-deur".into()),
            ..Default::default()
        };
        assert!(topic
            .apply(TIPS, Locale::Nl)
            .iter()
            .all(|t| t.topic == "aan-de-deur"));
    }

    #[test]
    fn audience_slugs_round_trip() {
        for a in Audience::ALL {
            assert_eq!(Audience::from_slug(a.slug()), Some(a));
        }
        assert_eq!(Audience::from_slug("iedereen"), None);
    }
}

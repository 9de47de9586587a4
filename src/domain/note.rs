//! The report note ("what did you see"): four short fields the person fills in while it is
//! fresh, saved on the device only, and turned into plain text to read out or paste.

/// The fields, in the order a 112 operator or M. asks for them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Note {
    pub what: String,
    pub place: String,
    pub time: String,
    pub who: String,
}

/// Saved form: version, then the four fields, separated by control characters that cannot
/// be typed (they are stripped from the input), so any text round-trips.
const VERSION: &str = "note1";
const FIELD_SEP: char = '\u{1f}';

impl Note {
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|f| f.trim().is_empty())
    }

    pub fn fields(&self) -> [&str; 4] {
        [&self.what, &self.place, &self.time, &self.who]
    }

    pub fn encode(&self) -> String {
        let mut out = String::from(VERSION);
        for f in self.fields() {
            out.push(FIELD_SEP);
            out.extend(f.chars().filter(|c| *c != FIELD_SEP));
        }
        out
    }

    /// None for anything that is not a saved note of this version (old or corrupted).
    pub fn decode(text: &str) -> Option<Note> {
        let mut parts = text.split(FIELD_SEP);
        if parts.next()? != VERSION {
            return None;
        }
        let mut next = || parts.next().map(str::to_string);
        let note = Note {
            what: next()?,
            place: next()?,
            time: next()?,
            who: next()?,
        };
        parts.next().is_none().then_some(note)
    }

    /// "Wat: …\nWaar: …" with the labels of the page language; empty fields left out.
    pub fn as_text(&self, labels: [&str; 4]) -> String {
        labels
            .iter()
            .zip(self.fields())
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, value)| format!("{label}: {}", value.trim()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The buurtpreventie group message (SAAR: say whether 112 was called). Fills the
/// template's {wat}, {waar}, {wanneer} (ui::fill::SaarTemplate) from the note; blanks become "…".
pub fn group_message(note: &Note, called_112: &str, locale: crate::schema::Locale) -> String {
    let or_dots = |s: &str| {
        let s = s.trim();
        if s.is_empty() {
            "…".to_string()
        } else {
            s.to_string()
        }
    };
    crate::content::ui::fill::SaarTemplate {
        wat: &or_dots(&note.what),
        waar: &or_dots(&note.place),
        wanneer: &or_dots(&note.time),
        gebeld: &called_112,
    }
    .text(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note() -> Note {
        Note {
            what: "Man probeert deurklinken".into(),
            place: "Kerkstraat, Laren".into(),
            time: "22:10".into(),
            who: "Lang, zwarte jas; grijze auto".into(),
        }
    }

    #[test]
    fn round_trips_any_text() {
        let mut n = note();
        n.who = "regel 1\nregel 2; \"quotes\" = ok \u{1f} weg".into();
        let decoded = Note::decode(&n.encode()).unwrap();
        assert_eq!(decoded.who, "regel 1\nregel 2; \"quotes\" = ok  weg");
        assert_eq!(
            Note::decode(&Note::default().encode()),
            Some(Note::default())
        );
    }

    #[test]
    fn rejects_old_or_broken_notes() {
        for junk in [
            "",
            "note0\u{1f}a\u{1f}b\u{1f}c\u{1f}d",
            "note1\u{1f}a",
            "{\"what\":1}",
        ] {
            assert_eq!(Note::decode(junk), None, "{junk:?}");
        }
        let too_many = format!("{}\u{1f}extra", note().encode());
        assert_eq!(Note::decode(&too_many), None);
    }

    #[test]
    fn text_leaves_out_empty_fields() {
        let mut n = note();
        n.time = "  ".into();
        let text = n.as_text(["Wat", "Waar", "Wanneer", "Wie"]);
        assert_eq!(
            text,
            "Wat: Man probeert deurklinken\nWaar: Kerkstraat, Laren\nWie: Lang, zwarte jas; grijze auto"
        );
        assert!(Note::default().is_empty());
        assert_eq!(Note::default().as_text(["a", "b", "c", "d"]), "");
    }

    #[test]
    fn group_message_fills_the_template() {
        use crate::schema::Locale;
        let full = group_message(&note(), "ja", Locale::Nl);
        for part in [
            "Man probeert deurklinken",
            "Kerkstraat, Laren",
            "22:10",
            "ja",
        ] {
            assert!(full.contains(part), "{full}");
        }
        assert!(!full.contains('{'), "{full}");
        let empty = group_message(&Note::default(), "nee", Locale::En);
        assert!(empty.contains('…') && empty.contains("nee"), "{empty}");
        assert!(!empty.contains('{'), "{empty}");
    }
}

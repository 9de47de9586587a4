//! The sighting composer (`/nl/buurt/melding`): what a person sees, in the order a 112
//! operator asks for it, turned into two texts: the script to read out on the phone and the
//! message for the buurtpreventie group ("112 is gebeld" first). No photos, no names of
//! suspects: the form has no field for them.

/// Every field, in the order a 112 operator asks: what, where, when, the person, the vehicle,
/// the direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    What,
    Street,
    Number,
    Place,
    When,
    Height,
    Build,
    Clothing,
    Hair,
    Features,
    Age,
    Make,
    Colour,
    Lettering,
    Plate,
    Direction,
}

impl Field {
    pub const ALL: [Field; 16] = [
        Field::What,
        Field::Street,
        Field::Number,
        Field::Place,
        Field::When,
        Field::Height,
        Field::Build,
        Field::Clothing,
        Field::Hair,
        Field::Features,
        Field::Age,
        Field::Make,
        Field::Colour,
        Field::Lettering,
        Field::Plate,
        Field::Direction,
    ];

    /// Its id in the form (`id="melding-wat"`).
    pub fn id(self) -> &'static str {
        match self {
            Field::What => "wat",
            Field::Street => "straat",
            Field::Number => "nummer",
            Field::Place => "plaats",
            Field::When => "wanneer",
            Field::Height => "lengte",
            Field::Build => "postuur",
            Field::Clothing => "kleding",
            Field::Hair => "haar",
            Field::Features => "opvallend",
            Field::Age => "leeftijd",
            Field::Make => "merk",
            Field::Colour => "kleur",
            Field::Lettering => "opschrift",
            Field::Plate => "kenteken",
            Field::Direction => "richting",
        }
    }

    /// The part of the description it belongs to.
    pub fn group(self) -> Group {
        match self {
            Field::What => Group::What,
            Field::Street | Field::Number | Field::Place => Group::Where,
            Field::When => Group::When,
            Field::Height
            | Field::Build
            | Field::Clothing
            | Field::Hair
            | Field::Features
            | Field::Age => Group::Person,
            Field::Make | Field::Colour | Field::Lettering | Field::Plate => Group::Vehicle,
            Field::Direction => Group::Direction,
        }
    }
}

/// The parts of the description, in the operator's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    What,
    Where,
    When,
    Person,
    Vehicle,
    Direction,
}

impl Group {
    pub const ALL: [Group; 6] = [
        Group::What,
        Group::Where,
        Group::When,
        Group::Person,
        Group::Vehicle,
        Group::Direction,
    ];
}

/// The longest a field may be (the form says so with `maxlength`; a stored draft is cut).
pub const MAX_CHARS: usize = 400;

/// What the person filled in, and whether 112 has been called.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sighting {
    values: [String; 16],
    pub called_112: bool,
}

const VERSION: &str = "melding1";
const SEP: char = '\u{1f}';

impl Sighting {
    pub fn get(&self, f: Field) -> &str {
        &self.values[f as usize]
    }

    /// Sets a field as typed (any text; the separator of the stored form is dropped and the
    /// text cut at `MAX_CHARS`).
    pub fn set(&mut self, f: Field, value: &str) {
        self.values[f as usize] = value
            .chars()
            .filter(|c| *c != SEP)
            .take(MAX_CHARS)
            .collect();
    }

    /// How many fields have text (for "Mijn gegevens").
    pub fn filled_in(&self) -> usize {
        self.values.iter().filter(|v| !v.trim().is_empty()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.values.iter().all(|v| v.trim().is_empty())
    }

    /// The stored form: version, the called flag, then every field.
    pub fn encode(&self) -> String {
        let mut out = format!("{VERSION}{SEP}{}", if self.called_112 { 1 } else { 0 });
        for v in &self.values {
            out.push(SEP);
            out.push_str(v);
        }
        out
    }

    /// None for anything that is not a stored draft of this version (old or damaged).
    pub fn decode(text: &str) -> Option<Sighting> {
        let mut parts = text.split(SEP);
        if parts.next()? != VERSION {
            return None;
        }
        let called_112 = match parts.next()? {
            "1" => true,
            "0" => false,
            _ => return None,
        };
        let mut s = Sighting {
            called_112,
            ..Default::default()
        };
        for f in Field::ALL {
            s.set(f, parts.next()?);
        }
        parts.next().is_none().then_some(s)
    }

    /// A field for display: line breaks and runs of spaces become one space; a number plate
    /// in any format is written the Dutch way where it has six letters and digits.
    pub fn shown(&self, f: Field) -> String {
        let v = one_line(self.get(f));
        if f == Field::Plate {
            plate(&v)
        } else {
            v
        }
    }

    /// One part of the description: its filled-in fields, each with its label where the part
    /// has more than one kind of detail (`label(field)`), empty ones left out; None if empty.
    pub fn part(&self, group: Group, label: impl Fn(Field) -> String) -> Option<String> {
        let fields: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| f.group() == group && !self.shown(*f).is_empty())
            .collect();
        if fields.is_empty() {
            return None;
        }
        let text = match group {
            // "Kerkstraat 12, Laren": as people say an address.
            Group::Where => {
                let street = [Field::Street, Field::Number]
                    .into_iter()
                    .map(|f| self.shown(f))
                    .filter(|v| !v.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                [street, self.shown(Field::Place)]
                    .into_iter()
                    .filter(|v| !v.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            Group::Person | Group::Vehicle => fields
                .iter()
                .map(|f| format!("{} {}", label(*f), self.shown(*f)))
                .collect::<Vec<_>>()
                .join("; "),
            _ => self.shown(fields[0]),
        };
        Some(text)
    }

    /// The 112 script: one line per part, in the operator's order, empty parts left out.
    /// `heading(group)` names each part, `label(field)` each detail of a person or vehicle.
    pub fn script(
        &self,
        heading: impl Fn(Group) -> String,
        label: impl Fn(Field) -> String,
    ) -> Vec<(String, String)> {
        Group::ALL
            .into_iter()
            .filter_map(|g| self.part(g, &label).map(|text| (heading(g), text)))
            .collect()
    }

    /// The group message: whether 112 was called first (`called` is that line in the page's
    /// language), then the description, one part a line.
    pub fn group_message(
        &self,
        called: &str,
        heading: impl Fn(Group) -> String,
        label: impl Fn(Field) -> String,
    ) -> String {
        let mut lines = vec![called.to_string()];
        lines.extend(
            self.script(heading, label)
                .into_iter()
                .map(|(h, t)| format!("{h}: {t}")),
        );
        lines.join("\n")
    }
}

/// Line breaks, tabs and runs of spaces as one space; trimmed.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number plate for display. Dutch plates have six letters and digits in two or three
/// groups: typed in any way ("ab123c", "AB 123 C", "ab-12-cd") it is shown as "AB-123-C";
/// anything else (a foreign plate, part of one) in capitals as typed. Never rejected.
pub fn plate(typed: &str) -> String {
    let typed = one_line(typed);
    let chars: Vec<char> = typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.len() != 6 {
        return typed.to_uppercase();
    }
    // Runs of letters and of digits.
    let mut runs: Vec<String> = Vec::new();
    for c in chars {
        match runs.last_mut() {
            Some(run) if run.ends_with(|p: char| p.is_ascii_digit() == c.is_ascii_digit()) => {
                run.push(c)
            }
            _ => runs.push(c.to_string()),
        }
    }
    // "XX9999" is XX-99-99: a run of four splits in two.
    if runs.len() == 2 {
        if let Some(i) = runs.iter().position(|r| r.len() == 4) {
            let (a, b) = runs[i].split_at(2);
            let (a, b) = (a.to_string(), b.to_string());
            runs.splice(i..=i, [a, b]);
        }
    }
    runs.join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(g: Group) -> String {
        format!("{g:?}")
    }

    fn label(f: Field) -> String {
        f.id().to_string()
    }

    fn full() -> Sighting {
        let mut s = Sighting::default();
        for (f, v) in [
            (Field::What, "Man probeert deurklinken"),
            (Field::Street, "Kerkstraat"),
            (Field::Number, "12"),
            (Field::Place, "Laren"),
            (Field::When, "22:10"),
            (Field::Height, "ongeveer 1,80 m"),
            (Field::Clothing, "zwarte muts, groene jas, spijkerbroek"),
            (Field::Age, "20 tot 25"),
            (Field::Colour, "grijs"),
            (Field::Plate, "ab 123 c"),
            (Field::Direction, "richting Hilversum"),
        ] {
            s.set(f, v);
        }
        s
    }

    #[test]
    fn the_script_follows_the_operators_order_and_leaves_out_empty_fields() {
        let script = full().script(heading, label);
        let groups: Vec<&str> = script.iter().map(|(h, _)| h.as_str()).collect();
        assert_eq!(
            groups,
            ["What", "Where", "When", "Person", "Vehicle", "Direction"]
        );
        assert_eq!(script[1].1, "Kerkstraat 12, Laren");
        assert_eq!(
            script[3].1,
            "lengte ongeveer 1,80 m; kleding zwarte muts, groene jas, spijkerbroek; leeftijd 20 tot 25"
        );
        assert_eq!(script[4].1, "kleur grijs; kenteken AB-123-C");
        // Nothing about a vehicle: no vehicle line at all.
        let mut walker = full();
        walker.set(Field::Colour, "  ");
        walker.set(Field::Plate, "");
        let groups: Vec<String> = walker
            .script(heading, label)
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert!(!groups.contains(&"Vehicle".to_string()));
        assert!(Sighting::default().script(heading, label).is_empty());
    }

    #[test]
    fn the_group_message_starts_with_the_112_line() {
        let mut s = full();
        let msg = s.group_message("112 is niet gebeld.", heading, label);
        assert!(msg.starts_with("112 is niet gebeld.\nWhat: Man probeert deurklinken\n"));
        s.called_112 = true;
        let msg = s.group_message("112 is gebeld.", heading, label);
        assert_eq!(msg.lines().next(), Some("112 is gebeld."));
        assert_eq!(msg.lines().last(), Some("Direction: richting Hilversum"));
        // Only the 112 line when nothing is filled in.
        assert_eq!(
            Sighting::default().group_message("112 is gebeld.", heading, label),
            "112 is gebeld."
        );
    }

    #[test]
    fn line_breaks_emoji_and_long_text_are_kept_readable() {
        let mut s = Sighting::default();
        s.set(
            Field::What,
            "Twee mannen\n\nbij de schuur 🚲\tmet\r\neen tas",
        );
        assert_eq!(
            s.shown(Field::What),
            "Twee mannen bij de schuur 🚲 met een tas"
        );
        let msg = s.group_message("112 is gebeld.", heading, label);
        assert_eq!(msg.lines().count(), 2, "one line per part: {msg}");
        s.set(Field::Features, &"x".repeat(5000));
        assert_eq!(s.get(Field::Features).chars().count(), MAX_CHARS);
        s.set(Field::Hair, &"😀".repeat(MAX_CHARS + 10));
        assert_eq!(s.get(Field::Hair).chars().count(), MAX_CHARS);
    }

    #[test]
    fn number_plates_are_shown_the_dutch_way_and_never_rejected() {
        for (typed, shown) in [
            ("ab123c", "AB-123-C"),
            ("AB 123 C", "AB-123-C"),
            ("ab-12-cd", "AB-12-CD"),
            ("12abc3", "12-ABC-3"),
            ("xx9999", "XX-99-99"),
            ("9999xx", "99-99-XX"),
            ("1-abc-23", "1-ABC-23"),
            ("  gz 12  3x ", "GZ-123-X"),
            ("ab-12", "AB-12"),
            ("B AB 1234", "B AB 1234"),
            ("ab\n123c", "AB-123-C"),
            ("weet ik niet", "WEET IK NIET"),
            ("🚗", "🚗"),
            ("", ""),
        ] {
            assert_eq!(plate(typed), shown, "{typed:?}");
        }
    }

    #[test]
    fn drafts_round_trip_and_old_or_broken_ones_are_refused() {
        let mut s = full();
        s.called_112 = true;
        s.set(Field::Features, "regel 1\nregel 2 \u{1f} ; \"quotes\"");
        let back = Sighting::decode(&s.encode()).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.get(Field::Features), "regel 1\nregel 2  ; \"quotes\"");
        assert_eq!(
            Sighting::decode(&Sighting::default().encode()),
            Some(Sighting::default())
        );
        for junk in [
            "",
            "melding0\u{1f}1",
            "melding1\u{1f}2",
            "{\"wat\":1}",
            "melding1",
        ] {
            assert_eq!(Sighting::decode(junk), None, "{junk:?}");
        }
        let too_many = format!("{}\u{1f}extra", s.encode());
        assert_eq!(Sighting::decode(&too_many), None);
    }

    proptest::proptest! {
        #[test]
        fn any_text_survives_and_nothing_panics(a in ".*", b in ".*") {
            let _ = Sighting::decode(&a);
            let _ = plate(&a);
            let mut s = Sighting::default();
            s.set(Field::What, &a);
            s.set(Field::Plate, &b);
            let back = Sighting::decode(&s.encode());
            proptest::prop_assert_eq!(back.as_ref(), Some(&s));
            let msg = s.group_message("112", heading, label);
            proptest::prop_assert!(msg.starts_with("112"));
        }
    }
}

//! The typed shape of Waakzaam's content files (`src/content/*.toml`).
//!
//! This file is compiled twice: by `build/main.rs`, which parses the TOML into these types,
//! checks it and writes it out as Rust statics, and by the app, which reads those statics.
//! Strings and lists are `Cow<'static, …>` so the same type can be parsed at build time
//! (owned) and baked into the binary (borrowed, no parsing or allocation at run time).
//! Keep it free of anything but `std` and `serde`.

use serde::Deserialize;
use std::borrow::Cow;

pub type Str = Cow<'static, str>;
pub type List<T> = Cow<'static, [T]>;

/// A closed list of ids that the content files write by name: the enum, `ALL` in order,
/// `slug()` (the name in the files and in addresses), `from_slug()`, and serde reading the
/// name, so an unknown one stops the build with the valid names listed. The names live here
/// once; nothing else spells them.
macro_rules! slug_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident = $slug:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $slug)] $variant,)+
        }

        impl $name {
            pub const ALL: [$name; [$($slug),+].len()] = [$($name::$variant),+];

            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.slug() == slug)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}

/// The languages Waakzaam speaks. Dutch first: it is the default for everyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Nl,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Nl, Locale::En];

    /// The code used in URLs, `<html lang>` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    /// The language's own name, for the language switch (never a flag).
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code {
            "nl" => Some(Locale::Nl),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

/// One text in both languages. Every user-facing string in the content is one of these,
/// so a missing translation is a build error, not a blank spot on a page.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Nl => &self.nl,
            Locale::En => &self.en,
        }
    }
}

/// Where a fact comes from: one entry of sources.toml, cited by id from tips, checklists,
/// channels and municipality pages, and listed on the "Over" page by publisher. Everything
/// here is public text: a resident reads the title and opens the link to check it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Str,
    /// Who published it, as a resident knows them: "Politie", "Gemeente Hilversum".
    pub publisher: Str,
    /// The page's or document's title in each language (a plan: its name and years).
    pub title: Text,
    /// The page, with https://. None for a plan or for a news item we only know by name.
    #[serde(default)]
    pub url: Option<Str>,
    pub grade: Grade,
    /// For a secondary source, what kind of publisher it is, shown after its name so a
    /// resident sees it is not the organisation's own word.
    #[serde(default)]
    pub kind: Option<SourceKind>,
    /// Year and month someone last read it: "2026-11".
    pub checked: Str,
}

slug_enum! {
    /// Whose word a source is.
    pub enum Grade {
        /// The organisation's own page, a government page or a safety plan.
        Own = "O",
        /// Secondary: news, a seller, another region; shown as such, with its `SourceKind`.
        Secondary = "S",
    }
}

slug_enum! {
    /// What a secondary source is: a news site, a company (a seller, a bank, an insurer), a
    /// press release, an organisation that is not the one giving the advice, a page from
    /// another region, or (when none fits) just another source. Each has a label in ui.toml
    /// (`source_kind_<slug>`).
    pub enum SourceKind {
        News = "news",
        Company = "company",
        Press = "press",
        Organisation = "organisation",
        Region = "region",
        Other = "other",
    }
}

/// An item's list of sources: ids of `Source` entries in sources.toml.
pub type SourceIds = List<Str>;

/// A phone number as shown and as dialled.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    /// As people read it aloud: "0900-8844".
    pub display: Str,
    /// Digits only, for the `tel:` link: "09008844".
    pub tel: Str,
    /// False when no source confirms the number: it is kept for the editor, never shown.
    pub verified: bool,
    /// "free", "24/7", "paid": a short note shown next to the number.
    #[serde(default)]
    pub note: Option<Text>,
}

impl Phone {
    pub fn href(&self) -> String {
        format!("tel:{}", self.tel)
    }
}

/// A place to report or get help: 112, the police, M., Fraudehelpdesk, …
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub id: Str,
    pub name: Text,
    #[serde(default)]
    pub phones: List<Phone>,
    /// The channel's website, with https://.
    #[serde(default)]
    pub url: Option<Str>,
    pub when: Text,
    #[serde(default)]
    pub not_for: Option<Text>,
    #[serde(default)]
    pub availability: Option<Text>,
    /// What happens after you report: honest about what the channel does not do.
    #[serde(default)]
    pub after: Option<Text>,
    /// What this channel is not for, as outcome kinds (its `not_for` text in words): the
    /// build rejects an outcome whose primary channel excludes that outcome's kind.
    #[serde(default)]
    pub excludes: List<OutcomeKind>,
    pub sources: SourceIds,
    /// Year and month the facts were last checked: "2026-11".
    pub checked: Str,
    /// False when any fact of this entry rests on no source.
    pub verified: bool,
}

/// One of the six municipalities of Gooi en Vechtstreek.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    pub id: Str,
    pub name: Str,
    pub website: Str,
    #[serde(default)]
    pub phones: List<Phone>,
    /// Where to report a problem in public space (MOR), when a source confirms it.
    #[serde(default)]
    pub report_url: Option<Str>,
    /// Police basisteam.
    pub police_team: Str,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: SourceIds,
    pub checked: Str,
    pub verified: bool,
}

/// Anything with phone numbers: the one place that decides which of them may be shown.
pub trait HasPhones {
    fn all_phones(&self) -> &[Phone];

    /// Only numbers a source confirms. Views must use this, never the raw list.
    fn callable_phones(&self) -> impl Iterator<Item = &Phone> {
        self.all_phones().iter().filter(|p| p.verified)
    }
}

impl HasPhones for Channel {
    fn all_phones(&self) -> &[Phone] {
        &self.phones
    }
}

impl HasPhones for Municipality {
    fn all_phones(&self) -> &[Phone] {
        &self.phones
    }
}

slug_enum! {
    /// Who a tip is for (a tip can be for several); the slug is the address
    /// /nl/tips/voor/<slug>.
    pub enum Audience {
        Inwoners = "inwoners",
        Senioren = "senioren",
        Ondernemers = "ondernemers",
        Jongeren = "jongeren",
    }
}

slug_enum! {
    /// A tip's topic: the tips page's filter (`?onderwerp=<slug>`), in the filter's order.
    pub enum Topic {
        Oplichting = "oplichting",
        Online = "online",
        AanDeDeur = "aan-de-deur",
        Inbraak = "inbraak",
        Diefstal = "diefstal",
        Criminaliteit = "criminaliteit",
        Melden = "melden",
    }
}

impl Topic {
    pub fn label(self, locale: Locale) -> &'static str {
        let (nl, en) = match self {
            Topic::Oplichting => ("Oplichting", "Scams"),
            Topic::Online => ("Online veilig", "Safe online"),
            Topic::AanDeDeur => ("Aan de deur", "At the door"),
            Topic::Inbraak => ("Inbraak", "Burglary"),
            Topic::Diefstal => ("Diefstal", "Theft"),
            Topic::Criminaliteit => ("Geronseld worden", "Being recruited"),
            Topic::Melden => ("Goed melden", "Reporting well"),
        };
        if locale == Locale::Nl {
            nl
        } else {
            en
        }
    }
}

/// A digital-safety or burglary tip.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    /// URL slug: /nl/tips/<slug>.
    pub slug: Str,
    pub audiences: List<Audience>,
    /// For the tips page's filter.
    pub topic: Topic,
    pub title: Text,
    /// One line: how to recognise it.
    pub recognise: Text,
    /// 3-6 concrete steps.
    pub steps: List<Text>,
    /// "Is it already happening?": which channels to contact, by channel id.
    pub channels: List<Str>,
    /// The report-flow branch for this situation (a deep link: /nl/melden/<melden>).
    #[serde(default)]
    pub melden: Option<Str>,
    pub sources: SourceIds,
    pub checked: Str,
}

/// One item of a checklist.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable id: progress on the device is stored by it.
    pub id: Str,
    pub text: Text,
    pub why: Text,
    /// How to do or check it, where the item itself does not say (its source is among the
    /// checklist's sources).
    #[serde(default)]
    pub how: Option<Text>,
    /// Higher first in "what to do next".
    pub weight: u8,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistSection {
    pub id: Str,
    pub title: Text,
    pub items: List<ChecklistItem>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub slug: Str,
    /// Who it is for: the audience pages of the tips link to it.
    pub audiences: List<Audience>,
    pub title: Text,
    pub intro: Text,
    pub sections: List<ChecklistSection>,
    pub sources: SourceIds,
    pub checked: Str,
}

// --- "Meld een vermoeden": the report flow as data (src/content/melden.toml) ---------------

/// One question page of the report flow.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Also the URL slug: /nl/melden/<id> (the first question lives at /nl/melden).
    pub id: Str,
    pub title: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    pub options: List<AnswerOption>,
    /// When true the options are the municipalities in channels.toml.
    #[serde(default)]
    pub municipalities: bool,
    /// When true the options' hints come after the list, as examples, so that every answer
    /// fits the first screen (the flow's first question, at the largest text size).
    #[serde(default)]
    pub hints_after: bool,
    /// Tried in order; the first rule whose conditions hold decides where to go.
    pub next: List<Rule>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    pub id: Str,
    pub label: Text,
    #[serde(default)]
    pub hint: Option<Text>,
    /// Abuse at home or online: once chosen, every step shows "Snel weg" (quick exit).
    #[serde(default)]
    pub sensitive: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Conditions "question=option"; all must hold. Empty: always holds.
    #[serde(default)]
    pub when: List<Str>,
    #[serde(default)]
    pub goto: Option<Str>,
    #[serde(default)]
    pub outcome: Option<Str>,
}

/// A channel on an advice page, with why it is the right one here.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// A channel id, or "gemeente" for the municipality the person chose.
    pub channel: Str,
    pub why: Text,
}

/// An advice page: one primary channel, at most two others.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: Str,
    /// The full-screen 112 page.
    #[serde(default)]
    pub emergency: bool,
    /// The person wants to stay anonymous: the note helper warns against writing their name.
    #[serde(default)]
    pub anonymous: bool,
    /// Offer the buurtpreventie SAAR explainer.
    #[serde(default)]
    pub saar: bool,
    /// What kind of report this is: checked against the primary channel's `excludes`.
    pub kind: OutcomeKind,
    /// The one-line answer at the top of the page: who to contact first, then what.
    pub title: Text,
    pub primary: Advice,
    #[serde(default)]
    pub others: List<Advice>,
    /// Only on the 112 page: where to go once the emergency is over (Veilig Thuis, …).
    #[serde(default)]
    pub afterwards: List<Advice>,
    /// What to say on the call.
    #[serde(default)]
    pub say: List<Text>,
    /// What to do first, before or while reporting (a business under attack: the first hour).
    #[serde(default)]
    pub first: List<Text>,
    /// What to have ready.
    #[serde(default)]
    pub ready: List<Text>,
    /// Where people commonly choose the wrong channel.
    #[serde(default)]
    pub warnings: List<Text>,
}

slug_enum! {
    /// Kinds of report.
    pub enum OutcomeKind {
        /// 112.
        Spoed = "spoed",
        /// Nuisance.
        Overlast = "overlast",
        /// A victim reports a crime.
        Aangifte = "aangifte",
        /// A witness passes on what they know.
        Tip = "tip",
        /// Register a scam attempt or a problem in public space.
        Melding = "melding",
        /// Support and advice.
        Hulp = "hulp",
    }
}

/// The report flow's own pages after /melden/ (not questions or deep links), one place for
/// the app's parser (domain::triage) and the content checks (content/validate/).
pub const MELDEN_ADVICE: &str = "advies";
pub const MELDEN_EMERGENCY: &str = "spoed";
pub const MELDEN_SAAR: &str = "saar";
/// The advice's old name (a summary page before it): old links still open the advice.
pub const MELDEN_ADVICE_OLD: &str = "overzicht";
pub const MELDEN_PAGES: [&str; 4] = [
    MELDEN_ADVICE,
    MELDEN_EMERGENCY,
    MELDEN_SAAR,
    MELDEN_ADVICE_OLD,
];
/// The pages a link from elsewhere may open without any answer given: the 112 page and the
/// buurtpreventie explainer (the advice needs the answers that lead to it).
pub const MELDEN_LINKABLE_PAGES: [&str; 2] = [MELDEN_EMERGENCY, MELDEN_SAAR];

/// The "what is it about?" question: its options are the flow's shareable deep links
/// (/nl/melden/fraude), used by tips, municipality pages and link previews.
pub const TOPIC_QUESTION: &str = "soort";

/// The pseudo channel id for "the municipality the person chose".
pub const MUNICIPALITY_CHANNEL: &str = "gemeente";

/// "Who did it happen to?" and the two answers the advice page reads by name: it speaks to a
/// helper about the person they help, and tells a victim (or their helper) how an aangifte
/// can keep an address out of the file. The build checks that the question and both answers
/// exist, so renaming one in melden.toml stops the build instead of changing the advice.
pub const WHO_QUESTION: &str = "wie";
pub const WHO_ME: &str = "ik";
pub const WHO_HELPING: &str = "ander";

/// The municipality question (`municipalities = true`): the advice shows the contact of the
/// municipality chosen there. Checked by the build like the ids above.
pub const MUNICIPALITY_QUESTION: &str = "gemeente";

// --- Veiligheid in uw gemeente (gemeente.toml) -------------------------------------------

/// One row of the district figures: registered crime or reports per year (`GemeenteFile`
/// years), with the row's label as the source document types it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Str,
    pub seed_label: Str,
    pub kind: FigureKind,
    pub label: Text,
    pub values: List<u16>,
}

/// "Rapportcijfer veiligheid in de buurt" of one municipality, in tenths (79 = 7,9).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub municipality: Str,
    pub tenths: u8,
    pub mark: Str,
}

/// A link to a page of the app: `path` without the language ("melden/fraude").
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppLink {
    pub path: Str,
    pub label: Text,
}

/// A priority of the safety plans, explained for residents, with what they can do.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priority {
    pub id: Str,
    pub municipalities: List<Str>,
    pub scope: Text,
    pub title: Text,
    pub why: Text,
    pub act: Text,
    pub links: List<AppLink>,
    /// The plan it comes from: a `Source` id.
    pub source: Str,
}

slug_enum! {
    /// The groups of district figures, each with its own chart.
    pub enum FigureKind {
        /// Visible crime: burglary, theft, violence.
        Zichtbaar = "zichtbaar",
        Online = "online",
        /// Reports of nuisance.
        Overlast = "overlast",
    }
}

// --- Workshop quiz (quiz.toml) -----------------------------------------------------------

/// One "Echt of nep?" item: a made-up message drawn as a mock-up, real or fake.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizItem {
    pub id: Str,
    /// Who sees it: one or more levels.
    pub levels: List<Level>,
    /// How it is drawn.
    pub kind: MockKind,
    pub real: bool,
    pub from: Text,
    pub body: Text,
    /// The telltale signs: literal parts of `body`, highlighted after answering.
    pub signs: List<QuizSign>,
    pub explain: Text,
    /// The persuasion techniques the message uses; for a genuine message, the ones it could
    /// be mistaken for. At least one.
    pub techniques: List<Technique>,
    /// The set the item was added in: 1 for the first 31 items, 2 for those of workshop
    /// version 2. A class code draws from a fixed set (`domain::quiz::session`), so adding
    /// items never reshuffles a class; never change an item's set.
    pub set: u8,
}

slug_enum! {
    /// A persuasion technique: what a scam does to the reader's judgement. Taught after every
    /// answer, counted on the end card, the theme of a class and the focus of a booster.
    pub enum Technique {
        /// "Alleen vandaag", "binnen een uur": no time to think or check.
        Haast = "haast",
        /// A bank, the police, a boss, a helpdesk, a moderator.
        Autoriteit = "autoriteit",
        /// Fear, pity or love: someone in trouble, a threat, a compliment.
        Emotie = "emotie",
        /// Free, won, far too cheap, easy money.
        TeMooi = "te-mooi",
        /// "Vertel het niemand."
        Geheim = "geheim",
        /// A new number or account of someone known.
        NieuwNummer = "nieuw-nummer",
        /// Paying (or "receiving") via a link or a QR code.
        Betaalverzoek = "betaalverzoek",
    }
}

impl Technique {
    /// One letter, for a class code ("T4821H15": theme Haast). X is "no theme".
    pub fn letter(self) -> char {
        match self {
            Technique::Haast => 'H',
            Technique::Autoriteit => 'A',
            Technique::Emotie => 'E',
            Technique::TeMooi => 'M',
            Technique::Geheim => 'G',
            Technique::NieuwNummer => 'N',
            Technique::Betaalverzoek => 'B',
        }
    }

    pub fn from_letter(c: char) -> Option<Technique> {
        Technique::ALL.into_iter().find(|t| t.letter() == c)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizSign {
    pub text: Text,
    pub why: Text,
}

slug_enum! {
    /// Who a quiz item is for: a class of 10-12 or 13-16 year olds, or adults (a neighbourhood
    /// evening). The slug is in quiz.toml and the lesson's address; the letter starts a
    /// class code.
    pub enum Level {
        Kids = "10-12",
        Teens = "13-16",
        Adults = "volwassenen",
    }
}

impl Level {
    /// First letter of a session code: K(inderen), T(ieners), V(olwassenen).
    pub fn letter(self) -> char {
        match self {
            Level::Kids => 'K',
            Level::Teens => 'T',
            Level::Adults => 'V',
        }
    }
}

/// The item sets a class code can draw from (see `QuizItem::set`).
pub const QUIZ_SETS: [u8; 2] = [1, 2];

slug_enum! {
    /// How a quiz message is drawn (`wz-mock--<slug>`): a chat, a text message, a mail, a
    /// direct message, a web shop, a call, someone at the door, an app's notice.
    pub enum MockKind {
        Whatsapp = "whatsapp",
        Sms = "sms",
        Mail = "mail",
        Dm = "dm",
        Shop = "shop",
        Call = "call",
        Deur = "deur",
        App = "app",
    }
}

/// A short, dated warning about a scam or a break-in pattern that is going on now
/// (`warnings.toml`). It shows from `start` to `end` (both days included, Dutch dates),
/// on the warnings page and the start page, and has its own address.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// URL slug: /nl/waarschuwingen/<id>.
    pub id: Str,
    /// First and last day it is current: "2026-11-01".
    pub start: Str,
    pub end: Str,
    pub audiences: List<Audience>,
    pub title: Text,
    /// Two or three short sentences: what happens, what to do.
    pub text: Text,
    /// The tip that says more (a tip slug).
    pub tip: Str,
    pub sources: SourceIds,
    pub checked: Str,
}

/// How to find or start a buurtpreventie or WhatsApp group in a municipality
/// (`[[buurtpreventie]]` in channels.toml): the municipality's own page where a source
/// confirms one, otherwise its website (`url` left out).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupInfo {
    /// A municipality id.
    pub municipality: Str,
    /// The municipality's own page about buurtpreventie, when verified.
    #[serde(default)]
    pub url: Option<Str>,
    pub sources: SourceIds,
    pub checked: Str,
}

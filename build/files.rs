//! The content files as they sit on disk, and how to read them.
//! Used by the build script and by the native content tests (same parser, same rules).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::schema::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelsFile {
    pub channel: Vec<Channel>,
    pub municipality: Vec<Municipality>,
    pub buurtpreventie: Vec<GroupInfo>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningsFile {
    pub warning: Vec<Warning>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TipsFile {
    pub tip: Vec<Tip>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistsFile {
    pub checklist: Vec<Checklist>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeldenFile {
    pub question: Vec<Question>,
    pub outcome: Vec<Outcome>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GemeenteFile {
    pub figures_source: String,
    pub ratings_source: String,
    pub years: Vec<u16>,
    pub figure: Vec<Figure>,
    pub rating: Vec<Rating>,
    pub priority: Vec<Priority>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    pub item: Vec<QuizItem>,
}

/// UI strings: key = { nl = "…", en = "…" }. Keys become statics in `ui::`.
pub type UiFile = BTreeMap<String, Text>;

pub struct Files {
    pub sources: SourcesFile,
    pub channels: ChannelsFile,
    pub tips: TipsFile,
    pub checklists: ChecklistsFile,
    pub ui: UiFile,
    pub melden: MeldenFile,
    pub gemeente: GemeenteFile,
    pub quiz: QuizFile,
    pub warnings: WarningsFile,
}

pub const FILE_NAMES: [&str; 9] = [
    "warnings.toml",
    "sources.toml",
    "quiz.toml",
    "gemeente.toml",
    "channels.toml",
    "tips.toml",
    "checklists.toml",
    "ui.toml",
    "melden.toml",
];

impl Files {
    /// Every content rule (content/validate/) applied to the files as read.
    pub fn problems(&self) -> Vec<String> {
        let ui: Vec<(&str, &Text)> = self.ui.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let content = crate::validate::ContentRef {
            sources: &self.sources.source,
            channels: &self.channels.channel,
            municipalities: &self.channels.municipality,
            tips: &self.tips.tip,
            checklists: &self.checklists.checklist,
            ui: &ui,
            questions: &self.melden.question,
            outcomes: &self.melden.outcome,
        };
        let g = &self.gemeente;
        let mut problems = crate::validate::validate(&content);
        problems.extend(crate::validate::validate_gemeente(
            &content,
            &g.years,
            &g.figure,
            &g.rating,
            &g.priority,
            [g.figures_source.as_str(), g.ratings_source.as_str()],
        ));
        problems.extend(crate::validate::validate_quiz(&content, &self.quiz.item));
        problems.extend(crate::validate::warnings::validate(
            &content,
            &self.warnings.warning,
            &self.channels.buurtpreventie,
        ));
        problems
    }
}

/// Reads and parses every content file in `dir` (src/content).
pub fn read(dir: &Path) -> Result<Files, String> {
    fn parse<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<T, String> {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
    Ok(Files {
        sources: parse(dir, "sources.toml")?,
        channels: parse(dir, "channels.toml")?,
        tips: parse(dir, "tips.toml")?,
        checklists: parse(dir, "checklists.toml")?,
        ui: parse(dir, "ui.toml")?,
        melden: parse(dir, "melden.toml")?,
        gemeente: parse(dir, "gemeente.toml")?,
        quiz: parse(dir, "quiz.toml")?,
        warnings: parse(dir, "warnings.toml")?,
    })
}

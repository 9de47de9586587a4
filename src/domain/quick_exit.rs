//! "Snel weg" (quick exit): where it shows, and the Shift-three-times rule, as plain logic.

/// Tips about abuse where someone may be watching over the reader's shoulder.
pub const TIPS: [&str; 2] = ["sextortion", "cyberpesten"];
// Report-flow answers that show it are marked `sensitive = true` in melden.toml
// (`Tree::is_sensitive`).
/// Where the page goes: a neutral, everyday site (a weather map, as GOV.UK does).
pub const NEUTRAL_URL: &str = "https://www.buienradar.nl/";

/// Three presses of Shift within this time leave the page.
const WINDOW_MS: f64 = 2000.0;

/// Counts Shift presses; any other key starts the count again.
#[derive(Debug, Default)]
pub struct ShiftCounter {
    presses: Vec<f64>,
}

impl ShiftCounter {
    /// Feeds one key press (`key` as in KeyboardEvent.key, `now` in ms); true means "leave".
    pub fn press(&mut self, key: &str, now: f64) -> bool {
        if key != "Shift" {
            self.presses.clear();
            return false;
        }
        self.presses.retain(|t| now - t < WINDOW_MS);
        self.presses.push(now);
        self.presses.len() >= 3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_quick_shifts_leave_and_slow_or_mixed_ones_do_not() {
        let mut c = ShiftCounter::default();
        assert!(!c.press("Shift", 0.0));
        assert!(!c.press("Shift", 300.0));
        assert!(c.press("Shift", 600.0));

        let mut slow = ShiftCounter::default();
        assert!(!slow.press("Shift", 0.0));
        assert!(!slow.press("Shift", 1500.0));
        assert!(
            !slow.press("Shift", 3000.0),
            "the first press is too old by now"
        );
        assert!(slow.press("Shift", 3400.0));

        let mut typing = ShiftCounter::default();
        assert!(!typing.press("Shift", 0.0));
        assert!(!typing.press("Shift", 100.0));
        assert!(!typing.press("A", 150.0), "Shift+A while typing a capital");
        assert!(!typing.press("Shift", 200.0));
    }

    #[test]
    fn the_pages_it_names_exist() {
        for slug in TIPS {
            assert!(
                crate::content::TIPS.iter().any(|t| t.slug == slug),
                "{slug}"
            );
        }
        // Abuse at home and online abuse are sensitive in the report flow.
        for id in ["thuis", "online"] {
            let found = crate::content::QUESTIONS
                .iter()
                .any(|q| q.options.iter().any(|o| o.id == id && o.sensitive));
            assert!(found, "{id}");
        }
        assert!(NEUTRAL_URL.starts_with("https://"));
    }
}

//! Content rules for the buurtpreventie kit: the current warnings (`warnings.toml`) and where
//! to find a group per municipality (`[[buurtpreventie]]` in channels.toml). Run by the build
//! script and by the native tests, like the other rules.

use super::*;

/// The longest a warning may stay current: a warning is about now, not a standing tip.
pub const MAX_MONTHS: i32 = 6;

/// "2026-12-05" as (year, month, day) when it is a real date.
pub fn date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits_ok = b
        .iter()
        .enumerate()
        .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !digits_ok {
        return None;
    }
    let (y, m, d) = (
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}

pub fn validate(c: &ContentRef, warnings: &[Warning], groups: &[GroupInfo]) -> Vec<String> {
    let mut errors = Vec::new();
    let allowed = Allowed::from(c);
    if warnings.is_empty() {
        errors.push("warnings.toml: no warning".to_string());
    }
    unique(
        "warning id",
        warnings.iter().map(|w| w.id.as_ref()),
        &mut errors,
    );
    for w in warnings {
        let at = format!("warning {}", w.id);
        slug_ok(&at, &w.id, &mut errors);
        match (date(&w.start), date(&w.end)) {
            (Some(start), Some(end)) => {
                if start > end {
                    errors.push(format!(
                        "{at}: ends ({}) before it starts ({})",
                        w.end, w.start
                    ));
                }
                let months = (end.0 - start.0) * 12 + end.1 as i32 - start.1 as i32;
                if months > MAX_MONTHS {
                    errors.push(format!("{at}: current for more than {MAX_MONTHS} months"));
                }
            }
            _ => errors.push(format!("{at}: start and end must be dates, YYYY-MM-DD")),
        }
        if w.audiences.is_empty() {
            errors.push(format!("{at}: has no audience"));
        }
        if !c.tips.iter().any(|t| t.slug == w.tip) {
            errors.push(format!("{at}: tip '{}' does not exist", w.tip));
        }
        provenance_ok(&at, &w.sources, &w.checked, c.sources, &mut errors);
        check_texts(&at, [&w.title, &w.text], &allowed, &mut errors);
        u_form_ok(&at, [&w.title, &w.text], &mut errors);
        for p in b1_problems(&w.text.nl) {
            errors.push(format!("{at}: not B1: {p}"));
        }
    }

    unique(
        "buurtpreventie municipality",
        groups.iter().map(|g| g.municipality.as_ref()),
        &mut errors,
    );
    for m in c.municipalities {
        if !groups.iter().any(|g| g.municipality == m.id) {
            errors.push(format!("buurtpreventie: no entry for {}", m.id));
        }
    }
    for g in groups {
        let at = format!("buurtpreventie {}", g.municipality);
        if !c.municipalities.iter().any(|m| m.id == g.municipality) {
            errors.push(format!("{at}: not a municipality in channels.toml"));
        }
        if let Some(url) = &g.url {
            url_ok(&at, url, &mut errors);
        }
        provenance_ok(&at, &g.sources, &g.checked, c.sources, &mut errors);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(date("2026-12-05"), Some((2026, 12, 5)));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-01",
            "05-12-2026",
            "2026-12-05x",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
    }
}

//! "Donkere dagen": from October to March it gets dark early and there are more burglaries
//! (Donkere Dagen Offensief, per the Laren safety plan and shared/facts/channels.md).

use crate::schema::Topic;

/// True in the dark months, October up to and including March. Month is 1-12.
pub fn is_dark_season(month: u32) -> bool {
    matches!(month, 10..=12 | 1..=3)
}

/// A tip shows the dark-season notice when it is about burglary and it is the dark season.
pub fn tip_shows_dark_notice(topic: Topic, month: u32) -> bool {
    topic == Topic::Inbraak && is_dark_season(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burglary_tips_carry_the_notice_in_the_dark_months_only() {
        let burglary: Vec<_> = crate::content::TIPS
            .iter()
            .filter(|t| t.topic == Topic::Inbraak)
            .collect();
        assert!(burglary.iter().any(|t| t.slug == "donkere-dagen"));
        for t in &burglary {
            assert!(tip_shows_dark_notice(t.topic, 11), "{}", t.slug);
            assert!(tip_shows_dark_notice(t.topic, 3), "{}", t.slug);
            assert!(!tip_shows_dark_notice(t.topic, 4), "{}", t.slug);
            assert!(!tip_shows_dark_notice(t.topic, 9), "{}", t.slug);
        }
        assert!(!tip_shows_dark_notice(Topic::Online, 12));
    }

    #[test]
    fn october_to_march_is_dark() {
        let dark: Vec<u32> = (1..=12).filter(|m| is_dark_season(*m)).collect();
        assert_eq!(dark, [1, 2, 3, 10, 11, 12]);
        assert!(!is_dark_season(0) && !is_dark_season(13));
    }
}

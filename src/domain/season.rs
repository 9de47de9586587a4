//! "Donkere dagen": from October to March it gets dark early and there are more burglaries
//! (Donkere Dagen Offensief, per the Laren safety plan and shared/facts/channels.md).

/// True in the dark months, October up to and including March. Month is 1-12.
pub fn is_dark_season(month: u32) -> bool {
    matches!(month, 10..=12 | 1..=3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn october_to_march_is_dark() {
        let dark: Vec<u32> = (1..=12).filter(|m| is_dark_season(*m)).collect();
        assert_eq!(dark, [1, 2, 3, 10, 11, 12]);
        assert!(!is_dark_season(0) && !is_dark_season(13));
    }
}

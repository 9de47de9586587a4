//! Today's date in the Netherlands (Europe/Amsterdam), without a time-zone database: the EU
//! rule is fixed in law (summer time from the last Sunday of March 01:00 UTC to the last
//! Sunday of October 01:00 UTC; CET, UTC+1, the rest of the year). The warnings page and the
//! start page decide with it which warnings are current, so an expired warning disappears
//! by date without a new release.

/// A calendar date (proleptic Gregorian). Ordered as dates are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A real date, or None (31 April, month 13).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Exactly "YYYY-MM-DD" (as the content files write dates); anything else is None.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    pub fn days(self) -> i64 {
        let (m, d) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (civil_from_days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// 0 = Sunday … 6 = Saturday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (self.days() + 4).rem_euclid(7) as u32
    }

    /// "2026-12-05".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn last_sunday(year: i32, month: u32) -> Date {
    let last = Date {
        year,
        month,
        day: days_in_month(year, month),
    };
    Date::from_days(last.days() - last.weekday() as i64)
}

const MS_PER_DAY: i64 = 86_400_000;
const MS_PER_HOUR: i64 = 3_600_000;

/// Hours Amsterdam is ahead of UTC at the instant `utc_ms` (ms since 1970, as `Date.now()`):
/// 2 in summer time, 1 otherwise.
pub fn amsterdam_offset_hours(utc_ms: f64) -> i64 {
    let ms = utc_ms.floor() as i64;
    let year = Date::from_days(ms.div_euclid(MS_PER_DAY)).year;
    let switch = |month| last_sunday(year, month).days() * MS_PER_DAY + MS_PER_HOUR;
    if ms >= switch(3) && ms < switch(10) {
        2
    } else {
        1
    }
}

/// The date on a calendar in the Netherlands at the instant `utc_ms`.
pub fn amsterdam_date(utc_ms: f64) -> Date {
    let ms = utc_ms.floor() as i64 + amsterdam_offset_hours(utc_ms) * MS_PER_HOUR;
    Date::from_days(ms.div_euclid(MS_PER_DAY))
}

/// Today in the Netherlands, read from the browser's clock (the one place the app reads
/// "now" for dates, so a test can set it); None natively, where the build renders pages:
/// a static page must not decide what is current.
pub fn today() -> Option<Date> {
    crate::browser::window()?;
    Some(amsterdam_date(js_sys::Date::now()))
}

/// Whether something that runs from `start` to `end` (both days included, Dutch dates) is
/// current on `today`.
pub fn is_current(start: Date, end: Date, today: Date) -> bool {
    start <= today && today <= end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    /// Milliseconds since 1970 of a UTC date and time.
    fn utc(date: &str, hour: i64, minute: i64) -> f64 {
        (d(date).days() * MS_PER_DAY + hour * MS_PER_HOUR + minute * 60_000) as f64
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            Date::parse("2026-12-05"),
            Some(Date {
                year: 2026,
                month: 12,
                day: 5
            })
        );
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-4-01",
            "26-12-05",
            "2026/12/05",
            "",
            "2026-12-05 ",
            "+026-12-05",
            "２０２６-12-05",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad:?}");
        }
        assert!(Date::parse("2028-02-29").is_some());
        assert_eq!(d("2026-12-05").iso(), "2026-12-05");
    }

    #[test]
    fn days_and_weekdays_are_right() {
        assert_eq!(d("1970-01-01").days(), 0);
        assert_eq!(d("2000-03-01").days(), 11_017);
        for s in ["1999-12-31", "2026-12-05", "2028-02-29", "2100-03-01"] {
            assert_eq!(Date::from_days(d(s).days()), d(s));
        }
        assert_eq!(d("2026-12-05").weekday(), 6, "a Saturday");
        assert_eq!(d("2026-03-29").weekday(), 0, "a Sunday");
    }

    #[test]
    fn summer_time_follows_the_eu_rule() {
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        assert_eq!(last_sunday(2026, 3), d("2026-03-29"));
        assert_eq!(last_sunday(2026, 10), d("2026-10-25"));
        assert_eq!(last_sunday(2027, 3), d("2027-03-28"));
        assert_eq!(amsterdam_offset_hours(utc("2026-03-29", 0, 59)), 1);
        assert_eq!(amsterdam_offset_hours(utc("2026-03-29", 1, 0)), 2);
        assert_eq!(amsterdam_offset_hours(utc("2026-10-25", 0, 59)), 2);
        assert_eq!(amsterdam_offset_hours(utc("2026-10-25", 1, 0)), 1);
        assert_eq!(amsterdam_offset_hours(utc("2026-07-01", 12, 0)), 2);
        assert_eq!(amsterdam_offset_hours(utc("2026-12-05", 12, 0)), 1);
    }

    #[test]
    fn the_dutch_date_changes_at_dutch_midnight() {
        // Winter: 23:00 UTC is already midnight in Amsterdam.
        assert_eq!(amsterdam_date(utc("2026-12-04", 22, 59)), d("2026-12-04"));
        assert_eq!(amsterdam_date(utc("2026-12-04", 23, 0)), d("2026-12-05"));
        // Summer: 22:00 UTC is midnight.
        assert_eq!(amsterdam_date(utc("2026-06-30", 21, 59)), d("2026-06-30"));
        assert_eq!(amsterdam_date(utc("2026-06-30", 22, 0)), d("2026-07-01"));
        // New year's eve in winter time.
        assert_eq!(amsterdam_date(utc("2026-12-31", 23, 30)), d("2027-01-01"));
    }

    #[test]
    fn something_is_current_from_its_first_to_its_last_day() {
        let (start, end) = (d("2026-11-01"), d("2027-02-28"));
        assert!(!is_current(start, end, d("2026-10-31")));
        assert!(is_current(start, end, d("2026-11-01")));
        assert!(is_current(start, end, d("2026-12-05")));
        assert!(is_current(start, end, d("2027-02-28")));
        assert!(!is_current(start, end, d("2027-03-01")));
        // The last evening in the Netherlands is still the last day, though UTC says so too
        // only until 23:00; just after Dutch midnight it is over.
        let today = |ms| amsterdam_date(ms);
        assert!(is_current(start, end, today(utc("2027-02-28", 22, 59))));
        assert!(!is_current(start, end, today(utc("2027-02-28", 23, 0))));
    }
}

//! Pure logic on plain types: no web-sys, so `cargo test` runs it natively and fast.

pub mod chart;
pub mod checklist;
pub mod fold;
pub mod locale_choice;
pub mod nl_date;
pub mod note;
pub mod pages;
pub mod quick_exit;
pub mod quiz;
pub mod routing;
pub mod season;
pub mod sighting;
pub mod stored;
pub mod tip_filter;
pub mod triage;

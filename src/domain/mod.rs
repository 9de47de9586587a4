//! Pure logic on plain types: no web-sys, so `cargo test` runs it natively and fast.

pub mod locale_choice;
pub mod note;
pub mod routing;
pub mod triage;

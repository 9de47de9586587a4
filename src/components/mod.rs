//! Small accessible building blocks, one component in one place.

pub mod channel_card;
pub mod emergency_bar;
pub mod municipality;
pub mod needs_app;
pub mod note_helper;
pub mod page;
pub mod phone_link;
pub mod quick_exit;
pub mod read_aloud;
pub mod scroll_memory;
pub mod share;
pub mod site_header;
pub mod skip_link;
pub mod sources;
pub mod text_size;
pub mod title;

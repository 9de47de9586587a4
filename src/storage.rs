//! The one layer over localStorage. Storage can be missing (private mode, blocked), full, or
//! hold anything; every call here turns that into `None` or an `Err` the caller can show,
//! never a panic. Keys are prefixed "waakzaam." so a wipe can find them all.

use std::fmt;

pub const PREFIX: &str = "waakzaam.";
pub const LANG_KEY: &str = "waakzaam.lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage at all (blocked, or not a browser).
    Unavailable,
    /// The browser refused the write (quota full).
    WriteFailed,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("storage unavailable"),
            StorageError::WriteFailed => f.write_str("storage write failed"),
        }
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` itself throws (Err) when storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Session storage: kept across reloads and back/forward in this tab, gone when the tab
/// closes. Used for report-flow answers, which can be sensitive ("something at home").
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn session_get(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

pub fn session_set(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = session_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

pub fn session_remove(key: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(key);
    }
}

//! The one layer over localStorage. Storage can be missing (private mode, blocked), full, or
//! hold anything; every call here turns that into `None` or an `Err` the caller can show,
//! never a panic. Keys are prefixed "waakzaam." so a wipe can find them all.

pub const PREFIX: &str = "waakzaam.";
pub use crate::domain::stored::LANG_KEY;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage at all (blocked, or not a browser).
    Unavailable,
    /// The browser refused the write (quota full).
    WriteFailed,
}

fn local_storage() -> Option<web_sys::Storage> {
    // `local_storage()` itself throws (Err) when storage is blocked.
    crate::browser::window()?.local_storage().ok().flatten()
}

/// Session storage: kept across reloads and back/forward in this tab, gone when the tab
/// closes. Used for report-flow answers, which can be sensitive ("something at home").
fn session_storage() -> Option<web_sys::Storage> {
    crate::browser::window()?.session_storage().ok().flatten()
}

fn read(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage?.get_item(key).ok().flatten()
}

fn write(storage: Option<web_sys::Storage>, key: &str, value: &str) -> Result<(), StorageError> {
    let storage = storage.ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

fn delete(storage: Option<web_sys::Storage>, key: &str) {
    if let Some(storage) = storage {
        let _ = storage.remove_item(key);
    }
}

pub fn get(key: &str) -> Option<String> {
    read(local_storage(), key)
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    write(local_storage(), key, value)
}

pub fn remove(key: &str) {
    delete(local_storage(), key)
}

/// Whether something written now will still be here after a reload: localStorage exists
/// and accepts a write (private modes and full storage refuse). Pages that keep progress
/// ask this once, so they can say up front that progress won't be kept.
pub fn available() -> bool {
    const PROBE: &str = "waakzaam.probe";
    let ok = set(PROBE, "1").is_ok();
    remove(PROBE);
    ok
}

pub fn session_get(key: &str) -> Option<String> {
    read(session_storage(), key)
}

pub fn session_set(key: &str, value: &str) -> Result<(), StorageError> {
    write(session_storage(), key, value)
}

pub fn session_remove(key: &str) {
    delete(session_storage(), key)
}

/// Every "waakzaam." key Waakzaam keeps, in local storage then session storage, sorted.
pub fn our_keys() -> Vec<(crate::domain::stored::Area, String)> {
    use crate::domain::stored::Area;
    let mut out = Vec::new();
    for (area, storage) in [
        (Area::Local, local_storage()),
        (Area::Session, session_storage()),
    ] {
        let Some(storage) = storage else { continue };
        let len = storage.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..len)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        keys.sort();
        out.extend(keys.into_iter().map(|k| (area, k)));
    }
    out
}

/// Reads one key from the storage it lives in.
pub fn get_in(area: crate::domain::stored::Area, key: &str) -> Option<String> {
    match area {
        crate::domain::stored::Area::Local => get(key),
        crate::domain::stored::Area::Session => session_get(key),
    }
}

/// Removes one key from the storage it lives in.
pub fn remove_in(area: crate::domain::stored::Area, key: &str) {
    match area {
        crate::domain::stored::Area::Local => remove(key),
        crate::domain::stored::Area::Session => session_remove(key),
    }
}

/// Removes everything Waakzaam keeps on this device (every "waakzaam." key, in both
/// storages): language, municipality, text size, checklist progress, quiz scores, the report
/// note and answers. Returns how many items were removed.
pub fn wipe_all() -> usize {
    let keys = our_keys();
    for (area, key) in &keys {
        remove_in(*area, key);
    }
    keys.len()
}

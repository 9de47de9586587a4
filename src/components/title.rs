//! The document's title and language, set directly: leptos_meta did the same with machinery
//! every bundle carried (measured in README, "Size and speed").

use leptos::prelude::*;

/// "<text> · Waakzaam" ("Waakzaam" for an empty text): what a screen reader says and the
/// browser's tab and history show.
pub fn document_title(text: &str) -> String {
    if text.is_empty() {
        "Waakzaam".to_string()
    } else {
        format!("{text} · Waakzaam")
    }
}

/// Sets the document title while the page that renders it is shown. Each page renders one.
#[component]
pub fn Title(#[prop(into)] text: String) -> impl IntoView {
    if let Some(document) = crate::browser::window().and_then(|w| w.document()) {
        document.set_title(&document_title(&text));
    }
}

/// Keeps `<html lang>` in step with the page's language (screen readers pick their voice by it).
pub fn sync_html_lang(locale: Memo<crate::schema::Locale>) {
    Effect::new(move |_| {
        let code = locale.get().code();
        if let Some(root) = crate::browser::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", code);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::document_title;

    #[test]
    fn the_site_name_follows_the_page_title() {
        assert_eq!(document_title(""), "Waakzaam");
        assert_eq!(document_title("Tips"), "Tips · Waakzaam");
    }
}

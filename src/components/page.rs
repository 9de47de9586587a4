use crate::components::title::Title;
use leptos::prelude::*;

use crate::i18n::{tr, Text};

/// Every page's frame: document title, one h1, an optional intro, and a stable
/// `data-page` name. Keeps titles and headings consistent across pages.
#[component]
pub fn Page(
    name: &'static str,
    title: &'static Text,
    #[prop(optional)] intro: Option<&'static Text>,
    children: Children,
) -> impl IntoView {
    view! {
        <Title text=tr(title)/>
        <div class="wz-page" data-page=name>
            <h1 class="wz-page__title">{tr(title)}</h1>
            {intro.map(|t| view! { <p class="wz-page__intro">{tr(t)}</p> })}
            {children()}
        </div>
    }
}

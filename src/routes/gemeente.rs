use leptos::prelude::*;

use crate::components::municipality::MunicipalityContact;
use crate::components::page::Page;
use crate::content::MUNICIPALITIES;
use crate::i18n::{tr, ui};
use crate::schema::Municipality;

/// The six municipalities: website, verified numbers only, where to report in public space.
#[component]
pub fn Gemeente() -> impl IntoView {
    view! {
        <Page name="gemeente" title=&ui::GEMEENTE_TITLE intro=&ui::GEMEENTE_INTRO>
            <ul class="wz-municipalities" role="list">
                {MUNICIPALITIES.iter().map(|m| view! { <MunicipalityItem m/> }).collect_view()}
            </ul>
        </Page>
    }
}

#[component]
fn MunicipalityItem(m: &'static Municipality) -> impl IntoView {
    view! {
        <li class="wz-municipality" id=m.id.as_ref()>
            <h2 class="wz-municipality__name">{m.name.as_ref()}</h2>
            {m.note.as_ref().map(|n| view! { <p>{tr(n)}</p> })}
            <MunicipalityContact m/>
            <p class="wz-hint">{tr(&ui::GEMEENTE_POLICE_TEAM)}": "{m.police_team.as_ref()}</p>
        </li>
    }
}

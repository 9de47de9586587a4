use leptos::prelude::*;

use crate::components::phone_link::PhoneLink;
use crate::i18n::{tr, ui, Text};
use crate::schema::{Channel, HasPhones};

/// How to reach a channel: its verified numbers as call buttons, its website, what it is for
/// and not for, the hours, and honestly what happens after you report. The one place this is rendered.
#[component]
pub fn ChannelContact(
    channel: &'static Channel,
    /// In the report flow: also what the channel is for and not for (its honest card).
    #[prop(optional)]
    purpose: bool,
) -> impl IntoView {
    let phones = channel
        .callable_phones()
        .map(|p| {
            view! {
                <li>
                    <PhoneLink phone=p prefix=&ui::CHANNEL_CALL class="wz-button wz-button--secondary"/>
                    {p.note.as_ref().map(|n| view! {
                        <span class="wz-channel__note">" ("{tr(n)}")"</span>
                    })}
                </li>
            }
        })
        .collect_view();
    // A channel without number or website (your own bank) says how to reach it in words.
    let reach_in_words = channel.callable_phones().next().is_none() && channel.url.is_none();
    view! {
        {reach_in_words.then(|| view! { <p>{tr(&channel.when)}</p> })}
        <ul class="wz-channel__actions" role="list">
            {phones}
            {channel.url.as_ref().map(|url| view! {
                <li><a class="wz-link" href=url.as_ref() rel="external noopener">
                    {tr(&ui::CHANNEL_WEBSITE)}": "{display_host(url)}
                </a></li>
            })}
        </ul>
        <dl class="wz-channel__facts">
            {(purpose && !reach_in_words).then(|| fact(&ui::CHANNEL_FOR, Some(&channel.when)))}
            {purpose.then(|| fact(&ui::CHANNEL_NOT_FOR, channel.not_for.as_ref()))}
            {fact(&ui::CHANNEL_HOURS, channel.availability.as_ref())}
            {fact(&ui::CHANNEL_AFTER, channel.after.as_ref())}
        </dl>
    }
}

/// A term and its description, when the content has it.
fn fact(label: &'static Text, text: Option<&'static Text>) -> impl IntoView {
    text.map(|t| {
        view! {
            <dt>{tr(label)}</dt>
            <dd>{tr(t)}</dd>
        }
    })
}

/// "https://www.politie.nl/themas/x.html" → "politie.nl": what people recognise and could
/// type; the link itself goes to the exact page.
pub fn display_host(url: &str) -> &str {
    let rest = url
        .trim_start_matches("https://")
        .trim_start_matches("www.");
    rest.split('/').next().unwrap_or(rest)
}

//! The rules' own tests.

use super::*;

#[test]
fn phone_like_finds_numbers_not_years_or_times() {
    assert_eq!(
        phone_like("Bel 112 of 0900-8844, ma-vr 09:00-17:00, sinds 2023"),
        vec!["112", "09008844"]
    );
    assert_eq!(phone_like("088-786 73 72"), vec!["0887867372"]);
    assert_eq!(phone_like("Gemeente: 14 035."), vec!["14035"]);
    assert!(phone_like("3 minuten, 24/7, 60%").is_empty());
}

#[test]
fn hosts_in_finds_web_addresses() {
    assert_eq!(
        hosts_in("Meld het op fraudehelpdesk.nl. Of op https://www.politie.nl/aangifte"),
        vec!["fraudehelpdesk.nl", "politie.nl"]
    );
    assert!(hosts_in("Doe dit. Dan dat.").is_empty());
}

#[test]
fn informal_words_are_found_as_whole_words() {
    assert_eq!(
        informal_words("Weet je hoe jij dat doet? Jouw code."),
        ["je", "jij", "Jouw"]
    );
    assert!(
        informal_words("Bel uw bank. Jeugd, jenever en Jeroen zijn geen aanspreekvorm.").is_empty()
    );
}

#[test]
fn host_of_strips_scheme_and_www() {
    assert_eq!(
        host_of("https://www.Hilversum.nl/veiligheid"),
        "hilversum.nl"
    );
    assert_eq!(host_of("politie.nl/themas/x.html"), "politie.nl");
}

//! The one app with every page (see domain::routing::Bundle::All): what the service worker
//! keeps for offline use. Panic hook and mount, nothing else.

fn main() {
    console_error_panic_hook::set_once();
    waakzaam::mount(waakzaam::app::AllApp);
}

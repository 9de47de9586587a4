//! The start bundle (home, over, not-found; see domain::routing::Bundle), the one Trunk
//! builds: install the panic hook and mount. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    waakzaam::mount(waakzaam::app::StartApp);
}

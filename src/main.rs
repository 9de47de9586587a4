//! Entry point: install the panic hook and mount. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    waakzaam::mount();
}

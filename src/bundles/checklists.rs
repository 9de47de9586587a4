//! The checklists bundle (see domain::routing::Bundle): panic hook and mount, nothing else.

fn main() {
    console_error_panic_hook::set_once();
    waakzaam::mount(waakzaam::app::ChecklistsApp);
}

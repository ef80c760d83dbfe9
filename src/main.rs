//! Entry point: installs the panic hook and mounts the app with the embedded knowledge base.

fn main() {
    legcheck::browser::install_panic_hook();
    legcheck::browser::mount(legcheck::kb::EMBEDDED_JSON);
}

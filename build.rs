//! Checks the knowledge base when the crate is built and prepares what the page loads.
//!
//! `src/knowledge-base.json` is parsed and validated by the same code the tests use (`src/kb.rs`
//! and `src/kb/validate.rs`, included below): a broken file fails the build and names each bad
//! entry. The page then loads `knowledge-base.postcard` (the same structure in postcard's
//! compact binary form, without reviewer notes) instead of parsing JSON at every start, and
//! `emergency-signs.rs` (the emergency warning signs, for the panel shown if it cannot start).

// The crate's own `kb` module (and its `validate` submodule), compiled into this script.
#[path = "src"]
mod src {
    #[allow(dead_code)]
    pub mod kb;
}
use src::kb;

use std::{env, fs, path::PathBuf};

fn main() {
    for watched in ["src/knowledge-base.json", "src/kb.rs", "src/kb/validate.rs"] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let text = fs::read_to_string("src/knowledge-base.json")
        .unwrap_or_else(|e| fail(&format!("cannot read src/knowledge-base.json: {e}")));
    let kb = match kb::KnowledgeBase::from_json(&text) {
        Ok(kb) => kb,
        Err(kb::KbError::Invalid(problems)) => fail(&format!(
            "src/knowledge-base.json has {} problem(s):\n  - {}",
            problems.len(),
            problems.join("\n  - ")
        )),
        Err(e) => fail(&format!("src/knowledge-base.json: {e}")),
    };
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let prepared = kb
        .to_prepared()
        .unwrap_or_else(|e| fail(&format!("cannot prepare the knowledge base: {e}")));
    write(&out.join("knowledge-base.postcard"), &prepared);
    let mut signs = String::from(
        "/// The emergency warning signs (finding id, label), written by build.rs from\n\
         /// `KnowledgeBase::emergency_signs`.\npub const EMERGENCY_SIGNS: &[(&str, &str)] = &[\n",
    );
    for (id, label) in kb.emergency_signs() {
        signs.push_str(&format!("    ({id:?}, {label:?}),\n"));
    }
    signs.push_str("];\n");
    write(&out.join("emergency-signs.rs"), signs.as_bytes());
}

fn write(path: &std::path::Path, bytes: &[u8]) {
    fs::write(path, bytes)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

/// Stops the build with a message cargo shows in full.
fn fail(message: &str) -> ! {
    eprintln!("{message}");
    panic!("the knowledge base is not valid; see above");
}

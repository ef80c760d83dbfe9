//! The pinned tool versions: each has one source (`.ci/setup` reads it from there), and every
//! copy of it elsewhere must agree, so a version bump cannot leave a stale copy behind.
#![cfg(not(target_arch = "wasm32"))]

/// The quoted value of `key = "value"` on its own line of a TOML file.
fn toml_value<'a>(toml: &'a str, key: &str) -> &'a str {
    toml.lines()
        .find_map(|l| {
            let (k, v) = l.split_once('=')?;
            (k.trim() == key).then(|| v.trim().trim_matches('"'))
        })
        .unwrap_or_else(|| panic!("no `{key}` line"))
}

/// The version Cargo.lock records for a package.
fn locked_version<'a>(lock: &'a str, name: &str) -> &'a str {
    let at = lock
        .find(&format!("name = \"{name}\"\nversion = \""))
        .unwrap_or_else(|| panic!("{name} is not in Cargo.lock"));
    let rest = &lock[at..];
    toml_value(rest.lines().nth(1).unwrap(), "version")
}

const TRUNK_TOML: &str = include_str!("../Trunk.toml");
const RUST_TOOLCHAIN: &str = include_str!("../rust-toolchain.toml");
const CARGO_TOML: &str = include_str!("../Cargo.toml");
const CARGO_LOCK: &str = include_str!("../Cargo.lock");
const PACKAGE_JSON: &str = include_str!("../package.json");
const README: &str = include_str!("../README.md");

#[test]
fn wasm_bindgen_has_one_version_everywhere() {
    // Source: Cargo.lock, pinned exactly by Cargo.toml; the CLI is installed at this version.
    let locked = locked_version(CARGO_LOCK, "wasm-bindgen");
    assert_eq!(
        toml_value(CARGO_TOML, "wasm-bindgen"),
        format!("={locked}"),
        "Cargo.toml"
    );
    assert_eq!(
        toml_value(TRUNK_TOML, "wasm_bindgen"),
        locked,
        "Trunk.toml [tools]"
    );
    assert!(
        README.contains(&format!("({locked})")),
        "README names wasm-bindgen {locked}"
    );
}

#[test]
fn rust_has_one_version_everywhere() {
    // Source: rust-toolchain.toml's channel; Cargo.toml's rust-version is its major.minor.
    let channel = toml_value(RUST_TOOLCHAIN, "channel");
    let minor: Vec<&str> = channel.split('.').take(2).collect();
    assert_eq!(
        toml_value(CARGO_TOML, "rust-version"),
        minor.join("."),
        "Cargo.toml rust-version"
    );
    assert!(
        README.contains(&format!("Rust {channel}")),
        "README names Rust {channel}"
    );
}

#[test]
fn trunk_has_one_version_everywhere() {
    // Source: Trunk.toml's trunk-version.
    let trunk = toml_value(TRUNK_TOML, "trunk-version");
    assert!(
        README.contains(&format!("Trunk {trunk}")),
        "README names Trunk {trunk}"
    );
}

#[test]
fn wasm_opt_has_one_version_everywhere() {
    // Source: package.json's binaryen (npm ci installs wasm-opt from it).
    let package: serde_json::Value = serde_json::from_str(PACKAGE_JSON).unwrap();
    let binaryen = package["devDependencies"]["binaryen"].as_str().unwrap();
    let major = binaryen.split('.').next().unwrap();
    assert_eq!(
        toml_value(TRUNK_TOML, "wasm_opt"),
        format!("version_{major}"),
        "Trunk.toml [tools]"
    );
}

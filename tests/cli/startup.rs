//! How the binary is linked, which is most of what a one-lookup process costs (build.rs):
//! it needs the C library and nothing else, and it still answers.

use std::process::Command;

use super::support::cli::sockref;
use super::support::skip::skip;

/// The shared libraries the dynamic loader maps for `path`, as `ldd` lists them.
fn shared_libraries(path: &std::path::Path) -> Option<String> {
    let output = Command::new("ldd").arg(path).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn the_binary_loads_the_c_library_and_no_unwinder() {
    let path = assert_cmd::cargo::cargo_bin("sockref");
    let Some(libraries) = shared_libraries(&path) else {
        return skip("ldd (libc-bin) is not installed");
    };
    assert!(libraries.contains("libc.so"), "{libraries}");
    // libgcc_s is linked in from libgcc_eh.a: one shared object fewer to map and search.
    assert!(!libraries.contains("libgcc_s"), "{libraries}");
    sockref().args(["htons", "1"]).assert().success();
}

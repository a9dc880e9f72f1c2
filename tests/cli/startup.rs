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

/// Whether `cc` knows libgcc_eh.a, as build.rs asks it.
fn static_unwinder_exists() -> bool {
    Command::new("cc")
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .is_some_and(|p| std::path::Path::new(&p).is_absolute())
}

#[test]
fn the_binary_loads_the_c_library_and_no_unwinder() {
    let path = assert_cmd::cargo::cargo_bin("sockref");
    let Some(libraries) = shared_libraries(&path) else {
        return skip("ldd (libc-bin) is not installed");
    };
    assert!(libraries.contains("libc.so"), "{libraries}");
    // libgcc_s is linked in from libgcc_eh.a (build.rs): one shared object fewer to map
    // and search. A C compiler without that archive keeps it, and says so at build time.
    if !static_unwinder_exists() {
        return skip("the C compiler has no libgcc_eh.a, so the binary loads libgcc_s");
    }
    assert!(!libraries.contains("libgcc_s"), "{libraries}");
    sockref().args(["htons", "1"]).assert().success();
}

//! The trycmd cases of tests/cmd/: one `.toml` per command line, with its exit status and
//! the exact stdout and stderr (DESIGN.md section 4: one line naming the call, the input
//! and the platform's words). `TRYCMD=overwrite cargo test --test cli cases` rewrites the
//! expected output after an intended change; review the diff.

use std::path::Path;

#[test]
fn cases() {
    trycmd::TestCases::new()
        .register_bin("sockref", Path::new(env!("CARGO_BIN_EXE_sockref")))
        .case("tests/cmd/*.toml");
}

/// The README's console blocks, run as they are written: a newcomer reading top to bottom
/// sees what the README shows. `...` stands for lines that depend on the host, `[..]` for
/// part of a line; blocks that install, build or start a server are `console,ignore`.
#[test]
fn readme() {
    trycmd::TestCases::new()
        .register_bin("sockref", Path::new(env!("CARGO_BIN_EXE_sockref")))
        .case("README.md");
}

/// docs/guide.md's commands, run and checked the same way.
#[test]
fn guide() {
    trycmd::TestCases::new()
        .register_bin("sockref", Path::new(env!("CARGO_BIN_EXE_sockref")))
        .case("docs/guide.md");
}

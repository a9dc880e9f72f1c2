//! Snapshots of the programs `--code` writes: the same on every host, since a program is
//! made from the command's arguments alone. Whether they build and print sockref's answers
//! is the conformance tests' part; here is what a person reads.

use crate::snap::run_both;
use crate::support::cli::sockref;

fn program(args: &[&str]) -> String {
    let output = sockref().args(args).output().expect("run sockref");
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).expect("a program is text")
}

#[test]
fn getaddrinfo_in_python() {
    insta::assert_snapshot!(run_both(&[
        "getaddrinfo",
        "localhost",
        "http",
        "--flags",
        "canonname",
        "--code",
        "python"
    ]));
}

#[test]
fn getaddrinfo_in_c() {
    insta::assert_snapshot!(program(&[
        "getaddrinfo",
        "localhost",
        "http",
        "--flags",
        "canonname",
        "--code",
        "c"
    ]));
}

#[test]
fn getaddrinfo_in_rust() {
    insta::assert_snapshot!(program(&[
        "getaddrinfo",
        "localhost",
        "http",
        "--flags",
        "canonname",
        "--code",
        "rust"
    ]));
}

#[test]
fn a_verb_of_several_calls_in_c() {
    insta::assert_snapshot!(program(&["inet", "127.1", "--code", "c"]));
}

/// SO_BUSY_POLL is in glibc's headers and the libc crate but not in Python's module: each
/// program still names it, with this platform's value where the language may lack it.
#[test]
fn a_constant_not_every_language_has() {
    let args = [
        "setsockopt",
        "inet",
        "stream",
        "SOL_SOCKET",
        "SO_BUSY_POLL",
        "50",
    ];
    let mut out = String::new();
    for language in ["python", "c", "rust"] {
        let mut with = args.to_vec();
        with.extend(["--code", language]);
        out.push_str(&format!("--- {language}\n{}", program(&with)));
    }
    insta::assert_snapshot!(out);
}

/// Outside text becomes an escaped literal: a program is printable ASCII.
#[test]
fn hostile_text_is_an_escaped_literal() {
    let name = "evil\u{1b}[2J\u{202e}.example\"\\";
    for language in ["python", "c", "rust"] {
        let text = program(&["gethostbyname", name, "--code", language]);
        assert!(
            text.bytes()
                .all(|b| b == b'\n' || (b' '..=b'~').contains(&b)),
            "{language}: {text}"
        );
    }
    insta::assert_snapshot!(program(&["gethostbyname", name, "--code", "python"]));
}

/// README.md shows a C program in a block trycmd cannot check (it would turn its
/// backslashes into slashes); this holds the block to what sockref writes.
#[test]
fn the_readme_c_program_is_what_sockref_writes() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let shown = program(&["getservbyname", "https", "tcp", "--code", "c"]);
    let block = format!("$ sockref getservbyname https tcp --code c\n{shown}```");
    assert!(
        readme.contains(&block),
        "README.md's C program is not:\n{shown}"
    );
}

//! Generated files are checked in and must equal what the code generates now: the five
//! completion scripts (from `sockref completions`) and the man page (from the clap
//! definitions). `SOCKREF_BLESS=1 cargo test --test render generated` rewrites them.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use clap::CommandFactory;

use crate::support::skip::skip;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "sockref.bash"),
    ("zsh", "_sockref"),
    ("fish", "sockref.fish"),
    ("elvish", "sockref.elv"),
    ("powershell", "_sockref.ps1"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("SOCKREF_BLESS").is_some_and(|v| v == "1")
}

/// Compares `path` with `fresh`, or rewrites it when blessing.
fn check(path: &Path, fresh: &[u8]) {
    if blessing() {
        std::fs::write(path, fresh).expect("write generated file");
        return;
    }
    let stored = std::fs::read(path).unwrap_or_default();
    assert!(
        stored == fresh,
        "{} differs from what sockref generates; run `SOCKREF_BLESS=1 cargo test --test render generated` and commit",
        path.display()
    );
}

#[test]
fn completion_scripts_are_current() {
    for (shell, file) in SHELLS {
        let output = Command::cargo_bin("sockref")
            .expect("binary")
            .args(["completions", shell])
            .output()
            .expect("run sockref completions");
        assert!(output.status.success(), "completions {shell} failed");
        assert!(
            !output.stdout.is_empty(),
            "completions {shell} wrote nothing"
        );
        check(&root().join("completions").join(file), &output.stdout);
    }
}

#[test]
fn man_page_is_current() {
    let mut page = Vec::new();
    clap_mangen::Man::new(sockref::cli::Cli::command())
        .render(&mut page)
        .expect("render man page");
    check(&root().join("docs/sockref.1"), &page);
}

/// The bash script is loaded into a real bash, which must accept it and register the
/// completion function.
#[test]
fn bash_completion_loads() {
    let script = root().join("completions/sockref.bash");
    let status = Process::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p sockref",
            script.display()
        ))
        .output();
    let Ok(output) = status else {
        skip("bash is not installed");
        return;
    };
    assert!(
        output.status.success(),
        "bash rejected the script: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("sockref"));
}

//! Helpers the CLI test files share: the binary with a clean colour environment, and its
//! `--json` answers and errors parsed.

use assert_cmd::Command;
use serde_json::Value;

/// The sockref binary, with `NO_COLOR` removed so that tests see the default behaviour.
pub fn sockref() -> Command {
    let mut cmd = Command::cargo_bin("sockref").expect("the sockref binary");
    cmd.env_remove("NO_COLOR");
    cmd
}

/// `sockref ARGS... --json`, which must succeed; its stdout as JSON.
pub fn json_of(args: &[&str]) -> Value {
    let output = sockref()
        .args(args)
        .arg("--json")
        .output()
        .expect("run sockref");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("valid JSON on stdout")
}

/// `sockref ARGS... --json`, which must fail with `status`, write nothing on stdout and one
/// JSON error object on stderr; that object.
pub fn json_error(args: &[&str], status: i32) -> Value {
    let output = sockref()
        .args(args)
        .arg("--json")
        .output()
        .expect("run sockref");
    assert_eq!(
        output.status.code(),
        Some(status),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stdout.is_empty(), "errors write nothing to stdout");
    serde_json::from_slice(&output.stderr).expect("one JSON object on stderr")
}

/// One line on stderr, exit 2, containing every one of `words`.
pub fn fails_with(args: &[&str], words: &[&str]) {
    let output = sockref().args(args).output().expect("run sockref");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("sockref: "), "{stderr}");
    for word in words {
        assert!(stderr.contains(word), "{args:?}: {word:?} not in {stderr}");
    }
}

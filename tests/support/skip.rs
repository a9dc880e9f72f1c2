//! The one way a test says what it did not do (DESIGN.md section 9): `skip(why)` writes
//! `skipped: TEST: WHY` on the process's real standard error and lets the caller return;
//! with `CI` set and non-empty it panics with the same words instead, because there a
//! missing tool or facility is a failure, never a skip.
//!
//! libtest captures what `print!` and `eprint!` write, and shows it only for failing
//! tests. The line is written to a duplicate of file descriptor 2 instead, which no capture
//! reaches, so a plain `cargo test` shows every skip.

use std::fmt::Display;
use std::io::Write;
use std::os::fd::AsFd;
use std::process::{Command, Stdio};

/// Whether `CI` is set and non-empty.
pub fn under_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// Reports a skip of the current test, or fails it under CI.
pub fn skip(why: impl Display) {
    let test = current_test();
    if under_ci() {
        panic!("{test}: {why}; CI is set, and there nothing may be skipped");
    }
    note(&format!("skipped: {test}: {why}"));
}

/// A line on the real standard error, shown even when the test passes.
pub fn note(line: &str) {
    let line = format!("{line}\n");
    // Only if fd 2 cannot be duplicated is the line lost; the test's outcome is unaffected.
    if let Ok(fd) = std::io::stderr().as_fd().try_clone_to_owned() {
        let _ = std::fs::File::from(fd).write_all(line.as_bytes());
    }
}

/// Whether `tool ARGS...` runs and succeeds; when it does not, reports the skip (or fails
/// under CI) and returns false.
pub fn require(tool: &str, args: &[&str]) -> bool {
    let outcome = Command::new(tool)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let why = match outcome {
        Ok(out) if out.status.success() => return true,
        Ok(out) => format!(
            "`{tool} {}` failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ),
        Err(e) => format!("{tool} is not installed ({e})"),
    };
    skip(why);
    false
}

/// python3 with its socket module, which every comparison with Python needs.
pub fn require_python() -> bool {
    require("python3", &["-c", "import socket"])
}

/// The running test's name: libtest names each test's thread after it.
fn current_test() -> String {
    std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string()
}

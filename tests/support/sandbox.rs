//! The resolver sandbox from the tests' side: finds `examples/sandbox`, writes the files a
//! case needs (hosts, resolv.conf, nsswitch.conf, zones), and runs sockref, getent and a
//! Python oracle inside a private mount and network namespace with a real DNS server on
//! 127.0.0.1:53 (DESIGN.md section 9). Nothing here touches the host's files or network.
//!
//! Where namespaces cannot be made (not root, no user namespaces) the sandbox exits 77;
//! cases then report a skip (tests/support/skip.rs), which under `CI` is a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::oracle::{self, Outcome, PyCall};
use super::skip;

/// The exit status the sandbox uses for "namespaces are not available here".
const UNAVAILABLE: i32 = 77;

/// The sandbox program, `examples/sandbox` built for the profile sockref was built with.
///
/// It is never built from inside a test: a plain `cargo test` builds every example before
/// it runs any test, and `cargo build --example sandbox` builds it for a narrower run such
/// as `cargo test --test resolver`. Missing, or older than its sources, it fails the test
/// with that command rather than run something stale.
fn sandbox_binary() -> &'static Path {
    static BINARY: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = BINARY.get_or_init(|| {
        let sockref = Path::new(env!("CARGO_BIN_EXE_sockref"));
        let profile_dir = sockref
            .parent()
            .expect("sockref lives in a target directory");
        let binary = profile_dir.join("examples").join("sandbox");
        let release = profile_dir.file_name().is_some_and(|n| n == "release");
        let build = format!(
            "cargo build --example sandbox{}",
            if release { " --release" } else { "" }
        );
        let built = std::fs::metadata(&binary).and_then(|m| m.modified());
        let Ok(built) = built else {
            return Err(format!(
                "{} is not built; `cargo test` builds it, a narrower run needs `{build}` first",
                binary.display()
            ));
        };
        let sources = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sandbox");
        let newer = std::fs::read_dir(&sources)
            .expect("examples/sandbox")
            .filter_map(Result::ok)
            .filter(|e| {
                e.metadata()
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t > built)
            })
            .map(|e| e.path().display().to_string())
            .collect::<Vec<_>>();
        if !newer.is_empty() {
            return Err(format!(
                "{} is older than {}; run `{build}` (or a plain `cargo test`)",
                binary.display(),
                newer.join(", ")
            ));
        }
        Ok(binary)
    });
    found
        .as_deref()
        .unwrap_or_else(|why| panic!("the resolver sandbox: {why}"))
}

/// Whether the sandbox works here; when it does not, says why and reports a skip (a
/// failure under CI).
fn available() -> bool {
    static AVAILABLE: OnceLock<Result<(), String>> = OnceLock::new();
    let verdict = AVAILABLE.get_or_init(|| {
        let binary = sandbox_binary();
        let output = Command::new(binary)
            .args(["--", "true"])
            .output()
            .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        match output.status.code() {
            Some(0) => Ok(()),
            Some(UNAVAILABLE) => Err(String::from_utf8_lossy(&output.stderr).trim().to_string()),
            other => Err(format!(
                "sandbox failed to start ({other:?}): {}",
                String::from_utf8_lossy(&output.stderr).trim()
            )),
        }
    });
    match verdict {
        Ok(()) => true,
        Err(why) => {
            skip::skip(format!("the resolver sandbox is unavailable: {why}"));
            false
        }
    }
}

/// One sandbox configuration: the files and DNS zones a case runs against.
pub struct Sandbox {
    dir: tempfile::TempDir,
    args: Vec<String>,
}

/// What one command inside the sandbox did.
#[derive(Debug)]
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Run {
    /// stdout as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }

    /// stderr as JSON (sockref's error object under --json).
    pub fn error_json(&self) -> Value {
        serde_json::from_str(&self.stderr)
            .unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", self.stderr))
    }
}

impl Sandbox {
    /// A sandbox with default files, or `None` (after saying why) where namespaces are not
    /// available and `CI` is unset.
    pub fn new() -> Option<Sandbox> {
        if !available() {
            return None;
        }
        let dir = tempfile::tempdir().expect("a temporary directory");
        Some(Sandbox {
            dir,
            args: Vec::new(),
        })
    }

    fn file(&mut self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write sandbox file");
        path
    }

    fn option(mut self, flag: &str, value: impl AsRef<Path>) -> Self {
        self.args.push(flag.to_string());
        self.args.push(value.as_ref().display().to_string());
        self
    }

    /// Uses `text` as /etc/hosts.
    pub fn hosts(mut self, text: &str) -> Self {
        let path = self.file("hosts", text);
        self.option("--hosts", path)
    }

    /// Uses `text` as /etc/resolv.conf.
    pub fn resolv(mut self, text: &str) -> Self {
        let path = self.file("resolv.conf", text);
        self.option("--resolv", path)
    }

    /// Uses `text` as /etc/gai.conf, getaddrinfo's sorting policy.
    pub fn gai_conf(mut self, text: &str) -> Self {
        let path = self.file("gai.conf", text);
        self.option("--gai-conf", path)
    }

    /// Uses `text` as /etc/nsswitch.conf.
    pub fn nsswitch(mut self, text: &str) -> Self {
        let path = self.file("nsswitch.conf", text);
        self.option("--nsswitch", path)
    }

    /// Serves a zone (RFC 1035 master format, with `$ORIGIN`).
    pub fn zone(mut self, text: &str) -> Self {
        let name = format!("zone{}", self.args.len());
        let path = self.file(&name, text);
        self.option("--zone", path)
    }

    /// Answers SERVFAIL for everything at or below `name`.
    pub fn servfail(self, name: &str) -> Self {
        self.option("--servfail", name)
    }

    /// Binds a DNS socket on `addr` that never answers.
    pub fn silent(self, addr: &str) -> Self {
        self.option("--silent", addr)
    }

    /// Names the sandbox's host `name`.
    pub fn hostname(self, name: &str) -> Self {
        self.option("--hostname", name)
    }

    /// Drops every TCP segment to `target`, `PORT` or `ADDR:PORT`: a peer that never
    /// answers a connect.
    pub fn drop_tcp(self, target: &str) -> Self {
        self.option("--drop-tcp", target)
    }

    /// Runs a command inside the sandbox.
    pub fn run<S: AsRef<str>>(&self, command: &[S], stdin: Option<&str>) -> Run {
        let mut cmd = Command::new(sandbox_binary());
        cmd.args(&self.args).arg("--");
        cmd.args(command.iter().map(AsRef::as_ref));
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let start = Instant::now();
        let mut child = cmd.spawn().expect("start the sandbox");
        if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
            use std::io::Write;
            pipe.write_all(text.as_bytes()).expect("write stdin");
        }
        let output: Output = child.wait_with_output().expect("wait for the sandbox");
        let run = Run {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            elapsed: start.elapsed(),
        };
        assert_ne!(run.status, 70, "sandbox set-up failed: {}", run.stderr);
        run
    }

    /// Runs sockref with `args` inside the sandbox.
    pub fn sockref(&self, args: &[&str]) -> Run {
        let mut command = vec![env!("CARGO_BIN_EXE_sockref")];
        command.extend_from_slice(args);
        self.run(&command, None)
    }

    /// Runs `getent` inside the sandbox.
    pub fn getent(&self, args: &[&str]) -> Run {
        let mut command = vec!["getent"];
        command.extend_from_slice(args);
        self.run(&command, None)
    }

    /// Asks Python's socket module inside the sandbox for the outcome of each call.
    pub fn ask(&self, calls: &[PyCall]) -> Vec<Outcome> {
        let request = oracle::request(calls).to_string();
        let run = self.run(&["python3", oracle::ORACLE], Some(&request));
        assert_eq!(run.status, 0, "oracle.py failed: {}", run.stderr);
        oracle::outcomes(calls, oracle::answers(&run.json()))
    }

    /// `ask` for calls written as `[[function, args...], ...]`, args in oracle.py's encoding.
    pub fn python(&self, calls: &Value) -> Vec<Outcome> {
        let calls: Vec<PyCall> = calls
            .as_array()
            .expect("a list of calls")
            .iter()
            .map(|call| {
                let words = call.as_array().expect("[function, args...]");
                let function = words[0].as_str().expect("a function name");
                PyCall::new(function, words[1..].to_vec())
            })
            .collect();
        self.ask(&calls)
    }
}

/// python3 must be present under CI; elsewhere its absence skips a case.
pub fn python_available() -> bool {
    skip::require_python()
}

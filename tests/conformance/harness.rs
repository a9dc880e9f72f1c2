//! The machinery every conformance group shares: running sockref once per case on a few
//! threads, and holding each run to Python's answer (tests/support/oracle.py, one `python3`
//! process per group) with a message that shows the input, Python's answer and sockref's
//! answer side by side.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

use crate::support::oracle::{self, Outcome, PyCall, Raised};
use crate::support::sandbox::Sandbox;
use crate::support::skip;

/// True when python3 can answer; otherwise the test is reported skipped (a failure under
/// CI, where DESIGN.md section 9 makes Python required) and this is false.
pub fn python_ready() -> bool {
    skip::require_python()
}

/// A line on the real stderr, visible even when the test passes.
pub fn note(line: &str) {
    skip::note(&format!("conformance: {line}"));
}

/// One sockref run: its arguments (after `--json`), exit status and output.
#[derive(Debug, Clone)]
pub struct Run {
    pub argv: Vec<String>,
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    /// Whether it ran inside the resolver sandbox rather than on this host.
    pub sandboxed: bool,
}

impl Run {
    /// The JSON document on stdout, if there is one.
    pub fn json(&self) -> Option<Value> {
        serde_json::from_str(&self.stdout).ok()
    }

    /// The `error` object on stderr, if there is one.
    pub fn error(&self) -> Option<Value> {
        serde_json::from_str::<Value>(&self.stderr)
            .ok()
            .and_then(|v| v.get("error").cloned())
    }

    /// The command line, shell-quoted enough to paste.
    pub fn command_line(&self) -> String {
        let words: Vec<String> = self.argv.iter().map(|a| shell_word(a)).collect();
        let place = if self.sandboxed {
            " (in the resolver sandbox)"
        } else {
            ""
        };
        format!("sockref --json {}{place}", words.join(" "))
    }

    /// Exit status and output, compact, for failure messages.
    pub fn text(&self) -> String {
        let status = self
            .status
            .map_or_else(|| "killed by a signal".into(), |s| format!("exit {s}"));
        let compact = |s: &str| {
            serde_json::from_str::<Value>(s)
                .map_or_else(|_| s.trim().to_string(), |v| v.to_string())
        };
        format!(
            "{status}; stdout: {}; stderr: {}",
            compact(&self.stdout),
            compact(&self.stderr)
        )
    }
}

fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:/%|=+,".contains(&b));
    if plain {
        word.to_string()
    } else {
        format!("{word:?}")
    }
}

/// Where a group's cases run: on this host, or inside a resolver sandbox (see
/// `offline::resolver_sandbox`) for the cases this host could answer only by asking DNS.
#[derive(Clone, Copy)]
pub enum Place<'a> {
    Host,
    Sandbox(&'a Sandbox),
}

impl Place<'_> {
    /// Asks Python, in this place, for the outcome of each call.
    pub fn ask_calls(self, calls: &[PyCall]) -> Vec<Outcome> {
        match self {
            Place::Host => oracle::ask_calls(calls),
            Place::Sandbox(sb) => sb.ask(calls),
        }
    }

    /// Runs `sockref --json ARGV...` here for each argument list, a few at a time, in order.
    pub fn sockref_all(self, argvs: &[Vec<String>]) -> Vec<Run> {
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
        let next = AtomicUsize::new(0);
        let runs: Mutex<Vec<Option<Run>>> = Mutex::new(vec![None; argvs.len()]);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(argv) = argvs.get(i) else { break };
                        let run = self.sockref(argv);
                        runs.lock().expect("a runner thread panicked")[i] = Some(run);
                    }
                });
            }
        });
        runs.into_inner()
            .expect("a runner thread panicked")
            .into_iter()
            .map(|r| r.expect("every case ran"))
            .collect()
    }

    fn sockref(self, argv: &[String]) -> Run {
        if let Place::Sandbox(sb) = self {
            let mut words = vec!["--json"];
            words.extend(argv.iter().map(String::as_str));
            let run = sb.sockref(&words);
            return Run {
                argv: argv.to_vec(),
                status: (run.status >= 0).then_some(run.status),
                stdout: run.stdout,
                stderr: run.stderr,
                sandboxed: true,
            };
        }
        let out = Command::cargo_bin("sockref")
            .expect("the sockref binary is built for integration tests")
            .arg("--json")
            .args(argv)
            .timeout(Duration::from_secs(30))
            .output()
            .expect("running sockref");
        Run {
            argv: argv.to_vec(),
            status: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            sandboxed: false,
        }
    }
}

/// Runs `sockref --json ARGV...` on this host for each argument list, in order.
pub fn sockref_all(argvs: &[Vec<String>]) -> Vec<Run> {
    Place::Host.sockref_all(argvs)
}

/// An argument list from string slices.
pub fn argv(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_string()).collect()
}

/// The exit status sockref must end with where Python raised (DESIGN.md section 4): 1
/// where the platform said no (a missing name, service or protocol; a herror), 2 where
/// the input was bad (OverflowError, ValueError, an illegal address, a malformed hint).
pub fn expected_status(function: &str, raised: &Raised) -> i32 {
    const NO: [&str; 6] = [
        "EAI_NONAME",
        "EAI_AGAIN",
        "EAI_FAIL",
        "EAI_NODATA",
        "EAI_ADDRFAMILY",
        "EAI_SERVICE",
    ];
    match raised.kind.as_str() {
        "gaierror" if raised.eai_name.as_deref().is_some_and(|n| NO.contains(&n)) => 1,
        "herror" => 1,
        "OSError"
            if raised.errno.is_none()
                && [
                    "getservbyname",
                    "getservbyport",
                    "getprotobyname",
                    "if_nametoindex",
                ]
                .contains(&function) =>
        {
            1
        }
        // if_indextoname of an index no interface has: ENXIO.
        "OSError" if raised.errno == Some(6) && function == "if_indextoname" => 1,
        _ => 2,
    }
}

/// Why a mirror's run disagrees with Python's outcome, or `None` when it agrees.
pub fn mirror_mismatch(call: &PyCall, outcome: &Outcome, run: &Run) -> Option<String> {
    let problem = match outcome {
        Outcome::Returned(value) => returned_mismatch(call, value, run),
        Outcome::Raised(raised) => raised_mismatch(call, raised, run),
    }?;
    Some(describe(call, outcome, run, &problem))
}

/// The failure message every group uses.
pub fn describe(call: &PyCall, outcome: &Outcome, run: &Run, problem: &str) -> String {
    format!(
        "{problem}\n    input:   {}\n    Python:  {} {}\n    sockref: {}",
        run.command_line(),
        call.text(),
        outcome.text(),
        run.text()
    )
}

fn returned_mismatch(call: &PyCall, value: &Value, run: &Run) -> Option<String> {
    if run.status != Some(0) {
        return Some("Python answered but sockref did not exit 0".into());
    }
    let Some(doc) = run.json() else {
        return Some("stdout is not one JSON document".into());
    };
    if doc["function"] != call.function.as_str() {
        return Some(format!("\"function\" is not {:?}", call.function));
    }
    (doc["result"] != *value).then(|| "\"result\" differs from Python's return value".into())
}

fn raised_mismatch(call: &PyCall, raised: &Raised, run: &Run) -> Option<String> {
    let want = expected_status(&call.function, raised);
    if run.status != Some(want) {
        return Some(format!("Python raised, so sockref must exit {want}"));
    }
    if !run.stdout.trim().is_empty() {
        return Some("a failed call must leave stdout empty".into());
    }
    let Some(error) = run.error() else {
        return Some("stderr is not a JSON {\"error\": ...} object".into());
    };
    let kind = match raised.kind.as_str() {
        "gaierror" => Some("gaierror"),
        "herror" => Some("herror"),
        "OSError" if raised.errno.is_some() => Some("oserror"),
        _ => None,
    };
    if let Some(kind) = kind.filter(|k| error["kind"] != *k) {
        return Some(format!("error \"kind\" must be {kind:?}"));
    }
    // CPython reads a failed gethostbyaddr_r's code from the global h_errno, which glibc
    // leaves untouched when it answers without asking DNS, so a herror code of 0 is
    // Python's artefact and not the platform's answer.
    let errno = raised
        .errno
        .filter(|&e| !(raised.kind == "herror" && e == 0));
    if let Some(errno) = errno.filter(|e| error["code"] != *e) {
        return Some(format!("error \"code\" must be Python's errno {errno}"));
    }
    if let Some(name) = raised.eai_name.as_deref().filter(|n| error["name"] != *n) {
        return Some(format!("error \"name\" must be {name}"));
    }
    None
}

/// Collects the disagreements of a group and fails once, listing them all.
#[derive(Debug, Default)]
pub struct Verdict {
    group: String,
    checked: usize,
    failures: Vec<String>,
}

impl Verdict {
    pub fn new(group: &str) -> Verdict {
        Verdict {
            group: group.to_string(),
            ..Verdict::default()
        }
    }

    /// Counts one comparison and records its failure, if any.
    pub fn check(&mut self, failure: Option<String>) {
        self.checked += 1;
        self.failures.extend(failure);
    }

    /// Compares a batch of mirror calls with their sockref runs.
    pub fn mirrors(&mut self, cases: &[(PyCall, Outcome)], runs: &[Run]) {
        for ((call, outcome), run) in cases.iter().zip(runs) {
            self.check(mirror_mismatch(call, outcome, run));
        }
    }

    /// Panics with every disagreement (the first 40 in full), or notes the count.
    pub fn finish(self) {
        const SHOWN: usize = 40;
        if self.failures.is_empty() {
            note(&format!(
                "{}: {} cases agree with Python",
                self.group, self.checked
            ));
            return;
        }
        let shown: Vec<&str> = self
            .failures
            .iter()
            .take(SHOWN)
            .map(String::as_str)
            .collect();
        panic!(
            "{}: {} of {} cases disagree with Python{}:\n\n{}",
            self.group,
            self.failures.len(),
            self.checked,
            if self.failures.len() > SHOWN {
                format!(" (first {SHOWN} shown)")
            } else {
                String::new()
            },
            shown.join("\n\n")
        );
    }
}

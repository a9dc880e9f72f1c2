//! A `sockref echo --serve` process for tests: spawned with `--json`, its address read
//! from the first line it prints, stopped with SIGINT (Ctrl-C), killed if a test panics.

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::Pid;
use serde_json::Value;

/// A running server.
pub struct ServeProcess {
    child: Child,
    stdout: BufReader<ChildStdout>,
    pub addr: SocketAddr,
}

/// What a stopped server left: its exit status, its report and its stderr.
pub struct Stopped {
    pub status: ExitStatus,
    pub report: Value,
    pub stderr: String,
}

impl ServeProcess {
    /// `sockref echo --serve ADDR --json EXTRA...`, once it has printed its address.
    pub fn start(addr: &str, extra: &[&str]) -> ServeProcess {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("sockref"))
            .args(["echo", "--serve", addr, "--json"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn sockref echo --serve");
        let mut stdout = BufReader::new(child.stdout.take().expect("its stdout"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("the first line");
        let ready: Value = serde_json::from_str(&first)
            .unwrap_or_else(|e| panic!("{e}: the first line is not JSON: {first:?}"));
        let addr = ready["listening"]["address"]
            .as_str()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("no address in {ready}"));
        ServeProcess {
            child,
            stdout,
            addr,
        }
    }

    /// The process id, for /proc/PID/status.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's resident memory in KiB (VmRSS of /proc/PID/status).
    pub fn rss_kib(&self) -> u64 {
        self.status_kib("VmRSS")
    }

    /// The most resident memory the server has had, in KiB (VmHWM).
    pub fn peak_rss_kib(&self) -> u64 {
        self.status_kib("VmHWM")
    }

    fn status_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("/proc/PID/status");
        status
            .lines()
            .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|kib| kib.parse().ok())
            .unwrap_or_else(|| panic!("no {field} line"))
    }

    /// Sends SIGINT and waits (at most `limit`) for the process to end.
    pub fn interrupt(mut self, limit: Duration) -> Stopped {
        let pid = Pid::from_raw(i32::try_from(self.child.id()).expect("a pid"));
        kill(pid, Signal::SIGINT).expect("SIGINT");
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                break status;
            }
            assert!(Instant::now() < deadline, "the server ignored SIGINT");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut rest = String::new();
        self.stdout.read_to_string(&mut rest).expect("the report");
        let mut stderr = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            e.read_to_string(&mut stderr).expect("stderr");
        }
        let report = serde_json::from_str(&rest)
            .unwrap_or_else(|e| panic!("{e}: the report is not JSON: {rest:?} {stderr}"));
        Stopped {
            status,
            report,
            stderr,
        }
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        // Only this test's own child; already gone after `interrupt`.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

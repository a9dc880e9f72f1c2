//! Resolver sandbox: runs one command with its own /etc/hosts, /etc/resolv.conf,
//! /etc/nsswitch.conf and a real DNS server, without touching the host.
//!
//! DESIGN.md section 9 asks for tests that check name resolution against a real DNS server
//! and real files, and says the host's files and network are never touched. This example is
//! that harness: tests run `sockref` (or `getent`, or Python) through it and compare answers.
//!
//! ```text
//! target/debug/examples/sandbox [OPTIONS] -- COMMAND [ARGS...]
//!   --hosts FILE       bind-mounted over /etc/hosts (default: "127.0.0.1 localhost\n::1 localhost ip6-localhost\n")
//!   --resolv FILE      bind-mounted over /etc/resolv.conf (default: "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
//!   --nsswitch FILE    bind-mounted over /etc/nsswitch.conf
//!                      (default: "hosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n")
//!   --zone FILE        RFC 1035 master file ($ORIGIN, $TTL, SOA, NS, A, AAAA, CNAME, PTR, ...) served
//!                      authoritatively on port 53 of --dns-addr, UDP and TCP; repeatable
//!   --servfail NAME    answer SERVFAIL (rcode 2) for every query at or below NAME; repeatable
//!   --silent ADDR      also bind UDP and TCP port 53 on ADDR and never answer; repeatable
//!   --hostname NAME    the host name inside the sandbox (its own UTS namespace)
//!   --drop-tcp [ADDR:]PORT  drop every TCP segment to PORT, on every address or on ADDR
//!                      only (iptables, ip6tables): a peer that never answers; repeatable
//!   --dns-addr ADDR    address the DNS server listens on (default 127.0.0.1)
//! ```
//!
//! COMMAND runs in a new mount and network namespace with loopback up (127.0.0.1/8 and ::1),
//! the three files bind-mounted over the real ones (mount propagation private, so nothing
//! reaches the host), and every DNS socket bound before it starts. Its stdin, stdout and stderr
//! are inherited. The sandbox exits with COMMAND's status, or 128 + signal if it was killed.
//!
//! Exit status of the sandbox itself: 77 with one line `sandbox unavailable: <reason>` when
//! namespaces cannot be created here (tests skip, or fail under CI); 70 with one line
//! `sandbox: <what failed>: <why>` for any other set-up failure; 2 for a usage error.

mod cli;
mod dns;
mod isolate;
mod zone;

use std::fmt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{self, Command, ExitStatus};

use clap::Parser;
use nix::sys::signal::Signal;

/// Set-up failures, each printed as one line on stderr before the sandbox exits.
#[derive(Debug)]
pub enum Failure {
    /// This host does not let us create the namespaces (not root, no user namespaces, EPERM).
    Unavailable(String),
    /// Anything else that stopped the sandbox from being built.
    Setup { what: String, why: String },
}

impl Failure {
    /// The usual sysexits(3) codes: 77 is also what automake-style harnesses read as "skip".
    const UNAVAILABLE: i32 = 77;
    const SOFTWARE: i32 = 70;

    pub fn setup(what: impl Into<String>, why: impl fmt::Display) -> Self {
        Failure::Setup {
            what: what.into(),
            why: why.to_string(),
        }
    }

    fn exit_code(&self) -> i32 {
        match self {
            Failure::Unavailable(_) => Self::UNAVAILABLE,
            Failure::Setup { .. } => Self::SOFTWARE,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Tests match on a single line, so multi-line library errors are folded.
        let line = match self {
            Failure::Unavailable(reason) => format!("sandbox unavailable: {reason}"),
            Failure::Setup { what, why } => format!("sandbox: {what}: {why}"),
        };
        f.write_str(&line.replace(['\n', '\r'], " "))
    }
}

fn main() {
    let args = cli::Args::parse();
    match run(&args) {
        Ok(status) => process::exit(status),
        Err(failure) => {
            eprintln!("{failure}");
            process::exit(failure.exit_code());
        }
    }
}

fn run(args: &cli::Args) -> Result<i32, Failure> {
    // Zone files and the replacement /etc files are read before anything changes, so that a
    // mistake in them is reported without side effects.
    let zones = args
        .zone
        .iter()
        .map(|path| zone::load(path))
        .collect::<Result<Vec<_>, _>>()?;
    let etc = isolate::EtcFiles::prepare(args)?;

    // unshare(2) must come before any thread exists (CLONE_NEWNS and CLONE_NEWUSER refuse a
    // multi-threaded caller), so the tokio runtime is only built inside dns::start.
    isolate::enter_namespaces()?;
    isolate::make_mounts_private()?;
    etc.bind_over_etc()?;
    isolate::hide_nscd()?;
    isolate::loopback_up()?;
    if let Some(name) = &args.hostname {
        isolate::set_hostname(name)?;
    }
    for drop in &args.drop_tcp {
        isolate::drop_tcp(drop.address, drop.port)?;
    }

    dns::start(dns::Config {
        zones,
        servfail: args.servfail.clone(),
        listen: args.dns_addr,
        silent: args.silent.clone(),
    })?;

    let status = run_command(&args.command)?;
    Ok(exit_code_of(status))
}

/// Runs COMMAND with inherited stdio and waits for it.
fn run_command(command: &[std::ffi::OsString]) -> Result<ExitStatus, Failure> {
    let (program, rest) = command
        .split_first()
        .ok_or_else(|| Failure::setup("run COMMAND", "no command given"))?;
    let mut child = Command::new(program);
    child.args(rest);
    // SAFETY: the closure runs between fork and exec and makes a single prctl(2) call, which
    // is async-signal-safe; it allocates nothing and touches no lock.
    unsafe {
        child.pre_exec(|| {
            // If the sandbox dies (a test harness timing out kills it), COMMAND must not
            // linger holding the namespaces: PR_SET_PDEATHSIG, prctl(2).
            nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).map_err(std::io::Error::from)
        });
    }
    child
        .status()
        .map_err(|e| Failure::setup(format!("run {}", program.to_string_lossy()), e))
}

/// The shell's convention: the exit code, or 128 + the signal that killed the process.
fn exit_code_of(status: ExitStatus) -> i32 {
    match (status.code(), status.signal()) {
        (Some(code), _) => code,
        (None, Some(signal)) => 128 + signal,
        (None, None) => Failure::SOFTWARE,
    }
}

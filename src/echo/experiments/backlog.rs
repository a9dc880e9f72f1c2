//! The engine of `sockref backlog N`: what listen(2)'s backlog means on this host. A listener on
//! 127.0.0.1 calls listen(N) and never accepts; clients connect one after another, each
//! with a short deadline, until one does not complete. The report puts the count beside
//! the limits that should explain it (SOMAXCONN, net.core.somaxconn,
//! net.ipv4.tcp_max_syn_backlog, tcp_abort_on_overflow, tcp_syncookies) and beside what
//! the kernel itself says: the listener's TCP_INFO (for a LISTEN socket `tcpi_unacked` is
//! the accept queue's length and `tcpi_sacked` its limit, which is what `ss -lt` prints
//! as Recv-Q and Send-Q), the state of the client that stalled, and the ListenOverflows
//! and ListenDrops counters of /proc/net/netstat.
//!
//! Linux queues one more connection than the backlog: the queue counts as full only when
//! it holds *more* than the limit (`sk_acceptq_is_full`, include/net/sock.h). A SYN that
//! arrives at a full queue is dropped (tcp_conn_request, net/ipv4/tcp_input.c), so the
//! next client sits in SYN_SENT until its retransmission timer fires, a second later.

use std::collections::BTreeMap;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::reference::errors::errno_name;
use crate::report::Report;
use crate::sys::limits::raise_open_files;
use crate::sys::socket::{self as net, ConnectError, Socket};
use crate::sys::{SysError, sysctl, tcp_info};
use crate::units::millis;

/// How many clients past the backlog sockref tries before it gives up looking for the end.
const EXTRA_CLIENTS: usize = 64;
/// How long a client may take to complete. A handshake over loopback takes microseconds;
/// a dropped SYN is retried after a second (TCP_TIMEOUT_INIT).
pub const CLIENT_WAIT: Duration = Duration::from_millis(200);

/// The limits and what happened.
#[derive(Debug, Clone, Serialize)]
pub struct BacklogReport {
    /// N, as given to listen(2).
    pub backlog: i32,
    pub listener: String,
    pub limits: Limits,
    /// min(N, net.core.somaxconn): the limit the kernel keeps.
    pub effective_backlog: Option<i64>,
    /// effective_backlog + 1: what Linux should let complete.
    pub expected_completed: Option<i64>,
    pub clients_tried: usize,
    /// Clients whose connect() finished while nothing was accepted.
    pub completed: usize,
    /// TCP states of the completed clients (TCP_INFO), with how many were in each.
    pub completed_states: BTreeMap<String, usize>,
    /// The listener's TCP_INFO once the clients stopped: the accept queue.
    pub accept_queue: Option<AcceptQueue>,
    /// The first client that did not complete.
    pub stalled: Option<Stalled>,
    /// Why sockref stopped adding clients.
    pub stopped_by: BacklogStop,
    /// Growth of /proc/net/netstat's TcpExt ListenOverflows and ListenDrops during the
    /// run (system-wide counters: other listeners may add to them).
    pub listen_overflows: Option<u64>,
    pub listen_drops: Option<u64>,
    /// How many connections accept() found afterwards.
    pub accepted: usize,
    pub elapsed_ms: f64,
}

impl Report for BacklogReport {}

/// The limits that decide how many connections wait for accept().
#[derive(Debug, Clone, Serialize)]
pub struct Limits {
    /// The headers' SOMAXCONN (Python's socket.SOMAXCONN).
    #[serde(rename = "SOMAXCONN")]
    pub somaxconn_constant: i64,
    /// net.core.somaxconn: every backlog is capped at it.
    pub somaxconn: Option<i64>,
    /// net.ipv4.tcp_max_syn_backlog: half-open connections (SYN_RECV) per listener.
    pub tcp_max_syn_backlog: Option<i64>,
    /// net.ipv4.tcp_abort_on_overflow: 0 drops the final ACK of a handshake that finds
    /// the queue full (the client believes it is connected), 1 answers with a reset.
    pub tcp_abort_on_overflow: Option<i64>,
    /// net.ipv4.tcp_syncookies: 1 sends cookies when the SYN queue overflows.
    pub tcp_syncookies: Option<i64>,
    /// Why a tunable could not be read.
    pub errors: Vec<Error>,
}

/// The accept queue as the listener's TCP_INFO gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AcceptQueue {
    /// Connections waiting for accept() (`tcpi_unacked` of a LISTEN socket).
    pub length: u64,
    /// The queue's limit (`tcpi_sacked` of a LISTEN socket).
    pub max: u64,
}

/// Why sockref stopped adding clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum BacklogStop {
    /// A client did not complete within [`CLIENT_WAIT`].
    #[serde(rename = "a client did not complete")]
    Stalled,
    /// N + 1 + 64 clients completed.
    #[serde(rename = "client bound")]
    ClientBound,
    /// The run's deadline (`--timeout`) passed.
    #[serde(rename = "time bound")]
    TimeBound,
    /// socket() failed: its error line.
    #[serde(untagged)]
    SocketFailed(String),
}

impl fmt::Display for BacklogStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BacklogStop::Stalled => "a client did not complete",
            BacklogStop::ClientBound => "client bound",
            BacklogStop::TimeBound => "time bound",
            BacklogStop::SocketFailed(error) => error,
        })
    }
}

/// How a client's connect within [`CLIENT_WAIT`] failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum StallOutcome {
    /// No answer came within the wait.
    #[serde(rename = "timeout")]
    Timeout,
    /// The kernel's answer, by errno name.
    #[serde(untagged)]
    Errno(&'static str),
}

impl StallOutcome {
    fn of(e: ConnectError) -> StallOutcome {
        match e {
            ConnectError::Deadline => StallOutcome::Timeout,
            ConnectError::Sys(SysError::Errno(code)) => StallOutcome::Errno(errno_name(code)),
            ConnectError::Sys(_) => StallOutcome::Errno("errno"),
        }
    }
}

impl fmt::Display for StallOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StallOutcome::Timeout => "timeout",
            StallOutcome::Errno(name) => name,
        })
    }
}

/// The client that did not complete.
#[derive(Debug, Clone, Serialize)]
pub struct Stalled {
    pub outcome: StallOutcome,
    pub waited_ms: f64,
    /// Its TCP state afterwards: SYN_SENT when the SYN went unanswered.
    pub state: Option<String>,
}

/// Calls listen(`backlog`) and connects clients until one does not complete or `total`
/// has passed.
pub fn run(backlog: i32, total: Duration) -> Result<BacklogReport> {
    let started = Instant::now();
    let limits = limits();
    let effective = limits.somaxconn.map(|max| i64::from(backlog).min(max));
    let max_clients = usize::try_from(backlog).unwrap_or(0) + 1 + EXTRA_CLIENTS;
    // Every client holds a descriptor until the end: the soft limit goes up to the hard
    // one. Where that is still too low, socket() fails with EMFILE and the report says so.
    let _ = raise_open_files();
    let any = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
    let listener = net::listener(any, backlog).map_err(|e| os_error(e, "listen", backlog))?;
    let addr = net::local_addr(&listener)
        .and_then(|a| net::inet(&a))
        .map_err(|e| os_error(e, "getsockname", ""))?;
    let counters_before = listen_counters();

    let run = fill(addr, max_clients, started + total);
    let accept_queue = listener_queue(&listener);
    let completed_states = states(&run.completed);
    // The stalled client is closed here, before accept() makes room for its next SYN.
    let stalled = run.stalled.map(|(outcome, waited, socket)| Stalled {
        outcome,
        waited_ms: millis(waited),
        state: tcp_info::read(&socket)
            .ok()
            .map(|i| tcp_info::state_name(i.state)),
    });
    let counters_after = listen_counters();
    let growth = |i: usize| Some(counters_after[i]?.saturating_sub(counters_before[i]?));
    // The clients go first: a queued connection is accepted all the same, and their
    // descriptors are what accept() may need when socket() already ran out of them.
    let completed = run.completed.len();
    drop(run.completed);
    let accepted = net::accept_and_close(&listener).map_err(|e| os_error(e, "accept", ""))?;
    Ok(BacklogReport {
        backlog,
        listener: addr.to_string(),
        limits,
        effective_backlog: effective,
        expected_completed: effective.map(|e| e + 1),
        clients_tried: run.tried,
        completed,
        completed_states,
        accept_queue,
        stalled,
        stopped_by: run.stopped_by,
        listen_overflows: growth(0),
        listen_drops: growth(1),
        accepted,
        elapsed_ms: millis(started.elapsed()),
    })
}

fn os_error(e: SysError, call: &str, input: impl ToString) -> Error {
    e.into_error(call, &input.to_string(), "")
}

/// The clients of one run.
struct Fill {
    tried: usize,
    completed: Vec<Socket>,
    /// Outcome, time waited, and the socket of the first client that did not complete.
    stalled: Option<(StallOutcome, Duration, Socket)>,
    stopped_by: BacklogStop,
}

/// Connects clients one at a time until one does not complete, the client bound is
/// reached or the deadline passes.
fn fill(addr: SocketAddr, max_clients: usize, deadline: Instant) -> Fill {
    let mut fill = Fill {
        tried: 0,
        completed: Vec::new(),
        stalled: None,
        stopped_by: BacklogStop::ClientBound,
    };
    while fill.tried < max_clients {
        if Instant::now() >= deadline {
            fill.stopped_by = BacklogStop::TimeBound;
            break;
        }
        let client = match net::open(libc::AF_INET, libc::SOCK_STREAM, 0) {
            Ok(s) => s,
            Err(e) => {
                let error = e.into_error("socket", "AF_INET, SOCK_STREAM", "");
                fill.stopped_by = BacklogStop::SocketFailed(error.to_string());
                break;
            }
        };
        fill.tried += 1;
        let start = Instant::now();
        match net::connect_within(&client, addr, CLIENT_WAIT) {
            Ok(()) => fill.completed.push(client),
            Err(e) => {
                fill.stalled = Some((StallOutcome::of(e), start.elapsed(), client));
                fill.stopped_by = BacklogStop::Stalled;
                break;
            }
        }
    }
    fill
}

/// How many completed clients are in each TCP state.
fn states(clients: &[Socket]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for c in clients {
        let state =
            tcp_info::read(c).map_or_else(|_| "?".to_string(), |i| tcp_info::state_name(i.state));
        *counts.entry(state).or_insert(0) += 1;
    }
    counts
}

fn listener_queue(listener: &Socket) -> Option<AcceptQueue> {
    let info = tcp_info::read(listener).ok()?;
    let field = |name: &str| info.fields.iter().find(|f| f.name == name).map(|f| f.value);
    Some(AcceptQueue {
        length: field("unacked")?,
        max: field("sacked")?,
    })
}

/// TcpExt ListenOverflows and ListenDrops of /proc/net/netstat.
fn listen_counters() -> [Option<u64>; 2] {
    ["ListenOverflows", "ListenDrops"].map(|name| sysctl::netstat_counter("TcpExt", name).ok())
}

fn limits() -> Limits {
    let mut errors = Vec::new();
    let mut read = |name: &str| {
        sysctl::read_int(name)
            .map_err(|e| {
                errors.push(e.into_error("open", &sysctl::path_of(name).display().to_string(), ""))
            })
            .ok()
    };
    let somaxconn = read("net.core.somaxconn");
    let tcp_max_syn_backlog = read("net.ipv4.tcp_max_syn_backlog");
    let tcp_abort_on_overflow = read("net.ipv4.tcp_abort_on_overflow");
    let tcp_syncookies = read("net.ipv4.tcp_syncookies");
    Limits {
        somaxconn_constant: i64::from(libc::SOMAXCONN),
        somaxconn,
        tcp_max_syn_backlog,
        tcp_abort_on_overflow,
        tcp_syncookies,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_and_outcomes_read_as_they_serialize() {
        let stops = [
            BacklogStop::Stalled,
            BacklogStop::ClientBound,
            BacklogStop::TimeBound,
            BacklogStop::SocketFailed("socket(AF_INET, SOCK_STREAM): EMFILE".into()),
        ];
        for stop in stops {
            let json = serde_json::to_value(&stop).ok();
            assert_eq!(json, Some(stop.to_string().into()), "{stop:?}");
        }
        let outcomes = [
            StallOutcome::of(ConnectError::Deadline),
            StallOutcome::of(ConnectError::Sys(SysError::Errno(libc::ECONNREFUSED))),
        ];
        for outcome in outcomes {
            let json = serde_json::to_value(outcome).ok();
            assert_eq!(json, Some(outcome.to_string().into()), "{outcome:?}");
        }
        assert_eq!(outcomes[1].to_string(), "ECONNREFUSED");
    }
}

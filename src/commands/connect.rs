//! `sockref connect HOST:PORT` and the `create_connection` mirror: Python's
//! `socket.create_connection` (Lib/socket.py) one step at a time.
//!
//! Python asks getaddrinfo(host, port, 0, SOCK_STREAM) for candidates and tries each in
//! order: socket(), settimeout(timeout), bind(source_address) when one is given, connect().
//! A failure closes that socket and moves on to the next candidate; the first connection
//! wins. When none connects Python raises the last error (or, with `all_errors=True`, an
//! ExceptionGroup of all of them). The verb keeps every attempt with its outcome and time;
//! the mirror returns the winner's addresses or that last error.
//!
//! The two read `--timeout` differently. The mirror keeps Python's meaning: the resolution
//! and each attempt have the whole timeout of their own. The verb finishes within it: the
//! resolution and every attempt share one deadline, each attempt given an equal share of
//! the time left, so a candidate that never answers cannot starve the next ones.

use std::net::{IpAddr, SocketAddr, SocketAddrV6};
use std::time::{Duration, Instant};

use std::borrow::Cow;

use serde::Serialize;
use socket2::SockAddr;

use crate::cli::{ConnectArgs, CreateConnectionArgs};
use crate::code::Call;
use crate::commands::mirror::Mirror;
use crate::deadline::Deadline;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::endpoint::{self, Source, Target};
use crate::socket_module::names::{self, AddrInfoQuery, AddrInfoRow, SockAddrView, Symbol};
use crate::socket_module::pyargs::PyArg;
use crate::sys::netdb::Hints;
use crate::sys::socket::{self as net, ConnectError, Socket};

/// Every attempt of one create_connection, and the connection made.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectReport {
    /// HOST:PORT as given.
    pub input: String,
    pub host: String,
    /// The port as given: a number or a service name.
    pub port: String,
    /// The family asked of getaddrinfo: AF_UNSPEC, or AF_INET / AF_INET6 with -4 / -6.
    pub family: Symbol,
    /// The time allowed for the whole command, in seconds: resolution and every attempt.
    pub timeout: f64,
    /// The address bound before each connect (Python's `source_address`).
    pub source: Option<SourceView>,
    /// One entry per getaddrinfo candidate tried, in the resolver's order.
    pub attempts: Vec<Attempt>,
    /// The connection made, or null when no candidate connected.
    pub connection: Option<Connection>,
}

/// `source_address` as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceView {
    pub address: String,
    pub port: u16,
}

/// One candidate tried.
#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub family: Symbol,
    pub sockaddr: SockAddrView,
    /// The step that decided the attempt: `socket`, `bind` or `connect`.
    pub step: &'static str,
    /// `connected`, the errno or EAI name of the failure, or `timeout`.
    pub outcome: String,
    /// From socket() to the outcome, in microseconds.
    pub elapsed_us: u64,
    /// The time this attempt was given, in microseconds: its share of what was left.
    pub allowed_us: u64,
    pub error: Option<Error>,
}

/// Both ends of the connection made: getsockname() and getpeername().
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connection {
    pub laddr: SockAddrView,
    pub raddr: SockAddrView,
}

impl ConnectReport {
    /// The error Python's create_connection raises when nothing connected: the last one.
    pub fn last_error(&self) -> Option<&Error> {
        self.attempts.last().and_then(|a| a.error.as_ref())
    }
}

impl Report for ConnectReport {
    /// 0 when a candidate connected, 1 when none did.
    fn exit_status(&self) -> ExitStatus {
        if self.connection.is_some() {
            ExitStatus::Success
        } else {
            ExitStatus::No
        }
    }

    /// Every candidate's failure, when none connected.
    fn failures(&self) -> Vec<Cow<'_, Error>> {
        if self.connection.is_some() {
            return Vec::new();
        }
        self.attempts
            .iter()
            .filter_map(|a| a.error.as_ref())
            .map(Cow::Borrowed)
            .collect()
    }
}

/// What to connect to, resolved from the arguments.
struct Plan {
    input: String,
    target: Target,
    family: i32,
    source: Option<Source>,
}

/// `connect` as Python's create_connection makes it: every candidate in turn, each with
/// the whole timeout (what Happy Eyeballs is shown beside).
pub fn sequential(args: &ConnectArgs, timeout: Duration) -> Result<ConnectReport> {
    let plan = verb_plan(args)?;
    create_connection(&plan, Pacing::EachCall(timeout))
}

/// The plan of the `connect` verb's arguments.
fn verb_plan(args: &ConnectArgs) -> Result<Plan> {
    plan(
        "connect",
        (&args.target, args.port.as_deref()),
        args.source.as_deref(),
        family_of(args),
    )
}

/// The family -4 or -6 asks for.
pub fn family_of(args: &ConnectArgs) -> i32 {
    match (args.ipv4, args.ipv6) {
        (true, _) => libc::AF_INET,
        (_, true) => libc::AF_INET6,
        _ => libc::AF_UNSPEC,
    }
}

/// The candidates of `connect`, as create_connection asks getaddrinfo for them.
pub fn candidates(args: &ConnectArgs, timeout: Duration) -> Result<Vec<SocketAddr>> {
    let plan = verb_plan(args)?;
    let query = AddrInfoQuery {
        host: Some(plan.target.host.clone()),
        port: Some(plan.target.port.clone()),
        hints: Hints {
            family: plan.family,
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        },
    };
    let rows = names::getaddrinfo(&query, Deadline::after(timeout))?;
    Ok(rows
        .iter()
        .filter_map(|r| socket_addr(&r.sockaddr))
        .collect())
}

/// Runs `connect`.
pub fn run(args: &ConnectArgs, timeout: Duration) -> Result<ConnectReport> {
    let plan = verb_plan(args)?;
    create_connection(&plan, Pacing::Shared(Deadline::after(timeout)))
}

/// The create_connection call of the arguments, checked but not made, with its plan.
fn mirror_call(args: &CreateConnectionArgs, timeout: Duration) -> Result<(Plan, Call)> {
    let plan = plan(
        CALL,
        (&args.address, args.port.as_deref()),
        args.source.as_deref(),
        libc::AF_UNSPEC,
    )?;
    let port = plan.target.port_number().map_or_else(
        || PyArg::Str(plan.target.port.clone()),
        |p| PyArg::Int(p.into()),
    );
    let address = PyArg::Tuple(vec![
        ("address", PyArg::Str(plan.target.host.clone())),
        ("port", port),
    ]);
    let source = plan.source.as_ref().map_or(PyArg::None, |s| {
        PyArg::Tuple(vec![
            ("address", PyArg::Str(s.host.clone())),
            ("port", PyArg::Int(s.port.into())),
        ])
    });
    let args = vec![
        ("address", address),
        ("timeout", PyArg::Float(timeout.as_secs_f64())),
        ("source_address", source),
    ];
    Ok((plan, Call::new(CALL, args)))
}

/// The call the `create_connection` mirror makes, checked but not made.
pub fn mirror_plan(args: &CreateConnectionArgs, timeout: Duration) -> Result<Call> {
    mirror_call(args, timeout).map(|(_, call)| call)
}

/// Runs the `create_connection` mirror: the laddr and raddr of the socket Python would
/// return, or the error it would raise.
pub fn mirror(args: &CreateConnectionArgs, timeout: Duration) -> Result<Mirror> {
    let (plan, call) = mirror_call(args, timeout)?;
    let report = create_connection(&plan, Pacing::EachCall(timeout))?;
    match (&report.connection, report.last_error()) {
        (Some(connection), _) => Mirror::of(call, connection),
        (None, Some(error)) => Err(error.clone()),
        (None, None) => Err(Error::not_found(
            CALL,
            plan.input,
            "getaddrinfo returns an empty list",
        )),
    }
}

/// The mirror's function.
const CALL: &str = "create_connection";

/// The plan for a target given as HOST:PORT, or as HOST and PORT.
fn plan(
    call: &str,
    (target, port): (&str, Option<&str>),
    source: Option<&str>,
    family: i32,
) -> Result<Plan> {
    let (input, parsed) = match port {
        None => (target.to_string(), endpoint::parse_target(target)),
        Some(port) => (
            format!("{target} {port}"),
            endpoint::parse_host_and_port(target, port),
        ),
    };
    let parsed = parsed.map_err(|r| Error::input(call, &input, r))?;
    let source = source
        .map(|s| {
            endpoint::parse_source(s).map_err(|r| Error::input(call, format!("--source {s}"), r))
        })
        .transpose()?;
    Ok(Plan {
        input,
        target: parsed,
        family,
        source,
    })
}

/// How the time of one create_connection is given out.
#[derive(Debug, Clone, Copy)]
enum Pacing {
    /// Python's meaning: the resolution and each attempt have `timeout` each.
    EachCall(Duration),
    /// The verb's: everything within one deadline, each attempt an equal share of the
    /// time left.
    Shared(Deadline),
}

impl Pacing {
    /// The deadline of one getaddrinfo call made now.
    fn resolution(self) -> Deadline {
        match self {
            Pacing::EachCall(timeout) => Deadline::after(timeout),
            Pacing::Shared(deadline) => deadline,
        }
    }

    /// The time for the next attempt when `left` candidates (this one included) remain.
    /// A share is whole milliseconds, and never zero: an attempt whose share is gone still
    /// gets one millisecond, and a refused or reset connection answers in less.
    fn attempt(self, left: usize) -> Duration {
        match self {
            Pacing::EachCall(timeout) => timeout,
            Pacing::Shared(deadline) => {
                let share = deadline.remaining() / u32::try_from(left.max(1)).unwrap_or(u32::MAX);
                let millis = u64::try_from(share.as_millis()).unwrap_or(u64::MAX);
                Duration::from_millis(millis.max(1))
            }
        }
    }

    /// The `--timeout` this was made from.
    fn budget(self) -> Duration {
        match self {
            Pacing::EachCall(timeout) => timeout,
            Pacing::Shared(deadline) => deadline.budget(),
        }
    }
}

/// Python's create_connection over every candidate, keeping each attempt.
fn create_connection(plan: &Plan, pacing: Pacing) -> Result<ConnectReport> {
    let query = AddrInfoQuery {
        host: Some(plan.target.host.clone()),
        port: Some(plan.target.port.clone()),
        hints: Hints {
            family: plan.family,
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        },
    };
    let rows = names::getaddrinfo(&query, pacing.resolution())?;
    let mut attempts = Vec::new();
    let mut connection = None;
    for (i, row) in rows.iter().enumerate() {
        let (attempt, socket) = attempt(row, plan.source.as_ref(), pacing, rows.len() - i);
        attempts.push(attempt);
        if let Some(s) = socket {
            let ends = net::ends(&s).map_err(|e| e.into_error("getpeername", "", ""))?;
            connection = Some(Connection {
                laddr: SockAddrView::of(&SockAddr::from(ends.0)),
                raddr: SockAddrView::of(&SockAddr::from(ends.1)),
            });
            break;
        }
    }
    Ok(ConnectReport {
        input: plan.input.clone(),
        host: plan.target.host.clone(),
        port: plan.target.port.clone(),
        family: family_symbol(plan.family),
        timeout: pacing.budget().as_secs_f64(),
        source: plan.source.as_ref().map(|s| SourceView {
            address: s.host.clone(),
            port: s.port,
        }),
        attempts,
        connection,
    })
}

/// One candidate: socket(), bind() when asked, connect() within the deadline. The socket
/// is returned only when it connected; a failed one is closed on return, as Python's
/// `sock.close()` does.
fn attempt(
    row: &AddrInfoRow,
    source: Option<&Source>,
    pacing: Pacing,
    left: usize,
) -> (Attempt, Option<Socket>) {
    let start = Instant::now();
    let timeout = pacing.attempt(left);
    let outcome = socket_addr(&row.sockaddr)
        .ok_or_else(|| {
            (
                "socket",
                Error::input(
                    "connect",
                    row.sockaddr.address.to_string(),
                    "not an IP address",
                ),
            )
        })
        .and_then(|addr| connect_one(addr, source, timeout));
    let micros = |d: Duration| u64::try_from(d.as_micros()).unwrap_or(u64::MAX);
    let elapsed_us = micros(start.elapsed());
    let (step, outcome, error, socket) = match outcome {
        Ok(s) => ("connect", "connected".to_string(), None, Some(s)),
        Err((step, e)) => (step, e.short_name(), Some(e), None),
    };
    let attempt = Attempt {
        family: row.family,
        sockaddr: row.sockaddr.clone(),
        step,
        outcome,
        elapsed_us,
        allowed_us: micros(timeout),
        error,
    };
    (attempt, socket)
}

/// A failed attempt: the step that decided it and the error.
type StepError = (&'static str, Error);

fn connect_one(
    addr: SocketAddr,
    source: Option<&Source>,
    timeout: Duration,
) -> Result<Socket, StepError> {
    let family = if addr.is_ipv6() {
        libc::AF_INET6
    } else {
        libc::AF_INET
    };
    let s = net::open(family, libc::SOCK_STREAM, 0).map_err(|e| {
        let input = format!("{}, SOCK_STREAM", family_symbol(family));
        ("socket", e.into_error("socket", &input, ""))
    })?;
    if let Some(source) = source {
        let local = source_addr(source, family, timeout).map_err(|e| ("bind", e))?;
        net::bind(&s, &SockAddr::from(local))
            .map_err(|e| ("bind", e.into_error("bind", &py_addr(local), "")))?;
    }
    match net::connect_within(&s, addr, timeout) {
        Ok(()) => Ok(s),
        Err(ConnectError::Sys(e)) => Err(("connect", e.into_error("connect", &py_addr(addr), ""))),
        Err(ConnectError::Deadline) => Err((
            "connect",
            names::timed_out("connect", &py_addr(addr), timeout),
        )),
    }
}

/// The source address in the socket's family, found as Python's `setipaddr` finds it:
/// getaddrinfo(host, None, family). `127.0.0.1` for an AF_INET6 socket is EAI_ADDRFAMILY,
/// exactly as Python's `bind` raises it.
fn source_addr(source: &Source, family: i32, timeout: Duration) -> Result<SocketAddr> {
    // Within the attempt's own time: binding is part of it.
    let query = AddrInfoQuery {
        host: Some(source.host.clone()),
        port: None,
        hints: Hints {
            family,
            ..Hints::default()
        },
    };
    let rows = names::getaddrinfo(&query, Deadline::after(timeout))?;
    rows.first()
        .and_then(|row| socket_addr(&row.sockaddr))
        .map(|mut a| {
            a.set_port(source.port);
            a
        })
        .ok_or_else(|| {
            Error::not_found(
                "bind",
                format!("({}, {})", PyArg::Str(source.host.clone()), source.port),
                "no address",
            )
        })
}

/// A getaddrinfo socket address back as a `SocketAddr`, scope and flow label included.
fn socket_addr(view: &SockAddrView) -> Option<SocketAddr> {
    let ip: IpAddr = std::str::from_utf8(view.address.as_bytes())
        .ok()?
        .parse()
        .ok()?;
    Some(match ip {
        IpAddr::V4(v4) => SocketAddr::from((v4, view.port)),
        IpAddr::V6(v6) => SocketAddr::V6(SocketAddrV6::new(
            v6,
            view.port,
            view.flowinfo.unwrap_or(0),
            view.scope_id.unwrap_or(0),
        )),
    })
}

/// `("::1", 80, 0, 0)`: a socket address as Python writes it, for error lines.
fn py_addr(addr: SocketAddr) -> String {
    let view = SockAddrView::of(&SockAddr::from(addr));
    let host = PyArg::Str(view.address.to_string());
    match (view.flowinfo, view.scope_id) {
        (Some(flow), Some(scope)) => format!("({host}, {}, {flow}, {scope})", view.port),
        _ => format!("({host}, {})", view.port),
    }
}

fn family_symbol(family: i32) -> Symbol {
    match family {
        libc::AF_INET => Symbol::Name("AF_INET"),
        libc::AF_INET6 => Symbol::Name("AF_INET6"),
        libc::AF_UNSPEC => Symbol::Name("AF_UNSPEC"),
        other => Symbol::Number(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    #[test]
    fn addresses_round_trip_through_their_views() {
        let v6: SocketAddr = "[fe80::1%3]:22"
            .parse()
            .unwrap_or_else(|_| SocketAddr::from(([0; 16], 0)));
        let view = SockAddrView::of(&SockAddr::from(v6));
        assert_eq!(view.address, Text::from("fe80::1"));
        assert_eq!(socket_addr(&view), Some(v6));
        let v4 = SocketAddr::from(([127, 0, 0, 1], 80));
        assert_eq!(
            socket_addr(&SockAddrView::of(&SockAddr::from(v4))),
            Some(v4)
        );
        assert_eq!(py_addr(v4), "(\"127.0.0.1\", 80)");
        assert_eq!(py_addr(v6), "(\"fe80::1\", 22, 0, 3)");
    }
}

//! `echo --connections short|long`: what a connection costs. Short: a new TCP connection
//! per request (socket, connect, send, recv, close), as an HTTP/1.0 client works. Long:
//! one connection kept open for every request. Both time each request from its first call
//! to its last, against the same in-process server as `--serve`.
//!
//! The side that closes first keeps the connection in TIME_WAIT for 2 MSL (tcp(7); 60 s
//! on Linux), and here that is the client. The run counts the TIME_WAIT sockets on the
//! server's port in /proc/net/tcp and /proc/net/tcp6 before and after.

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;
use socket2::SockAddr;

use super::payload::{pattern, verify};
use super::server::{DEFAULT_MAX_CONNECTIONS, EchoServer, Policy, ServerCounters};
use super::socket::EchoSocket;
use super::stats::{LatencySummary, RttRecorder};
use super::trace::{Side, Tracer};
use super::transport::EchoTransport;
use super::{EchoError, EchoStatus};
use crate::sys::interrupt::Interrupt;
use crate::sys::{sysctl, tcp_table};

/// The most requests one run makes.
pub const MAX_REQUESTS: u32 = 100_000;
/// Distinct payloads, used in turn, so that one request's bytes in another's reply show.
const PAYLOADS: u64 = 4;
/// How long to wait for the server to close its side of every connection before the
/// TIME_WAIT sockets are counted.
const SETTLE: Duration = Duration::from_secs(2);

/// A connection per request, or one for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnectionMode {
    Short,
    Long,
}

impl ConnectionMode {
    /// `short` or `long`.
    pub fn name(self) -> &'static str {
        match self {
            ConnectionMode::Short => "short",
            ConnectionMode::Long => "long",
        }
    }
}

/// What a run does.
#[derive(Debug, Clone)]
pub struct ConnectionsPlan {
    /// tcp4 or tcp6.
    pub transport: EchoTransport,
    pub requests: u32,
    /// Bytes per request.
    pub size: usize,
    pub timeout: Duration,
    pub interrupt: Interrupt,
}

/// TIME_WAIT sockets on the server's port.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct TimeWait {
    pub before: u64,
    pub after: u64,
    /// `after - before`: what this run left behind.
    pub left: u64,
}

/// One mode's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectionsRun {
    pub mode: ConnectionMode,
    pub transport: EchoTransport,
    pub status: EchoStatus,
    pub server: Option<String>,
    pub requests: u32,
    /// Requests that completed and were checked.
    pub completed: u64,
    /// Bytes per request.
    pub size: usize,
    pub seconds: f64,
    pub requests_per_s: f64,
    /// The time of each request: connect to close (short), send to the last byte of the
    /// echo (long).
    pub per_request_us: Option<LatencySummary>,
    /// TCP connections opened.
    pub connections: u64,
    pub time_wait: Option<TimeWait>,
    /// net.ipv4.tcp_tw_reuse: 2 (the default) lets loopback connections reuse a port still
    /// in TIME_WAIT, which keeps a long short-mode run from running out of ports.
    pub tcp_tw_reuse: Option<i64>,
    pub error: Option<String>,
}

/// Runs one mode against a fresh in-process server.
pub fn run(mode: ConnectionMode, plan: &ConnectionsPlan) -> ConnectionsRun {
    let mut row = ConnectionsRun {
        mode,
        transport: plan.transport,
        status: EchoStatus::Passed,
        server: None,
        requests: plan.requests,
        completed: 0,
        size: plan.size,
        seconds: 0.0,
        requests_per_s: 0.0,
        per_request_us: None,
        connections: 0,
        time_wait: None,
        tcp_tw_reuse: sysctl::read_int("net.ipv4.tcp_tw_reuse").ok(),
        error: None,
    };
    let address = match plan.transport {
        EchoTransport::Tcp6 => SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, 0)),
        _ => SocketAddr::from((std::net::Ipv4Addr::LOCALHOST, 0)),
    };
    let policy = Policy::standalone(false, DEFAULT_MAX_CONNECTIONS, plan.timeout);
    let server = match EchoServer::open(plan.transport, &SockAddr::from(address), policy) {
        Ok(server) => server,
        Err(e) => {
            let unavailable = e.errno().is_some_and(super::transport::not_offered);
            row.status = if unavailable {
                EchoStatus::Unavailable
            } else {
                EchoStatus::Failed
            };
            row.error = Some(e.to_string());
            return row;
        }
    };
    let addr = server
        .local_addr()
        .and_then(|a| a.as_socket())
        .unwrap_or(address);
    row.server = Some(addr.to_string());
    let (counters, stop) = (server.counters(), Interrupt::never());
    thread::scope(|scope| {
        let serving = scope.spawn(|| server.serve_until(&stop, None));
        let outcome = Requests::new(plan, addr).run(mode, &mut row, &counters);
        stop.set();
        if serving.join().is_err() {
            row.error = Some("the server thread was lost".into());
        }
        if let Err(e) = outcome {
            row.status = EchoStatus::Failed;
            row.error = Some(e.to_string());
        }
    });
    row
}

/// The client's side of a run.
struct Requests<'a> {
    plan: &'a ConnectionsPlan,
    server: SockAddr,
    port: u16,
    payloads: Vec<Vec<u8>>,
    reply: Vec<u8>,
    times: RttRecorder,
}

impl<'a> Requests<'a> {
    fn new(plan: &'a ConnectionsPlan, addr: SocketAddr) -> Requests<'a> {
        Requests {
            plan,
            server: SockAddr::from(addr),
            port: addr.port(),
            payloads: (0..PAYLOADS).map(|i| pattern(i, plan.size)).collect(),
            reply: vec![0u8; plan.size],
            times: RttRecorder::new(),
        }
    }

    fn run(
        mut self,
        mode: ConnectionMode,
        row: &mut ConnectionsRun,
        counters: &ServerCounters,
    ) -> Result<(), EchoError> {
        let before = tcp_table::count_time_wait(self.port).ok();
        let start = Instant::now();
        let outcome = match mode {
            ConnectionMode::Short => self.short(row),
            ConnectionMode::Long => self.long(row),
        };
        let elapsed = start.elapsed();
        row.seconds = elapsed.as_secs_f64();
        row.completed = self.times.count();
        if row.seconds > 0.0 {
            row.requests_per_s = (row.completed as f64 / row.seconds * 10.0).round() / 10.0;
        }
        row.per_request_us = self.times.latency();
        // The server closes its end once it reads ours; only then is our side of each
        // connection in TIME_WAIT rather than FIN_WAIT2.
        let settle_until = Instant::now() + SETTLE;
        while counters.active.load(Ordering::Relaxed) > 0 && Instant::now() < settle_until {
            thread::sleep(Duration::from_millis(5));
        }
        let after = tcp_table::count_time_wait(self.port).ok();
        if let (Some(before), Some(after)) = (before, after) {
            row.time_wait = Some(TimeWait {
                before,
                after,
                left: after.saturating_sub(before),
            });
        }
        outcome
    }

    /// A new connection per request: socket, connect, send, recv, close.
    fn short(&mut self, row: &mut ConnectionsRun) -> Result<(), EchoError> {
        for i in 0..self.plan.requests {
            if self.plan.interrupt.is_set() {
                break;
            }
            let start = Instant::now();
            let socket = self.open()?;
            row.connections += 1;
            self.exchange(&socket, i)?;
            socket.close()?;
            self.times.record(start.elapsed());
        }
        Ok(())
    }

    /// One connection for every request.
    fn long(&mut self, row: &mut ConnectionsRun) -> Result<(), EchoError> {
        let socket = self.open()?;
        row.connections = 1;
        for i in 0..self.plan.requests {
            if self.plan.interrupt.is_set() {
                break;
            }
            let start = Instant::now();
            self.exchange(&socket, i)?;
            self.times.record(start.elapsed());
        }
        socket.close()?;
        Ok(())
    }

    /// socket(2) with TCP_NODELAY and the timeouts, connect(2).
    fn open(&self) -> Result<EchoSocket, EchoError> {
        let socket = EchoSocket::open(
            self.plan.transport,
            Side::Client,
            &Tracer::off(),
            self.plan.timeout,
        )?;
        socket.set_nodelay()?;
        socket.connect(&self.server)?;
        Ok(socket)
    }

    /// Sends request `i`'s payload and checks its echo.
    fn exchange(&mut self, socket: &EchoSocket, i: u32) -> Result<(), EchoError> {
        let index = usize::try_from(u64::from(i) % PAYLOADS).unwrap_or(0);
        let payload = &self.payloads[index];
        socket.send_all(payload)?;
        let got = socket.recv_exact(&mut self.reply)?;
        if got < payload.len() {
            return Err(EchoError::Closed {
                got,
                expected: payload.len(),
            });
        }
        verify(payload, &self.reply).map_err(|mismatch| EchoError::Mismatch {
            index: i as usize,
            size: payload.len(),
            mismatch,
        })
    }
}

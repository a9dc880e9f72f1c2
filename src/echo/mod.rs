//! The loopback echo pair (DESIGN.md section 5): for one transport, a server on its own
//! thread and a client on the calling thread exchange a set of payloads, and every byte
//! that comes back is checked against what was sent.
//!
//! The parts stand alone so that other modes can reuse them: [`server::EchoServer`] is
//! the one server core, told by its [`server::Policy`] who may talk to it, within which
//! bounds and whether to trace; [`client::EchoClient`] connects and exchanges payloads;
//! [`socket::EchoSocket`] records each call in a [`trace::Tracer`]; [`stats`] summarises
//! round trips. [`run`] puts them together for one transport and never prints.
//!
//! Beyond the pair: [`mod@bench`] measures latency and throughput as sockperf and iperf3 do,
//! [`connections`] what a connection per request costs, [`server::until_stopped`] serves
//! many clients for other programs, [`run_client`] checks someone else's server, and
//! [`experiments`] run what the textbooks claim (listen's backlog, an application
//! heartbeat) on this host's sockets.

pub mod bench;
pub mod bench_remote;
pub mod client;
pub mod connections;
pub mod experiments;
pub mod payload;
pub mod server;
pub mod socket;
pub mod stats;
pub mod trace;
pub mod transport;

use std::path::Path;
use std::thread;
use std::time::Duration;

use serde::Serialize;

use crate::error::Error;
use client::EchoClient;
use payload::{LARGE_PAYLOAD, Mismatch, PING_SIZE, STREAM_SIZES, datagram_sizes, pattern};
use server::{AllowedPeer, EchoServer, ServerTally};
use socket::EchoSocket;
use stats::{RttRecorder, RttSummary, bytes_per_second};
use trace::{Side, TraceEvent, Tracer};
use transport::{EchoTransport, Framing, address_text, not_offered, probe_max_message};

/// Why an echo session failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum EchoError {
    /// A socket call failed or timed out.
    #[error(transparent)]
    Call(#[from] Error),
    /// An echo differed from what was sent.
    #[error("payload {index} ({size} bytes): {mismatch}")]
    Mismatch {
        index: usize,
        size: usize,
        mismatch: Mismatch,
    },
    /// The stream ended before the whole echo came back.
    #[error("the connection ended after {got} of {expected} echoed bytes")]
    Closed { got: usize, expected: usize },
    /// A datagram went out shorter than the payload.
    #[error("send took {sent} of a {len}-byte datagram")]
    Short { sent: usize, len: usize },
    /// A counting server received another number of bytes than were sent.
    #[error("sent {sent} bytes, the server counted {received}")]
    Lost { sent: u64, received: u64 },
    /// Bytes came back after the last payload's echo.
    #[error("{0} bytes came back that were never sent")]
    Extra(usize),
    /// A helper thread panicked or could not be started.
    #[error("the {0} thread was lost")]
    ThreadLost(&'static str),
}

impl EchoError {
    /// Whether this is what one side sees when the other has given up: the stream
    /// ended early, or the peer closed (EPIPE) or reset (ECONNRESET) the connection.
    pub fn is_peer_gone(&self) -> bool {
        match self {
            EchoError::Closed { .. } => true,
            EchoError::Call(e) => matches!(
                e.errno(),
                Some(libc::EPIPE | libc::ECONNRESET | libc::ECONNREFUSED)
            ),
            _ => false,
        }
    }
}

/// What one transport's run sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EchoPlan {
    /// Small ping-pong messages ([`PING_SIZE`] bytes) after the size sweep; they give
    /// the round-trip percentiles enough samples.
    pub pings: usize,
    /// The deadline of every blocking call, and of the server's idle time.
    pub timeout: Duration,
    /// Whether every socket call is recorded.
    pub trace: bool,
}

/// How a transport's run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EchoStatus {
    /// Every payload came back unchanged.
    Passed,
    /// Something broke: a call failed or timed out, or an echo differed.
    Failed,
    /// The host does not offer the transport (no IPv6, say).
    Unavailable,
}

/// One transport's row of the report.
#[derive(Debug, Clone, Serialize)]
pub struct TransportRun {
    pub transport: EchoTransport,
    pub status: EchoStatus,
    /// The server's address (`127.0.0.1:PORT`, a path, `@name`, `unnamed`).
    pub server: Option<String>,
    /// The client's address.
    pub client: Option<String>,
    /// Payload bytes the client sent (and got back, when it passed).
    pub bytes: u64,
    /// Payload exchanges completed.
    pub round_trips: u64,
    pub rtt_us: Option<RttSummary>,
    /// Echoed bytes per second over the payloads of 64 KiB and more; streams only.
    pub throughput_bytes_per_s: Option<u64>,
    /// Why it failed (`client: ...` or `server: ...`), or why it is unavailable.
    pub error: Option<String>,
    /// The largest message sent: the protocol's limit for UDP, the limit found by trying
    /// for unix datagrams and seqpackets; `null` for streams.
    pub max_message: Option<usize>,
    /// Connections and datagrams from other peers that the server turned away.
    pub ignored_by_server: u64,
    /// Every socket call, with `--trace`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<Vec<TraceEvent>>,
    /// Calls left out of `trace` beyond [`trace::MAX_EVENTS`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace_dropped: Option<usize>,
}

impl TransportRun {
    fn new(transport: EchoTransport, status: EchoStatus) -> TransportRun {
        TransportRun {
            transport,
            status,
            server: None,
            client: None,
            bytes: 0,
            round_trips: 0,
            rtt_us: None,
            throughput_bytes_per_s: None,
            error: None,
            max_message: None,
            ignored_by_server: 0,
            trace: None,
            trace_dropped: None,
        }
    }

    fn unavailable(transport: EchoTransport, reason: String) -> TransportRun {
        TransportRun {
            error: Some(reason),
            ..TransportRun::new(transport, EchoStatus::Unavailable)
        }
    }
}

/// Runs the echo pair over one transport. Unix sockets live in a fresh private
/// directory that is removed afterwards.
pub fn run(transport: EchoTransport, plan: &EchoPlan) -> TransportRun {
    if let Some(reason) = transport.unsupported() {
        return TransportRun::unavailable(transport, reason.to_string());
    }
    let tracer = if plan.trace {
        Tracer::recording()
    } else {
        Tracer::off()
    };
    let dir = match scratch_dir(transport) {
        Ok(dir) => dir,
        Err(e) => {
            let mut row = TransportRun::new(transport, EchoStatus::Failed);
            row.error = Some(e);
            return row;
        }
    };
    let mut row = Session::new(transport, plan, &tracer).run(dir.as_ref().map(|d| d.path()));
    if plan.trace {
        row.trace = Some(tracer.events());
        row.trace_dropped = Some(tracer.dropped()).filter(|&n| n > 0);
    }
    row
}

/// Runs only the client against an echo server at `server`, anyone's (socat, ncat, a
/// `sockref echo --serve`): the same payloads and checks as [`run`]. Streams send the
/// stream sweep; datagrams the datagram sweep up to the transport's limit.
pub fn run_client(
    transport: EchoTransport,
    server: &socket2::SockAddr,
    plan: &EchoPlan,
) -> TransportRun {
    let tracer = if plan.trace {
        Tracer::recording()
    } else {
        Tracer::off()
    };
    let mut session = Session::new(transport, plan, &tracer);
    session.row.server = Some(address_text(server));
    session.row.max_message = transport.fixed_max_message();
    let mut row = match EchoClient::connect(transport, server, None, &tracer, plan.timeout) {
        Ok(client) => {
            session.row.client = client.local_addr().map(|a| address_text(&a));
            let sizes = session.sizes();
            let outcome = session.drive(client, &sizes);
            session.finish(outcome, Ok(ServerTally::default()))
        }
        Err(e) => session.setup_failed(e),
    };
    if plan.trace {
        row.trace = Some(tracer.events());
        row.trace_dropped = Some(tracer.dropped()).filter(|&n| n > 0);
    }
    row
}

/// A fresh private directory for a transport whose sockets are named by paths; `None`
/// for the others. The directory is removed when dropped.
pub fn scratch_dir(transport: EchoTransport) -> Result<Option<tempfile::TempDir>, String> {
    if !transport.needs_directory() {
        return Ok(None);
    }
    // 0700 whatever the umask: no other user may reach, or replace, the sockets in it.
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::Builder::new()
        .prefix("sockref-echo-")
        .permissions(std::fs::Permissions::from_mode(0o700))
        .tempdir()
        .map_err(|e| format!("creating a temporary directory: {e}"))?;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))
        .map_err(|e| format!("making {} private: {e}", dir.path().display()))?;
    Ok(Some(dir))
}

/// A bound server and its connected client, for one session over one transport.
#[derive(Debug)]
pub struct Pair {
    pub server: EchoServer,
    pub client: EchoClient,
    /// The only peer the server answers.
    pub allowed: AllowedPeer,
    /// The server's and the client's address as the report shows them.
    pub server_text: String,
    pub client_text: Option<String>,
    /// The largest message (datagrams and seqpackets); `None` for streams.
    pub max_message: Option<usize>,
}

/// Binds a server and connects a client to it, both on this thread, so that a
/// transport the host lacks fails here before any thread starts. Unix path sockets go
/// in `dir`.
pub fn open_pair(
    transport: EchoTransport,
    dir: Option<&Path>,
    tracer: &Tracer,
    timeout: Duration,
) -> Result<Pair, Error> {
    let t = transport;
    let max_message = match t.fixed_max_message() {
        Some(max) => Some(max),
        None => probe_max_message(t, timeout)?,
    };
    let Some(addr) = t.server_address(dir)? else {
        let (server_end, client_end) = EchoSocket::pair(tracer, timeout)?;
        return Ok(Pair {
            server: EchoServer::on_pair_end(server_end, timeout),
            client: EchoClient::on_pair_end(client_end),
            allowed: AllowedPeer::PairEnd,
            server_text: "unnamed".into(),
            client_text: Some("unnamed".into()),
            max_message,
        });
    };
    let server = EchoServer::bind(t, &addr, max_message.unwrap_or(0), tracer, timeout)?;
    let server_addr = server.local_addr().unwrap_or(addr);
    let bind = t.client_address(dir)?;
    let client = EchoClient::connect(t, &server_addr, bind.as_ref(), tracer, timeout)?;
    let client_text = client.local_addr().map(|a| address_text(&a));
    let allowed = match (t.domain(), t.framing()) {
        (socket2::Domain::UNIX, Framing::Stream | Framing::Seqpacket) => {
            AllowedPeer::Process(i32::try_from(std::process::id()).unwrap_or(-1))
        }
        _ => AllowedPeer::Address(client_text.clone().unwrap_or_default()),
    };
    Ok(Pair {
        server,
        client,
        allowed,
        server_text: address_text(&server_addr),
        client_text,
        max_message,
    })
}

/// One transport's run in progress.
struct Session<'a> {
    transport: EchoTransport,
    plan: &'a EchoPlan,
    tracer: &'a Tracer,
    row: TransportRun,
    rtt: RttRecorder,
    /// Bytes and time of the large stream payloads, for the throughput.
    large: (u64, Duration),
}

impl<'a> Session<'a> {
    fn new(transport: EchoTransport, plan: &'a EchoPlan, tracer: &'a Tracer) -> Session<'a> {
        Session {
            transport,
            plan,
            tracer,
            row: TransportRun::new(transport, EchoStatus::Passed),
            rtt: RttRecorder::new(),
            large: (0, Duration::ZERO),
        }
    }

    fn run(mut self, dir: Option<&Path>) -> TransportRun {
        let (server, client, allowed) = match self.set_up(dir) {
            Ok(parts) => parts,
            Err(e) => return self.setup_failed(e),
        };
        let sizes = self.sizes();
        let (client_outcome, server_outcome) = thread::scope(|scope| {
            let serving = thread::Builder::new()
                .name("sockref-echo-server".into())
                .spawn_scoped(scope, || server.serve_one(&allowed));
            let client_outcome = self.drive(client, &sizes);
            let server_outcome = match serving {
                Ok(handle) => handle
                    .join()
                    .unwrap_or(Err(EchoError::ThreadLost("server"))),
                Err(_) => Err(EchoError::ThreadLost("server")),
            };
            (client_outcome, server_outcome)
        });
        self.finish(client_outcome, server_outcome)
    }

    /// The payload sizes of the sweep, then the pings.
    fn sizes(&self) -> Vec<usize> {
        let mut sizes = match self.row.max_message {
            Some(max) => datagram_sizes(max),
            None => STREAM_SIZES.to_vec(),
        };
        sizes.extend(std::iter::repeat_n(PING_SIZE, self.plan.pings));
        sizes
    }

    /// Binds the server and connects the client, both on this thread, so that a
    /// transport the host lacks fails here before any thread starts.
    fn set_up(
        &mut self,
        dir: Option<&Path>,
    ) -> Result<(EchoServer, EchoClient, AllowedPeer), Error> {
        // The limit is known before the pair is, so that a failure still shows it.
        self.row.max_message = self.transport.fixed_max_message();
        let pair = open_pair(self.transport, dir, self.tracer, self.plan.timeout)?;
        self.row.max_message = pair.max_message;
        self.row.server = Some(pair.server_text);
        self.row.client = pair.client_text;
        Ok((pair.server, pair.client, pair.allowed))
    }

    /// A failure before the first payload: the host lacking the transport is
    /// `unavailable`, anything else a failure.
    fn setup_failed(mut self, error: Error) -> TransportRun {
        if let Some(code) = error.errno()
            && not_offered(code)
        {
            self.row.status = EchoStatus::Unavailable;
        }
        if self.row.status != EchoStatus::Unavailable {
            self.row.status = EchoStatus::Failed;
        }
        self.row.error = Some(error.to_string());
        self.row
    }

    /// Sends every payload and ends the session; stops at the first failure.
    fn drive(&mut self, mut client: EchoClient, sizes: &[usize]) -> Result<(), EchoError> {
        let stream = self.transport.framing() == Framing::Stream;
        for (index, &size) in sizes.iter().enumerate() {
            let payload = pattern(index as u64, size);
            match client.exchange(index, &payload) {
                Ok(rtt) => {
                    self.rtt.record(rtt);
                    self.row.round_trips += 1;
                    self.row.bytes += size as u64;
                    if stream && size >= LARGE_PAYLOAD {
                        self.large.0 += size as u64;
                        self.large.1 += rtt;
                    }
                }
                Err(e) => {
                    client.abandon();
                    return Err(e);
                }
            }
        }
        client.finish()
    }

    fn finish(
        mut self,
        client: Result<(), EchoError>,
        server: Result<ServerTally, EchoError>,
    ) -> TransportRun {
        self.row.rtt_us = self.rtt.summary();
        if self.transport.framing() == Framing::Stream {
            self.row.throughput_bytes_per_s = bytes_per_second(self.large.0, self.large.1);
        }
        if let Ok(tally) = &server {
            self.row.ignored_by_server = tally.ignored;
        }
        let error = match (client, server) {
            // The server failed first and the client only saw it go away.
            (Err(c), Err(s)) if c.is_peer_gone() => Some((Side::Server, s)),
            (Err(c), _) => Some((Side::Client, c)),
            (Ok(()), server) => server.err().map(|s| (Side::Server, s)),
        };
        if let Some((side, e)) = error {
            self.row.status = EchoStatus::Failed;
            self.row.error = Some(format!("{}: {e}", side.name()));
        }
        self.row
    }
}

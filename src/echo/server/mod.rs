//! The echo server: one core for both of its uses, told by a [`Policy`] who may talk to
//! it, within which bounds, and whether its calls are traced.
//!
//! - The pair's server ([`EchoServer::serve_one`]) serves one session with its own client
//!   and sends back every byte it receives. It answers no one else: a connection from
//!   another peer is closed at once and a datagram from another address is dropped
//!   unanswered, because an open UDP echo reflects (and amplifies) traffic at whatever
//!   address a datagram claims to come from. Every wait is bounded by the timeout, idle
//!   time included, and any failure ends the session.
//! - The standalone server ([`EchoServer::serve_until`], `echo --serve`) serves client
//!   after client, at most `max_connections` at once, until it is stopped; see
//!   [`until_stopped`].
//!
//! Both echo through the same loops (`server/echo.rs`), and both count what they did in the same
//! [`ServerCounters`].

mod echo;
pub mod until_stopped;

use std::net::Shutdown;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use socket2::SockAddr;

use super::EchoError;
use super::socket::EchoSocket;
use super::trace::{Side, Tracer};
use super::transport::{EchoTransport, Framing, address_text};
use crate::error::{Error, Result};
use crate::socket_module::names::timed_out;
use crate::sys::sockopt;

pub use until_stopped::{
    CONNECTION_BUFFER, DEFAULT_IDLE, DEFAULT_MAX_CONNECTIONS, ServeSummary, Stop, StoppedBy, TICK,
    is_loopback, servable,
};

/// How much a stream server of the pair reads at once.
const STREAM_BUFFER: usize = 256 * 1024;
/// How much a sink reads at once: iperf3's block size.
const SINK_BUFFER: usize = 128 * 1024;
/// The listen(2) backlog of a server that serves until stopped.
const BACKLOG: i32 = 1024;

/// Who may talk to a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowedPeer {
    /// The peer with this address, as [`address_text`] writes it (IP transports, and
    /// unix datagram clients, which bind a name to be answered at).
    Address(String),
    /// A unix socket connected from this process id (SO_PEERCRED): a unix stream client
    /// has no name to check, but the kernel knows who connected.
    Process(i32),
    /// The other end of a socketpair, which nothing else can reach.
    PairEnd,
    /// Any peer on loopback, IPv4-mapped loopback included.
    Loopback,
    /// Anyone who reaches the address (`--allow-remote`).
    Anyone,
}

impl AllowedPeer {
    fn admits(&self, from: &SockAddr, conn: Option<&EchoSocket>) -> bool {
        match self {
            AllowedPeer::Address(text) => address_text(from) == *text,
            AllowedPeer::Process(pid) => conn.and_then(EchoSocket::peer_pid) == Some(*pid),
            AllowedPeer::PairEnd | AllowedPeer::Anyone => true,
            AllowedPeer::Loopback => from.as_socket().is_some_and(|a| is_loopback(&a)),
        }
    }
}

/// How many sessions a server serves, which decides how it waits and what a failure
/// means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sessions {
    /// One session with one client (the pair): listen(1), every wait bounded by the idle
    /// time, and a failure or a silence ends the session with an error.
    One,
    /// Client after client until stopped (`--serve`): listen(1024) with SO_REUSEADDR, the
    /// listener wakes every [`TICK`] to look at the stop flag, and a failure ends only
    /// the connection (or the datagram) it happened to.
    UntilStopped,
}

/// Who may talk to a server, within which bounds, and whether it traces its calls.
#[derive(Debug, Clone)]
pub struct Policy {
    pub peers: AllowedPeer,
    pub sessions: Sessions,
    /// The most connections served at once.
    pub max_connections: usize,
    /// The read buffer of a stream connection: the most a connection holds at once.
    pub buffer: usize,
    /// The largest datagram or record echoed; a larger one is ignored.
    pub max_message: usize,
    /// How long a connection may sit idle (nothing read, or its client not reading), and
    /// for one session how long any wait may last.
    pub idle: Duration,
    /// Whether accepted TCP connections get TCP_NODELAY.
    pub nodelay: bool,
    /// Records every call when on.
    pub tracer: Tracer,
}

impl Policy {
    /// The pair's server: one session, every wait within `timeout`, records up to
    /// `max_message`. Its peer is named when the session starts
    /// ([`EchoServer::serve_one`]), once the client has bound its address.
    pub fn pair(max_message: usize, tracer: &Tracer, timeout: Duration) -> Policy {
        Policy {
            peers: AllowedPeer::Address(String::new()),
            sessions: Sessions::One,
            max_connections: 1,
            buffer: STREAM_BUFFER,
            max_message,
            idle: timeout,
            nodelay: false,
            tracer: tracer.clone(),
        }
    }

    /// A server for other programs: loopback peers, or anyone with `allow_remote`; a
    /// fixed buffer per connection, any UDP datagram, untraced.
    pub fn standalone(allow_remote: bool, max_connections: usize, idle: Duration) -> Policy {
        Policy {
            peers: if allow_remote {
                AllowedPeer::Anyone
            } else {
                AllowedPeer::Loopback
            },
            sessions: Sessions::UntilStopped,
            max_connections,
            buffer: CONNECTION_BUFFER,
            max_message: until_stopped::DATAGRAM_BUFFER - 1,
            idle,
            nodelay: true,
            tracer: Tracer::off(),
        }
    }
}

/// What a server counts while it runs; readable from another thread.
#[derive(Debug, Default)]
pub struct ServerCounters {
    /// Connections accepted and served.
    pub accepted: AtomicU64,
    /// Connections being served now, and the most at once.
    pub active: AtomicU64,
    pub peak: AtomicU64,
    /// Connections closed at once because `max_connections` were being served.
    pub over_limit: AtomicU64,
    /// Connections that ended idle, reset by the client, or with another error.
    pub idle_closed: AtomicU64,
    pub reset: AtomicU64,
    pub failed: AtomicU64,
    /// accept(2) failures other than the tick.
    pub accept_errors: AtomicU64,
    /// Bytes sent back.
    pub bytes: AtomicU64,
    /// recv calls (streams) or messages (datagrams, seqpacket) echoed.
    pub messages: AtomicU64,
    /// Connections and datagrams turned away: from a peer the policy does not admit, or
    /// larger than its largest message.
    pub ignored: AtomicU64,
}

impl ServerCounters {
    fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }

    fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }

    fn tally(&self) -> ServerTally {
        ServerTally {
            echoed_bytes: ServerCounters::get(&self.bytes),
            messages: ServerCounters::get(&self.messages),
            ignored: ServerCounters::get(&self.ignored),
        }
    }
}

/// What a server did in one session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ServerTally {
    /// Bytes sent back to the client.
    pub echoed_bytes: u64,
    /// recv calls (streams) or messages (datagrams, seqpacket) echoed.
    pub messages: u64,
    /// Connections closed and datagrams dropped because they came from another peer, or
    /// were larger than the transport's limit.
    pub ignored: u64,
}

/// A bound echo server, ready to serve.
#[derive(Debug)]
pub struct EchoServer {
    transport: EchoTransport,
    socket: EchoSocket,
    policy: Policy,
    /// Whether `socket` is already connected (a socketpair end) rather than listening.
    connected: bool,
    counters: Arc<ServerCounters>,
}

impl EchoServer {
    /// The pair's server: [`EchoServer::open`] with [`Policy::pair`].
    pub fn bind(
        transport: EchoTransport,
        addr: &SockAddr,
        max_message: usize,
        tracer: &Tracer,
        timeout: Duration,
    ) -> Result<EchoServer> {
        EchoServer::open(transport, addr, Policy::pair(max_message, tracer, timeout))
    }

    /// socket(2), bind(2) to `addr` and, for connection transports, listen(2). A server
    /// that serves until stopped sets SO_REUSEADDR first, so that a restarted server need
    /// not wait out TIME_WAIT.
    pub fn open(transport: EchoTransport, addr: &SockAddr, policy: Policy) -> Result<EchoServer> {
        let (wait, backlog) = match policy.sessions {
            Sessions::One => (policy.idle, 1),
            Sessions::UntilStopped => (TICK, BACKLOG),
        };
        let socket = EchoSocket::open(transport, Side::Server, &policy.tracer, wait)?;
        if policy.sessions == Sessions::UntilStopped {
            sockopt::set_int(socket.socket(), libc::SOL_SOCKET, libc::SO_REUSEADDR, 1)
                .map_err(|e| e.into_error("setsockopt", &address_text(addr), ""))?;
        }
        socket.bind(addr)?;
        if transport.framing() != Framing::Datagram {
            // The kernel may round the backlog up.
            socket.listen(backlog)?;
        }
        Ok(EchoServer {
            transport,
            socket,
            policy,
            connected: false,
            counters: Arc::default(),
        })
    }

    /// A server on one end of a socketpair.
    pub fn on_pair_end(socket: EchoSocket, timeout: Duration) -> EchoServer {
        let mut policy = Policy::pair(STREAM_BUFFER, &Tracer::off(), timeout);
        policy.peers = AllowedPeer::PairEnd;
        EchoServer {
            transport: EchoTransport::Socketpair,
            socket,
            policy,
            connected: true,
            counters: Arc::default(),
        }
    }

    /// Sets TCP_NODELAY (tcp(7)) on the connection the server accepts, so that a small
    /// echo leaves at once instead of waiting for Nagle's algorithm; only TCP has it.
    pub fn with_nodelay(mut self) -> EchoServer {
        self.policy.nodelay = true;
        self
    }

    /// The address the server is bound to (the port the kernel picked for port 0).
    pub fn local_addr(&self) -> Option<SockAddr> {
        self.socket.local_addr()
    }

    /// The live counters, for an owner that watches the server from another thread.
    pub fn counters(&self) -> Arc<ServerCounters> {
        Arc::clone(&self.counters)
    }

    /// Serves one session with the peer `allowed` names, then closes every socket.
    pub fn serve_one(
        mut self,
        allowed: &AllowedPeer,
    ) -> std::result::Result<ServerTally, EchoError> {
        self.policy.peers = allowed.clone();
        let counters = self.counters();
        match (self.transport.framing(), self.connected) {
            (Framing::Datagram, _) => {
                self.echo_datagrams(&Stop::never())?;
                self.socket.close()?;
            }
            (_, true) => {
                self.echo_stream(&self.socket)?;
                self.socket.shutdown(Shutdown::Write)?;
                self.socket.close()?;
            }
            (_, false) => {
                let conn = self.accept_own()?;
                self.echo_stream(&conn)?;
                conn.shutdown(Shutdown::Write)?;
                conn.close()?;
                self.socket.close()?;
            }
        }
        Ok(counters.tally())
    }

    /// Serves one session as a sink, as iperf3's server does: reads everything the
    /// client sends until it shuts its side down, then answers with the byte count (8
    /// bytes, little-endian) so that the client knows nothing was lost. How many bytes
    /// arrived. Streams only.
    pub fn sink_one(mut self, allowed: &AllowedPeer) -> std::result::Result<u64, EchoError> {
        self.policy.peers = allowed.clone();
        let conn = if self.connected {
            None
        } else {
            Some(self.accept_own()?)
        };
        let socket = conn.as_ref().unwrap_or(&self.socket);
        // Woken only once a whole read's worth has arrived (SO_RCVLOWAT, socket(7)), the
        // reader takes the stream in large reads instead of waking for every segment:
        // about a tenth more throughput on loopback. Where it is refused it is only slower.
        let _ = sockopt::set_int(
            socket.socket(),
            libc::SOL_SOCKET,
            libc::SO_RCVLOWAT,
            SINK_BUFFER as i32,
        );
        let mut buf = vec![0u8; SINK_BUFFER];
        let mut received = 0u64;
        loop {
            match socket.recv(&mut buf)? {
                0 => break,
                n => received += n as u64,
            }
        }
        socket.send_all(&received.to_le_bytes())?;
        socket.shutdown(Shutdown::Write)?;
        if let Some(conn) = conn {
            conn.close()?;
        }
        self.socket.close()?;
        Ok(received)
    }

    /// accept(2) until the allowed peer connects, closing any other connection; gives up
    /// when the allowed peer has not come within the idle time.
    fn accept_own(&self) -> Result<EchoSocket> {
        let deadline = Instant::now() + self.policy.idle;
        loop {
            let (conn, peer) = self.socket.accept(self.policy.idle)?;
            if self.admits(&peer, Some(&conn)) {
                self.prepare(&conn)?;
                return Ok(conn);
            }
            ServerCounters::add(&self.counters.ignored, 1);
            // A stranger's connection: its close result is of no interest.
            let _ = conn.close();
            if Instant::now() >= deadline {
                return Err(self.idle("accept"));
            }
        }
    }

    fn admits(&self, from: &SockAddr, conn: Option<&EchoSocket>) -> bool {
        self.policy.peers.admits(from, conn)
    }

    /// Sets up a connection the policy admitted.
    fn prepare(&self, conn: &EchoSocket) -> Result<()> {
        if self.policy.nodelay {
            conn.set_nodelay()?;
        }
        Ok(())
    }

    /// The session's client stayed away longer than the idle time.
    fn idle(&self, call: &str) -> Error {
        timed_out(call, "waiting for the echo client", self.policy.idle)
    }
}

//! A server for other programs (`echo --serve`, and the server `--connections` measures
//! against): client after client until Ctrl-C, the end of its duration, or its owner
//! stops it.
//!
//! Streams: one thread per connection, at most `max_connections` at a time (a connection
//! beyond that is accepted and closed at once, so that its client sees the refusal
//! instead of hanging in the backlog). Each connection echoes through its fixed buffer and
//! is closed when silent (or not reading) for longer than the idle time. A client that
//! resets, half-closes or vanishes ends only its own connection.
//!
//! Datagrams: one thread; each datagram goes back to the address it came from and to no
//! other. Unless remote peers are allowed, datagrams from outside the loopback range get
//! no answer at all: an open UDP echo reflects traffic at whatever address a forged
//! datagram names.
//!
//! Every wait is bounded by [`TICK`], after which the loops look at the stop flag.

use std::collections::HashMap;
use std::fmt;
use std::net::{Shutdown, SocketAddr};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::{EchoServer, ServerCounters};
use crate::echo::socket::EchoSocket;
use crate::echo::transport::{EchoTransport, Framing, address_text};
use crate::error::{Error, Result};
use crate::sys::interrupt::Interrupt;

/// How long any wait lasts before the stop flag is looked at again.
pub const TICK: Duration = Duration::from_millis(100);
/// The most connections served at once unless told otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 2048;
/// How long a connection may sit idle unless told otherwise.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(30);
/// The read buffer of each connection: the most a connection holds at once.
pub const CONNECTION_BUFFER: usize = 64 * 1024;
/// Large enough for any UDP datagram (65,507 bytes over IPv4, 65,527 over IPv6).
pub(super) const DATAGRAM_BUFFER: usize = 65_536;
/// The stack of a connection thread; it only echoes.
const CONNECTION_STACK: usize = 256 * 1024;

/// What stopped a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StoppedBy {
    /// Ctrl-C, or its owner setting the flag.
    Interrupt,
    /// The end of its duration.
    Duration,
}

impl fmt::Display for StoppedBy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StoppedBy::Interrupt => "interrupt",
            StoppedBy::Duration => "duration",
        })
    }
}

/// When a server stops: the flag, and the end of its duration.
#[derive(Debug, Clone)]
pub struct Stop {
    interrupt: Interrupt,
    deadline: Option<Instant>,
}

impl Stop {
    /// Never: a server of one session ends with its session.
    pub fn never() -> Stop {
        Stop {
            interrupt: Interrupt::never(),
            deadline: None,
        }
    }

    /// What has stopped the server, if anything.
    pub fn reason(&self) -> Option<StoppedBy> {
        if self.interrupt.is_set() {
            Some(StoppedBy::Interrupt)
        } else if self.deadline.is_some_and(|d| Instant::now() >= d) {
            Some(StoppedBy::Duration)
        } else {
            None
        }
    }
}

/// What a server did, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct ServeSummary {
    pub transport: EchoTransport,
    pub address: String,
    pub stopped_by: StoppedBy,
    pub seconds: f64,
    pub max_connections: usize,
    pub idle_s: f64,
    /// TCP: connections accepted and served.
    pub connections: u64,
    /// TCP: the most served at once.
    pub peak_connections: u64,
    /// TCP: connections closed at once because `max_connections` were being served.
    pub over_limit: u64,
    /// TCP: connections closed for being idle longer than `idle_s`.
    pub idle_closed: u64,
    /// TCP: connections the client reset.
    pub reset: u64,
    /// TCP: connections that ended with another error; accept(2) failures.
    pub failed: u64,
    pub accept_errors: u64,
    /// Bytes echoed, over every connection or datagram.
    pub bytes_echoed: u64,
    /// UDP: datagrams echoed to their sender.
    pub datagrams: u64,
    /// UDP: datagrams from outside loopback that got no answer.
    pub dropped: u64,
}

/// How a connection ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    /// The client shut its side down (or the server stopped) and had its echo.
    Finished,
    /// Nothing read or written for longer than the idle time.
    Idle,
    /// The client reset the connection.
    Reset,
    /// Another error.
    Failed,
}

impl End {
    fn of(e: &Error) -> End {
        match e {
            // SO_RCVTIMEO or SO_SNDTIMEO ran out, or the echo of one read took too long.
            Error::Timeout { .. } => End::Idle,
            e if matches!(e.errno(), Some(libc::ECONNRESET | libc::EPIPE)) => End::Reset,
            _ => End::Failed,
        }
    }
}

impl EchoServer {
    /// Serves until `interrupt` is set or `duration` is over; then closes every
    /// connection and waits for their threads.
    pub fn serve_until(self, interrupt: &Interrupt, duration: Option<Duration>) -> ServeSummary {
        let start = Instant::now();
        let stop = Stop {
            interrupt: interrupt.clone(),
            deadline: duration.map(|d| start + d),
        };
        let stopped_by = match self.transport.framing() {
            Framing::Datagram => match self.echo_datagrams(&stop) {
                Ok(Some(reason)) => reason,
                // Serving until stopped, the loop lets failures pass and ends only when
                // it is stopped.
                Ok(None) | Err(_) => stop.reason().unwrap_or(StoppedBy::Interrupt),
            },
            _ => self.serve_connections(&stop),
        };
        self.summary(stopped_by, start.elapsed())
    }

    fn serve_connections(&self, stop: &Stop) -> StoppedBy {
        let open: Mutex<HashMap<u64, Arc<EchoSocket>>> = Mutex::default();
        let c = &self.counters;
        thread::scope(|scope| {
            let mut next_id = 0u64;
            let reason = loop {
                if let Some(reason) = stop.reason() {
                    break reason;
                }
                let Some(conn) = self.next_connection() else {
                    continue;
                };
                let (id, conn, open) = (next_id, Arc::new(conn), &open);
                next_id += 1;
                lock(open).insert(id, Arc::clone(&conn));
                let spawned = thread::Builder::new()
                    .name("sockref-serve-conn".into())
                    .stack_size(CONNECTION_STACK)
                    .spawn_scoped(scope, move || {
                        let end = self.serve_connection(&conn);
                        lock(open).remove(&id);
                        drop(conn);
                        count_end(c, end);
                        c.active.fetch_sub(1, Ordering::Relaxed);
                    });
                if spawned.is_err() {
                    lock(open).remove(&id);
                    ServerCounters::add(&c.failed, 1);
                    c.active.fetch_sub(1, Ordering::Relaxed);
                }
            };
            // Every connection still open ends now: its thread's next recv returns 0.
            for conn in lock(&open).values() {
                let _ = conn.shutdown(Shutdown::Both);
            }
            reason
        })
    }

    /// One accept(2): a connection to serve, counted as active, or `None` for the tick,
    /// a failure, a peer the policy does not admit, or one over the limit (closed at
    /// once).
    fn next_connection(&self) -> Option<EchoSocket> {
        let c = &self.counters;
        let (conn, peer) = match self.socket.accept(self.policy.idle) {
            Ok(accepted) => accepted,
            Err(e) => {
                self.accept_failed(&e);
                return None;
            }
        };
        if !self.admits(&peer, Some(&conn)) {
            ServerCounters::add(&c.ignored, 1);
            return None;
        }
        if ServerCounters::get(&c.active) >= self.policy.max_connections as u64 {
            ServerCounters::add(&c.over_limit, 1);
            return None;
        }
        ServerCounters::add(&c.accepted, 1);
        let active = c.active.fetch_add(1, Ordering::Relaxed) + 1;
        c.peak.fetch_max(active, Ordering::Relaxed);
        Some(conn)
    }

    /// An accept(2) that returned no connection: the tick (EAGAIN), a client that gave
    /// up first, or a shortage of descriptors, which is waited out.
    fn accept_failed(&self, e: &Error) {
        let passing = match e {
            Error::Timeout { .. } => true,
            e => e.errno() == Some(libc::ECONNABORTED),
        };
        if !passing {
            // EMFILE and the like: waiting lets some connection end and free a descriptor,
            // where retrying at once would spin.
            ServerCounters::add(&self.counters.accept_errors, 1);
            thread::sleep(TICK / 10);
        }
    }

    /// Echoes one connection, then shutdown(SHUT_WR) so that a half-closing client gets
    /// its end of stream.
    fn serve_connection(&self, conn: &EchoSocket) -> End {
        match self.prepare(conn).and_then(|()| self.echo_stream(conn)) {
            Ok(()) => {
                let _ = conn.shutdown(Shutdown::Write);
                End::Finished
            }
            Err(e) => End::of(&e),
        }
    }

    fn summary(&self, stopped_by: StoppedBy, elapsed: Duration) -> ServeSummary {
        let c = &self.counters;
        let get = ServerCounters::get;
        let datagrams = self.transport.framing() == Framing::Datagram;
        let only_datagrams = |n: u64| if datagrams { n } else { 0 };
        ServeSummary {
            transport: self.transport,
            address: self
                .local_addr()
                .map_or_else(String::new, |a| address_text(&a)),
            stopped_by,
            seconds: elapsed.as_secs_f64(),
            max_connections: self.policy.max_connections,
            idle_s: self.policy.idle.as_secs_f64(),
            connections: get(&c.accepted),
            peak_connections: get(&c.peak),
            over_limit: get(&c.over_limit),
            idle_closed: get(&c.idle_closed),
            reset: get(&c.reset),
            failed: get(&c.failed),
            accept_errors: get(&c.accept_errors),
            bytes_echoed: get(&c.bytes),
            datagrams: only_datagrams(get(&c.messages)),
            dropped: only_datagrams(get(&c.ignored)),
        }
    }
}

fn count_end(c: &ServerCounters, end: End) {
    let counter = match end {
        End::Finished => return,
        End::Idle => &c.idle_closed,
        End::Reset => &c.reset,
        End::Failed => &c.failed,
    };
    ServerCounters::add(counter, 1);
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A loopback address, IPv4-mapped ones (`::ffff:127.0.0.1`) included.
pub fn is_loopback(addr: &SocketAddr) -> bool {
    match addr {
        SocketAddr::V4(a) => a.ip().is_loopback(),
        SocketAddr::V6(a) => {
            a.ip().is_loopback() || a.ip().to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// The transports `--serve` offers.
pub fn servable(transport: EchoTransport) -> Result<()> {
    match transport {
        EchoTransport::Tcp4 | EchoTransport::Tcp6 | EchoTransport::Udp4 | EchoTransport::Udp6 => {
            Ok(())
        }
        other => Err(Error::input(
            "echo --serve",
            other.name(),
            "serves tcp4, tcp6, udp4 or udp6",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::echo::server::Policy;
    use socket2::SockAddr;
    use std::io::{Read, Write};
    use std::net::{TcpStream, UdpSocket};

    fn server(transport: EchoTransport) -> (EchoServer, SocketAddr) {
        let any = SockAddr::from(SocketAddr::from(([127, 0, 0, 1], 0)));
        let policy = Policy::standalone(false, 2, Duration::from_secs(2));
        let server = EchoServer::open(transport, &any, policy).expect("bind");
        let addr = server.local_addr().and_then(|a| a.as_socket());
        (server, addr.expect("its address"))
    }

    #[test]
    fn tcp_clients_get_their_bytes_back_and_the_limit_holds() {
        let (server, addr) = server(EchoTransport::Tcp4);
        let (counters, stop) = (server.counters(), Interrupt::never());
        let five = Some(Duration::from_secs(5));
        thread::scope(|s| {
            let serving = s.spawn(|| server.serve_until(&stop, five));
            let mut a = TcpStream::connect(addr).expect("a");
            let mut b = TcpStream::connect(addr).expect("b");
            for (conn, text) in [(&mut a, b"first"), (&mut b, b"other")] {
                conn.write_all(text).expect("write");
                let mut back = [0u8; 5];
                conn.read_exact(&mut back).expect("echo");
                assert_eq!(&back, text);
            }
            // A third client is over the limit of two: closed without an echo.
            let mut c = TcpStream::connect(addr).expect("c");
            c.set_read_timeout(Some(Duration::from_secs(2)))
                .expect("timeout");
            let _ = c.write_all(b"x");
            let mut one = [0u8; 1];
            assert!(matches!(c.read(&mut one), Ok(0) | Err(_)));
            a.shutdown(Shutdown::Write).expect("half-close");
            assert_eq!(a.read(&mut one).expect("end of stream"), 0);
            stop.set();
            let summary = serving.join().expect("the server");
            assert_eq!(summary.stopped_by, StoppedBy::Interrupt);
            assert_eq!((summary.connections, summary.over_limit), (2, 1));
            assert_eq!(summary.bytes_echoed, 10);
            assert_eq!((summary.datagrams, summary.dropped), (0, 0));
        });
        assert_eq!(counters.active.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn udp_answers_the_sender_only() {
        let (server, addr) = server(EchoTransport::Udp4);
        let stop = Interrupt::never();
        thread::scope(|s| {
            let serving = s.spawn(|| server.serve_until(&stop, None));
            let a = UdpSocket::bind("127.0.0.1:0").expect("a");
            let b = UdpSocket::bind("127.0.0.1:0").expect("b");
            b.set_read_timeout(Some(Duration::from_millis(200)))
                .expect("timeout");
            a.set_read_timeout(Some(Duration::from_secs(2)))
                .expect("timeout");
            a.send_to(b"ping", addr).expect("send");
            let mut buf = [0u8; 8];
            let (n, from) = a.recv_from(&mut buf).expect("the echo");
            assert_eq!((&buf[..n], from), (&b"ping"[..], addr));
            assert!(b.recv_from(&mut buf).is_err(), "b never sent anything");
            stop.set();
            let summary = serving.join().expect("the server");
            assert_eq!((summary.datagrams, summary.bytes_echoed), (1, 4));
        });
    }

    #[test]
    fn a_duration_ends_the_server() {
        let (server, _) = server(EchoTransport::Udp4);
        let started = Instant::now();
        let summary = server.serve_until(&Interrupt::never(), Some(Duration::from_millis(150)));
        assert_eq!(summary.stopped_by, StoppedBy::Duration);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert_eq!(
            serde_json::to_value(summary.stopped_by).ok(),
            Some("duration".into())
        );
    }

    #[test]
    fn mapped_loopback_is_loopback() {
        let mapped: SocketAddr = "[::ffff:127.0.0.1]:9".parse().expect("an address");
        assert!(is_loopback(&mapped));
        assert!(!is_loopback(&"192.0.2.1:9".parse().expect("an address")));
        assert!(servable(EchoTransport::UnixStream).is_err());
    }
}

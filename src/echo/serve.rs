//! `echo --serve`: an echo server for other programs (socat, ncat, a user's own client),
//! serving many clients at once until Ctrl-C or the end of its duration.
//!
//! TCP: one thread per connection, at most `max_connections` at a time (a connection
//! beyond that is accepted and closed at once, so that its client sees the refusal
//! instead of hanging in the backlog). Each thread echoes what it reads through a fixed
//! buffer, so a connection never holds more than that buffer however much its client
//! sends; a connection silent (or not reading) for longer than `idle` is closed. A client
//! that resets, half-closes or vanishes ends only its own connection.
//!
//! UDP: one thread; each datagram is sent back to the address it came from and to no
//! other, at the size it came in, so the server cannot amplify. Unless remote peers are
//! allowed, datagrams from outside the loopback range get no answer at all: an open UDP
//! echo reflects traffic at whatever address a forged datagram names.
//!
//! Every wait is bounded by [`TICK`], after which the loops look at the stop flag.

use std::collections::HashMap;
use std::io::{self, Read};
use std::net::{Shutdown, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;
use socket2::{Domain, SockAddr, Socket, Type};

use super::transport::{EchoTransport, Framing};
use crate::error::{Error, Result};
use crate::sys::SysError;
use crate::sys::interrupt::Interrupt;
use crate::sys::socket;

/// How long any wait lasts before the stop flag is looked at again.
pub const TICK: Duration = Duration::from_millis(100);
/// The most connections served at once unless told otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 2048;
/// How long a connection may sit idle unless told otherwise.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(30);
/// The read buffer of each connection: the most a connection holds at once.
pub const CONNECTION_BUFFER: usize = 64 * 1024;
/// Large enough for any UDP datagram (65,507 bytes over IPv4, 65,527 over IPv6).
const DATAGRAM_BUFFER: usize = 65_536;
/// The stack of a connection thread; it only echoes.
const CONNECTION_STACK: usize = 256 * 1024;
/// The listen(2) backlog.
const BACKLOG: i32 = 1024;

/// What to serve and within which bounds.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// tcp4, tcp6, udp4 or udp6.
    pub transport: EchoTransport,
    pub address: SocketAddr,
    pub max_connections: usize,
    pub idle: Duration,
    /// Stop after this long; until Ctrl-C when `None`.
    pub duration: Option<Duration>,
    /// Answer UDP datagrams from any address, not only loopback ones.
    pub allow_remote: bool,
}

/// Counters the server keeps while it runs; readable from another thread.
#[derive(Debug, Default)]
pub struct ServeCounters {
    pub accepted: AtomicU64,
    pub active: AtomicU64,
    pub peak: AtomicU64,
    pub over_limit: AtomicU64,
    pub idle_closed: AtomicU64,
    pub reset: AtomicU64,
    pub failed: AtomicU64,
    pub accept_errors: AtomicU64,
    pub bytes: AtomicU64,
    pub datagrams: AtomicU64,
    pub dropped: AtomicU64,
}

/// What a server did, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct ServeSummary {
    pub transport: EchoTransport,
    pub address: String,
    /// `interrupt` (Ctrl-C), `duration` or `stop` (its owner stopped it).
    pub stopped_by: &'static str,
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

/// A bound server, not serving yet: its address is known, so that it can be announced.
#[derive(Debug)]
pub struct Listening {
    socket: Socket,
    config: ServeConfig,
    local: SocketAddr,
    counters: Arc<ServeCounters>,
}

impl Listening {
    /// socket(2), SO_REUSEADDR (so that a restarted server need not wait out TIME_WAIT),
    /// bind(2) and for TCP listen(2).
    pub fn bind(config: ServeConfig) -> Result<Listening> {
        let addr = SockAddr::from(config.address);
        let input = config.address.to_string();
        let fail = |call: &'static str| {
            let input = input.clone();
            move |e: io::Error| {
                SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO)).into_error(call, &input, "")
            }
        };
        let stream = config.transport.framing() == Framing::Stream;
        let socket_type = if stream { Type::STREAM } else { Type::DGRAM };
        let socket = Socket::new(Domain::for_address(config.address), socket_type, None)
            .map_err(fail("socket"))?;
        socket.set_reuse_address(true).map_err(fail("setsockopt"))?;
        socket.bind(&addr).map_err(fail("bind"))?;
        if stream {
            socket.listen(BACKLOG).map_err(fail("listen"))?;
        }
        // accept(2) and recvfrom(2) honour SO_RCVTIMEO (socket(7)): the loops wake up
        // every TICK to look at the stop flag.
        socket
            .set_read_timeout(Some(TICK))
            .map_err(fail("setsockopt"))?;
        let local = socket
            .local_addr()
            .ok()
            .and_then(|a| a.as_socket())
            .unwrap_or(config.address);
        Ok(Listening {
            socket,
            config,
            local,
            counters: Arc::default(),
        })
    }

    /// The address bound (with the port the kernel picked for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The live counters, for an owner that watches the server from another thread.
    pub fn counters(&self) -> Arc<ServeCounters> {
        Arc::clone(&self.counters)
    }

    /// Serves until `stop` is set or the duration is over; then closes every connection
    /// and waits for their threads.
    pub fn serve(self, stop: &Interrupt) -> ServeSummary {
        let start = Instant::now();
        let deadline = self.config.duration.map(|d| start + d);
        let stopped = || -> Option<&'static str> {
            if stop.is_set() {
                Some("interrupt")
            } else if deadline.is_some_and(|d| Instant::now() >= d) {
                Some("duration")
            } else {
                None
            }
        };
        let stopped_by = match self.config.transport.framing() {
            Framing::Stream => self.serve_connections(&stopped),
            _ => self.serve_datagrams(&stopped),
        };
        self.summary(stopped_by, start.elapsed())
    }

    fn serve_connections(&self, stopped: &dyn Fn() -> Option<&'static str>) -> &'static str {
        let open: Mutex<HashMap<u64, Arc<Socket>>> = Mutex::default();
        let c = &self.counters;
        thread::scope(|scope| {
            let mut next_id = 0u64;
            let reason = loop {
                if let Some(reason) = stopped() {
                    break reason;
                }
                let conn = match self.socket.accept() {
                    Ok((conn, _peer)) => conn,
                    Err(e) => {
                        self.accept_failed(&e);
                        continue;
                    }
                };
                if c.active.load(Ordering::Relaxed) >= self.config.max_connections as u64 {
                    c.over_limit.fetch_add(1, Ordering::Relaxed);
                    continue;
                }
                c.accepted.fetch_add(1, Ordering::Relaxed);
                let active = c.active.fetch_add(1, Ordering::Relaxed) + 1;
                c.peak.fetch_max(active, Ordering::Relaxed);
                let (id, conn) = (next_id, Arc::new(conn));
                next_id += 1;
                lock(&open).insert(id, Arc::clone(&conn));
                let (open, idle) = (&open, self.config.idle);
                let spawned = thread::Builder::new()
                    .name("sockref-serve-conn".into())
                    .stack_size(CONNECTION_STACK)
                    .spawn_scoped(scope, move || {
                        let end = echo_connection(&conn, idle, c);
                        lock(open).remove(&id);
                        drop(conn);
                        count_end(c, end);
                        c.active.fetch_sub(1, Ordering::Relaxed);
                    });
                if spawned.is_err() {
                    lock(open).remove(&id);
                    c.failed.fetch_add(1, Ordering::Relaxed);
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

    /// An accept(2) that returned no connection: the tick (EAGAIN), a signal, a client
    /// that gave up first, or a shortage of descriptors, which is waited out.
    fn accept_failed(&self, e: &io::Error) {
        if !matches!(
            e.raw_os_error(),
            Some(libc::EAGAIN | libc::EINTR | libc::ECONNABORTED)
        ) {
            // EMFILE and the like: waiting lets some connection end and free a descriptor,
            // where retrying at once would spin.
            self.counters.accept_errors.fetch_add(1, Ordering::Relaxed);
            thread::sleep(TICK / 10);
        }
    }

    fn serve_datagrams(&self, stopped: &dyn Fn() -> Option<&'static str>) -> &'static str {
        let c = &self.counters;
        let mut buf = vec![0u8; DATAGRAM_BUFFER];
        loop {
            if let Some(reason) = stopped() {
                return reason;
            }
            let (n, from) = match socket::recv_from(&self.socket, &mut buf) {
                Ok(got) => got,
                // The tick, a signal, or an ICMP error queued for an earlier reply.
                Err(_) => continue,
            };
            let admitted = from
                .as_socket()
                .is_some_and(|peer| self.config.allow_remote || is_loopback(&peer));
            if !admitted {
                c.dropped.fetch_add(1, Ordering::Relaxed);
                continue;
            }
            // To the sender only, never to any other address.
            if self
                .socket
                .send_to_with_flags(&buf[..n], &from, libc::MSG_NOSIGNAL)
                .is_ok()
            {
                c.datagrams.fetch_add(1, Ordering::Relaxed);
                c.bytes.fetch_add(n as u64, Ordering::Relaxed);
            }
        }
    }

    fn summary(&self, stopped_by: &'static str, elapsed: Duration) -> ServeSummary {
        let c = &self.counters;
        let get = |n: &AtomicU64| n.load(Ordering::Relaxed);
        ServeSummary {
            transport: self.config.transport,
            address: self.local.to_string(),
            stopped_by,
            seconds: elapsed.as_secs_f64(),
            max_connections: self.config.max_connections,
            idle_s: self.config.idle.as_secs_f64(),
            connections: get(&c.accepted),
            peak_connections: get(&c.peak),
            over_limit: get(&c.over_limit),
            idle_closed: get(&c.idle_closed),
            reset: get(&c.reset),
            failed: get(&c.failed),
            accept_errors: get(&c.accept_errors),
            bytes_echoed: get(&c.bytes),
            datagrams: get(&c.datagrams),
            dropped: get(&c.dropped),
        }
    }
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

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
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

fn count_end(c: &ServeCounters, end: End) {
    let counter = match end {
        End::Finished => return,
        End::Idle => &c.idle_closed,
        End::Reset => &c.reset,
        End::Failed => &c.failed,
    };
    counter.fetch_add(1, Ordering::Relaxed);
}

/// recv(2) and send(2) back through one buffer until the client shuts its side down,
/// then shutdown(SHUT_WR) so that a half-closing client gets its end of stream.
fn echo_connection(conn: &Socket, idle: Duration, c: &ServeCounters) -> End {
    let set_up = conn
        .set_read_timeout(Some(idle))
        .and_then(|()| conn.set_write_timeout(Some(idle)));
    if set_up.is_err() {
        return End::Failed;
    }
    // Only TCP has it; a unix stream refuses and echoes all the same.
    let _ = conn.set_tcp_nodelay(true);
    let mut buf = vec![0u8; CONNECTION_BUFFER];
    loop {
        let n = match retry(|| (&*conn).read(&mut buf)) {
            Ok(0) => {
                let _ = conn.shutdown(Shutdown::Write);
                return End::Finished;
            }
            Ok(n) => n,
            Err(e) => return end_of(&e),
        };
        // A client that does not read can still let a few bytes through now and then
        // (the kernel collapses its receive queue to make room), and every partial send
        // restarts SO_SNDTIMEO: the idle time bounds the whole echo of one read instead.
        let started = Instant::now();
        let mut rest = &buf[..n];
        while !rest.is_empty() {
            match retry(|| conn.send_with_flags(rest, libc::MSG_NOSIGNAL)) {
                Ok(0) => return End::Failed,
                Ok(_) if started.elapsed() > idle => return End::Idle,
                Ok(sent) => rest = &rest[sent..],
                Err(e) => return end_of(&e),
            }
        }
        c.bytes.fetch_add(n as u64, Ordering::Relaxed);
    }
}

fn end_of(e: &io::Error) -> End {
    match e.raw_os_error() {
        // SO_RCVTIMEO or SO_SNDTIMEO ran out.
        Some(libc::EAGAIN) => End::Idle,
        Some(libc::ECONNRESET | libc::EPIPE) => End::Reset,
        _ => End::Failed,
    }
}

/// Repeats a call that a signal interrupted (EINTR).
fn retry<T>(mut call: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match call() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
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
    use std::io::Write;
    use std::net::{TcpStream, UdpSocket};

    fn config(transport: EchoTransport) -> ServeConfig {
        ServeConfig {
            transport,
            address: SocketAddr::from(([127, 0, 0, 1], 0)),
            max_connections: 2,
            idle: Duration::from_secs(2),
            duration: Some(Duration::from_secs(5)),
            allow_remote: false,
        }
    }

    #[test]
    fn tcp_clients_get_their_bytes_back_and_the_limit_holds() {
        let server = Listening::bind(config(EchoTransport::Tcp4)).expect("bind");
        let (addr, counters, stop) = (server.local_addr(), server.counters(), Interrupt::never());
        thread::scope(|s| {
            let serving = s.spawn(|| server.serve(&stop));
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
            assert_eq!(summary.stopped_by, "interrupt");
            assert_eq!((summary.connections, summary.over_limit), (2, 1));
            assert_eq!(summary.bytes_echoed, 10);
        });
        assert_eq!(counters.active.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn udp_answers_the_sender_only() {
        let server = Listening::bind(config(EchoTransport::Udp4)).expect("bind");
        let (addr, stop) = (server.local_addr(), Interrupt::never());
        thread::scope(|s| {
            let serving = s.spawn(|| server.serve(&stop));
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
    fn mapped_loopback_is_loopback() {
        let mapped: SocketAddr = "[::ffff:127.0.0.1]:9".parse().expect("an address");
        assert!(is_loopback(&mapped));
        assert!(!is_loopback(&"192.0.2.1:9".parse().expect("an address")));
        assert!(servable(EchoTransport::UnixStream).is_err());
    }
}

//! One socket of the echo engine: the calls of [`crate::sys::socket`], each recorded by
//! the [`Tracer`] and each failure turned into sockref's [`Error`] naming the call and its
//! arguments. A call that runs into the socket's timeout (SO_RCVTIMEO / SO_SNDTIMEO, set
//! on every socket before its first blocking call) becomes [`Error::Timeout`].

use std::net::Shutdown;
use std::os::fd::{AsRawFd, RawFd};
use std::time::{Duration, Instant};

use socket2::{SockAddr, Socket};

use super::trace::{Side, Tracer};
use super::transport::{EchoTransport, address_text};
use crate::error::{Error, Result};
use crate::reference::errors::errno_name;
use crate::socket_module::names::timed_out;
use crate::sys::SysError;
use crate::sys::socket;
use crate::sys::sockopt::{self, Timeval};

/// A socket of one side of the pair, with its tracer and timeout.
#[derive(Debug)]
pub struct EchoSocket {
    socket: Socket,
    fd: RawFd,
    side: Side,
    tracer: Tracer,
    timeout: Duration,
}

impl EchoSocket {
    /// socket(2) for `transport`, with SO_RCVTIMEO and SO_SNDTIMEO set to `timeout`.
    pub fn open(
        transport: EchoTransport,
        side: Side,
        tracer: &Tracer,
        timeout: Duration,
    ) -> Result<EchoSocket> {
        let args = || transport.socket_args().to_string();
        let at = Instant::now();
        let (domain, socktype) = (transport.domain(), transport.socket_type());
        let made = socket::open(domain.into(), socktype.into(), 0);
        let fd = made.as_ref().map_or(-1, AsRawFd::as_raw_fd);
        let result = || result_text(&made, |_| fd.to_string());
        tracer.record(side, "socket", fd, at, args, result);
        let socket = made.map_err(|e| call_error("socket", &args(), e, timeout))?;
        EchoSocket::wrap(socket, side, tracer, timeout)
    }

    /// socketpair(AF_UNIX, SOCK_STREAM, 0), made by the client: (server end, client end).
    pub fn pair(tracer: &Tracer, timeout: Duration) -> Result<(EchoSocket, EchoSocket)> {
        let args = || "AF_UNIX, SOCK_STREAM".to_string();
        let at = Instant::now();
        let made = socket::unix_pair(libc::SOCK_STREAM);
        let fds = made
            .as_ref()
            .map(|p| (p.server.as_raw_fd(), p.client.as_raw_fd()));
        let result = match fds {
            // sv[0] is the client's end, sv[1] the server's (sys::socket::unix_pair).
            Ok((server, client)) => format!("0 [{client}, {server}]"),
            Err(e) => format!("-1 {}", errno_name(errno(*e))),
        };
        let client_fd = fds.map_or(-1, |(_, b)| b);
        tracer.record(Side::Client, "socketpair", client_fd, at, args, || result);
        let pair = made.map_err(|e| e.into_error("socketpair", &args(), ""))?;
        Ok((
            EchoSocket::wrap(pair.server, Side::Server, tracer, timeout)?,
            EchoSocket::wrap(pair.client, Side::Client, tracer, timeout)?,
        ))
    }

    /// The timeout of each blocking call on this socket.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// An open socket of `side`, with SO_RCVTIMEO and SO_SNDTIMEO set to `timeout`.
    pub fn wrap(
        socket: Socket,
        side: Side,
        tracer: &Tracer,
        timeout: Duration,
    ) -> Result<EchoSocket> {
        let echo = EchoSocket {
            fd: socket.as_raw_fd(),
            socket,
            side,
            tracer: tracer.clone(),
            timeout,
        };
        echo.set_timeouts(timeout)?;
        Ok(echo)
    }

    /// SO_RCVTIMEO and SO_SNDTIMEO: how long each later blocking call may wait.
    pub fn set_timeouts(&self, timeout: Duration) -> Result<()> {
        self.set_recv_timeout(timeout)?;
        self.set_timeout(libc::SO_SNDTIMEO, "SO_SNDTIMEO", timeout)
    }

    /// SO_RCVTIMEO alone: how long each later recv(2) or accept(2) may wait.
    pub fn set_recv_timeout(&self, timeout: Duration) -> Result<()> {
        self.set_timeout(libc::SO_RCVTIMEO, "SO_RCVTIMEO", timeout)
    }

    fn set_timeout(&self, option: i32, name: &str, timeout: Duration) -> Result<()> {
        let wait = Timeval::from(timeout);
        sockopt::set_timeval(&self.socket, libc::SOL_SOCKET, option, wait)
            .map_err(|e| call_error("setsockopt", &format!("SOL_SOCKET, {name}"), e, timeout))
    }

    /// The descriptor.
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// The socket itself, for options the echo pair does not set (benchmarks).
    pub fn socket(&self) -> &Socket {
        &self.socket
    }

    /// getsockname(2); `None` when the kernel will not say.
    pub fn local_addr(&self) -> Option<SockAddr> {
        socket::local_addr(&self.socket).ok()
    }

    /// setsockopt(IPPROTO_TCP, TCP_NODELAY, 1): small writes leave at once (tcp(7)).
    pub fn set_nodelay(&self) -> Result<()> {
        sockopt::set_int(&self.socket, libc::IPPROTO_TCP, libc::TCP_NODELAY, 1)
            .map_err(|e| call_error("setsockopt", "IPPROTO_TCP, TCP_NODELAY, 1", e, self.timeout))
    }

    /// The process id of the peer of a connected unix socket (SO_PEERCRED, unix(7)).
    pub fn peer_pid(&self) -> Option<i32> {
        sockopt::get_peercred(&self.socket).ok().map(|c| c.pid)
    }

    /// Records a call made at `started` that returned `outcome`, and turns a failure
    /// into an [`Error`].
    fn traced<T>(
        &self,
        started: Instant,
        call: &'static str,
        args: impl Fn() -> String,
        outcome: std::result::Result<T, SysError>,
        ok_text: impl FnOnce(&T) -> String,
    ) -> Result<T> {
        let waits = matches!(call, "accept" | "recv" | "recvfrom");
        let at = if waits { Instant::now() } else { started };
        self.tracer.record(self.side, call, self.fd, at, &args, || {
            result_text(&outcome, ok_text)
        });
        outcome.map_err(|e| call_error(call, &args(), e, self.timeout))
    }

    /// bind(2).
    pub fn bind(&self, addr: &SockAddr) -> Result<()> {
        let started = Instant::now();
        let outcome = socket::bind(&self.socket, addr);
        self.traced(
            started,
            "bind",
            || address_text(addr),
            outcome,
            |()| "0".into(),
        )
    }

    /// listen(2).
    pub fn listen(&self, backlog: i32) -> Result<()> {
        let started = Instant::now();
        let outcome = socket::listen(&self.socket, backlog);
        self.traced(
            started,
            "listen",
            || backlog.to_string(),
            outcome,
            |()| "0".into(),
        )
    }

    /// accept(2): the new connection, whose calls wait at most `timeout`, and the peer's
    /// address.
    pub fn accept(&self, timeout: Duration) -> Result<(EchoSocket, SockAddr)> {
        let started = Instant::now();
        let outcome = socket::accept(&self.socket);
        let (socket, peer) =
            self.traced(started, "accept", String::new, outcome, |(s, peer)| {
                format!("{} {}", s.as_raw_fd(), address_text(peer))
            })?;
        Ok((
            EchoSocket::wrap(socket, self.side, &self.tracer, timeout)?,
            peer,
        ))
    }

    /// connect(2); on Linux SO_SNDTIMEO bounds how long it waits (socket(7)).
    pub fn connect(&self, addr: &SockAddr) -> Result<()> {
        let started = Instant::now();
        let outcome = socket::connect(&self.socket, addr);
        self.traced(
            started,
            "connect",
            || address_text(addr),
            outcome,
            |()| "0".into(),
        )
    }

    /// One send(2): how many bytes the kernel took.
    pub fn send(&self, buf: &[u8]) -> Result<usize> {
        let started = Instant::now();
        let outcome = socket::send(&self.socket, buf);
        self.traced(
            started,
            "send",
            || buf.len().to_string(),
            outcome,
            usize::to_string,
        )
    }

    /// send(2) until all of `buf` is taken.
    pub fn send_all(&self, buf: &[u8]) -> Result<()> {
        self.send_all_within(buf, None)
    }

    /// send(2) until all of `buf` is taken, failing with [`Error::Timeout`] once `bound`
    /// has passed since the first send. A peer that does not read can still let a few
    /// bytes through now and then (the kernel collapses its receive queue to make room),
    /// and every partial send restarts SO_SNDTIMEO: `bound` limits the whole.
    pub fn send_all_within(&self, mut buf: &[u8], bound: Option<Duration>) -> Result<()> {
        let started = Instant::now();
        while !buf.is_empty() {
            let n = self.send(buf)?;
            if n == 0 {
                return Err(SysError::Errno(libc::EIO).into_error(
                    "send",
                    &buf.len().to_string(),
                    "",
                ));
            }
            if let Some(bound) = bound.filter(|&b| started.elapsed() > b) {
                return Err(timed_out("send", &buf.len().to_string(), bound));
            }
            buf = &buf[n..];
        }
        Ok(())
    }

    /// One recv(2) into `buf`: how many bytes arrived, 0 at the end of a stream.
    pub fn recv(&self, buf: &mut [u8]) -> Result<usize> {
        let len = buf.len();
        let started = Instant::now();
        let outcome = socket::recv(&self.socket, buf);
        self.traced(
            started,
            "recv",
            || len.to_string(),
            outcome,
            usize::to_string,
        )
    }

    /// recv(2) until `buf` is full: how many bytes arrived, fewer than `buf` holds only
    /// when the stream ended first.
    pub fn recv_exact(&self, buf: &mut [u8]) -> Result<usize> {
        self.recv_exact_until(buf, None)
    }

    /// [`recv_exact`](Self::recv_exact) that gives up once `deadline` has passed, so that
    /// a peer trickling one byte at a time, each within the socket's timeout, cannot keep
    /// an exchange going for ever. It ends at most one socket timeout after the deadline.
    pub fn recv_exact_until(&self, buf: &mut [u8], deadline: Option<Instant>) -> Result<usize> {
        let mut got = 0;
        while got < buf.len() {
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Err(timed_out(
                    "recv",
                    &format!("{} of {} bytes back", got, buf.len()),
                    self.timeout,
                ));
            }
            match self.recv(&mut buf[got..])? {
                0 => break,
                n => got += n,
            }
        }
        Ok(got)
    }

    /// sendto(2).
    pub fn send_to(&self, buf: &[u8], addr: &SockAddr) -> Result<usize> {
        let started = Instant::now();
        let outcome = socket::send_to(&self.socket, buf, addr);
        let args = || format!("{}, {}", buf.len(), address_text(addr));
        self.traced(started, "sendto", args, outcome, usize::to_string)
    }

    /// recvfrom(2): how many bytes arrived and from whom.
    pub fn recv_from(&self, buf: &mut [u8]) -> Result<(usize, SockAddr)> {
        let len = buf.len();
        let started = Instant::now();
        let outcome = socket::recv_from(&self.socket, buf);
        self.traced(
            started,
            "recvfrom",
            || len.to_string(),
            outcome,
            |(n, from)| format!("{n} {}", address_text(from)),
        )
    }

    /// shutdown(2).
    pub fn shutdown(&self, how: Shutdown) -> Result<()> {
        let started = Instant::now();
        let outcome = socket::shutdown(&self.socket, how);
        let args = || {
            match how {
                Shutdown::Read => "SHUT_RD",
                Shutdown::Write => "SHUT_WR",
                Shutdown::Both => "SHUT_RDWR",
            }
            .to_string()
        };
        self.traced(started, "shutdown", args, outcome, |()| "0".into())
    }

    /// close(2), with its result. A socket dropped without this is closed too, untraced.
    pub fn close(self) -> Result<()> {
        let started = Instant::now();
        let outcome = socket::close(self.socket);
        let text = result_text(&outcome, |()| "0".to_string());
        self.tracer
            .record(self.side, "close", self.fd, started, String::new, || text);
        outcome.map_err(|e| e.into_error("close", &self.fd.to_string(), ""))
    }
}

fn errno(e: SysError) -> i32 {
    match e {
        SysError::Errno(code) => code,
        _ => libc::EIO,
    }
}

/// The trace's result column: the success text, or `-1 ENAME`.
fn result_text<T>(
    outcome: &std::result::Result<T, SysError>,
    ok_text: impl FnOnce(&T) -> String,
) -> String {
    match outcome {
        Ok(v) => ok_text(v),
        Err(e) => format!("-1 {}", errno_name(errno(*e))),
    }
}

/// The error of a failed call. EAGAIN from a blocking socket means its SO_RCVTIMEO or
/// SO_SNDTIMEO expired, and so does EINPROGRESS from connect(2) (socket(7)).
fn call_error(call: &str, input: &str, e: SysError, timeout: Duration) -> Error {
    let code = errno(e);
    let expired = code == libc::EAGAIN || (call == "connect" && code == libc::EINPROGRESS);
    if expired {
        return timed_out(call, input, timeout);
    }
    SysError::Errno(code).into_error(call, input, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recv_that_waits_too_long_is_a_timeout() {
        let tracer = Tracer::recording();
        let t = Duration::from_millis(50);
        let (server, client) = EchoSocket::pair(&tracer, t).expect("socketpair");
        let mut buf = [0u8; 4];
        let e = client.recv(&mut buf).expect_err("nothing to read");
        assert!(
            matches!(e, Error::Timeout { ref call, .. } if call == "recv"),
            "{e}"
        );
        server.close().expect("close");
        assert_eq!(client.recv(&mut buf).expect("end of stream"), 0);
        let calls: Vec<(&str, String)> = tracer
            .events()
            .iter()
            .map(|e| (e.call, e.result.clone()))
            .collect();
        assert_eq!(calls[0].0, "socketpair");
        assert_eq!(calls[1], ("recv", "-1 EAGAIN".to_string()));
        assert_eq!(calls[2], ("close", "0".to_string()));
        assert_eq!(calls[3], ("recv", "0".to_string()));
    }
}

//! Connecting and listening, one step at a time: socket(2), bind(2), connect(2) with a
//! deadline (a non-blocking connect, then poll(2) for the answer, as Python's
//! `sock_connect` does when a timeout is set), listen(2) with any backlog, accept(2) of
//! whatever is queued, getsockname(2) / getpeername(2), and the open-files limit that
//! many sockets at once run into.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use socket2::{Domain, SockAddr, Type};

use super::errors::{SysError, last_errno};
use super::sockopt::Socket;

/// How a connect with a deadline failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectError {
    /// No answer before the deadline: the SYN is still unanswered (Python's
    /// `TimeoutError("timed out")`, which has no errno).
    Deadline,
    /// The kernel's answer: ECONNREFUSED, ENETUNREACH, ETIMEDOUT (its own SYN retries ran
    /// out), ...
    Sys(SysError),
}

fn errno_of(e: &io::Error) -> SysError {
    SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO))
}

/// socket(2) for a TCP stream in `family` (AF_INET or AF_INET6), close-on-exec.
pub fn stream_socket(family: i32) -> Result<Socket, SysError> {
    Socket::new(Domain::from(family), Type::STREAM, None).map_err(|e| errno_of(&e))
}

/// bind(2).
pub fn bind(s: &Socket, addr: SocketAddr) -> Result<(), SysError> {
    s.bind(&SockAddr::from(addr)).map_err(|e| errno_of(&e))
}

/// connect(2) that gives up after `timeout`: the socket is made non-blocking, connect
/// returns EINPROGRESS, poll(2) waits for it to become writable, and SO_ERROR holds the
/// outcome. The socket is blocking again afterwards.
pub fn connect_within(s: &Socket, addr: SocketAddr, timeout: Duration) -> Result<(), ConnectError> {
    match s.connect_timeout(&SockAddr::from(addr), timeout) {
        Ok(()) => Ok(()),
        // socket2 reports its own deadline as TimedOut without an errno; the kernel's
        // ETIMEDOUT (SYN retries exhausted) carries errno 110.
        Err(e) if e.raw_os_error().is_none() && e.kind() == io::ErrorKind::TimedOut => {
            Err(ConnectError::Deadline)
        }
        Err(e) => Err(ConnectError::Sys(errno_of(&e))),
    }
}

/// getsockname(2) and getpeername(2) of a connected socket.
pub fn ends(s: &Socket) -> Result<(SocketAddr, SocketAddr), SysError> {
    let inet = |a: io::Result<SockAddr>| {
        a.map_err(|e| errno_of(&e))?
            .as_socket()
            .ok_or(SysError::Errno(libc::EAFNOSUPPORT))
    };
    Ok((inet(s.local_addr())?, inet(s.peer_addr())?))
}

/// A TCP socket bound to `addr` and listening with `backlog` (listen(2) silently caps
/// it at net.core.somaxconn).
pub fn listener(addr: SocketAddr, backlog: i32) -> Result<Socket, SysError> {
    let s = stream_socket(if addr.is_ipv6() {
        libc::AF_INET6
    } else {
        libc::AF_INET
    })?;
    bind(&s, addr)?;
    s.listen(backlog).map_err(|e| errno_of(&e))?;
    Ok(s)
}

/// accept(2) until nothing is left in the accept queue, closing each connection as it
/// comes; how many there were. The listener is left non-blocking.
pub fn accept_and_close(listener: &Socket) -> Result<usize, SysError> {
    listener.set_nonblocking(true).map_err(|e| errno_of(&e))?;
    let mut accepted = 0;
    loop {
        match listener.accept() {
            Ok(_) => accepted += 1,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(accepted),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(errno_of(&e)),
        }
    }
}

/// Raises the soft limit on open files (RLIMIT_NOFILE, getrlimit(2)) towards `want`, never
/// above the hard limit; the soft limit in force afterwards.
pub fn raise_open_files(want: u64) -> Result<u64, SysError> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: limit is a valid, writable struct rlimit for the call.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    if limit.rlim_cur >= want {
        return Ok(limit.rlim_cur);
    }
    let raised = libc::rlimit {
        rlim_cur: want.min(limit.rlim_max),
        rlim_max: limit.rlim_max,
    };
    // SAFETY: raised is a valid struct rlimit, read by the call.
    if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    Ok(raised.rlim_cur)
}

/// The local address of a bound socket.
pub fn local_addr(s: &Socket) -> Result<SocketAddr, SysError> {
    s.local_addr()
        .map_err(|e| errno_of(&e))?
        .as_socket()
        .ok_or(SysError::Errno(libc::EAFNOSUPPORT))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, SocketAddrV4};

    fn loopback() -> SocketAddr {
        SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 0))
    }

    #[test]
    fn connects_to_a_listener_and_is_refused_by_a_closed_port() {
        let l = listener(loopback(), 4).expect("a loopback listener");
        let addr = local_addr(&l).expect("its address");
        let s = stream_socket(libc::AF_INET).expect("a socket");
        assert_eq!(connect_within(&s, addr, Duration::from_secs(5)), Ok(()));
        let (local, peer) = ends(&s).expect("both ends");
        assert_eq!(peer, addr);
        assert!(local.ip().is_loopback());
        assert_eq!(accept_and_close(&l), Ok(1));
        // A port bound without listen(2) stays reserved and refuses every SYN.
        let bound = stream_socket(libc::AF_INET).expect("a socket");
        bind(&bound, loopback()).expect("bind");
        let closed = local_addr(&bound).expect("its address");
        let s = stream_socket(libc::AF_INET).expect("a socket");
        assert_eq!(
            connect_within(&s, closed, Duration::from_secs(5)),
            Err(ConnectError::Sys(SysError::Errno(libc::ECONNREFUSED)))
        );
    }
}

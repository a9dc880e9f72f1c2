//! The socket life cycle, one call at a time: socket(2), socketpair(2), bind(2),
//! listen(2), accept(2), connect(2) (also within a deadline: a non-blocking connect, then
//! poll(2) for the answer, as Python's `sock_connect` does when a timeout is set), send(2),
//! recv(2), sendto(2), recvfrom(2), shutdown(2), close(2), getsockname(2) and
//! getpeername(2), and the connected loopback pairs that `sockopt --connected` and the
//! experiments run over.
//!
//! Calls that a signal can interrupt are repeated on EINTR, as Python does since PEP 475;
//! sends use MSG_NOSIGNAL, so that a peer that has gone away is EPIPE and not a SIGPIPE
//! that ends the process. Options live in [`super::sockopt`].

use std::io::{self, Read};
use std::mem::MaybeUninit;
use std::net::{Ipv4Addr, Ipv6Addr, Shutdown, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::os::fd::{FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

use libc::c_int;
use socket2::{Domain, Protocol, SockAddr, Type};

pub use socket2::Socket;

use super::errors::{SysError, last_errno};

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

/// Runs a call again while a signal interrupts it (EINTR).
fn retry<T>(mut call: impl FnMut() -> io::Result<T>) -> Result<T, SysError> {
    loop {
        match call() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other.map_err(|e| errno_of(&e)),
        }
    }
}

/// socket(2) with `SOCK_CLOEXEC`, as Python's `socket.socket(family, type, proto)`.
pub fn open(family: i32, socktype: i32, protocol: i32) -> Result<Socket, SysError> {
    Socket::new(
        Domain::from(family),
        Type::from(socktype),
        Some(Protocol::from(protocol)),
    )
    .map_err(|e| errno_of(&e))
}

/// bind(2).
pub fn bind(s: &Socket, addr: &SockAddr) -> Result<(), SysError> {
    s.bind(addr).map_err(|e| errno_of(&e))
}

/// listen(2); the kernel silently caps `backlog` at net.core.somaxconn.
pub fn listen(s: &Socket, backlog: i32) -> Result<(), SysError> {
    s.listen(backlog).map_err(|e| errno_of(&e))
}

/// A TCP socket bound to `addr` and listening with `backlog`.
pub fn listener(addr: SocketAddr, backlog: i32) -> Result<Socket, SysError> {
    let family = if addr.is_ipv6() {
        libc::AF_INET6
    } else {
        libc::AF_INET
    };
    let s = open(family, libc::SOCK_STREAM, 0)?;
    bind(&s, &SockAddr::from(addr))?;
    listen(&s, backlog)?;
    Ok(s)
}

/// accept(2), close-on-exec: the new connection and its peer's address.
pub fn accept(s: &Socket) -> Result<(Socket, SockAddr), SysError> {
    retry(|| s.accept())
}

/// accept(2) of the connection whose peer is `peer`, waiting at most until `deadline`;
/// connections from anyone else are closed as they come (a listener on a wildcard
/// address may be reached by others). `None` when no such connection came in time. The
/// listener is left non-blocking.
pub fn accept_from(
    listener: &Socket,
    peer: SocketAddr,
    deadline: Instant,
) -> Result<Option<Socket>, SysError> {
    listener.set_nonblocking(true).map_err(|e| errno_of(&e))?;
    loop {
        match listener.accept() {
            Ok((conn, from)) => {
                if from.as_socket().map(canonical) == Some(canonical(peer)) {
                    conn.set_nonblocking(false).map_err(|e| errno_of(&e))?;
                    return Ok(Some(conn));
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if Instant::now() >= deadline {
                    return Ok(None);
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(errno_of(&e)),
        }
    }
}

/// An address with an IPv4-mapped IPv6 address written as the IPv4 one, so that a
/// dual-stack listener's view of an IPv4 client compares equal to the client's own.
fn canonical(addr: SocketAddr) -> SocketAddr {
    match addr {
        SocketAddr::V6(v6) => match v6.ip().to_ipv4_mapped() {
            Some(v4) => SocketAddr::from((v4, v6.port())),
            None => addr,
        },
        v4 => v4,
    }
}

/// accept(2) until nothing is left in the accept queue, closing each connection as it
/// comes; how many there were. The listener is left non-blocking.
pub fn accept_and_close(listener: &Socket) -> Result<usize, SysError> {
    listener.set_nonblocking(true).map_err(|e| errno_of(&e))?;
    let mut accepted = 0;
    loop {
        match accept(listener) {
            Ok(_) => accepted += 1,
            Err(SysError::Errno(libc::EAGAIN)) => return Ok(accepted),
            Err(e) => return Err(e),
        }
    }
}

/// connect(2) as it blocks; on Linux SO_SNDTIMEO bounds the wait (socket(7)), after which
/// it fails with EINPROGRESS.
pub fn connect(s: &Socket, addr: &SockAddr) -> Result<(), SysError> {
    s.connect(addr).map_err(|e| errno_of(&e))
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

/// One send(2) with MSG_NOSIGNAL: how many bytes the kernel took.
pub fn send(s: &Socket, buf: &[u8]) -> Result<usize, SysError> {
    retry(|| s.send_with_flags(buf, libc::MSG_NOSIGNAL))
}

/// sendto(2) with MSG_NOSIGNAL.
pub fn send_to(s: &Socket, buf: &[u8], addr: &SockAddr) -> Result<usize, SysError> {
    retry(|| s.send_to_with_flags(buf, addr, libc::MSG_NOSIGNAL))
}

/// One recv(2) into `buf`: how many bytes arrived, 0 at the end of a stream.
pub fn recv(s: &Socket, buf: &mut [u8]) -> Result<usize, SysError> {
    let mut reader = s;
    retry(|| reader.read(buf))
}

/// recvfrom(2) into `buf`: how many bytes arrived and who sent them.
pub fn recv_from(s: &Socket, buf: &mut [u8]) -> Result<(usize, SockAddr), SysError> {
    // SAFETY: `[u8]` and `[MaybeUninit<u8>]` have the same layout. socket2's recv_from
    // only ever writes bytes the kernel copied in, never uninitialised ones, so `buf`
    // stays fully initialised (socket2 documents this for its `Read` implementation,
    // which casts the same way).
    let uninit = unsafe { &mut *(std::ptr::from_mut::<[u8]>(buf) as *mut [MaybeUninit<u8>]) };
    retry(|| s.recv_from(uninit))
}

/// shutdown(2).
pub fn shutdown(s: &Socket, how: Shutdown) -> Result<(), SysError> {
    s.shutdown(how).map_err(|e| errno_of(&e))
}

/// close(2): closes the socket and says whether the kernel reported an error (dropping a
/// socket throws the result away).
pub fn close(s: Socket) -> Result<(), SysError> {
    use std::os::fd::IntoRawFd;
    let fd = s.into_raw_fd();
    // SAFETY: fd came out of an owned Socket, so it is open and nothing else closes it;
    // after this call it is never used again, even on failure (close(2): the descriptor
    // is released whatever the result).
    let rc = unsafe { libc::close(fd) };
    if rc == 0 {
        Ok(())
    } else {
        Err(SysError::Errno(super::errors::last_errno()))
    }
}

/// getsockname(2).
pub fn local_addr(s: &Socket) -> Result<SockAddr, SysError> {
    s.local_addr().map_err(|e| errno_of(&e))
}

/// getsockname(2) and getpeername(2) of a connected IP socket.
pub fn ends(s: &Socket) -> Result<(SocketAddr, SocketAddr), SysError> {
    let peer = s.peer_addr().map_err(|e| errno_of(&e))?;
    Ok((inet(&local_addr(s)?)?, inet(&peer)?))
}

/// An IP socket address, or EAFNOSUPPORT for any other family.
pub fn inet(addr: &SockAddr) -> Result<SocketAddr, SysError> {
    addr.as_socket().ok_or(SysError::Errno(libc::EAFNOSUPPORT))
}

/// The local and peer addresses of a socket as text (`127.0.0.1:40000`, a unix path, or
/// `unnamed`); `None` where there is none (an unconnected socket has no peer).
pub fn addresses(s: &Socket) -> (Option<String>, Option<String>) {
    let text = |addr: io::Result<SockAddr>| {
        addr.ok().map(|a| match a.as_socket() {
            Some(sa) => sa.to_string(),
            None => match a.as_pathname() {
                Some(p) => p.display().to_string(),
                None => "unnamed".to_string(),
            },
        })
    };
    (text(s.local_addr()), text(s.peer_addr()))
}

/// Both ends of a connected pair on loopback (or of a socketpair).
#[derive(Debug)]
pub struct Pair {
    /// The end that connected.
    pub client: Socket,
    /// The end that accepted (or the other half of a socketpair).
    pub server: Socket,
}

/// A TCP connection over loopback (127.0.0.1 or ::1): listen on port 0, connect, accept,
/// each step within `timeout`. The listener is closed once the connection is accepted.
pub fn tcp_pair(ipv6: bool, timeout: Duration) -> Result<Pair, SysError> {
    let deadline = Instant::now() + timeout;
    let listener = TcpListener::bind(loopback(ipv6)).map_err(|e| errno_of(&e))?;
    let addr = listener.local_addr().map_err(|e| errno_of(&e))?;
    let client = TcpStream::connect_timeout(&addr, timeout).map_err(|e| errno_of(&e))?;
    let from = client.local_addr().map_err(|e| errno_of(&e))?;
    let listener = Socket::from(OwnedFd::from(listener));
    let server = accept_from(&listener, from, deadline)?.ok_or(SysError::Errno(libc::ETIMEDOUT))?;
    Ok(Pair {
        client: Socket::from(OwnedFd::from(client)),
        server,
    })
}

/// Two UDP sockets on loopback, each bound to port 0 and connected to the other. No
/// datagram is sent.
pub fn udp_pair(ipv6: bool) -> Result<Pair, SysError> {
    let a = UdpSocket::bind(loopback(ipv6)).map_err(|e| errno_of(&e))?;
    let b = UdpSocket::bind(loopback(ipv6)).map_err(|e| errno_of(&e))?;
    let (a_addr, b_addr) = (
        a.local_addr().map_err(|e| errno_of(&e))?,
        b.local_addr().map_err(|e| errno_of(&e))?,
    );
    a.connect(b_addr).map_err(|e| errno_of(&e))?;
    b.connect(a_addr).map_err(|e| errno_of(&e))?;
    Ok(Pair {
        client: Socket::from(OwnedFd::from(a)),
        server: Socket::from(OwnedFd::from(b)),
    })
}

/// socketpair(2) in AF_UNIX with `SOCK_CLOEXEC`: `sv[0]` is the client's end, `sv[1]` the
/// server's.
pub fn unix_pair(socktype: i32) -> Result<Pair, SysError> {
    socketpair(libc::AF_UNIX, socktype, 0)
}

/// socketpair(2) with `SOCK_CLOEXEC`, as Python's `socket.socketpair(family, type, proto)`
/// on Linux (which makes pairs only in AF_UNIX: other families are EOPNOTSUPP).
pub fn socketpair(family: i32, socktype: i32, proto: i32) -> Result<Pair, SysError> {
    let mut fds = [0 as c_int; 2];
    // SAFETY: fds is writable for the two descriptors socketpair stores on success.
    let rc = unsafe {
        libc::socketpair(
            family,
            socktype | libc::SOCK_CLOEXEC,
            proto,
            fds.as_mut_ptr(),
        )
    };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    // SAFETY: on success both descriptors are open and owned by nobody else; each is
    // wrapped exactly once and closed when its Socket drops.
    let (a, b) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
    Ok(Pair {
        client: Socket::from(a),
        server: Socket::from(b),
    })
}

fn loopback(ipv6: bool) -> SocketAddr {
    if ipv6 {
        SocketAddr::from((Ipv6Addr::LOCALHOST, 0))
    } else {
        SocketAddr::from((Ipv4Addr::LOCALHOST, 0))
    }
}

/// The source address the kernel would use to reach `destination`: a UDP socket
/// connected to it (connect(2) on a datagram socket sends nothing) and its getsockname,
/// as glibc's getaddrinfo finds it for sorting. None when there is no route.
pub fn source_for(destination: SocketAddr) -> Option<SocketAddr> {
    let domain = socket2::Domain::for_address(destination);
    let s = Socket::new(domain, socket2::Type::DGRAM, None).ok()?;
    s.connect(&SockAddr::from(destination)).ok()?;
    s.local_addr().ok()?.as_socket()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sys::sockopt::get_int;

    fn any_port() -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, 0))
    }

    #[test]
    fn connects_to_a_listener_and_is_refused_by_a_closed_port() {
        let l = listener(any_port(), 4).expect("a loopback listener");
        let addr = local_addr(&l).and_then(|a| inet(&a)).expect("its address");
        let s = open(libc::AF_INET, libc::SOCK_STREAM, 0).expect("a socket");
        assert_eq!(connect_within(&s, addr, Duration::from_secs(5)), Ok(()));
        let (local, peer) = ends(&s).expect("both ends");
        assert_eq!(peer, addr);
        assert!(local.ip().is_loopback());
        assert_eq!(accept_and_close(&l), Ok(1));
        // A port bound without listen(2) stays reserved and refuses every SYN.
        let bound = open(libc::AF_INET, libc::SOCK_STREAM, 0).expect("a socket");
        bind(&bound, &SockAddr::from(any_port())).expect("bind");
        let closed = local_addr(&bound)
            .and_then(|a| inet(&a))
            .expect("its address");
        let s = open(libc::AF_INET, libc::SOCK_STREAM, 0).expect("a socket");
        assert_eq!(
            connect_within(&s, closed, Duration::from_secs(5)),
            Err(ConnectError::Sys(SysError::Errno(libc::ECONNREFUSED)))
        );
    }

    #[test]
    fn recv_from_names_the_sender() {
        let any = SockAddr::from(any_port());
        let a = open(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("socket");
        let b = open(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("socket");
        bind(&a, &any).expect("bind");
        bind(&b, &any).expect("bind");
        let to = local_addr(&a).expect("getsockname");
        assert_eq!(send_to(&b, b"hello", &to), Ok(5));
        let mut buf = [0u8; 16];
        let (n, from) = recv_from(&a, &mut buf).expect("recvfrom");
        assert_eq!(&buf[..n], b"hello");
        assert_eq!(from.as_socket(), b.local_addr().expect("name").as_socket());
        assert_eq!(close(a), Ok(()));
    }

    #[test]
    fn pairs_are_connected() {
        let p = tcp_pair(false, Duration::from_secs(5)).expect("a loopback TCP pair");
        let (local, peer) = addresses(&p.client);
        assert_eq!(local, addresses(&p.server).1);
        assert!(peer.is_some_and(|a| a.starts_with("127.0.0.1:")));
        assert_eq!(send(&p.client, b"ab"), Ok(2));
        let mut buf = [0u8; 4];
        assert_eq!(recv(&p.server, &mut buf), Ok(2));
        assert_eq!(shutdown(&p.client, Shutdown::Write), Ok(()));
        assert_eq!(recv(&p.server, &mut buf), Ok(0));
        let u = unix_pair(libc::SOCK_SEQPACKET).expect("a seqpacket pair");
        assert_eq!(
            get_int(&u.client, libc::SOL_SOCKET, libc::SO_TYPE),
            Ok(libc::SOCK_SEQPACKET)
        );
    }
}

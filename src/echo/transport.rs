//! The transports `sockref echo` runs: their names, socket family and type, where each
//! side's address comes from, the largest message each carries, and which failures mean
//! "this host does not offer it" rather than "it broke".

use std::ffi::OsString;
use std::fmt;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use socket2::{Domain, SockAddr, Type};

use crate::error::{Error, Result};
use crate::sys::SysError;
use crate::sys::socket;
use crate::sys::sockopt::{self, Timeval};

/// A socket family and type the echo pair can run over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EchoTransport {
    /// TCP over 127.0.0.1.
    Tcp4,
    /// TCP over ::1.
    Tcp6,
    /// UDP over 127.0.0.1.
    Udp4,
    /// UDP over ::1.
    Udp6,
    /// AF_UNIX SOCK_STREAM at a path in a fresh private directory.
    UnixStream,
    /// AF_UNIX SOCK_DGRAM at a path in a fresh private directory.
    UnixDgram,
    /// AF_UNIX SOCK_SEQPACKET at a path in a fresh private directory.
    UnixSeqpacket,
    /// socketpair(AF_UNIX, SOCK_STREAM): two connected ends, no address.
    Socketpair,
    /// AF_UNIX SOCK_STREAM in Linux's abstract namespace (unix(7)).
    AbstractStream,
    /// AF_UNIX SOCK_DGRAM in Linux's abstract namespace.
    AbstractDgram,
    /// AF_UNIX SOCK_SEQPACKET in Linux's abstract namespace.
    AbstractSeqpacket,
}

/// How a transport carries data, which decides how the pair talks over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// A connected byte stream: no message boundaries (SOCK_STREAM).
    Stream,
    /// Connectionless datagrams, each with its sender's address (SOCK_DGRAM).
    Datagram,
    /// A connection that keeps message boundaries (SOCK_SEQPACKET).
    Seqpacket,
}

/// The largest UDP payload over IPv4: 65535 (the IPv4 total length) - 20 (IPv4 header)
/// - 8 (UDP header), RFC 768 and RFC 791.
pub const UDP4_MAX_PAYLOAD: usize = 65_507;
/// The largest UDP payload over IPv6 without jumbograms: 65535 (the IPv6 payload length,
/// which excludes the fixed header) - 8 (UDP header), RFC 8200 section 3.
pub const UDP6_MAX_PAYLOAD: usize = 65_527;
/// No message is ever larger than this, whatever the socket would take.
pub const MAX_MESSAGE: usize = 1 << 20;

impl EchoTransport {
    /// Every transport, in the order rows are shown.
    pub const ALL: [EchoTransport; 11] = [
        EchoTransport::Tcp4,
        EchoTransport::Tcp6,
        EchoTransport::Udp4,
        EchoTransport::Udp6,
        EchoTransport::UnixStream,
        EchoTransport::UnixDgram,
        EchoTransport::UnixSeqpacket,
        EchoTransport::Socketpair,
        EchoTransport::AbstractStream,
        EchoTransport::AbstractDgram,
        EchoTransport::AbstractSeqpacket,
    ];

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            EchoTransport::Tcp4 => "tcp4",
            EchoTransport::Tcp6 => "tcp6",
            EchoTransport::Udp4 => "udp4",
            EchoTransport::Udp6 => "udp6",
            EchoTransport::UnixStream => "unix-stream",
            EchoTransport::UnixDgram => "unix-dgram",
            EchoTransport::UnixSeqpacket => "unix-seqpacket",
            EchoTransport::Socketpair => "socketpair",
            EchoTransport::AbstractStream => "abstract-stream",
            EchoTransport::AbstractDgram => "abstract-dgram",
            EchoTransport::AbstractSeqpacket => "abstract-seqpacket",
        }
    }

    /// Stream, datagram or seqpacket.
    pub fn framing(self) -> Framing {
        match self {
            EchoTransport::Tcp4
            | EchoTransport::Tcp6
            | EchoTransport::UnixStream
            | EchoTransport::Socketpair
            | EchoTransport::AbstractStream => Framing::Stream,
            EchoTransport::Udp4
            | EchoTransport::Udp6
            | EchoTransport::UnixDgram
            | EchoTransport::AbstractDgram => Framing::Datagram,
            EchoTransport::UnixSeqpacket | EchoTransport::AbstractSeqpacket => Framing::Seqpacket,
        }
    }

    /// The socket(2) domain.
    pub fn domain(self) -> Domain {
        match self {
            EchoTransport::Tcp4 | EchoTransport::Udp4 => Domain::IPV4,
            EchoTransport::Tcp6 | EchoTransport::Udp6 => Domain::IPV6,
            _ => Domain::UNIX,
        }
    }

    /// The socket(2) type.
    pub fn socket_type(self) -> Type {
        match self.framing() {
            Framing::Stream => Type::STREAM,
            Framing::Datagram => Type::DGRAM,
            Framing::Seqpacket => Type::from(libc::SOCK_SEQPACKET),
        }
    }

    /// `AF_INET, SOCK_STREAM` and the like, as the trace shows socket(2)'s arguments.
    pub fn socket_args(self) -> &'static str {
        match (self.domain(), self.framing()) {
            (Domain::IPV4, Framing::Stream) => "AF_INET, SOCK_STREAM",
            (Domain::IPV4, _) => "AF_INET, SOCK_DGRAM",
            (Domain::IPV6, Framing::Stream) => "AF_INET6, SOCK_STREAM",
            (Domain::IPV6, _) => "AF_INET6, SOCK_DGRAM",
            (_, Framing::Stream) => "AF_UNIX, SOCK_STREAM",
            (_, Framing::Datagram) => "AF_UNIX, SOCK_DGRAM",
            (_, Framing::Seqpacket) => "AF_UNIX, SOCK_SEQPACKET",
        }
    }

    /// Whether its sockets are named by paths, which live in a fresh directory.
    pub fn needs_directory(self) -> bool {
        matches!(
            self,
            EchoTransport::UnixStream | EchoTransport::UnixDgram | EchoTransport::UnixSeqpacket
        )
    }

    /// Whether the transport is in Linux's abstract namespace.
    pub fn is_abstract(self) -> bool {
        matches!(
            self,
            EchoTransport::AbstractStream
                | EchoTransport::AbstractDgram
                | EchoTransport::AbstractSeqpacket
        )
    }

    /// Why this build cannot run the transport at all, before any socket is made.
    pub fn unsupported(self) -> Option<&'static str> {
        let linux = cfg!(any(target_os = "linux", target_os = "android"));
        (self.is_abstract() && !linux).then_some("the abstract namespace is Linux-only")
    }

    /// The largest message, for transports whose limit is fixed by the protocol.
    pub fn fixed_max_message(self) -> Option<usize> {
        match self {
            EchoTransport::Udp4 => Some(UDP4_MAX_PAYLOAD),
            EchoTransport::Udp6 => Some(UDP6_MAX_PAYLOAD),
            _ => None,
        }
    }

    /// The address the server binds: loopback port 0, `server.sock` in `dir`, or a fresh
    /// abstract name. `None` for a socketpair, which has none; an error when a unix path
    /// transport has no directory or the path does not fit `sockaddr_un` (unix(7): 108
    /// bytes).
    pub fn server_address(self, dir: Option<&Path>) -> Result<Option<SockAddr>> {
        self.address(dir, "server")
    }

    /// The address the client binds before it connects, where it needs one: a unix
    /// datagram client must have a name for the server to answer to.
    pub fn client_address(self, dir: Option<&Path>) -> Result<Option<SockAddr>> {
        match self.framing() {
            Framing::Datagram if self.domain() == Domain::UNIX => self.address(dir, "client"),
            _ => Ok(None),
        }
    }

    fn address(self, dir: Option<&Path>, role: &str) -> Result<Option<SockAddr>> {
        let path = match self {
            EchoTransport::Tcp4 | EchoTransport::Udp4 => {
                return Ok(Some(SockAddr::from(std::net::SocketAddr::from((
                    std::net::Ipv4Addr::LOCALHOST,
                    0,
                )))));
            }
            EchoTransport::Tcp6 | EchoTransport::Udp6 => {
                return Ok(Some(SockAddr::from(std::net::SocketAddr::from((
                    std::net::Ipv6Addr::LOCALHOST,
                    0,
                )))));
            }
            EchoTransport::Socketpair => return Ok(None),
            t if t.is_abstract() => abstract_path(role),
            _ => dir
                .ok_or_else(|| Error::input("bind", self.name(), "no directory for the socket"))?
                .join(format!("{role}.sock")),
        };
        let addr = SockAddr::unix(&path).map_err(|e| {
            Error::input(
                "bind",
                path.display().to_string(),
                format!("{e} (a shorter TMPDIR helps)"),
            )
        })?;
        Ok(Some(addr))
    }
}

/// The largest message a unix datagram or seqpacket socket of this transport sends,
/// found by trying on a socketpair of the same type: unix(7) refuses a datagram larger
/// than the sender's SO_SNDBUF (less the kernel's overhead) with EMSGSIZE, and the exact
/// overhead is the kernel's business. At most [`MAX_MESSAGE`]; `None` for streams and UDP.
pub fn probe_max_message(transport: EchoTransport, timeout: Duration) -> Result<Option<usize>> {
    let socktype = match (transport.domain(), transport.framing()) {
        (Domain::UNIX, Framing::Datagram) => libc::SOCK_DGRAM,
        (Domain::UNIX, Framing::Seqpacket) => libc::SOCK_SEQPACKET,
        _ => return Ok(None),
    };
    let args = transport.socket_args();
    let pair = socket::unix_pair(socktype).map_err(|e| e.into_error("socketpair", args, ""))?;
    let wait = Timeval::from(timeout);
    sockopt::set_timeval(&pair.client, libc::SOL_SOCKET, libc::SO_SNDTIMEO, wait)
        .and_then(|()| {
            sockopt::set_timeval(&pair.server, libc::SOL_SOCKET, libc::SO_RCVTIMEO, wait)
        })
        .map_err(|e| e.into_error("setsockopt", "SO_SNDTIMEO", ""))?;
    let message = vec![0u8; MAX_MESSAGE];
    let mut sink = vec![0u8; MAX_MESSAGE];
    // Invariant: `fits` bytes were sent, `too_big` were refused (or are over the cap).
    let (mut fits, mut too_big) = (0, MAX_MESSAGE + 1);
    while too_big - fits > 1 {
        let size = fits + (too_big - fits) / 2;
        match socket::send(&pair.client, &message[..size]) {
            Ok(_) => {
                fits = size;
                socket::recv(&pair.server, &mut sink)
                    .map_err(|e| e.into_error("recv", &size.to_string(), ""))?;
            }
            Err(SysError::Errno(libc::EMSGSIZE | libc::ENOBUFS)) => too_big = size,
            Err(e) => return Err(e.into_error("send", &size.to_string(), "")),
        }
    }
    Ok(Some(fits))
}

/// A fresh abstract name: a leading NUL, then `sockref-echo-PID-RANDOM-ROLE` (unix(7)).
/// An abstract name disappears with its last socket; the process id and a random number
/// drawn from a fresh counter keep it unique and unguessable. socket2 builds the `sockaddr_un` without a trailing NUL, as abstract names
/// need.
fn abstract_path(role: &str) -> PathBuf {
    use std::hash::BuildHasher;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    // The abstract namespace has no permissions: anyone on the host may bind a name
    // first. std's RandomState is keyed from the OS's random source, so the name cannot
    // be guessed ahead and squatted.
    let random = std::collections::hash_map::RandomState::new().hash_one(n);
    let mut bytes = vec![0u8];
    bytes.extend_from_slice(
        format!("sockref-echo-{}-{random:016x}-{role}", std::process::id()).as_bytes(),
    );
    PathBuf::from(OsString::from_vec(bytes))
}

/// An address as the report shows it: `127.0.0.1:40000`, `[::1]:40000`, a path,
/// `@name` for an abstract name (as ss(8) writes it), or `unnamed`.
pub fn address_text(addr: &SockAddr) -> String {
    if let Some(sa) = addr.as_socket() {
        return sa.to_string();
    }
    if let Some(path) = addr.as_pathname() {
        return path.display().to_string();
    }
    if let Some(name) = addr.as_abstract_namespace() {
        return format!("@{}", String::from_utf8_lossy(name));
    }
    "unnamed".to_string()
}

/// Whether an errno from socket(2), bind(2) or connect(2) while setting a transport up
/// means the host does not offer it (no IPv6, a family or type compiled out) rather than
/// a failure.
pub fn not_offered(errno: i32) -> bool {
    matches!(
        errno,
        libc::EAFNOSUPPORT
            | libc::EPFNOSUPPORT
            | libc::EPROTONOSUPPORT
            | libc::ESOCKTNOSUPPORT
            | libc::EADDRNOTAVAIL
    )
}

/// A transport name that is not one of [`EchoTransport::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownTransport(pub String);

impl fmt::Display for UnknownTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = EchoTransport::ALL.iter().map(|t| t.name()).collect();
        write!(
            f,
            "unknown transport {:?}; one of {}",
            self.0,
            names.join(", ")
        )
    }
}

impl FromStr for EchoTransport {
    type Err = UnknownTransport;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wanted = text.trim().to_ascii_lowercase().replace('_', "-");
        EchoTransport::ALL
            .into_iter()
            .find(|t| t.name() == wanted)
            .ok_or_else(|| UnknownTransport(text.to_string()))
    }
}

impl fmt::Display for EchoTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for EchoTransport {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for t in EchoTransport::ALL {
            assert_eq!(t.name().parse::<EchoTransport>(), Ok(t));
        }
        assert_eq!("UNIX_STREAM".parse(), Ok(EchoTransport::UnixStream));
        let e = "tcp5".parse::<EchoTransport>().expect_err("unknown");
        assert!(
            e.to_string()
                .starts_with("unknown transport \"tcp5\"; one of tcp4, tcp6")
        );
    }

    #[test]
    fn families_and_types() {
        assert_eq!(EchoTransport::Udp6.domain(), Domain::IPV6);
        assert_eq!(EchoTransport::Udp6.framing(), Framing::Datagram);
        assert_eq!(EchoTransport::Socketpair.framing(), Framing::Stream);
        assert_eq!(
            EchoTransport::AbstractSeqpacket.socket_args(),
            "AF_UNIX, SOCK_SEQPACKET"
        );
        assert_eq!(EchoTransport::Tcp6.socket_args(), "AF_INET6, SOCK_STREAM");
    }

    #[test]
    fn addresses() {
        let dir = Path::new("/tmp/x");
        let text = |r: Result<Option<SockAddr>>| r.ok().flatten().map(|a| address_text(&a));
        assert_eq!(
            text(EchoTransport::Tcp6.server_address(None)).as_deref(),
            Some("[::1]:0")
        );
        assert_eq!(
            text(EchoTransport::UnixDgram.server_address(Some(dir))).as_deref(),
            Some("/tmp/x/server.sock")
        );
        assert!(text(EchoTransport::UnixDgram.client_address(Some(dir))).is_some());
        assert!(text(EchoTransport::UnixStream.client_address(Some(dir))).is_none());
        assert!(EchoTransport::UnixStream.server_address(None).is_err());
        assert_eq!(
            EchoTransport::Socketpair.server_address(None).ok(),
            Some(None)
        );
        let long = "d".repeat(200);
        assert!(
            EchoTransport::UnixSeqpacket
                .server_address(Some(Path::new(&long)))
                .is_err()
        );
        let a = text(EchoTransport::AbstractStream.server_address(None)).unwrap_or_default();
        let b = text(EchoTransport::AbstractStream.server_address(None)).unwrap_or_default();
        assert!(a.starts_with("@sockref-echo-"), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn unix_message_limits_are_found_by_trying() {
        let t = Duration::from_secs(5);
        let dgram = probe_max_message(EchoTransport::UnixDgram, t).expect("a probe");
        let limit = dgram.expect("a limit for datagrams");
        assert!(limit > 1024 && limit <= MAX_MESSAGE, "{limit}");
        let seq = probe_max_message(EchoTransport::AbstractSeqpacket, t).expect("a probe");
        assert!(seq.is_some());
        assert_eq!(
            probe_max_message(EchoTransport::Udp4, t).expect("none"),
            None
        );
        assert_eq!(
            probe_max_message(EchoTransport::Socketpair, t).expect("none"),
            None
        );
    }

    #[test]
    fn missing_families_are_not_failures() {
        assert!(not_offered(libc::EAFNOSUPPORT));
        assert!(not_offered(libc::EADDRNOTAVAIL));
        assert!(!not_offered(libc::ECONNREFUSED));
        assert!(!not_offered(libc::EADDRINUSE));
    }
}

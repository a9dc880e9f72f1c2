//! The socket options sockref knows: level, name, value on this platform (from `libc`),
//! how the value reads, which sockets it applies to, whether it can be set, and what it
//! means, in our own words. Sources: socket(7), ip(7), ipv6(7), tcp(7), udp(7), unix(7).
//! A row's meaning is also the meaning `sockref const` gives the constant (SO_RCVBUF, ...).

use Access::{Ro, RoConnected, Rw, RwConnected};
use Kind::*;

/// A protocol level of getsockopt(2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Socket,
    Ip,
    Ipv6,
    Tcp,
    Udp,
}

impl Level {
    /// Every level, in the order tables show them.
    pub const ALL: [Level; 5] = [
        Level::Socket,
        Level::Ip,
        Level::Ipv6,
        Level::Tcp,
        Level::Udp,
    ];

    /// The level's value: `SOL_SOCKET` or an `IPPROTO_*` number.
    pub fn number(self) -> i32 {
        self.constant().1
    }

    /// The level's C name, as Python's socket module spells it.
    pub fn name(self) -> &'static str {
        self.constant().0
    }

    /// The constant that names the level, with its value.
    fn constant(self) -> (&'static str, i32) {
        macro_rules! level {
            ($name:ident) => {
                (stringify!($name), libc::$name)
            };
        }
        match self {
            Level::Socket => level!(SOL_SOCKET),
            Level::Ip => level!(IPPROTO_IP),
            Level::Ipv6 => level!(IPPROTO_IPV6),
            Level::Tcp => level!(IPPROTO_TCP),
            Level::Udp => level!(IPPROTO_UDP),
        }
    }
}

/// How an option's value reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An int used as a flag.
    Bool,
    /// A size in bytes.
    Bytes,
    Seconds,
    Milliseconds,
    Microseconds,
    /// A `struct timeval` timeout.
    Timeval,
    /// A `struct linger`.
    Linger,
    /// A plain number, with the unit word it counts (`hops`), or none.
    Number(&'static str),
    /// A TOS or traffic-class byte: DSCP in the upper six bits, ECN in the lower two.
    Tos,
    /// A path-MTU discovery mode; the prefix of its names (`IP_PMTUDISC_`).
    PmtuDisc(&'static str),
    /// A CPU number, -1 for none.
    Cpu,
    /// An interface name (at most IFNAMSIZ bytes).
    Interface,
    /// A name of at most this many bytes (TCP_CONGESTION).
    Name(usize),
    /// A `SOCK_*` constant.
    SocketType,
    /// An `AF_*` constant.
    Family,
    /// An `IPPROTO_*` number.
    Protocol,
    /// An errno value.
    Errno,
    /// A `struct ucred`.
    PeerCred,
    /// A `struct tcp_info`.
    TcpInfo,
}

/// Whether an option can be set, and whether it means anything before a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Rw,
    Ro,
    /// Read-only, and meaningful only on a connected socket.
    RoConnected,
    /// Settable, and readable only on a connected socket.
    RwConnected,
}

/// Socket families an option applies to, as bits.
pub const INET: u8 = 1;
pub const INET6: u8 = 2;
pub const UNIX: u8 = 4;
/// Socket types an option applies to, as bits.
pub const STREAM: u8 = 1;
pub const DGRAM: u8 = 2;
pub const SEQPACKET: u8 = 4;
pub const RAW: u8 = 8;

const IP46: u8 = INET | INET6;
const ALL_FAMILIES: u8 = INET | INET6 | UNIX;
const ALL_TYPES: u8 = STREAM | DGRAM | SEQPACKET | RAW;

/// One socket option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SockOpt {
    pub level: Level,
    pub name: &'static str,
    /// The option's value on this platform.
    pub number: i32,
    pub kind: Kind,
    /// The families (bits of [`INET`], [`INET6`], [`UNIX`]) it applies to.
    pub families: u8,
    /// The types (bits of [`STREAM`], [`DGRAM`], [`SEQPACKET`], [`RAW`]) it applies to.
    pub types: u8,
    pub access: Access,
    pub meaning: &'static str,
}

impl SockOpt {
    /// Whether setsockopt(2) may change it.
    pub fn settable(&self) -> bool {
        matches!(self.access, Rw | RwConnected)
    }

    /// Whether it reads as something only on a connected socket.
    pub fn needs_connection(&self) -> bool {
        matches!(self.access, RoConnected | RwConnected)
    }

    /// Whether it applies to a socket of this family and type (`AF_*`, `SOCK_*` values).
    pub fn applies_to(&self, family: i32, socktype: i32) -> bool {
        family_bit(family) & self.families != 0 && type_bit(socktype) & self.types != 0
    }
}

/// The family bit of an `AF_*` value (0 for families outside the table).
pub fn family_bit(family: i32) -> u8 {
    match family {
        libc::AF_INET => INET,
        libc::AF_INET6 => INET6,
        libc::AF_UNIX => UNIX,
        _ => 0,
    }
}

/// The type bit of a `SOCK_*` value (0 for types outside the table).
pub fn type_bit(socktype: i32) -> u8 {
    match socktype {
        libc::SOCK_STREAM => STREAM,
        libc::SOCK_DGRAM => DGRAM,
        libc::SOCK_SEQPACKET => SEQPACKET,
        libc::SOCK_RAW => RAW,
        _ => 0,
    }
}

/// An option of the table by name, any case (`SO_RCVBUF`, `so_rcvbuf`).
pub fn find(name: &str) -> Option<&'static SockOpt> {
    OPTIONS
        .iter()
        .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
}

/// The meaning of the option called `name` (exact case), for the constant groups that list
/// it. Evaluated when the crate compiles: a name missing from the table fails the build.
pub const fn meaning_of(name: &str) -> &'static str {
    let mut i = 0;
    while i < OPTIONS.len() {
        if same_bytes(OPTIONS[i].name.as_bytes(), name.as_bytes()) {
            return OPTIONS[i].meaning;
        }
        i += 1;
    }
    panic!("not an option of the table")
}

/// `a == b`, which a `const fn` cannot write for slices.
const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// An option of the table by level and number.
pub fn by_number(level: i32, number: i32) -> Option<&'static SockOpt> {
    OPTIONS
        .iter()
        .find(|o| o.level.number() == level && o.number == number)
}

/// `IFNAMSIZ` of <net/if.h>: the longest interface name, NUL included.
pub const IFNAMSIZ: usize = libc::IFNAMSIZ;

/// One row of [`OPTIONS`]: `opt!(S, libc::SO_RCVBUF, Bytes, ...)` names the option by the
/// constant that holds its number, so that the two cannot disagree.
macro_rules! opt {
    ($level:expr, $krate:ident :: $name:ident, $($rest:expr),+ $(,)?) => {
        opt($level, stringify!($name), $krate::$name, $($rest),+)
    };
}

#[allow(clippy::too_many_arguments)]
const fn opt(
    level: Level,
    name: &'static str,
    number: i32,
    kind: Kind,
    families: u8,
    types: u8,
    access: Access,
    meaning: &'static str,
) -> SockOpt {
    SockOpt {
        level,
        name,
        number,
        kind,
        families,
        types,
        access,
        meaning,
    }
}

const S: Level = Level::Socket;
const IP: Level = Level::Ip;
const IP6: Level = Level::Ipv6;
const TCP: Level = Level::Tcp;
const UDP: Level = Level::Udp;
const ANY: u8 = ALL_TYPES;
const CONN: u8 = STREAM | SEQPACKET;
const DG: u8 = DGRAM | RAW;

/// Every option, grouped by level.
#[rustfmt::skip]
pub const OPTIONS: &[SockOpt] = &[
    opt!(S, libc::SO_ACCEPTCONN, Bool, ALL_FAMILIES, CONN, Ro,
        "listen(2) was called: the socket accepts connections"),
    opt!(S, libc::SO_BROADCAST, Bool, INET, DG, Rw,
        "may send to broadcast addresses"),
    opt!(S, libc::SO_DEBUG, Bool, ALL_FAMILIES, ANY, Rw,
        "protocol debugging (setting it needs CAP_NET_ADMIN)"),
    opt!(S, libc::SO_DOMAIN, Family, ALL_FAMILIES, ANY, Ro,
        "the address family the socket was created with"),
    opt!(S, libc::SO_DONTROUTE, Bool, IP46, ANY, Rw,
        "send only to directly connected hosts, bypassing routing"),
    opt!(S, libc::SO_ERROR, Errno, ALL_FAMILIES, ANY, Ro,
        "pending error, cleared when read (how a non-blocking connect reports failure)"),
    opt!(S, libc::SO_KEEPALIVE, Bool, IP46, STREAM, Rw,
        "probe an idle connection (timing from TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT)"),
    opt!(S, libc::SO_LINGER, Linger, ALL_FAMILIES, CONN, Rw,
        "close(2) waits up to this long for unsent data; on with 0 s resets instead"),
    opt!(S, libc::SO_OOBINLINE, Bool, IP46, STREAM, Rw,
        "urgent (out-of-band) data arrives inline with normal data"),
    opt!(S, libc::SO_PASSCRED, Bool, UNIX, ANY, Rw,
        "receive the sender's pid, uid and gid (SCM_CREDENTIALS) with each message"),
    opt!(S, libc::SO_PEERCRED, PeerCred, UNIX, ANY, RoConnected,
        "pid, uid and gid of the peer process when the connection was made"),
    opt!(S, libc::SO_PRIORITY, Number(""), ALL_FAMILIES, ANY, Rw,
        "queueing priority of outgoing packets (above 6 needs CAP_NET_ADMIN)"),
    opt!(S, libc::SO_PROTOCOL, Protocol, ALL_FAMILIES, ANY, Ro,
        "the protocol the socket was created with"),
    opt!(S, libc::SO_RCVBUF, Bytes, ALL_FAMILIES, ANY, Rw,
        "receive buffer size; the kernel doubles what is set, for its bookkeeping"),
    opt!(S, libc::SO_RCVLOWAT, Bytes, ALL_FAMILIES, ANY, Rw,
        "bytes that must be queued before a read or poll(2) wakes up"),
    opt!(S, libc::SO_RCVTIMEO, Timeval, ALL_FAMILIES, ANY, Rw,
        "a blocking receive gives up (EAGAIN) after this long; 0 waits for ever"),
    opt!(S, libc::SO_REUSEADDR, Bool, IP46, ANY, Rw,
        "bind(2) may take a local address still held by a TIME_WAIT connection"),
    opt!(S, libc::SO_REUSEPORT, Bool, IP46, ANY, Rw,
        "several sockets may bind one address and port; the kernel spreads the load"),
    opt!(S, libc::SO_SNDBUF, Bytes, ALL_FAMILIES, ANY, Rw,
        "send buffer size; the kernel doubles what is set, for its bookkeeping"),
    opt!(S, libc::SO_SNDLOWAT, Bytes, ALL_FAMILIES, ANY, Ro,
        "free send-buffer space before a write or poll(2) wakes up (fixed on Linux)"),
    opt!(S, libc::SO_SNDTIMEO, Timeval, ALL_FAMILIES, ANY, Rw,
        "a blocking send gives up (EAGAIN) after this long; 0 waits for ever"),
    opt!(S, libc::SO_TYPE, SocketType, ALL_FAMILIES, ANY, Ro,
        "the socket type"),
    opt!(S, libc::SO_BINDTODEVICE, Interface, IP46, ANY, Rw,
        "the only interface the socket sends and receives on; empty means any"),
    opt!(S, libc::SO_MARK, Number(""), IP46, ANY, Rw,
        "firewall mark for policy routing and filtering (setting it needs CAP_NET_ADMIN)"),
    opt!(S, libc::SO_TIMESTAMP, Bool, ALL_FAMILIES, ANY, Rw,
        "receive the arrival time (SCM_TIMESTAMP) with each message"),
    opt!(S, libc::SO_BUSY_POLL, Microseconds, IP46, ANY, Rw,
        "a blocking receive busy-polls the device this long before sleeping"),
    opt!(S, libc::SO_INCOMING_CPU, Cpu, IP46, ANY, Rw,
        "CPU that processed the last packet received; -1 before any"),
    opt!(S, libc::SO_ZEROCOPY, Bool, IP46, ANY, Rw,
        "allow MSG_ZEROCOPY sends, which pin user pages instead of copying them"),
    opt!(IP, libc::IP_TOS, Tos, INET, ANY, Rw,
        "type-of-service byte of outgoing packets: DSCP and ECN"),
    opt!(IP, libc::IP_TTL, Number("hops"), INET, ANY, Rw,
        "time to live of outgoing unicast packets"),
    opt!(IP, libc::IP_HDRINCL, Bool, INET, RAW, Rw,
        "the application writes the IP header itself (on for IPPROTO_RAW)"),
    opt!(IP, libc::IP_MTU_DISCOVER, PmtuDisc("IP_PMTUDISC_"), INET, ANY, Rw,
        "path-MTU discovery: whether packets carry Don't Fragment"),
    opt!(IP, libc::IP_MTU, Bytes, INET, ANY, RoConnected,
        "path MTU known for the connected destination"),
    opt!(IP, libc::IP_MULTICAST_TTL, Number("hops"), INET, DG, Rw,
        "time to live of outgoing multicast packets"),
    opt!(IP, libc::IP_MULTICAST_LOOP, Bool, INET, DG, Rw,
        "multicast sent is looped back to listeners on this host"),
    opt!(IP, libc::IP_RECVERR, Bool, INET, ANY, Rw,
        "queue extended errors (from ICMP) for recvmsg(2) with MSG_ERRQUEUE"),
    opt!(IP, libc::IP_FREEBIND, Bool, INET, ANY, Rw,
        "bind(2) to an address no interface has (yet)"),
    opt!(IP, libc::IP_TRANSPARENT, Bool, INET, ANY, Rw,
        "transparent proxying: act for foreign addresses (setting it needs CAP_NET_ADMIN)"),
    opt!(IP, libc::IP_BIND_ADDRESS_NO_PORT, Bool, INET, ANY, Rw,
        "bind(2) with port 0 leaves choosing the port to connect(2)"),
    opt!(IP, libc::IP_PKTINFO, Bool, INET, DG, Rw,
        "receive the arrival interface and destination address with each datagram"),
    opt!(IP, libc::IP_RECVTOS, Bool, INET, ANY, Rw,
        "receive the TOS byte with each message"),
    opt!(IP, libc::IP_RECVTTL, Bool, INET, DG, Rw,
        "receive the TTL with each datagram"),
    opt!(IP6, libc::IPV6_V6ONLY, Bool, INET6, ANY, Rw,
        "IPv6 only: no IPv4-mapped traffic on this socket"),
    opt!(IP6, libc::IPV6_UNICAST_HOPS, Number("hops"), INET6, ANY, Rw,
        "hop limit of outgoing unicast packets (-1 sets the route's default)"),
    opt!(IP6, libc::IPV6_MULTICAST_HOPS, Number("hops"), INET6, DG, Rw,
        "hop limit of outgoing multicast packets"),
    opt!(IP6, libc::IPV6_MULTICAST_LOOP, Bool, INET6, DG, Rw,
        "multicast sent is looped back to listeners on this host"),
    opt!(IP6, libc::IPV6_RECVPKTINFO, Bool, INET6, DG, Rw,
        "receive the arrival interface and destination address with each datagram"),
    opt!(IP6, libc::IPV6_TCLASS, Tos, INET6, ANY, Rw,
        "traffic class of outgoing packets: DSCP and ECN"),
    opt!(IP6, libc::IPV6_RECVERR, Bool, INET6, ANY, Rw,
        "queue extended errors (from ICMPv6) for recvmsg(2) with MSG_ERRQUEUE"),
    opt!(IP6, libc::IPV6_MTU_DISCOVER, PmtuDisc("IPV6_PMTUDISC_"), INET6, ANY, Rw,
        "path-MTU discovery: whether the kernel may fragment"),
    opt!(IP6, libc::IPV6_MTU, Bytes, INET6, ANY, RwConnected,
        "path MTU known for the connected destination"),
    opt!(TCP, libc::TCP_NODELAY, Bool, IP46, STREAM, Rw,
        "send small segments at once (Nagle's algorithm off)"),
    opt!(TCP, libc::TCP_MAXSEG, Bytes, IP46, STREAM, Rw,
        "maximum segment size of outgoing segments"),
    opt!(TCP, libc::TCP_CORK, Bool, IP46, STREAM, Rw,
        "hold partial segments until uncorked (or 200 ms pass)"),
    opt!(TCP, libc::TCP_KEEPIDLE, Seconds, IP46, STREAM, Rw,
        "idle time before the first keepalive probe"),
    opt!(TCP, libc::TCP_KEEPINTVL, Seconds, IP46, STREAM, Rw,
        "time between keepalive probes"),
    opt!(TCP, libc::TCP_KEEPCNT, Number("probes"), IP46, STREAM, Rw,
        "unanswered keepalive probes before the connection is dropped"),
    opt!(TCP, libc::TCP_SYNCNT, Number("retries"), IP46, STREAM, Rw,
        "SYN retransmissions before connect(2) gives up"),
    opt!(TCP, libc::TCP_LINGER2, Seconds, IP46, STREAM, Rw,
        "how long an orphaned connection may stay in FIN_WAIT2 (-1: not at all)"),
    opt!(TCP, libc::TCP_DEFER_ACCEPT, Seconds, IP46, STREAM, Rw,
        "accept(2) returns only once data arrives, waiting at most this long"),
    opt!(TCP, libc::TCP_WINDOW_CLAMP, Bytes, IP46, STREAM, Rw,
        "largest receive window to advertise; 0 means no clamp"),
    opt!(TCP, libc::TCP_QUICKACK, Bool, IP46, STREAM, Rw,
        "acknowledge at once instead of delaying ACKs (the kernel may turn it off)"),
    opt!(TCP, libc::TCP_USER_TIMEOUT, Milliseconds, IP46, STREAM, Rw,
        "sent data may stay unacknowledged this long before the connection drops; 0: default"),
    opt!(TCP, libc::TCP_CONGESTION, Name(16), IP46, STREAM, Rw,
        "congestion-control algorithm"),
    opt!(TCP, libc::TCP_FASTOPEN, Number("pending"), IP46, STREAM, Rw,
        "TCP Fast Open on a listener: how many data-carrying SYNs may wait"),
    opt!(TCP, libc::TCP_NOTSENT_LOWAT, Bytes, IP46, STREAM, Rw,
        "the socket is writable while fewer unsent bytes are queued; 0: system default"),
    opt!(TCP, libc::TCP_INFO, TcpInfo, IP46, STREAM, RoConnected,
        "connection state, timers, windows and counters"),
    opt!(UDP, libc::UDP_CORK, Bool, IP46, DGRAM, Rw,
        "hold written data until uncorked, then send it as one datagram"),
    opt!(UDP, libc::UDP_SEGMENT, Bytes, IP46, DGRAM, Rw,
        "GSO segment size: one large send leaves as datagrams of this size; 0: off"),
    opt!(UDP, libc::UDP_GRO, Bool, IP46, DGRAM, Rw,
        "receive coalesced datagrams (GRO), with their segment size in a control message"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_levels_grouped() {
        let mut names: Vec<&str> = OPTIONS.iter().map(|o| o.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len());
        let order: Vec<usize> = OPTIONS
            .iter()
            .map(|o| Level::ALL.iter().position(|l| *l == o.level).unwrap_or(9))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "grouped by level");
    }

    #[test]
    fn lookup() {
        assert_eq!(find("so_rcvbuf").map(|o| o.number), Some(libc::SO_RCVBUF));
        assert_eq!(
            by_number(libc::IPPROTO_TCP, libc::TCP_NODELAY).map(|o| o.name),
            Some("TCP_NODELAY")
        );
        let nodelay = find("TCP_NODELAY").expect("in the table");
        assert!(nodelay.applies_to(libc::AF_INET6, libc::SOCK_STREAM));
        assert!(!nodelay.applies_to(libc::AF_INET, libc::SOCK_DGRAM));
        assert!(!nodelay.applies_to(libc::AF_UNIX, libc::SOCK_STREAM));
    }
}

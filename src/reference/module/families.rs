//! The constant families: each entry is a prefix, read live with `sockref const`.

use super::{BLANK, Entry, Kind};

const FAMILY: Entry = Entry {
    kind: Kind::Constants,
    blocks: "Not a call: integer constants.",
    returns: "not a call: integers (enums in Python: AddressFamily, SocketKind, MsgFlag, AddressInfo)",
    ..BLANK
};

/// A family of constants with its headers and where it goes.
const fn family(
    name: &'static str,
    does: &'static str,
    c: &'static str,
    rust: &'static str,
    related: &'static [&'static str],
    shows: &'static str,
) -> Entry {
    Entry {
        name,
        signature: name,
        does,
        c,
        rust,
        related,
        shows,
        ..FAMILY
    }
}

pub const FAMILIES: &[Entry] = &[
    family(
        "AF_*",
        "Address families, socket()'s first argument: AF_INET (IPv4), AF_INET6, AF_UNIX (local), AF_NETLINK, AF_PACKET, ... Python's socket.AddressFamily.",
        "<sys/socket.h>, address_families(7)",
        "socket2::Domain; libc::AF_*; nix::sys::socket::AddressFamily",
        &["socket", "SOCK_*"],
        "sockref const AF",
    ),
    family(
        "SOCK_*",
        "Socket types, socket()'s second argument: SOCK_STREAM (a byte stream, TCP), SOCK_DGRAM (datagrams, UDP), SOCK_SEQPACKET, SOCK_RAW; OR-ed with SOCK_NONBLOCK and SOCK_CLOEXEC.",
        "<sys/socket.h>, socket(2)",
        "socket2::Type; nix::sys::socket::SockType and SockFlag",
        &["socket", "AF_*"],
        "sockref const SOCK",
    ),
    family(
        "SOL_*",
        "Option levels, getsockopt's and setsockopt's first argument: SOL_SOCKET for the socket itself; a protocol number (IPPROTO_TCP, ...) for the protocol's options.",
        "<sys/socket.h>, socket(7)",
        "libc::SOL_*; nix::sys::socket::sockopt names the pairs",
        &["SO_*", "socket.getsockopt"],
        "sockref const SOL",
    ),
    family(
        "SO_*",
        "Options of level SOL_SOCKET: buffers (SO_RCVBUF, SO_SNDBUF), timeouts, SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, SO_LINGER, SO_ERROR, ...",
        "<asm-generic/socket.h>, socket(7)",
        "socket2::Socket's setters; nix::sys::socket::sockopt",
        &["socket.setsockopt", "SOL_*"],
        "sockref sockopt",
    ),
    family(
        "IPPROTO_*",
        "IP protocol numbers: socket()'s third argument and the level of a protocol's options (IPPROTO_TCP 6, IPPROTO_UDP 17, IPPROTO_IPV6 41).",
        "<netinet/in.h>, protocols(5)",
        "socket2::Protocol; libc::IPPROTO_*",
        &["getprotobyname", "IP_*"],
        "sockref const IPPROTO",
    ),
    family(
        "IP_*",
        "IPv4 options (level IPPROTO_IP): IP_TTL, IP_TOS, IP_MULTICAST_*, IP_PKTINFO, IP_MTU_DISCOVER, ...",
        "<netinet/in.h>, ip(7)",
        "socket2::Socket::set_ttl_v4 and friends; nix::sys::socket::sockopt",
        &["IPV6_*", "socket.setsockopt"],
        "sockref const IP",
    ),
    family(
        "IPV6_*",
        "IPv6 options (level IPPROTO_IPV6): IPV6_V6ONLY, IPV6_UNICAST_HOPS, IPV6_MULTICAST_*, IPV6_RECVPKTINFO, ...",
        "<netinet/in.h>, ipv6(7)",
        "socket2::Socket::set_only_v6 and friends",
        &["IP_*", "has_dualstack_ipv6"],
        "sockref const IPV6",
    ),
    family(
        "TCP_*",
        "TCP options (level IPPROTO_TCP): TCP_NODELAY, TCP_KEEPIDLE/KEEPINTVL/KEEPCNT, TCP_USER_TIMEOUT, TCP_CONGESTION, TCP_INFO, ...",
        "<netinet/tcp.h>, tcp(7)",
        "socket2::Socket::set_tcp_nodelay, set_tcp_keepalive(&TcpKeepalive)",
        &["SO_*", "socket.setsockopt"],
        "sockref keepalive",
    ),
    family(
        "MSG_*",
        "Flags of send and receive calls: MSG_PEEK, MSG_DONTWAIT, MSG_WAITALL, MSG_NOSIGNAL, MSG_TRUNC, ... Python's socket.MsgFlag.",
        "<sys/socket.h>, send(2), recv(2)",
        "nix::sys::socket::MsgFlags; libc::MSG_*",
        &["socket.send", "socket.recv"],
        "sockref const --decode 0x4040 --prefix MSG",
    ),
    family(
        "AI_*",
        "getaddrinfo flags: AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_ADDRCONFIG, AI_V4MAPPED, ... Python's socket.AddressInfo.",
        "<netdb.h>, getaddrinfo(3)",
        "libc::AI_*",
        &["getaddrinfo"],
        "sockref const AI",
    ),
    family(
        "NI_*",
        "getnameinfo flags: NI_NUMERICHOST, NI_NUMERICSERV, NI_NAMEREQD, NI_DGRAM, NI_NOFQDN, and the buffer sizes NI_MAXHOST, NI_MAXSERV.",
        "<netdb.h>, getnameinfo(3)",
        "libc::NI_*",
        &["getnameinfo"],
        "sockref const NI",
    ),
    family(
        "EAI_*",
        "getaddrinfo and getnameinfo error codes, the .errno of socket.gaierror: EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_SERVICE, ... (negative on glibc).",
        "<netdb.h>, gai_strerror(3)",
        "libc::EAI_*",
        &["gaierror", "getaddrinfo"],
        "sockref errno --kind eai --list",
    ),
    family(
        "SHUT_*",
        "shutdown()'s directions: SHUT_RD, SHUT_WR, SHUT_RDWR.",
        "<sys/socket.h>, shutdown(2)",
        "std::net::Shutdown",
        &["socket.shutdown"],
        "sockref const SHUT",
    ),
    family(
        "SCM_*",
        "Types of ancillary messages (level SOL_SOCKET): SCM_RIGHTS (descriptors), SCM_CREDENTIALS, SCM_TIMESTAMP*, ...",
        "<sys/socket.h>, unix(7), cmsg(3)",
        "nix::sys::socket::ControlMessage",
        &["send_fds", "socket.sendmsg", "CMSG_LEN"],
        "sockref const SCM",
    ),
    family(
        "INADDR_*",
        "Well-known IPv4 addresses in host byte order: INADDR_ANY (0.0.0.0), INADDR_LOOPBACK, INADDR_BROADCAST, multicast groups.",
        "<netinet/in.h>, ip(7)",
        "std::net::Ipv4Addr::UNSPECIFIED, LOCALHOST, BROADCAST",
        &["socket.bind", "htonl"],
        "sockref const INADDR",
    ),
];

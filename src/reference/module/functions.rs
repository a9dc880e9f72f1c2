//! The module's functions that make sockets, convert numbers and addresses, and pass
//! descriptors; the lookups are in [`super::lookups`].

use super::{BLANK, Entry, Kind, Raise};

pub(super) const OVERFLOW: Raise = Raise {
    class: "OverflowError",
    when: "the integer does not fit the C type",
};
const BAD_ADDRESS: Raise = Raise {
    class: "OSError",
    when: "the text is not an address of the family (\"illegal IP address string\")",
};
const CONNECT_ERRORS: &[Raise] = &[
    Raise {
        class: "socket.gaierror",
        when: "the host cannot be resolved; with all_errors=True an ExceptionGroup of every attempt's error instead of the last",
    },
    Raise {
        class: "socket.gaierror",
        when: "the host cannot be resolved; with all_errors=True an ExceptionGroup of every attempt's error instead of the last",
    },
    Raise {
        class: "ConnectionRefusedError (ECONNREFUSED)",
        when: "nothing listens at the address (the peer answered with a reset)",
    },
    Raise {
        class: "TimeoutError",
        when: "no answer within the timeout (socket.timeout is its other name)",
    },
    Raise {
        class: "OSError (ENETUNREACH, EHOSTUNREACH)",
        when: "no route to the address",
    },
];

pub(super) const FUNCTION: Entry = Entry {
    kind: Kind::Function,
    ..BLANK
};

/// socket() and the functions that make sockets for you.
pub const SOCKETS: &[Entry] = &[
    Entry {
        name: "socket",
        signature: "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)",
        does: "Creates an endpoint for communication: a new socket of the given family, type and protocol, or wraps an existing descriptor (fileno).",
        returns: "a socket object, blocking, with the default timeout (setdefaulttimeout)",
        raises: &[
            Raise {
                class: "OSError (EAFNOSUPPORT)",
                when: "the kernel has no such family",
            },
            Raise {
                class: "OSError (EPROTONOSUPPORT)",
                when: "the family has no such protocol",
            },
            Raise {
                class: "PermissionError (EPERM, EACCES)",
                when: "SOCK_RAW without CAP_NET_RAW",
            },
            Raise {
                class: "OSError (EMFILE)",
                when: "the process has no descriptor left",
            },
        ],
        c: "socket(2)",
        rust: "socket2::Socket::new(Domain, Type, Option<Protocol>); std::net::TcpListener::bind and TcpStream::connect create theirs inside; nix::sys::socket::socket",
        related: &[
            "socketpair",
            "socket.bind",
            "socket.connect",
            "AF_*",
            "SOCK_*",
        ],
        shows: "sockref sockopt --family inet6 --type dgram",
        ..FUNCTION
    },
    Entry {
        name: "socketpair",
        signature: "socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)",
        does: "Creates two sockets already connected to each other, without any address: what one end sends, the other receives.",
        returns: "a pair of socket objects",
        raises: &[Raise {
            class: "OSError (EOPNOTSUPP)",
            when: "the family cannot make pairs (only AF_UNIX can on Linux)",
        }],
        c: "socketpair(2)",
        rust: "std::os::unix::net::UnixStream::pair, UnixDatagram::pair; socket2::Socket::pair; nix::sys::socket::socketpair",
        related: &["socket", "send_fds"],
        shows: "sockref socketpair",
        ..FUNCTION
    },
    Entry {
        name: "create_connection",
        signature: "create_connection(address, timeout=<default>, source_address=None, *, all_errors=False)",
        does: "Resolves (host, port) with getaddrinfo and tries each address in turn until one connect succeeds.",
        blocks: "Yes: the resolution, then each connect attempt; the timeout bounds each attempt separately, so a name with several silent addresses takes several timeouts.",
        returns: "the connected socket",
        raises: CONNECT_ERRORS,
        c: "getaddrinfo(3), socket(2), connect(2)",
        rust: "std::net::TcpStream::connect((host, port)) and connect_timeout(addr, timeout) for one address",
        related: &["getaddrinfo", "socket.connect", "create_server"],
        shows: "sockref create_connection localhost 22",
        ..FUNCTION
    },
    Entry {
        name: "create_server",
        signature: "create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False)",
        does: "Makes a listening TCP socket bound to address: SO_REUSEADDR set on POSIX, SO_REUSEPORT on request, and with dualstack_ipv6 one AF_INET6 socket that accepts IPv4 clients too (IPV6_V6ONLY off).",
        blocks: "No: binding and listening do not wait. accept() on the result does.",
        returns: "the listening socket",
        raises: &[
            Raise {
                class: "OSError (EADDRINUSE)",
                when: "something is bound to the address already",
            },
            Raise {
                class: "ValueError",
                when: "dualstack_ipv6 where the platform has no dual-stack sockets",
            },
        ],
        c: "socket(2), setsockopt(2), bind(2), listen(2)",
        rust: "std::net::TcpListener::bind; socket2 for SO_REUSEPORT and IPV6_V6ONLY (set_reuse_port, set_only_v6)",
        related: &[
            "has_dualstack_ipv6",
            "socket.bind",
            "socket.listen",
            "socket.accept",
        ],
        shows: "sockref create_server",
        ..FUNCTION
    },
    Entry {
        name: "has_dualstack_ipv6",
        signature: "has_dualstack_ipv6()",
        does: "Tells whether an AF_INET6 stream socket can clear IPV6_V6ONLY, so that one listener serves IPv4 and IPv6 clients.",
        returns: "True or False",
        c: "socket(2), setsockopt(2) with IPV6_V6ONLY",
        rust: "socket2::Socket::set_only_v6(false) on an AF_INET6 socket, and check the result",
        related: &["create_server", "has_ipv6"],
        shows: "sockref has_dualstack_ipv6",
        ..FUNCTION
    },
    Entry {
        name: "fromfd",
        signature: "fromfd(fd, family, type, proto=0)",
        does: "Makes a socket object of a duplicate of an open descriptor of this process; the family and type given are believed, not checked.",
        returns: "a socket object on a dup() of fd",
        raises: &[Raise {
            class: "OSError (EBADF)",
            when: "fd is not open",
        }],
        c: "dup(2)",
        rust: "BorrowedFd::try_clone_to_owned, then socket2::Socket::from(OwnedFd): a duplicate, as Python makes; TcpStream::from_raw_fd (unsafe) takes the descriptor itself",
        related: &["socket", "dup"],
        shows: "sockref sockopt --connected",
        ..FUNCTION
    },
];

/// Byte order, address conversion, timeouts, control messages and descriptors.
pub const CONVERSIONS: &[Entry] = &[
    Entry {
        name: "htons",
        signature: "htons(x)",
        does: "Converts a 16-bit integer from host to network byte order (big-endian): on a little-endian host it swaps the two bytes.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "htons(3)",
        rust: "u16::to_be (x.to_be()), or u16::to_be_bytes",
        related: &["ntohs", "htonl"],
        shows: "sockref byteorder 9999",
        ..FUNCTION
    },
    Entry {
        name: "htonl",
        signature: "htonl(x)",
        does: "Converts a 32-bit integer from host to network byte order.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "htonl(3)",
        rust: "u32::to_be",
        related: &["ntohl", "htons"],
        shows: "sockref htonl 1",
        ..FUNCTION
    },
    Entry {
        name: "ntohs",
        signature: "ntohs(x)",
        does: "Converts a 16-bit integer from network to host byte order; the same swap as htons.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "ntohs(3)",
        rust: "u16::from_be",
        related: &["htons"],
        shows: "sockref ntohs 3879",
        ..FUNCTION
    },
    Entry {
        name: "ntohl",
        signature: "ntohl(x)",
        does: "Converts a 32-bit integer from network to host byte order.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "ntohl(3)",
        rust: "u32::from_be",
        related: &["htonl"],
        shows: "sockref ntohl 16777216",
        ..FUNCTION
    },
    Entry {
        name: "inet_aton",
        signature: "inet_aton(ip_string)",
        does: "Packs an IPv4 address in any of the old forms (127.1, 0x7f.1, 2130706433) into 4 bytes.",
        returns: "4 bytes in network order",
        raises: &[BAD_ADDRESS],
        c: "inet_aton(3)",
        rust: "std::net::Ipv4Addr::from_str takes only the dotted-quad form; octets() gives the bytes",
        related: &["inet_ntoa", "inet_pton"],
        shows: "sockref inet 127.1",
        ..FUNCTION
    },
    Entry {
        name: "inet_ntoa",
        signature: "inet_ntoa(packed_ip)",
        does: "Writes 4 packed bytes as a dotted-quad IPv4 address.",
        returns: "a string",
        raises: &[Raise {
            class: "OSError",
            when: "not exactly 4 bytes",
        }],
        c: "inet_ntoa(3)",
        rust: "std::net::Ipv4Addr::from(bytes).to_string()",
        related: &["inet_aton", "inet_ntop"],
        shows: "sockref inet_ntoa 7f000001",
        ..FUNCTION
    },
    Entry {
        name: "inet_pton",
        signature: "inet_pton(address_family, ip_string)",
        does: "Packs an address of AF_INET (dotted quad only) or AF_INET6 into its bytes.",
        returns: "4 or 16 bytes in network order",
        raises: &[
            BAD_ADDRESS,
            Raise {
                class: "OSError (EAFNOSUPPORT)",
                when: "another family",
            },
        ],
        c: "inet_pton(3)",
        rust: "std::net::Ipv4Addr / Ipv6Addr::from_str, then octets()",
        related: &["inet_ntop", "inet_aton"],
        shows: "sockref inet ::1",
        ..FUNCTION
    },
    Entry {
        name: "inet_ntop",
        signature: "inet_ntop(address_family, packed_ip)",
        does: "Writes packed bytes as an address of the family, in its canonical text (RFC 5952 for IPv6).",
        returns: "a string",
        raises: &[Raise {
            class: "ValueError",
            when: "the wrong number of bytes for the family, or a family other than AF_INET and AF_INET6 (inet_pton raises OSError EAFNOSUPPORT there)",
        }],
        c: "inet_ntop(3)",
        rust: "std::net::IpAddr::from(bytes).to_string()",
        related: &["inet_pton"],
        shows: "sockref inet_ntop AF_INET6 00000000000000000000000000000001",
        ..FUNCTION
    },
    Entry {
        name: "getdefaulttimeout",
        signature: "getdefaulttimeout()",
        does: "Returns the timeout new socket objects start with: process-wide state of the module, None (block for ever) until setdefaulttimeout changes it.",
        returns: "a float of seconds, or None",
        c: "none: Python's own state",
        rust: "none: Rust sockets have no process-wide default; set_read_timeout and set_write_timeout per socket",
        related: &["setdefaulttimeout", "socket.settimeout"],
        shows: "sockref connect localhost 22 --timeout 2",
        ..FUNCTION
    },
    Entry {
        name: "setdefaulttimeout",
        signature: "setdefaulttimeout(timeout)",
        does: "Sets the timeout of every socket object created afterwards in this process (and of those the standard library creates). It changes no existing socket and does not bound name resolution. sockref has no such state: --timeout bounds each of its commands.",
        returns: "None",
        raises: &[Raise {
            class: "ValueError",
            when: "a negative timeout",
        }],
        c: "none: Python's own state",
        rust: "none: set timeouts per socket",
        related: &["getdefaulttimeout", "socket.settimeout"],
        shows: "sockref create_connection localhost 22 --timeout 0.5",
        ..FUNCTION
    },
    Entry {
        name: "has_ipv6",
        signature: "has_ipv6",
        does: "A constant, not a function: whether this Python was built with IPv6 support. It says nothing of whether the host has an IPv6 address or the kernel allows IPv6 sockets; sockref's has_ipv6 asks the kernel.",
        returns: "True or False",
        c: "none: a build-time fact of Python",
        rust: "try socket2::Socket::new(Domain::IPV6, ...) and see",
        related: &["has_dualstack_ipv6"],
        shows: "sockref has_ipv6",
        ..FUNCTION
    },
    Entry {
        name: "CMSG_LEN",
        signature: "CMSG_LEN(length)",
        does: "The value for cmsg_len of a control message carrying length bytes of data: the header plus the data, without trailing padding.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "CMSG_LEN(3)",
        rust: "libc::CMSG_LEN (unsafe); nix::cmsg_space! for buffers",
        related: &["CMSG_SPACE", "socket.sendmsg", "SCM_*"],
        shows: "sockref CMSG_LEN 4",
        ..FUNCTION
    },
    Entry {
        name: "CMSG_SPACE",
        signature: "CMSG_SPACE(length)",
        does: "The buffer room a control message of length data bytes takes, padding included: what to add up for recvmsg's ancbufsize.",
        returns: "an integer",
        raises: &[OVERFLOW],
        c: "CMSG_SPACE(3)",
        rust: "libc::CMSG_SPACE (unsafe); nix::cmsg_space!",
        related: &["CMSG_LEN", "socket.recvmsg"],
        shows: "sockref CMSG_SPACE 4",
        ..FUNCTION
    },
    Entry {
        name: "send_fds",
        signature: "send_fds(sock, buffers, fds, flags=0, address=None); Python 3.11 ignores flags and address",
        does: "Sends data and open file descriptors over an AF_UNIX socket: the descriptors travel in an SCM_RIGHTS control message and arrive as new descriptors in the receiver.",
        blocks: "Like sendmsg: while the send buffer is full, within the socket's timeout.",
        returns: "the number of bytes sent",
        raises: &[
            Raise {
                class: "OSError (EINVAL)",
                when: "more than 253 descriptors in one message (SCM_MAX_FD); on a socket that is not AF_UNIX the descriptors are dropped without an error",
            },
            Raise {
                class: "OSError (ETOOMANYREFS)",
                when: "too many descriptors in flight",
            },
        ],
        c: "sendmsg(2) with SCM_RIGHTS, unix(7)",
        rust: "nix::sys::socket::sendmsg with ControlMessage::ScmRights; std's UnixStream has no fd passing on stable",
        related: &["recv_fds", "socket.sendmsg", "socketpair"],
        shows: "sockref send_fds",
        ..FUNCTION
    },
    Entry {
        name: "recv_fds",
        signature: "recv_fds(sock, bufsize, maxfds, flags=0); Python 3.11 ignores flags",
        does: "Receives data and up to maxfds descriptors sent with send_fds.",
        blocks: "Like recvmsg: until something arrives, within the socket's timeout.",
        returns: "(data, list of descriptors, msg_flags, address)",
        raises: &[Raise {
            class: "OSError",
            when: "the receive fails (MSG_CTRUNC in msg_flags when descriptors did not fit)",
        }],
        c: "recvmsg(2) with SCM_RIGHTS",
        rust: "nix::sys::socket::recvmsg with cmsg_space!([RawFd; N])",
        related: &["send_fds", "socket.recvmsg"],
        shows: "sockref recv_fds",
        ..FUNCTION
    },
    Entry {
        name: "close",
        signature: "close(fd)",
        does: "Closes a socket descriptor given as an integer, as os.close does for files.",
        returns: "None",
        raises: &[Raise {
            class: "OSError (EBADF)",
            when: "fd is not open",
        }],
        c: "close(2)",
        rust: "drop the OwnedFd or socket; nix::unistd::close",
        related: &["socket.close", "dup"],
        shows: "sockref echo --trace",
        ..FUNCTION
    },
    Entry {
        name: "dup",
        signature: "dup(fd)",
        does: "Duplicates a socket descriptor given as an integer: a second descriptor for the same socket.",
        returns: "the new descriptor",
        raises: &[Raise {
            class: "OSError (EBADF, EMFILE)",
            when: "fd is not open, or no descriptor is left",
        }],
        c: "dup(2)",
        rust: "OwnedFd::try_clone; socket2::Socket::try_clone",
        related: &["socket.dup", "fromfd", "close"],
        shows: "sockref sockopt",
        ..FUNCTION
    },
];

//! errno values of Linux and, for those that socket programs meet, the calls that return
//! them and why they usually happen. The numbers' messages come from the platform at run
//! time (strerror(3)). Man page sections are Linux's.

use crate::reference::ConstantGroup;

/// errno values of Linux, errno(3), in numeric order; aliases after their first name.
pub const ERRNO: ConstantGroup = ConstantGroup {
    prefix: "",
    members: members![
        libc::EPERM {
            calls: &["socket", "bind", "connect", "send", "sendto", "setsockopt"],
            cause: "The process lacks a capability the call needs: a raw or packet socket \
                    without CAP_NET_RAW, a privileged option without CAP_NET_ADMIN. A local \
                    firewall rule that rejects outgoing packets also shows up as EPERM on \
                    connect and send.",
        },
        libc::ENOENT {
            calls: &["connect", "sendto", "bind"],
            cause: "A unix socket path does not exist: no server has bound it, or it was \
                    removed (connect, sendto), or a directory on the path to bind is missing.",
        },
        libc::ESRCH,
        libc::EINTR {
            calls: &[
                "accept", "connect", "recv", "recvfrom", "send", "sendto", "poll"
            ],
            cause: "A signal handler ran while the call was blocked. Retry it (Python does, PEP \
                    475); SA_RESTART restarts most calls, but not socket calls with a timeout \
                    set (signal(7)). An interrupted connect goes on in the background.",
        },
        libc::EIO,
        libc::ENXIO,
        libc::E2BIG,
        libc::ENOEXEC,
        libc::EBADF {
            calls: &[
                "accept",
                "bind",
                "close",
                "connect",
                "getsockopt",
                "listen",
                "recv",
                "send",
                "setsockopt",
                "shutdown",
            ],
            cause: "The descriptor is not open: it was closed already (a double close, or \
                    another thread closed it) or was never valid.",
        },
        libc::ECHILD,
        libc::EAGAIN {
            calls: &["accept", "connect", "recv", "recvfrom", "send", "sendto"],
            cause: "A non-blocking socket has nothing to do right now: no data to read, no room \
                    in the send buffer, no connection waiting to be accepted. Wait with \
                    poll/select/epoll and try again. A blocking socket with SO_RCVTIMEO or \
                    SO_SNDTIMEO returns it when that timeout expires.",
        },
        libc::EWOULDBLOCK,
        libc::ENOMEM {
            calls: &["socket", "accept", "send", "recv", "setsockopt"],
            cause: "The kernel could not allocate memory for the socket or the message: the \
                    system is short of memory.",
        },
        libc::EACCES {
            calls: &["socket", "bind", "connect", "sendto"],
            cause: "bind to a port below net.ipv4.ip_unprivileged_port_start (1024) without \
                    CAP_NET_BIND_SERVICE; a unix socket path whose directory or file the \
                    process may not search or write; sendto a broadcast address without \
                    SO_BROADCAST; or a security module (SELinux, AppArmor) said no.",
        },
        libc::EFAULT {
            calls: &[
                "accept",
                "bind",
                "connect",
                "getsockopt",
                "recv",
                "send",
                "setsockopt"
            ],
            cause: "A pointer argument points outside the process's memory: a bad buffer or \
                    sockaddr pointer in C, or an address length larger than the buffer behind \
                    it. Memory-safe languages rarely see it.",
        },
        libc::ENOTBLK,
        libc::EBUSY,
        libc::EEXIST,
        libc::EXDEV,
        libc::ENODEV {
            calls: &["setsockopt"],
            cause: "SO_BINDTODEVICE or a multicast option named an interface this host does not \
                    have.",
        },
        libc::ENOTDIR,
        libc::EISDIR,
        libc::EINVAL {
            calls: &[
                "accept",
                "bind",
                "connect",
                "getsockopt",
                "listen",
                "sendto",
                "setsockopt",
                "shutdown",
            ],
            cause: "An argument does not fit this socket: bind on a socket that is already \
                    bound, accept on a socket that is not listening, an address length wrong \
                    for the family, an unknown shutdown mode, or an option value of the wrong \
                    size.",
        },
        libc::ENFILE {
            calls: &["socket", "accept", "socketpair"],
            cause: "The whole system is out of open-file slots (fs.file-max), not only this \
                    process.",
        },
        libc::EMFILE {
            calls: &["socket", "accept", "socketpair"],
            cause: "This process has used all the descriptors it may open (RLIMIT_NOFILE, \
                    `ulimit -n`): usually sockets that are never closed, or a busy server with \
                    a low limit. A server that gets it from accept should back off, not spin.",
        },
        libc::ENOTTY,
        libc::ETXTBSY,
        libc::EFBIG,
        libc::ENOSPC {
            calls: &["bind"],
            cause: "bind of a unix socket creates a file, and the file system has no space or \
                    inodes left for it.",
        },
        libc::ESPIPE,
        libc::EROFS {
            calls: &["bind"],
            cause: "bind of a unix socket creates a file, and the directory is on a read-only \
                    file system.",
        },
        libc::EMLINK,
        libc::EPIPE {
            calls: &["send", "sendto", "sendmsg", "write"],
            cause: "Writing to a stream whose sending side is shut: the peer closed (and reset) \
                    the connection, shutdown(SHUT_WR) was called here, or the socket never \
                    connected. The process also gets SIGPIPE unless it ignores it or passes \
                    MSG_NOSIGNAL (send(2)); Python ignores SIGPIPE and raises BrokenPipeError.",
        },
        libc::EDOM,
        libc::ERANGE,
        libc::EDEADLK,
        libc::EDEADLOCK,
        libc::ENAMETOOLONG {
            calls: &["bind", "connect"],
            cause: "A unix socket path, or one of its parts, is too long for the file system. A \
                    path longer than sun_path (108 bytes on Linux, unix(7)) cannot be passed at \
                    all: Python refuses it with \"AF_UNIX path too long\".",
        },
        libc::ENOLCK,
        libc::ENOSYS,
        libc::ENOTEMPTY,
        libc::ELOOP {
            calls: &["bind", "connect"],
            cause: "Following the unix socket path met too many symbolic links, usually a loop \
                    of them.",
        },
        libc::ENOMSG,
        libc::EIDRM,
        libc::ECHRNG,
        libc::EL2NSYNC,
        libc::EL3HLT,
        libc::EL3RST,
        libc::ELNRNG,
        libc::EUNATCH,
        libc::ENOCSI,
        libc::EL2HLT,
        libc::EBADE,
        libc::EBADR,
        libc::EXFULL,
        libc::ENOANO,
        libc::EBADRQC,
        libc::EBADSLT,
        libc::EBFONT,
        libc::ENOSTR,
        libc::ENODATA,
        libc::ETIME,
        libc::ENOSR,
        libc::ENONET,
        libc::ENOPKG,
        libc::EREMOTE,
        libc::ENOLINK,
        libc::EADV,
        libc::ESRMNT,
        libc::ECOMM,
        libc::EPROTO {
            calls: &["accept", "recv"],
            cause: "A protocol error on the connection. accept(2) may pass it on from a pending \
                    connection whose setup failed; a server should treat it like EAGAIN and \
                    accept again.",
        },
        libc::EMULTIHOP,
        libc::EDOTDOT,
        libc::EBADMSG,
        libc::EOVERFLOW,
        libc::ENOTUNIQ,
        libc::EBADFD,
        libc::EREMCHG,
        libc::ELIBACC,
        libc::ELIBBAD,
        libc::ELIBSCN,
        libc::ELIBMAX,
        libc::ELIBEXEC,
        libc::EILSEQ,
        libc::ERESTART,
        libc::ESTRPIPE,
        libc::EUSERS,
        libc::ENOTSOCK {
            calls: &[
                "accept",
                "bind",
                "connect",
                "getsockopt",
                "listen",
                "recv",
                "send",
                "setsockopt",
                "shutdown",
            ],
            cause: "The descriptor is open but is not a socket: a file, a pipe, or a number \
                    that was closed and reused for something else.",
        },
        libc::EDESTADDRREQ {
            calls: &["send", "sendmsg", "write"],
            cause: "send on a datagram socket that has no peer: give the destination with \
                    sendto, or connect the socket first.",
        },
        libc::EMSGSIZE {
            calls: &["send", "sendto", "sendmsg"],
            cause: "A datagram too large to go in one piece: above what the protocol carries \
                    (65,507 bytes of UDP payload over IPv4), above the path MTU with \
                    IP_MTU_DISCOVER set to do, or above the send buffer of a unix datagram \
                    socket. Stream sockets never return it.",
        },
        libc::EPROTOTYPE {
            calls: &["connect", "socket"],
            cause: "The socket type does not match the protocol or the peer; most often connect \
                    on a unix socket to a path bound by a socket of another type (a SOCK_STREAM \
                    client and a SOCK_DGRAM server).",
        },
        libc::ENOPROTOOPT {
            calls: &["getsockopt", "setsockopt"],
            cause: "No option with that number exists at that level, or the running kernel does \
                    not know it yet. (An option of another protocol, such as TCP_NODELAY on a \
                    UDP socket, gives EOPNOTSUPP on Linux.)",
        },
        libc::EPROTONOSUPPORT {
            calls: &["socket", "socketpair"],
            cause: "The protocol does not exist for this family and type (socket(AF_INET, \
                    SOCK_DGRAM, IPPROTO_TCP)), or the kernel lacks it (SCTP without its \
                    module).",
        },
        libc::ESOCKTNOSUPPORT {
            calls: &["socket", "socketpair"],
            cause: "The family has no socket of that type: SOCK_SEQPACKET for AF_INET, for \
                    example.",
        },
        libc::EOPNOTSUPP {
            calls: &[
                "accept",
                "listen",
                "recv",
                "send",
                "getsockopt",
                "setsockopt",
                "socketpair",
            ],
            cause: "The operation does not exist for this kind of socket: listen or accept on a \
                    datagram socket, a flag such as MSG_OOB the protocol lacks, an option of \
                    another protocol (TCP_NODELAY on UDP), socketpair for AF_INET.",
        },
        libc::ENOTSUP,
        libc::EPFNOSUPPORT,
        libc::EAFNOSUPPORT {
            calls: &["socket", "bind", "connect", "sendto", "socketpair"],
            cause: "The address family is not available (IPv6 disabled, a family whose module \
                    is not loaded), or the sockaddr passed is of another family than the socket \
                    (an IPv4 address given to an AF_INET6 socket's bind).",
        },
        libc::EADDRINUSE {
            calls: &["bind", "listen", "connect"],
            cause: "Another socket already holds that local address and port: a server still \
                    running, or connections of an earlier run in TIME_WAIT. SO_REUSEADDR lets a \
                    listener bind over TIME_WAIT, SO_REUSEPORT lets sockets share the port. For \
                    a unix socket the path exists already: unlink it before bind.",
        },
        libc::EADDRNOTAVAIL {
            calls: &["bind", "connect", "sendto"],
            cause: "bind to an address no interface of this host has (a typo, an address that \
                    is gone, an IPv6 address still in duplicate detection), unless IP_FREEBIND \
                    is set; or connect found no free ephemeral port \
                    (net.ipv4.ip_local_port_range used up, often by short connections in \
                    TIME_WAIT).",
        },
        libc::ENETDOWN {
            calls: &["connect", "send", "sendto", "recv"],
            cause: "The interface that the route goes through is down.",
        },
        libc::ENETUNREACH {
            calls: &["connect", "send", "sendto"],
            cause: "No route leads to the destination's network: no default route, no address \
                    of that family configured (IPv6 with only a link-local address), or a \
                    router answered ICMP network unreachable.",
        },
        libc::ENETRESET {
            calls: &["recv", "send"],
            cause: "The network dropped the connection while it was in use. Linux reports a \
                    connection that keepalive found dead as ETIMEDOUT, so it rarely returns \
                    this.",
        },
        libc::ECONNABORTED {
            calls: &["accept"],
            cause: "A connection was reset by its client after the handshake but before accept \
                    took it from the queue; accept again.",
        },
        libc::ECONNRESET {
            calls: &["recv", "send", "read", "write", "connect"],
            cause: "The peer reset the connection (RST): it closed with unread data, crashed or \
                    was killed, or closed with SO_LINGER set to 0; a firewall or NAT that \
                    forgot the connection does the same. Data sent but not yet read by the peer \
                    is lost.",
        },
        libc::ENOBUFS {
            calls: &["socket", "send", "sendto", "connect", "setsockopt"],
            cause: "The kernel has no buffer space for the socket or the packet: a full queue \
                    (datagrams sent faster than the interface takes them) or socket memory \
                    limits reached (net.core.*mem, net.ipv4.tcp_mem). Send slower or try later.",
        },
        libc::EISCONN {
            calls: &["connect", "sendto"],
            cause: "The socket is connected already: connect called again (after a non-blocking \
                    connect completed), or sendto with an address on a connected stream socket.",
        },
        libc::ENOTCONN {
            calls: &["recv", "getpeername", "shutdown", "send"],
            cause: "The call needs a connected socket and this one is not, or no longer: recv \
                    or getpeername before connect finished or after it failed, shutdown of a \
                    socket that never connected.",
        },
        libc::ESHUTDOWN {
            calls: &["send", "sendto"],
            cause: "Sending after the sending side was shut down with shutdown(2). Linux \
                    reports this as EPIPE for TCP and unix sockets, so it is rare there.",
        },
        libc::ETOOMANYREFS,
        libc::ETIMEDOUT {
            calls: &["connect", "recv", "send"],
            cause: "The peer never answered: connect's SYNs went unanswered (a firewall that \
                    drops, a host that is off), or an established connection's retransmissions \
                    or keepalive probes went unacknowledged (tcp_retries2, TCP_USER_TIMEOUT). \
                    Python's own socket timeouts raise TimeoutError without an errno instead.",
        },
        libc::ECONNREFUSED {
            calls: &["connect", "recv", "send"],
            cause: "Nothing listens on that address and port: the peer answered the SYN with a \
                    reset (or a firewall rejected with tcp-reset). A unix socket path whose \
                    server is gone gives it too. On a connected UDP socket, an ICMP port \
                    unreachable for an earlier datagram shows up on a later send or recv.",
        },
        libc::EHOSTDOWN {
            calls: &["connect", "send", "sendto"],
            cause: "The destination host is known to be down. Linux rarely uses it for IP (it \
                    reports EHOSTUNREACH); some drivers, Bluetooth and the BSDs do.",
        },
        libc::EHOSTUNREACH {
            calls: &["connect", "send", "sendto", "recv"],
            cause: "The host cannot be reached: it did not answer ARP or neighbour discovery on \
                    the local link, a router sent ICMP host unreachable, or a firewall rejected \
                    with icmp-host-prohibited. A missing route gives ENETUNREACH instead.",
        },
        libc::EALREADY {
            calls: &["connect"],
            cause: "A non-blocking connect on this socket is still in progress. Wait until the \
                    socket is writable and read SO_ERROR rather than calling connect again.",
        },
        libc::EINPROGRESS {
            calls: &["connect"],
            cause: "A non-blocking connect has started and not finished; this is the normal \
                    answer. Wait until the socket is writable (poll, select), then read \
                    SO_ERROR for the outcome (connect(2)). Python's connect_ex returns it.",
        },
        libc::ESTALE,
        libc::EUCLEAN,
        libc::ENOTNAM,
        libc::ENAVAIL,
        libc::EISNAM,
        libc::EREMOTEIO,
        libc::EDQUOT,
        libc::ENOMEDIUM,
        libc::EMEDIUMTYPE,
        libc::ECANCELED,
        libc::ENOKEY,
        libc::EKEYEXPIRED,
        libc::EKEYREVOKED,
        libc::EKEYREJECTED,
        libc::EOWNERDEAD,
        libc::ENOTRECOVERABLE,
        libc::ERFKILL,
        libc::EHWPOISON,
    ],
};

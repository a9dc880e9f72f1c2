//! The methods of socket objects, named `socket.NAME`: a socket's life, options and
//! timeouts; sending and receiving are in [`super::transfer`].

use super::{BLANK, Entry, Kind, Raise};

pub(super) const METHOD: Entry = Entry {
    kind: Kind::Method,
    ..BLANK
};

/// How a blocking call waits, said once for the calls that wait for the peer.
pub(super) const WAITS: &str = "Yes, in blocking mode: until the peer or the kernel lets it finish. With settimeout(t) it raises TimeoutError after t seconds; in non-blocking mode (setblocking(False), or timeout 0) it raises BlockingIOError (EAGAIN) at once instead of waiting.";

pub(super) const BLOCKED: Raise = Raise {
    class: "BlockingIOError (EAGAIN)",
    when: "non-blocking and nothing can be done now",
};
pub(super) const TIMED_OUT: Raise = Raise {
    class: "TimeoutError",
    when: "the socket's timeout passed first",
};
pub(super) const RESET: Raise = Raise {
    class: "ConnectionResetError (ECONNRESET)",
    when: "the peer reset the connection",
};
pub(super) const PIPE: Raise = Raise {
    class: "BrokenPipeError (EPIPE)",
    when: "the connection is shut down for writing, or the peer is gone",
};
pub(super) const NOT_CONNECTED: Raise = Raise {
    class: "OSError (ENOTCONN)",
    when: "the socket is not connected",
};

/// The life of a socket: addresses, connections, options, timeouts and descriptors.
pub const METHODS: &[Entry] = &[
    Entry {
        name: "socket.bind",
        signature: "socket.bind(address)",
        does: "Gives the socket its local address: (host, port) for AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a path or an abstract name for AF_UNIX. Port 0 lets the kernel choose.",
        returns: "None",
        raises: &[
            Raise {
                class: "OSError (EADDRINUSE)",
                when: "another socket holds the address (see SO_REUSEADDR, SO_REUSEPORT)",
            },
            Raise {
                class: "OSError (EADDRNOTAVAIL)",
                when: "the address is not one of this host's",
            },
            Raise {
                class: "PermissionError (EACCES)",
                when: "a port below 1024 without CAP_NET_BIND_SERVICE",
            },
        ],
        c: "bind(2)",
        rust: "std::net::TcpListener::bind, UdpSocket::bind; socket2::Socket::bind",
        related: &["socket.listen", "socket.getsockname", "SO_*"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.listen",
        signature: "socket.listen(backlog=<default>)",
        does: "Makes a stream socket a listener: the kernel completes handshakes on its own and queues up to backlog connections (capped by net.core.somaxconn) until accept() takes them.",
        blocks: "No.",
        returns: "None",
        raises: &[Raise {
            class: "OSError (EOPNOTSUPP)",
            when: "a datagram socket",
        }],
        c: "listen(2)",
        rust: "std::net::TcpListener::bind listens with a backlog of 128; socket2::Socket::listen(backlog)",
        related: &["socket.accept", "socket.bind", "create_server"],
        shows: "sockref backlog 4",
        ..METHOD
    },
    Entry {
        name: "socket.accept",
        signature: "socket.accept()",
        does: "Takes the next completed connection from a listener's queue.",
        blocks: WAITS,
        returns: "(a new socket for the connection, the client's address)",
        raises: &[
            BLOCKED,
            TIMED_OUT,
            Raise {
                class: "OSError (EMFILE)",
                when: "the process has no descriptor left",
            },
        ],
        c: "accept4(2)",
        rust: "std::net::TcpListener::accept; socket2::Socket::accept",
        related: &["socket.listen", "socket.connect"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.connect",
        signature: "socket.connect(address)",
        does: "Connects to a remote address: for TCP the three-way handshake; for UDP it only fixes the peer, so send() needs no address and only that peer's datagrams arrive.",
        blocks: WAITS,
        returns: "None",
        raises: &[
            Raise {
                class: "ConnectionRefusedError (ECONNREFUSED)",
                when: "nothing listens there",
            },
            TIMED_OUT,
            Raise {
                class: "BlockingIOError (EINPROGRESS)",
                when: "non-blocking: the handshake goes on; poll for writability, then read SO_ERROR",
            },
            Raise {
                class: "OSError (ENETUNREACH, EHOSTUNREACH)",
                when: "no route",
            },
        ],
        c: "connect(2)",
        rust: "std::net::TcpStream::connect, connect_timeout; UdpSocket::connect; socket2::Socket::connect",
        related: &["socket.connect_ex", "create_connection", "socket.accept"],
        shows: "sockref connect localhost 22",
        ..METHOD
    },
    Entry {
        name: "socket.connect_ex",
        signature: "socket.connect_ex(address)",
        does: "connect() that returns the error code instead of raising it: 0 on success, an errno such as ECONNREFUSED or EINPROGRESS otherwise.",
        blocks: WAITS,
        returns: "an errno value, 0 for success",
        raises: &[Raise {
            class: "socket.gaierror",
            when: "the host needs resolving and cannot be resolved (that still raises)",
        }],
        c: "connect(2)",
        rust: "match on the io::Error of TcpStream::connect (raw_os_error())",
        related: &["socket.connect"],
        shows: "sockref connect localhost 9",
        ..METHOD
    },
    Entry {
        name: "socket.shutdown",
        signature: "socket.shutdown(how)",
        does: "Ends one or both directions of a connection without closing the descriptor: SHUT_WR sends FIN, so the peer reads end of file while this side can still receive.",
        blocks: "No.",
        returns: "None",
        raises: &[NOT_CONNECTED],
        c: "shutdown(2)",
        rust: "std::net::TcpStream::shutdown(Shutdown::Write)",
        related: &["socket.close", "SHUT_*"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.close",
        signature: "socket.close()",
        does: "Releases the socket; the connection ends once no other descriptor (dup, fork) refers to it. Unsent data still goes out unless SO_LINGER says otherwise.",
        blocks: "Only with SO_LINGER set and a timeout: until the data is sent or the linger time passes.",
        returns: "None",
        c: "close(2)",
        rust: "drop the socket",
        related: &["socket.shutdown", "socket.detach", "close"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.detach",
        signature: "socket.detach()",
        does: "Gives up the socket object's hold on its descriptor without closing it; the object is closed, the descriptor stays open.",
        returns: "the descriptor",
        c: "none: Python's own bookkeeping",
        rust: "std::os::fd::IntoRawFd::into_raw_fd",
        related: &["socket.fileno", "fromfd"],
        shows: "sockref sockopt",
        ..METHOD
    },
    Entry {
        name: "socket.dup",
        signature: "socket.dup()",
        does: "A second socket object on a duplicate of the descriptor: the same socket, the same options.",
        returns: "a socket object",
        raises: &[Raise {
            class: "OSError (EMFILE)",
            when: "no descriptor is left",
        }],
        c: "dup(2)",
        rust: "TcpStream::try_clone; socket2::Socket::try_clone",
        related: &["dup", "fromfd"],
        shows: "sockref sockopt",
        ..METHOD
    },
    Entry {
        name: "socket.getpeername",
        signature: "socket.getpeername()",
        does: "The remote address of a connected socket.",
        returns: "an address tuple (or path for AF_UNIX)",
        raises: &[NOT_CONNECTED],
        c: "getpeername(2)",
        rust: "TcpStream::peer_addr; socket2::Socket::peer_addr",
        related: &["socket.getsockname", "socket.connect"],
        shows: "sockref connect localhost 22",
        ..METHOD
    },
    Entry {
        name: "socket.getsockname",
        signature: "socket.getsockname()",
        does: "The socket's own address: the port the kernel chose for port 0, the source address picked for a connection.",
        returns: "an address tuple (or path for AF_UNIX)",
        c: "getsockname(2)",
        rust: "TcpListener::local_addr, TcpStream::local_addr; socket2::Socket::local_addr",
        related: &["socket.getpeername", "socket.bind"],
        shows: "sockref connect localhost 22",
        ..METHOD
    },
    Entry {
        name: "socket.getsockopt",
        signature: "socket.getsockopt(level, optname, buflen=0)",
        does: "Reads a socket option: an integer, or with buflen the raw bytes of a structure (struct linger, struct timeval).",
        returns: "an integer, or bytes when buflen is given",
        raises: &[Raise {
            class: "OSError (ENOPROTOOPT)",
            when: "the option does not exist at that level for this socket",
        }],
        c: "getsockopt(2)",
        rust: "socket2's typed getters (recv_buffer_size, tcp_nodelay, keepalive, ...); nix::sys::socket::getsockopt",
        related: &["socket.setsockopt", "SO_*", "SOL_*"],
        shows: "sockref getsockopt inet stream SOL_SOCKET SO_RCVBUF",
        ..METHOD
    },
    Entry {
        name: "socket.setsockopt",
        signature: "socket.setsockopt(level, optname, value) / setsockopt(level, optname, None, optlen)",
        does: "Sets a socket option from an integer or the bytes of a structure. The kernel may adjust the value (SO_RCVBUF is doubled); read it back to see.",
        returns: "None",
        raises: &[
            Raise {
                class: "OSError (ENOPROTOOPT)",
                when: "no such option at that level",
            },
            Raise {
                class: "OSError (EINVAL)",
                when: "a value the option refuses",
            },
            Raise {
                class: "PermissionError (EPERM)",
                when: "an option that needs privilege (SO_RCVBUFFORCE, SO_MARK)",
            },
        ],
        c: "setsockopt(2)",
        rust: "socket2's typed setters (set_recv_buffer_size, set_tcp_nodelay, set_keepalive); nix::sys::socket::setsockopt",
        related: &["socket.getsockopt", "SO_*", "TCP_*"],
        shows: "sockref sockopt --set SO_RCVBUF=65536",
        ..METHOD
    },
    Entry {
        name: "socket.settimeout",
        signature: "socket.settimeout(value)",
        does: "Sets how long blocking calls of this socket may wait: None blocks for ever, 0 makes it non-blocking, a positive number raises TimeoutError after that many seconds. Python implements it with a non-blocking descriptor and poll().",
        returns: "None",
        raises: &[Raise {
            class: "ValueError",
            when: "a negative timeout",
        }],
        c: "ioctl(2) FIONBIO and poll(2), done by Python",
        rust: "TcpStream::set_read_timeout and set_write_timeout (SO_RCVTIMEO, SO_SNDTIMEO); connect_timeout for connect",
        related: &[
            "socket.gettimeout",
            "socket.setblocking",
            "setdefaulttimeout",
        ],
        shows: "sockref connect localhost 22 --timeout 1",
        ..METHOD
    },
    Entry {
        name: "socket.gettimeout",
        signature: "socket.gettimeout()",
        does: "The socket's timeout: None for blocking, 0.0 for non-blocking, else seconds.",
        returns: "a float or None",
        c: "none: Python's own state",
        rust: "TcpStream::read_timeout",
        related: &["socket.settimeout", "socket.getblocking"],
        shows: "sockref connect localhost 22 --timeout 1",
        ..METHOD
    },
    Entry {
        name: "socket.setblocking",
        signature: "socket.setblocking(flag)",
        does: "setblocking(False) is settimeout(0.0): calls that cannot finish at once raise BlockingIOError. setblocking(True) is settimeout(None).",
        returns: "None",
        c: "ioctl(2) FIONBIO",
        rust: "TcpStream::set_nonblocking; socket2::Socket::set_nonblocking",
        related: &["socket.getblocking", "socket.settimeout"],
        shows: "sockref const SOCK_NONBLOCK",
        ..METHOD
    },
    Entry {
        name: "socket.getblocking",
        signature: "socket.getblocking()",
        does: "False when the socket is non-blocking or has a timeout (its descriptor is then non-blocking), True when it blocks for ever.",
        returns: "True or False",
        c: "none: from Python's timeout",
        rust: "socket2::Socket::nonblocking",
        related: &["socket.setblocking"],
        shows: "sockref const SOCK_NONBLOCK",
        ..METHOD
    },
    Entry {
        name: "socket.fileno",
        signature: "socket.fileno()",
        does: "The socket's descriptor, -1 once closed: for select, poll or another library.",
        returns: "an integer",
        c: "none: the descriptor itself",
        rust: "std::os::fd::AsRawFd::as_raw_fd",
        related: &["socket.detach", "fromfd"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.makefile",
        signature: "socket.makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None)",
        does: "A file object over the socket, for line-by-line reading and buffered writing; the socket's timeout still applies (it must not be non-blocking).",
        blocks: WAITS,
        returns: "a file object (io.BufferedReader, TextIOWrapper, ...)",
        raises: &[TIMED_OUT],
        c: "none: Python's io layer over recv(2) and send(2)",
        rust: "std::io::BufReader::new(&stream).lines(), BufWriter::new(&stream)",
        related: &["socket.recv", "socket.sendall"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.get_inheritable",
        signature: "socket.get_inheritable()",
        does: "Whether the descriptor survives exec into a child program (its close-on-exec flag is clear). Python makes sockets non-inheritable (SOCK_CLOEXEC).",
        returns: "True or False",
        c: "fcntl(2) F_GETFD, FD_CLOEXEC",
        rust: "nix::fcntl::fcntl(fd, F_GETFD); std creates sockets with SOCK_CLOEXEC too",
        related: &["socket.set_inheritable"],
        shows: "sockref const SOCK_CLOEXEC",
        ..METHOD
    },
    Entry {
        name: "socket.set_inheritable",
        signature: "socket.set_inheritable(inheritable)",
        does: "Sets whether the descriptor survives exec (clears or sets close-on-exec), to hand a socket to a child program.",
        returns: "None",
        c: "ioctl(2) FIOCLEX and FIONCLEX (fcntl(2) F_SETFD where those fail)",
        rust: "nix::fcntl::fcntl(fd, F_SETFD(FdFlag::empty()))",
        related: &["socket.get_inheritable", "fromfd"],
        shows: "sockref const SOCK_CLOEXEC",
        ..METHOD
    },
];

//! The exceptions the module raises: its own three, and the OSError subclasses Python picks
//! by errno (PEP 3151).

use super::{BLANK, Entry, Kind};

const EXCEPTION: Entry = Entry {
    kind: Kind::Exception,
    blocks: "Not a call: raised by the calls that fail.",
    returns: "not a call",
    ..BLANK
};

/// An OSError subclass that Python raises for the errno values given.
const fn subclass(
    name: &'static str,
    signature: &'static str,
    does: &'static str,
    c: &'static str,
    rust: &'static str,
    shows: &'static str,
) -> Entry {
    Entry {
        name,
        signature,
        does,
        c,
        rust,
        related: &["OSError"],
        shows,
        ..EXCEPTION
    }
}

pub const EXCEPTIONS: &[Entry] = &[
    Entry {
        name: "OSError",
        signature: "OSError(errno, strerror[, filename]); socket.error is the same class",
        does: "What a failed system call raises: .errno holds the code (ECONNREFUSED, ...) and .strerror the platform's message. Python raises a subclass for some codes (ConnectionRefusedError for ECONNREFUSED, ...), which `except OSError` still catches. Lookups that find nothing (getservbyname) raise it without an errno.",
        c: "errno(3), strerror(3)",
        rust: "std::io::Error, with raw_os_error() and kind() (ErrorKind::ConnectionRefused, ...); nix::errno::Errno",
        related: &[
            "herror",
            "gaierror",
            "timeout",
            "ConnectionRefusedError",
            "BlockingIOError",
        ],
        shows: "sockref errno ECONNREFUSED",
        ..EXCEPTION
    },
    Entry {
        name: "herror",
        signature: "socket.herror(h_errno, message)",
        does: "Raised by gethostbyname_ex and gethostbyaddr when the resolver fails: .errno is the h_errno code (HOST_NOT_FOUND 1, TRY_AGAIN 2, NO_RECOVERY 3, NO_DATA 4), the message hstrerror's. A subclass of OSError.",
        c: "hstrerror(3)",
        rust: "no std equivalent: the resolver crates have their own errors",
        related: &["gaierror", "gethostbyaddr", "OSError"],
        shows: "sockref errno --kind herror --list",
        ..EXCEPTION
    },
    Entry {
        name: "gaierror",
        signature: "socket.gaierror(eai_code, message)",
        does: "Raised by getaddrinfo, getnameinfo and the calls built on them: .errno is the EAI_* code (negative on glibc: EAI_NONAME -2, EAI_AGAIN -3), the message gai_strerror's. A subclass of OSError.",
        c: "gai_strerror(3)",
        rust: "std::io::Error from to_socket_addrs (its message carries gai_strerror's words)",
        related: &["getaddrinfo", "EAI_*", "herror", "OSError"],
        shows: "sockref errno EAI_NONAME",
        ..EXCEPTION
    },
    Entry {
        name: "timeout",
        signature: "socket.timeout: another name of TimeoutError since Python 3.10",
        does: "Raised when a socket with a timeout (settimeout, setdefaulttimeout) waited that long without finishing. Before 3.10 a separate subclass of OSError.",
        c: "none: Python's poll() ran out; the kernel's own is ETIMEDOUT",
        rust: "io::ErrorKind::TimedOut (connect_timeout), WouldBlock or TimedOut after set_read_timeout",
        related: &["TimeoutError", "socket.settimeout"],
        shows: "sockref connect localhost 22 --timeout 1",
        ..EXCEPTION
    },
    subclass(
        "BlockingIOError",
        "BlockingIOError: EAGAIN, EWOULDBLOCK, EALREADY, EINPROGRESS",
        "A non-blocking socket could not finish the call now (no data, full buffer) or a connect is still in progress.",
        "errno(3): EAGAIN, EINPROGRESS",
        "io::ErrorKind::WouldBlock",
        "sockref errno EAGAIN",
    ),
    subclass(
        "ConnectionRefusedError",
        "ConnectionRefusedError: ECONNREFUSED",
        "The peer answered the connection attempt with a reset: nothing listens at that port (or a firewall rejects).",
        "errno(3): ECONNREFUSED",
        "io::ErrorKind::ConnectionRefused",
        "sockref errno ECONNREFUSED",
    ),
    subclass(
        "ConnectionResetError",
        "ConnectionResetError: ECONNRESET",
        "The peer reset an established connection: it closed with unread data, crashed, or used SO_LINGER 0.",
        "errno(3): ECONNRESET",
        "io::ErrorKind::ConnectionReset",
        "sockref errno ECONNRESET",
    ),
    subclass(
        "ConnectionAbortedError",
        "ConnectionAbortedError: ECONNABORTED",
        "The connection was aborted on this side: rare on Linux (a socket destroyed with ss -K, for one); on the BSDs, a connection reset while it waited in the accept queue.",
        "errno(3): ECONNABORTED",
        "io::ErrorKind::ConnectionAborted",
        "sockref errno ECONNABORTED",
    ),
    subclass(
        "BrokenPipeError",
        "BrokenPipeError: EPIPE, ESHUTDOWN",
        "A write on a connection that is shut down for writing or whose peer is gone (Python ignores SIGPIPE, so the call raises instead).",
        "errno(3): EPIPE",
        "io::ErrorKind::BrokenPipe",
        "sockref errno EPIPE",
    ),
    subclass(
        "TimeoutError",
        "TimeoutError: ETIMEDOUT, and Python's own timeouts",
        "The kernel gave up (TCP retransmissions, keepalive probes unanswered: ETIMEDOUT) or a socket timeout ran out.",
        "errno(3): ETIMEDOUT",
        "io::ErrorKind::TimedOut",
        "sockref errno ETIMEDOUT",
    ),
    subclass(
        "InterruptedError",
        "InterruptedError: EINTR",
        "A signal arrived during the call. Python retries such calls itself (PEP 475) unless the handler raises.",
        "errno(3): EINTR",
        "io::ErrorKind::Interrupted (std retries in read_exact, write_all)",
        "sockref errno EINTR",
    ),
    subclass(
        "PermissionError",
        "PermissionError: EACCES, EPERM",
        "Not allowed: a privileged port, a raw socket, an option that needs a capability, a unix socket path without permission.",
        "errno(3): EACCES, EPERM",
        "io::ErrorKind::PermissionDenied",
        "sockref errno EACCES",
    ),
    subclass(
        "FileNotFoundError",
        "FileNotFoundError: ENOENT",
        "A unix socket path that does not exist, on connect.",
        "errno(3): ENOENT",
        "io::ErrorKind::NotFound",
        "sockref errno ENOENT",
    ),
];

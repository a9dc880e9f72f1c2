//! The module's lookups: the resolver (names and addresses), the services and protocols
//! databases, the host's name and its interfaces.

use super::functions::{FUNCTION, OVERFLOW};
use super::{Entry, Raise};

const GAI: Raise = Raise {
    class: "socket.gaierror (EAI_*)",
    when: "the resolver failed: EAI_NONAME for a name that does not exist, EAI_AGAIN when no server answered in time, EAI_SERVICE for an unknown service",
};

const HERROR: Raise = Raise {
    class: "socket.herror (h_errno)",
    when: "the resolver found no such host (HOST_NOT_FOUND) or could not ask (TRY_AGAIN)",
};

const NOT_FOUND: Raise = Raise {
    class: "OSError",
    when: "the database has no such entry (no errno: \"service/proto not found\")",
};

/// The resolver's blocking, said once.
const RESOLVER_BLOCKS: &str = "Yes: it may ask DNS servers and wait for them (resolv.conf's timeout and attempts, not the socket timeout, bound the wait). Python releases the GIL while it waits; nothing in the module can cancel it.";

pub const LOOKUPS: &[Entry] = &[
    Entry {
        name: "getaddrinfo",
        signature: "getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)",
        does: "Translates a host and a port (names or numbers) into the socket addresses to connect or bind to, sorted by the system's preference (RFC 6724 and /etc/gai.conf).",
        blocks: RESOLVER_BLOCKS,
        returns: "a list of (family, type, proto, canonname, sockaddr) tuples",
        raises: &[
            GAI,
            Raise {
                class: "UnicodeError",
                when: "a name that IDNA cannot encode",
            },
        ],
        c: "getaddrinfo(3)",
        rust: "std::net::ToSocketAddrs ((host, port).to_socket_addrs()); nix::sys::socket has none, the dns-lookup crate wraps getaddrinfo",
        related: &[
            "getnameinfo",
            "gethostbyname",
            "create_connection",
            "AI_*",
            "EAI_*",
            "gaierror",
        ],
        shows: "sockref getaddrinfo localhost https",
        ..FUNCTION
    },
    Entry {
        name: "getnameinfo",
        signature: "getnameinfo(sockaddr, flags)",
        does: "Translates a socket address back into a host and a service, by asking the resolver for the address's name (PTR in DNS) unless NI_NUMERICHOST.",
        blocks: RESOLVER_BLOCKS,
        returns: "a (host, port) tuple of strings",
        raises: &[
            GAI,
            Raise {
                class: "OSError",
                when: "(EAI_NONAME) the sockaddr's host is a name, not a numeric address: Python never resolves it",
            },
        ],
        c: "getnameinfo(3)",
        rust: "the dns-lookup crate's getnameinfo; std has none",
        related: &["getaddrinfo", "gethostbyaddr", "NI_*"],
        shows: "sockref getnameinfo 127.0.0.1 80",
        ..FUNCTION
    },
    Entry {
        name: "gethostname",
        signature: "gethostname()",
        does: "Returns the name of this host as the kernel holds it (the UTS namespace's nodename).",
        returns: "a string",
        c: "gethostname(2)",
        rust: "nix::unistd::gethostname; the hostname crate",
        related: &["getfqdn", "sethostname"],
        shows: "sockref hostname",
        ..FUNCTION
    },
    Entry {
        name: "sethostname",
        signature: "sethostname(name)",
        does: "Sets this host's name (the UTS namespace's nodename); it needs CAP_SYS_ADMIN.",
        returns: "None",
        raises: &[Raise {
            class: "PermissionError (EPERM)",
            when: "without CAP_SYS_ADMIN in the UTS namespace",
        }],
        c: "sethostname(2)",
        rust: "nix::unistd::sethostname",
        related: &["gethostname"],
        shows: "sockref gethostname",
        ..FUNCTION
    },
    Entry {
        name: "getfqdn",
        signature: "getfqdn(name='')",
        does: "Finds a fully qualified name for name (this host when empty): the first name with a dot among gethostbyaddr's name and aliases, else gethostbyaddr's name; name itself only when that lookup fails.",
        blocks: RESOLVER_BLOCKS,
        returns: "a string; never raises for a name it cannot qualify",
        c: "gethostbyaddr(3) (glibc), after gethostname(2)",
        rust: "nothing in std; gethostname plus a resolver crate",
        related: &["gethostname", "gethostbyaddr"],
        shows: "sockref hostname",
        ..FUNCTION
    },
    Entry {
        name: "gethostbyname",
        signature: "gethostbyname(hostname)",
        does: "Resolves a name to one IPv4 address (the old interface: no IPv6).",
        blocks: RESOLVER_BLOCKS,
        returns: "an IPv4 address as a string",
        raises: &[GAI],
        c: "getaddrinfo(3) with AF_INET for a name; a numeric address is parsed without a lookup",
        rust: "(host, 0).to_socket_addrs() and keep the first V4",
        related: &["gethostbyname_ex", "getaddrinfo"],
        shows: "sockref gethostbyname localhost",
        ..FUNCTION
    },
    Entry {
        name: "gethostbyname_ex",
        signature: "gethostbyname_ex(hostname)",
        does: "Resolves a name to its canonical name, aliases and every IPv4 address.",
        blocks: RESOLVER_BLOCKS,
        returns: "a (name, aliaslist, addresslist) tuple",
        raises: &[GAI, HERROR],
        c: "gethostbyname_r(3)",
        rust: "nothing in std keeps the aliases; a resolver crate",
        related: &["gethostbyname", "gethostbyaddr"],
        shows: "sockref gethostbyname_ex localhost",
        ..FUNCTION
    },
    Entry {
        name: "gethostbyaddr",
        signature: "gethostbyaddr(ip_address)",
        does: "Finds the name, aliases and addresses of an address (a name is resolved first).",
        blocks: RESOLVER_BLOCKS,
        returns: "a (name, aliaslist, addresslist) tuple",
        raises: &[HERROR, GAI],
        c: "gethostbyaddr_r(3)",
        rust: "the dns-lookup crate's lookup_addr",
        related: &["getnameinfo", "getfqdn"],
        shows: "sockref reverse 127.0.0.1",
        ..FUNCTION
    },
    Entry {
        name: "getprotobyname",
        signature: "getprotobyname(protocolname)",
        does: "Looks a protocol name up in the protocols database (/etc/protocols).",
        returns: "the protocol number",
        raises: &[Raise {
            class: "OSError",
            when: "no such protocol (\"protocol not found\")",
        }],
        c: "getprotobyname(3)",
        rust: "nothing in std; libc::getprotobyname (unsafe, not thread-safe)",
        related: &["getservbyname", "IPPROTO_*"],
        shows: "sockref proto tcp",
        ..FUNCTION
    },
    Entry {
        name: "getservbyname",
        signature: "getservbyname(servicename, protocolname=None)",
        does: "Looks a service name up in the services database (/etc/services), for one protocol or the first that has it.",
        returns: "the port number, in host byte order",
        raises: &[NOT_FOUND],
        c: "getservbyname(3)",
        rust: "nothing in std; libc::getservbyname (unsafe, not thread-safe)",
        related: &["getservbyport", "getaddrinfo"],
        shows: "sockref service https",
        ..FUNCTION
    },
    Entry {
        name: "getservbyport",
        signature: "getservbyport(port, protocolname=None)",
        does: "Looks a port up in the services database.",
        returns: "the service name",
        raises: &[
            NOT_FOUND,
            Raise {
                class: "OverflowError",
                when: "port outside 0-65535",
            },
        ],
        c: "getservbyport(3)",
        rust: "nothing in std; libc::getservbyport (unsafe, not thread-safe)",
        related: &["getservbyname"],
        shows: "sockref service 443",
        ..FUNCTION
    },
    Entry {
        name: "if_nameindex",
        signature: "if_nameindex()",
        does: "Lists the network interfaces with their indexes.",
        returns: "a list of (index, name) tuples",
        raises: &[Raise {
            class: "OSError",
            when: "the list cannot be read",
        }],
        c: "if_nameindex(3)",
        rust: "nix::net::if_::if_nameindex",
        related: &["if_nametoindex", "if_indextoname"],
        shows: "sockref getaddrinfo fe80::1%1 80 --flags AI_NUMERICHOST",
        ..FUNCTION
    },
    Entry {
        name: "if_nametoindex",
        signature: "if_nametoindex(if_name)",
        does: "Finds an interface's index by its name, as a scope id for link-local IPv6 addresses.",
        returns: "an integer",
        raises: &[Raise {
            class: "OSError (no errno)",
            when: "no such interface",
        }],
        c: "if_nametoindex(3)",
        rust: "nix::net::if_::if_nametoindex",
        related: &["if_indextoname", "if_nameindex"],
        shows: "sockref getaddrinfo fe80::1%1 80 --flags AI_NUMERICHOST",
        ..FUNCTION
    },
    Entry {
        name: "if_indextoname",
        signature: "if_indextoname(if_index)",
        does: "Finds an interface's name by its index.",
        returns: "a string",
        raises: &[
            Raise {
                class: "OSError (ENXIO)",
                when: "no interface has that index",
            },
            OVERFLOW,
        ],
        c: "if_indextoname(3)",
        rust: "libc::if_indextoname",
        related: &["if_nametoindex"],
        shows: "sockref getnameinfo fe80::1%1 80 --flags NI_NUMERICHOST",
        ..FUNCTION
    },
];

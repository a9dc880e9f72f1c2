//! Name-resolution error codes in socket work: the EAI_* codes of getaddrinfo(3) and
//! getnameinfo(3) (Python's `socket.gaierror`) and the h_errno codes of gethostbyname(3)
//! and gethostbyaddr(3) (Python's `socket.herror`). Names are the first name of each code
//! in [`crate::reference::constants::EAI`] and [`crate::reference::constants::HERROR`].

use super::ErrorNote;

/// The calls of getaddrinfo_a(3), glibc's asynchronous resolver.
const ASYNC: &[&str] = &["gai_error", "gai_cancel", "gai_suspend"];

/// Notes for every EAI_* code glibc defines.
pub const EAI_NOTES: &[ErrorNote] = &[
    ErrorNote {
        name: "EAI_BADFLAGS",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "The flags hold a bit the library does not know, or a combination it refuses: \
                AI_CANONNAME without a host name, for example.",
    },
    ErrorNote {
        name: "EAI_NONAME",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "The name or service is not known (NXDOMAIN, absent from /etc/hosts), both host \
                and service are NULL, or AI_NUMERICHOST / AI_NUMERICSERV is set and the text \
                is not numeric. getnameinfo with NI_NAMEREQD gives it for an address without \
                a name.",
    },
    ErrorNote {
        name: "EAI_AGAIN",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "The resolver got no answer this time: the DNS server timed out or answered \
                SERVFAIL. The same question may work later.",
    },
    ErrorNote {
        name: "EAI_FAIL",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "A failure that asking again will not fix: the DNS server refused the query or \
                sent an answer that could not be used.",
    },
    ErrorNote {
        name: "EAI_NODATA",
        calls: &["getaddrinfo"],
        cause: "The name exists but has no address record of the kind asked for (no A or AAAA \
                record, only MX, say).",
    },
    ErrorNote {
        name: "EAI_FAMILY",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "The family is not one the call handles: getaddrinfo takes AF_UNSPEC, AF_INET \
                and AF_INET6 only; getnameinfo got a sockaddr of another family or with a \
                length that does not match it.",
    },
    ErrorNote {
        name: "EAI_SOCKTYPE",
        calls: &["getaddrinfo"],
        cause: "The socket type is unknown, or does not go with the protocol asked for \
                (SOCK_DGRAM with IPPROTO_TCP).",
    },
    ErrorNote {
        name: "EAI_SERVICE",
        calls: &["getaddrinfo"],
        cause: "The service is not known for the socket type asked for: a name missing from \
                /etc/services, one listed for another protocol only, or any service name with \
                SOCK_RAW.",
    },
    ErrorNote {
        name: "EAI_ADDRFAMILY",
        calls: &["getaddrinfo"],
        cause: "The host has no address in the family asked for: a numeric IPv6 address with \
                AF_INET, or the reverse (a glibc extension).",
    },
    ErrorNote {
        name: "EAI_MEMORY",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "The library could not allocate memory for the answer.",
    },
    ErrorNote {
        name: "EAI_SYSTEM",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "A system call inside the resolver failed, and errno says which; sockref shows \
                that errno next to the code. EMFILE (no descriptor left for the resolver's \
                socket) is a common one.",
    },
    ErrorNote {
        name: "EAI_OVERFLOW",
        calls: &["getnameinfo"],
        cause: "The host or service buffer given to getnameinfo is too small for the answer. \
                Python and sockref pass buffers of NI_MAXHOST bytes, so only C callers see it.",
    },
    ErrorNote {
        name: "EAI_INPROGRESS",
        calls: ASYNC,
        cause: "An asynchronous lookup started with getaddrinfo_a(3) has not finished yet.",
    },
    ErrorNote {
        name: "EAI_CANCELED",
        calls: ASYNC,
        cause: "The asynchronous lookup was cancelled with gai_cancel before it finished.",
    },
    ErrorNote {
        name: "EAI_NOTCANCELED",
        calls: &["gai_cancel"],
        cause: "gai_cancel could not cancel the lookup because it is already running.",
    },
    ErrorNote {
        name: "EAI_ALLDONE",
        calls: &["gai_cancel"],
        cause: "gai_cancel found nothing to cancel: the lookup had finished already.",
    },
    ErrorNote {
        name: "EAI_INTR",
        calls: &["gai_suspend"],
        cause: "A signal interrupted gai_suspend while it waited for asynchronous lookups.",
    },
    ErrorNote {
        name: "EAI_IDN_ENCODE",
        calls: &["getaddrinfo", "getnameinfo"],
        cause: "With AI_IDN or NI_IDN, the name could not be converted to or from its ASCII \
                (IDNA) form: it holds characters IDNA forbids.",
    },
];

/// Notes for every h_errno code glibc defines.
pub const HERROR_NOTES: &[ErrorNote] = &[
    ErrorNote {
        name: "NETDB_INTERNAL",
        calls: &["gethostbyname", "gethostbyname_r", "gethostbyaddr"],
        cause: "The failure was not the resolver's answer but a system error; errno says what \
                it was (a buffer too small for gethostbyname_r is ERANGE).",
    },
    ErrorNote {
        name: "NETDB_SUCCESS",
        calls: &[],
        cause: "No error: the value h_errno holds after a lookup that worked.",
    },
    ErrorNote {
        name: "HOST_NOT_FOUND",
        calls: &["gethostbyname", "gethostbyaddr"],
        cause: "The name is not known (NXDOMAIN, absent from every source nsswitch.conf \
                lists); for gethostbyaddr, the address has no PTR record or hosts entry.",
    },
    ErrorNote {
        name: "TRY_AGAIN",
        calls: &["gethostbyname", "gethostbyaddr"],
        cause: "A temporary failure: the DNS server timed out or answered SERVFAIL. The same \
                lookup may work later.",
    },
    ErrorNote {
        name: "NO_RECOVERY",
        calls: &["gethostbyname", "gethostbyaddr"],
        cause: "A failure that asking again will not fix: the server refused the query or its \
                answer could not be used.",
    },
    ErrorNote {
        name: "NO_DATA",
        calls: &["gethostbyname", "gethostbyaddr"],
        cause: "The name exists but has no address of the kind asked for (no A record for \
                gethostbyname; there may be AAAA or MX records only).",
    },
];

//! The codes of name resolution: the EAI_* codes of getaddrinfo(3) and getnameinfo(3)
//! (Python's `socket.gaierror`; gai_strerror(3) has their words) and the h_errno codes of
//! gethostbyname(3) and gethostbyaddr(3) (Python's `socket.herror`; hstrerror(3)), each
//! with the calls that return it and its usual cause.

use crate::reference::ConstantGroup;
use crate::sys::constants as headers;

/// The calls of getaddrinfo_a(3), glibc's asynchronous resolver.
const ASYNC: &[&str] = &["gai_error", "gai_cancel", "gai_suspend"];

/// getaddrinfo(3) and getnameinfo(3) error codes, every one glibc defines.
pub const EAI: ConstantGroup = ConstantGroup {
    prefix: "EAI",
    members: members![
        libc::EAI_BADFLAGS => "the flags in the hints are invalid" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "The flags hold a bit the library does not know, or a combination it \
                    refuses: AI_CANONNAME without a host name, for example.",
        },
        libc::EAI_NONAME => "the name or service is not known" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "The name or service is not known (NXDOMAIN, absent from /etc/hosts), both \
                    host and service are NULL, or AI_NUMERICHOST / AI_NUMERICSERV is set and \
                    the text is not numeric. getnameinfo with NI_NAMEREQD gives it for an \
                    address without a name.",
        },
        libc::EAI_AGAIN => "temporary failure of the name server: try again later" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "The resolver got no answer this time: the DNS server timed out or answered \
                    SERVFAIL. The same question may work later.",
        },
        libc::EAI_FAIL => "the name server failed for good" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "A failure that asking again will not fix: the DNS server refused the query \
                    or sent an answer that could not be used.",
        },
        libc::EAI_NODATA => "the name exists but has no address" {
            calls: &["getaddrinfo"],
            cause: "The name exists but has no address record of the kind asked for (no A or \
                    AAAA record, only MX, say).",
        },
        libc::EAI_FAMILY => "the address family is not supported" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "The family is not one the call handles: getaddrinfo takes AF_UNSPEC, \
                    AF_INET and AF_INET6 only; getnameinfo got a sockaddr of another family or \
                    with a length that does not match it.",
        },
        libc::EAI_SOCKTYPE => "the socket type is not supported" {
            calls: &["getaddrinfo"],
            cause: "The socket type is unknown, or does not go with the protocol asked for \
                    (SOCK_DGRAM with IPPROTO_TCP).",
        },
        libc::EAI_SERVICE => "the service is not offered for this socket type" {
            calls: &["getaddrinfo"],
            cause: "The service is not known for the socket type asked for: a name missing from \
                    /etc/services, one listed for another protocol only, or any service name \
                    with SOCK_RAW.",
        },
        headers::EAI_ADDRFAMILY => "the host has no address in the requested family" {
            calls: &["getaddrinfo"],
            cause: "The host has no address in the family asked for: a numeric IPv6 address \
                    with AF_INET, or the reverse (a glibc extension).",
        },
        libc::EAI_MEMORY => "out of memory" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "The library could not allocate memory for the answer.",
        },
        libc::EAI_SYSTEM => "a system error: errno says which" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "A system call inside the resolver failed, and errno says which; sockref \
                    shows that errno next to the code. EMFILE (no descriptor left for the \
                    resolver's socket) is a common one.",
        },
        libc::EAI_OVERFLOW => "a buffer given to getnameinfo was too small" {
            calls: &["getnameinfo"],
            cause: "The host or service buffer given to getnameinfo is too small for the \
                    answer. Python and sockref pass buffers of NI_MAXHOST bytes, so only C \
                    callers see it.",
        },
        headers::EAI_INPROGRESS => "getaddrinfo_a: the request is still running" {
            calls: ASYNC,
            cause: "An asynchronous lookup started with getaddrinfo_a(3) has not finished yet.",
        },
        headers::EAI_CANCELED => "getaddrinfo_a: the request was canceled" {
            calls: ASYNC,
            cause: "The asynchronous lookup was cancelled with gai_cancel before it finished.",
        },
        headers::EAI_NOTCANCELED => "getaddrinfo_a: the request could not be canceled" {
            calls: &["gai_cancel"],
            cause: "gai_cancel could not cancel the lookup because it is already running.",
        },
        headers::EAI_ALLDONE => "getaddrinfo_a: every request is done already" {
            calls: &["gai_cancel"],
            cause: "gai_cancel found nothing to cancel: the lookup had finished already.",
        },
        headers::EAI_INTR => "interrupted by a signal" {
            calls: &["gai_suspend"],
            cause: "A signal interrupted gai_suspend while it waited for asynchronous lookups.",
        },
        headers::EAI_IDN_ENCODE => "the name could not be converted to IDNA" {
            calls: &["getaddrinfo", "getnameinfo"],
            cause: "With AI_IDN or NI_IDN, the name could not be converted to or from its ASCII \
                    (IDNA) form: it holds characters IDNA forbids.",
        },
    ],
};

/// h_errno values of gethostbyname(3) and gethostbyaddr(3), every one glibc defines.
pub const HERROR: ConstantGroup = ConstantGroup {
    prefix: "",
    members: members![
        headers::NETDB_INTERNAL => "internal resolver error: errno says which" {
            calls: &["gethostbyname", "gethostbyname_r", "gethostbyaddr"],
            cause: "The failure was not the resolver's answer but a system error; errno says \
                    what it was (a buffer too small for gethostbyname_r is ERANGE).",
        },
        headers::NETDB_SUCCESS => "no error" {
            calls: &[],
            cause: "No error: the value h_errno holds after a lookup that worked.",
        },
        headers::HOST_NOT_FOUND => "the host is not known" {
            calls: &["gethostbyname", "gethostbyaddr"],
            cause: "The name is not known (NXDOMAIN, absent from every source nsswitch.conf \
                    lists); for gethostbyaddr, the address has no PTR record or hosts entry.",
        },
        headers::TRY_AGAIN => "temporary failure of the name server: try again later" {
            calls: &["gethostbyname", "gethostbyaddr"],
            cause: "A temporary failure: the DNS server timed out or answered SERVFAIL. The \
                    same lookup may work later.",
        },
        headers::NO_RECOVERY => "the name server failed for good" {
            calls: &["gethostbyname", "gethostbyaddr"],
            cause: "A failure that asking again will not fix: the server refused the query or \
                    its answer could not be used.",
        },
        headers::NO_DATA => "the name exists but has no address" {
            calls: &["gethostbyname", "gethostbyaddr"],
            cause: "The name exists but has no address of the kind asked for (no A record for \
                    gethostbyname; there may be AAAA or MX records only).",
        },
        headers::NO_ADDRESS => "another name of NO_DATA",
    ],
};

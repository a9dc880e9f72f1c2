//! The constants of the resolver functions: getaddrinfo(3) and getnameinfo(3) flags, their
//! error codes, and the h_errno codes of gethostbyname(3).

use super::{Constant, ConstantGroup};
use crate::sys::constants as headers;

/// getaddrinfo(3) flags.
pub const AI: ConstantGroup = ConstantGroup {
    prefix: "AI",
    members: members![
        libc::AI_PASSIVE => "with a NULL host, return the wildcard address, for bind()",
        libc::AI_CANONNAME => "put the canonical name in the first result",
        libc::AI_NUMERICHOST => "the host must be a numeric address: no name lookup",
        libc::AI_V4MAPPED => "with AF_INET6 and no IPv6 address, return IPv4 ones v4-mapped",
        libc::AI_ALL => "with AI_V4MAPPED, return IPv6 and v4-mapped IPv4 addresses",
        libc::AI_ADDRCONFIG => "only families this host has a non-loopback address in",
        headers::AI_IDN => "convert an internationalized host name to ASCII first (IDNA)",
        headers::AI_CANONIDN => "convert the canonical name back from IDNA",
        libc::AI_NUMERICSERV => "the service must be a port number: no services lookup",
    ],
};

/// getnameinfo(3) flags, and the buffer sizes that hold its answers.
pub const NI: ConstantGroup = ConstantGroup {
    prefix: "NI",
    members: members![
        libc::NI_NUMERICHOST => "return the numeric address, not a host name",
        libc::NI_NUMERICSERV => "return the port number, not a service name",
        libc::NI_NOFQDN => "return only the host part of names in the local domain",
        libc::NI_NAMEREQD => "fail with EAI_NONAME when the address has no name",
        libc::NI_DGRAM => "look the port up as a UDP service",
        libc::NI_IDN => "convert the returned name from IDNA to Unicode",
        libc::NI_MAXHOST => "buffer size that holds any host name (not a flag)",
        headers::NI_MAXSERV => "buffer size that holds any service name (not a flag)",
    ],
};

/// getaddrinfo(3) and getnameinfo(3) error codes; gai_strerror(3) has their words.
pub const EAI: ConstantGroup = ConstantGroup {
    prefix: "EAI",
    members: members![
        libc::EAI_BADFLAGS => "the flags in the hints are invalid",
        libc::EAI_NONAME => "the name or service is not known",
        libc::EAI_AGAIN => "temporary failure of the name server: try again later",
        libc::EAI_FAIL => "the name server failed for good",
        libc::EAI_NODATA => "the name exists but has no address",
        libc::EAI_FAMILY => "the address family is not supported",
        libc::EAI_SOCKTYPE => "the socket type is not supported",
        libc::EAI_SERVICE => "the service is not offered for this socket type",
        headers::EAI_ADDRFAMILY => "the host has no address in the requested family",
        libc::EAI_MEMORY => "out of memory",
        libc::EAI_SYSTEM => "a system error: errno says which",
        libc::EAI_OVERFLOW => "a buffer given to getnameinfo was too small",
        headers::EAI_INPROGRESS => "getaddrinfo_a: the request is still running",
        headers::EAI_CANCELED => "getaddrinfo_a: the request was canceled",
        headers::EAI_NOTCANCELED => "getaddrinfo_a: the request could not be canceled",
        headers::EAI_ALLDONE => "getaddrinfo_a: every request is done already",
        headers::EAI_INTR => "interrupted by a signal",
        headers::EAI_IDN_ENCODE => "the name could not be converted to IDNA",
    ],
};

/// h_errno values of gethostbyname(3) and gethostbyaddr(3).
pub const HERROR: ConstantGroup = ConstantGroup {
    prefix: "",
    members: members![
        headers::NETDB_INTERNAL => "internal resolver error: errno says which",
        headers::NETDB_SUCCESS => "no error",
        headers::HOST_NOT_FOUND => "the host is not known",
        headers::TRY_AGAIN => "temporary failure of the name server: try again later",
        headers::NO_RECOVERY => "the name server failed for good",
        headers::NO_DATA => "the name exists but has no address",
        headers::NO_ADDRESS => "another name of NO_DATA",
    ],
};

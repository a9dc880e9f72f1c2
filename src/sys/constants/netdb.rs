//! The constants of the resolver functions: getaddrinfo(3) and getnameinfo(3) flags, their
//! error codes, and the h_errno codes of gethostbyname(3).

use super::super::ffi;
use super::{Constant, ConstantGroup};

/// glibc's `EAI_ADDRFAMILY`, which the `libc` crate lacks.
pub const EAI_ADDRFAMILY: i32 = ffi::EAI_ADDRFAMILY;

/// h_errno codes of <netdb.h> that are not in `ffi`, and NO_ADDRESS, NO_DATA's other name.
const NETDB_INTERNAL: i32 = -1;
const NETDB_SUCCESS: i32 = 0;
const NO_ADDRESS: i32 = ffi::NO_DATA;

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
        ffi::AI_IDN => "convert an internationalized host name to ASCII first (IDNA)",
        ffi::AI_CANONIDN => "convert the canonical name back from IDNA",
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
        ffi::NI_MAXSERV => "buffer size that holds any service name (not a flag)",
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
        ffi::EAI_ADDRFAMILY => "the host has no address in the requested family",
        libc::EAI_MEMORY => "out of memory",
        libc::EAI_SYSTEM => "a system error: errno says which",
        libc::EAI_OVERFLOW => "a buffer given to getnameinfo was too small",
        ffi::EAI_INPROGRESS => "getaddrinfo_a: the request is still running",
        ffi::EAI_CANCELED => "getaddrinfo_a: the request was canceled",
        ffi::EAI_NOTCANCELED => "getaddrinfo_a: the request could not be canceled",
        ffi::EAI_ALLDONE => "getaddrinfo_a: every request is done already",
        ffi::EAI_INTR => "interrupted by a signal",
        ffi::EAI_IDN_ENCODE => "the name could not be converted to IDNA",
    ],
};

/// h_errno values of gethostbyname(3) and gethostbyaddr(3).
pub const HERROR: ConstantGroup = ConstantGroup {
    prefix: "",
    members: members![
        self::NETDB_INTERNAL => "internal resolver error: errno says which",
        self::NETDB_SUCCESS => "no error",
        ffi::HOST_NOT_FOUND => "the host is not known",
        ffi::TRY_AGAIN => "temporary failure of the name server: try again later",
        ffi::NO_RECOVERY => "the name server failed for good",
        ffi::NO_DATA => "the name exists but has no address",
        self::NO_ADDRESS => "another name of NO_DATA",
    ],
};

//! The flags of the resolver functions getaddrinfo(3) and getnameinfo(3); their error codes
//! are in [`crate::reference::errors::resolver`].

use crate::reference::ConstantGroup;
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

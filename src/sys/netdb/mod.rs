//! Safe wrappers over the name, address, service and protocol databases of <netdb.h>:
//! getaddrinfo(3) and getnameinfo(3) ([`addrinfo`]), gethostbyname2_r(3) and
//! gethostbyaddr_r(3) ([`hosts`]), getservbyname_r(3), getservent_r(3),
//! getprotobyname_r(3) and getprotoent_r(3) ([`databases`]).
//!
//! Names come back as [`Text`], the bytes the C library produced, because a hosts file or
//! a DNS answer need not be UTF-8. The reentrant `_r` variants are used so that lookups
//! can run on several threads at once.

mod addrinfo;
mod cstr;
mod databases;
mod hosts;

use std::ffi::CString;
use std::net::{IpAddr, SocketAddr};

use socket2::SockAddr;

use super::errors::{SysError, last_errno};
use crate::text::Text;

pub use addrinfo::{getaddrinfo, getnameinfo, numeric_host};
pub use databases::{
    ServiceRef, all_protocols, all_services, getprotobyname, getprotobynumber, getservbyname,
    getservbyport, services_where,
};
pub use hosts::{gethostbyaddr, gethostbyname2};

/// The largest buffer offered to a `_r` call before giving up with ERANGE.
const MAX_BUFFER: usize = 1 << 22;

/// The `hints` argument of getaddrinfo(3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub flags: i32,
}

/// One `struct addrinfo` of a getaddrinfo answer.
#[derive(Debug, Clone)]
pub struct AddrInfoEntry {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: Option<Text>,
    pub sockaddr: SockAddr,
}

/// A `struct hostent` copied out of the C library's buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub addresses: Vec<IpAddr>,
}

/// A `struct servent`: one line of services(5), port in host byte order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub port: u16,
    pub proto: Text,
}

/// A `struct protoent`: one line of protocols(5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub number: i32,
}

/// gethostname(2). Linux limits host names to 64 bytes (HOST_NAME_MAX); the buffer has
/// room for a NUL after that, so the answer is never truncated silently.
pub fn gethostname() -> Result<Text, SysError> {
    let mut buf = [0u8; 256];
    // SAFETY: buf is writable for its whole length, which is the length passed.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    Ok(cstr::until_nul(&buf))
}

/// Builds the socket address of an IP address and port (`sockaddr_in` or `sockaddr_in6`).
pub fn sockaddr_of(ip: IpAddr, port: u16) -> SockAddr {
    SockAddr::from(SocketAddr::new(ip, port))
}

/// A NUL-terminated C string as a `CString`, or `None` if `bytes` holds a NUL.
pub fn c_string(bytes: &[u8]) -> Option<CString> {
    CString::new(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_getaddrinfo_needs_no_resolver() {
        let host = c_string(b"127.0.0.1").unwrap_or_default();
        let hints = Hints {
            flags: libc::AI_NUMERICHOST,
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        };
        let entries = getaddrinfo(Some(&host), None, hints).unwrap_or_default();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].family, libc::AF_INET);
        assert_eq!(
            entries[0].sockaddr.as_socket(),
            Some("127.0.0.1:0".parse().unwrap_or_else(|_| unreachable!()))
        );
    }

    #[test]
    fn bad_flags_are_a_gai_error() {
        let host = c_string(b"x").unwrap_or_default();
        let hints = Hints {
            flags: 0xffff,
            ..Hints::default()
        };
        assert!(matches!(
            getaddrinfo(Some(&host), None, hints),
            Err(SysError::Gai {
                code: libc::EAI_BADFLAGS,
                ..
            })
        ));
    }

    #[test]
    fn tcp_is_protocol_6() {
        let tcp = c_string(b"tcp").unwrap_or_default();
        let entry = getprotobyname(&tcp).ok().flatten();
        assert_eq!(entry.map(|e| e.number), Some(6));
    }

    #[test]
    fn nul_bytes_are_refused() {
        assert!(c_string(b"a\0b").is_none());
    }
}

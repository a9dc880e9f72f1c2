//! Socket options as the mirrors and the verbs name, parse, set and read them: which
//! socket an option is asked of ([`SocketKind`]), option and constant names ([`names`]),
//! `--set` values ([`input`]), values in natural units ([`values`]) and reading the whole
//! table off one socket ([`read`]).

pub mod input;
pub mod names;
pub mod read;
pub mod values;

use crate::error::{Error, Result};
use crate::sys::SysError;
use crate::sys::socket::{self, Socket};

/// The socket a `sockopt` run asks about, resolved from its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocketKind {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
}

impl SocketKind {
    /// `AF_INET, SOCK_RAW, IPPROTO_ICMP`, for error lines.
    pub fn call_args(&self) -> String {
        format!(
            "{}, {}, {}",
            names::family_arg(self.family),
            names::socktype_arg(self.socktype),
            names::protocol_arg(self.proto)
        )
    }

    /// socket(2) for this kind, with the capability a raw socket lacks named in the error.
    pub fn open(&self) -> Result<Socket> {
        socket::open(self.family, self.socktype, self.proto).map_err(|e| self.socket_error(e))
    }

    /// The error of a failed socket(2) (or socketpair(2)) call for this kind.
    pub fn socket_error(&self, e: SysError) -> Error {
        let mut error = e.into_error("socket", &self.call_args(), "");
        let privileged = matches!(e, SysError::Errno(libc::EPERM | libc::EACCES))
            && self.socktype == libc::SOCK_RAW;
        if let (true, Error::Platform(p)) = (privileged, &mut error) {
            let message = &mut p.message;
            message.push_str(
                "; a raw socket needs CAP_NET_RAW (run as root, or grant the capability)",
            );
        }
        error
    }
}

/// Resolves `--family`, `--type` and `--proto`; a raw socket defaults to ICMP, because
/// socket(2) refuses protocol 0 for raw IP sockets (raw(7)).
pub fn socket_kind(family: &str, socktype: &str, proto: Option<&str>) -> Result<SocketKind> {
    let bad = |what: &str, text: &str, reason: String| {
        Error::input("socket", format!("{what}={text}"), reason)
    };
    let family_v = names::family(family).map_err(|r| bad("family", family, r))?;
    let type_v = names::socktype(socktype).map_err(|r| bad("type", socktype, r))?;
    let proto = match proto {
        Some(p) => names::protocol(p).map_err(|r| bad("proto", p, r))?,
        None if type_v == libc::SOCK_RAW && family_v == libc::AF_INET => libc::IPPROTO_ICMP,
        None if type_v == libc::SOCK_RAW && family_v == libc::AF_INET6 => libc::IPPROTO_ICMPV6,
        None => 0,
    };
    Ok(SocketKind {
        family: family_v,
        socktype: type_v,
        proto,
    })
}

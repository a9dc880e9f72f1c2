//! What the name functions take and return, in Python's shapes: a constant by its name
//! (`Symbol`), a socket address tuple, a getaddrinfo row, a hosts entry, a getnameinfo pair,
//! and the arguments of a getaddrinfo call.

use serde::Serialize;
use socket2::SockAddr;

use crate::reference::constants::{AF, AI, IPPROTO, SOCK};
use crate::socket_module::parse::flag_names;
use crate::socket_module::pyargs::{PyArg, call_args};
use crate::sys::inet;
use crate::sys::netdb::{self, Hints};
use crate::text::Text;

/// A constant shown by its symbolic name where the platform has one, else its number
/// (Python's `AddressFamily` and `SocketKind` enums behave the same way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Symbol {
    Name(&'static str),
    Number(i32),
}

impl Symbol {
    /// An address family by its `AF_*` name.
    pub(super) fn family(value: i32) -> Symbol {
        AF.name_of(value.into())
            .map_or(Symbol::Number(value), Symbol::Name)
    }

    /// A socket type by its `SOCK_*` name.
    pub(super) fn socktype(value: i32) -> Symbol {
        SOCK.name_of(value.into())
            .map_or(Symbol::Number(value), Symbol::Name)
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Symbol::Name(n) => f.write_str(n),
            Symbol::Number(n) => write!(f, "{n}"),
        }
    }
}

/// A socket address as Python returns it: `(address, port)` for IPv4 and
/// `(address, port, flowinfo, scope_id)` for IPv6, in JSON as an object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SockAddrView {
    pub address: Text,
    pub port: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flowinfo: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope_id: Option<u32>,
}

impl SockAddrView {
    /// The address text is inet_ntop's, without a `%scope` suffix: since Python 3.7
    /// (bpo-32221) the scope is given only as `scope_id`.
    pub fn of(addr: &SockAddr) -> SockAddrView {
        let ntop = |af: i32, packed: &[u8]| {
            inet::inet_ntop(af, packed).map_or_else(|_| Text::default(), |t| Text::from(t.as_str()))
        };
        match addr.as_socket() {
            Some(std::net::SocketAddr::V6(v6)) => SockAddrView {
                address: ntop(libc::AF_INET6, &v6.ip().octets()),
                port: v6.port(),
                flowinfo: Some(v6.flowinfo()),
                scope_id: Some(v6.scope_id()),
            },
            Some(std::net::SocketAddr::V4(v4)) => SockAddrView {
                address: ntop(libc::AF_INET, &v4.ip().octets()),
                port: v4.port(),
                flowinfo: None,
                scope_id: None,
            },
            None => SockAddrView {
                address: netdb::numeric_host(addr).unwrap_or_default(),
                port: 0,
                flowinfo: None,
                scope_id: None,
            },
        }
    }
}

/// One row of a getaddrinfo answer: `(family, type, proto, canonname, sockaddr)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddrInfoRow {
    pub family: Symbol,
    #[serde(rename = "type")]
    pub socktype: Symbol,
    pub proto: i32,
    pub canonname: Text,
    pub sockaddr: SockAddrView,
}

/// `(hostname, aliaslist, ipaddrlist)` of gethostbyname_ex and gethostbyaddr.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostEx {
    pub hostname: Text,
    pub aliaslist: Vec<Text>,
    pub ipaddrlist: Vec<String>,
}

/// `(host, port)` of getnameinfo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameInfo {
    pub host: Text,
    pub port: Text,
}

/// The arguments of a getaddrinfo call, with Python's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddrInfoQuery {
    pub host: Option<String>,
    pub port: Option<String>,
    pub hints: Hints,
}

impl AddrInfoQuery {
    /// The call's arguments as a mirror reports them; hints only where not zero, as
    /// keywords, the way one writes them in Python.
    pub fn args(&self) -> Vec<(&'static str, PyArg)> {
        let text = |v: &Option<String>| v.clone().map_or(PyArg::None, PyArg::Str);
        // Python passes an int port as its decimal text; show it as the int one writes.
        let port = match &self.port {
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => p
                .parse::<i128>()
                .map_or_else(|_| PyArg::Str(p.clone()), PyArg::Int),
            other => text(other),
        };
        let mut args = vec![("host", text(&self.host)), ("port", port)];
        let h = self.hints;
        let name = |s: Symbol| PyArg::Name(s.to_string());
        args.push(("family", name(Symbol::family(h.family))));
        args.push(("type", name(Symbol::socktype(h.socktype))));
        args.push((
            "proto",
            IPPROTO
                .name_of(h.protocol.into())
                .filter(|_| h.protocol != 0)
                .map_or(PyArg::Int(h.protocol.into()), |n| PyArg::Name(n.into())),
        ));
        args.push(("flags", PyArg::Name(flag_names(&AI, h.flags))));
        args
    }

    /// `"localhost", 80, family=AF_INET6`: the input part of an error line.
    pub fn input_text(&self) -> String {
        let args = self.args();
        let mut text = call_args(&args[..2]);
        let h = self.hints;
        for ((name, arg), value) in args[2..]
            .iter()
            .zip([h.family, h.socktype, h.protocol, h.flags])
        {
            if value != 0 {
                text.push_str(&format!(", {name}={arg}"));
            }
        }
        text
    }
}

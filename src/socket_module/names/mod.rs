//! The name and address functions of the socket module, as Python's socketmodule.c runs
//! them: getaddrinfo, gethostbyname (which is getaddrinfo with AF_INET underneath),
//! gethostbyname_ex and gethostbyaddr (which resolve their argument with getaddrinfo first,
//! then ask the hosts database), getnameinfo (which turns its numeric host into a socket
//! address with getaddrinfo and AI_NUMERICHOST), gethostname and getfqdn.
//!
//! Verbs and mirrors both call these; each blocking call runs under a deadline.

use std::net::IpAddr;
use std::time::Duration;

use socket2::SockAddr;

use super::parse::flag_names;
use super::pyargs::PyArg;
use crate::deadline::{self, Deadline};
use crate::error::{Error, ErrorKind, Result};
use crate::sys::netdb::{self, Hints};
use crate::text::Text;

mod shapes;

pub use shapes::{AddrInfoQuery, AddrInfoRow, HostEx, NameInfo, SockAddrView, Symbol};

/// getaddrinfo(host, port, family, type, proto, flags): every row, in the resolver's order.
pub fn getaddrinfo(query: &AddrInfoQuery, deadline: Deadline) -> Result<Vec<AddrInfoRow>> {
    let owned = query.clone();
    within(deadline, "getaddrinfo", query.input_text(), move || {
        getaddrinfo_blocking(&owned)
    })
}

/// [`getaddrinfo`] without a deadline, for callers that already run under one.
pub fn getaddrinfo_blocking(query: &AddrInfoQuery) -> Result<Vec<AddrInfoRow>> {
    let input = query.input_text();
    let host = optional_c_string("getaddrinfo", &input, query.host.as_deref())?;
    let port = optional_c_string("getaddrinfo", &input, query.port.as_deref())?;
    let entries = netdb::getaddrinfo(host.as_deref(), port.as_deref(), query.hints)
        .map_err(|e| e.into_error("getaddrinfo", &input, "no address"))?;
    Ok(entries
        .iter()
        .map(|e| AddrInfoRow {
            family: Symbol::family(e.family),
            socktype: Symbol::socktype(e.socktype),
            proto: e.protocol,
            canonname: e.canonname.clone().unwrap_or_default(),
            sockaddr: SockAddrView::of(&e.sockaddr),
        })
        .collect())
}

/// Runs `blocking` on a thread of its own until `deadline`: the whole of one call as the
/// user made it, however many libc calls it takes underneath. Past the deadline it is the
/// timeout error of `call` with `input`.
fn within<T, F>(deadline: Deadline, call: &str, input: String, blocking: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    deadline::call(deadline, blocking).ok_or_else(|| timed_out(call, &input, deadline.budget()))?
}

/// Python's `setipaddr`: the first address getaddrinfo gives for `name` in family `af`,
/// with its two special names. "" is the wildcard, getaddrinfo(NULL, "0", af,
/// AI_PASSIVE), which must be a single address: in AF_UNSPEC it is both 0.0.0.0 and ::,
/// and Python refuses it. "<broadcast>" is INADDR_BROADCAST.
fn first_address(call: &str, name: &str, af: i32) -> Result<Text> {
    if name == "<broadcast>" {
        return Ok(Text::from("255.255.255.255"));
    }
    let wildcard = name.is_empty();
    let query = AddrInfoQuery {
        host: (!wildcard).then(|| name.to_string()),
        port: wildcard.then(|| "0".to_string()),
        hints: Hints {
            family: af,
            socktype: if wildcard { libc::SOCK_DGRAM } else { 0 },
            flags: if wildcard { libc::AI_PASSIVE } else { 0 },
            ..Hints::default()
        },
    };
    let rows = getaddrinfo_blocking(&query).map_err(|e| rename_call(e, call, name))?;
    if wildcard && rows.len() > 1 {
        return Err(Error::input(
            call,
            PyArg::Str(String::new()).to_string(),
            "wildcard resolved to multiple address",
        ));
    }
    rows.into_iter()
        .next()
        .map(|row| row.sockaddr.address)
        .ok_or_else(|| {
            Error::not_found(call, PyArg::Str(name.to_string()).to_string(), "no address")
        })
}

/// The input part of an error line for a call with one string argument.
pub fn str_input(name: &str) -> String {
    PyArg::Str(name.to_string()).to_string()
}

/// gethostbyname(hostname): the first IPv4 address.
pub fn gethostbyname(name: &str, deadline: Deadline) -> Result<Text> {
    let owned = name.to_string();
    within(deadline, "gethostbyname", str_input(name), move || {
        first_address("gethostbyname", &owned, libc::AF_INET)
    })
}

/// gethostbyname_ex(hostname): the IPv4 hosts entry with aliases.
pub fn gethostbyname_ex(name: &str, deadline: Deadline) -> Result<HostEx> {
    const CALL: &str = "gethostbyname_ex";
    let owned = name.to_string();
    within(deadline, CALL, str_input(name), move || {
        first_address(CALL, &owned, libc::AF_INET)?;
        hostent_by_name_blocking(CALL, &owned, libc::AF_INET)
    })
}

/// The hosts entry of `name` in family `af` (gethostbyname2_r), for aliases, without a
/// deadline: callers run it under one.
pub fn hostent_by_name_blocking(call: &str, name: &str, af: i32) -> Result<HostEx> {
    let input = str_input(name);
    let c_name = c_string(call, &input, name)?;
    let entry = netdb::gethostbyname2(&c_name, af)
        .map_err(|e| e.into_error(call, &input, "host not found"))?;
    Ok(host_ex(entry))
}

/// gethostbyaddr(ip_address): the hosts entry of an address (a name is resolved first).
pub fn gethostbyaddr(ip_address: &str, deadline: Deadline) -> Result<HostEx> {
    let owned = ip_address.to_string();
    within(
        deadline,
        "gethostbyaddr",
        str_input(ip_address),
        move || gethostbyaddr_blocking(&owned),
    )
}

/// [`gethostbyaddr`] without a deadline: both of its libc calls, one after the other.
pub fn gethostbyaddr_blocking(ip_address: &str) -> Result<HostEx> {
    const CALL: &str = "gethostbyaddr";
    let input = str_input(ip_address);
    let address = first_address(CALL, ip_address, libc::AF_UNSPEC)?;
    let ip = parse_ip(&address).ok_or_else(|| {
        Error::input(
            CALL,
            input.clone(),
            format!("{address} is not an IP address"),
        )
    })?;
    let entry =
        netdb::gethostbyaddr(ip).map_err(|e| e.into_error(CALL, &input, "host not found"))?;
    Ok(host_ex(entry))
}

/// The input part of a getnameinfo error line.
pub fn nameinfo_input(host: &str, port: i32, flags: i32) -> String {
    format!("({}, {port}), {}", str_input(host), flag_names_ni(flags))
}

/// The flowinfo and scope_id of Python's 4-tuple sockaddr `(host, port, flowinfo,
/// scope_id)`; a 2-tuple `(host, port)` has none (zero for IPv6).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scope {
    pub flowinfo: u32,
    pub scope_id: u32,
}

/// getnameinfo(sockaddr, flags), as socketmodule.c makes it: the port goes to
/// getaddrinfo as decimal text without a range check (glibc keeps its low 16 bits), and
/// an IPv6 address gets the sockaddr's flowinfo and scope_id (zero for a 2-tuple), whatever
/// `%scope` the host text carried.
pub fn getnameinfo(
    host: &str,
    port: i32,
    flags: i32,
    scope: Option<Scope>,
    deadline: Deadline,
) -> Result<NameInfo> {
    let owned = host.to_string();
    within(
        deadline,
        "getnameinfo",
        nameinfo_input(host, port, flags),
        move || getnameinfo_blocking(&owned, port, flags, scope),
    )
}

/// [`getnameinfo`] without a deadline: both of its libc calls, one after the other.
pub fn getnameinfo_blocking(
    host: &str,
    port: i32,
    flags: i32,
    scope: Option<Scope>,
) -> Result<NameInfo> {
    const CALL: &str = "getnameinfo";
    let input = nameinfo_input(host, port, flags);
    let hints = Hints {
        socktype: libc::SOCK_DGRAM,
        flags: libc::AI_NUMERICHOST,
        ..Hints::default()
    };
    let host_c = c_string(CALL, &input, host)?;
    let port_c = c_string(CALL, &input, &port.to_string())?;
    let entries = netdb::getaddrinfo(Some(&host_c), Some(&port_c), hints)
        .map_err(|e| e.into_error(CALL, &input, ""))?;
    let addr = match entries.as_slice() {
        [one] => match one.sockaddr.as_socket() {
            Some(std::net::SocketAddr::V6(mut v6)) => {
                let scope = scope.unwrap_or_default();
                v6.set_flowinfo(scope.flowinfo);
                v6.set_scope_id(scope.scope_id);
                SockAddr::from(v6)
            }
            Some(std::net::SocketAddr::V4(_)) if scope.is_some() => {
                return Err(Error::input(CALL, input, "IPv4 sockaddr must be 2 tuple"));
            }
            _ => one.sockaddr.clone(),
        },
        [] => return Err(Error::input(CALL, input, "sockaddr resolved to no address")),
        _ => {
            return Err(Error::input(
                CALL,
                input,
                "sockaddr resolved to multiple addresses",
            ));
        }
    };
    let (host, port) =
        netdb::getnameinfo(&addr, flags).map_err(|e| e.into_error(CALL, &input, ""))?;
    Ok(NameInfo { host, port })
}

fn flag_names_ni(flags: i32) -> String {
    flag_names(&crate::reference::constants::NI, flags)
}

/// gethostname().
pub fn gethostname() -> Result<Text> {
    netdb::gethostname().map_err(|e| e.into_error("gethostname", "", ""))
}

/// getfqdn([name]), as Python's socket.py writes it: the first name containing a dot
/// among gethostbyaddr's hostname and aliases, else the hostname, else the name itself.
/// Python turns every error of gethostbyaddr into "the name itself"; missing the deadline
/// is not an answer, so that stays an error here.
pub fn getfqdn(name: Option<&str>, deadline: Deadline) -> Result<Text> {
    let owned = name.map(str::to_string);
    within(
        deadline,
        "getfqdn",
        str_input(name.unwrap_or("")),
        move || getfqdn_blocking(owned.as_deref()),
    )
}

/// [`getfqdn`] without a deadline.
pub fn getfqdn_blocking(name: Option<&str>) -> Result<Text> {
    let name = name.unwrap_or("").trim();
    let name = if name.is_empty() || name == "0.0.0.0" || name == "::" {
        gethostname()?
    } else {
        Text::from(name)
    };
    let as_str = String::from_utf8_lossy(name.as_bytes()).into_owned();
    Ok(fqdn_of(name, &as_str))
}

/// getfqdn's choice among the names gethostbyaddr gives for `name`.
fn fqdn_of(name: Text, as_str: &str) -> Text {
    let Ok(entry) = gethostbyaddr_blocking(as_str) else {
        return name;
    };
    let mut candidates = vec![entry.hostname.clone()];
    candidates.extend(entry.aliaslist);
    candidates
        .into_iter()
        .find(|n| n.as_bytes().contains(&b'.'))
        .unwrap_or(entry.hostname)
}

fn host_ex(entry: netdb::HostEntry) -> HostEx {
    HostEx {
        hostname: entry.name,
        aliaslist: entry.aliases,
        ipaddrlist: entry.addresses.iter().map(IpAddr::to_string).collect(),
    }
}

fn parse_ip(text: &Text) -> Option<IpAddr> {
    let s = std::str::from_utf8(text.as_bytes()).ok()?;
    // A scoped IPv6 address ("fe80::1%eth0") is looked up without its scope.
    s.split('%').next()?.parse().ok()
}

fn rename_call(error: Error, call: &str, name: &str) -> Error {
    // Only a resolver's own answer moves to the call the user made; an input error
    // already names the right call.
    let from_resolver = matches!(&error, Error::Timeout { .. })
        || error
            .as_platform()
            .is_some_and(|p| p.kind == ErrorKind::Gai);
    if from_resolver {
        error.renamed(call, &PyArg::Str(name.to_string()).to_string())
    } else {
        error
    }
}

/// The error of a call that missed its deadline.
pub fn timed_out(call: &str, input: &str, timeout: Duration) -> Error {
    Error::timeout(call, input, timeout)
}

/// `text` as a C string, or an input error naming the call when it holds a NUL byte.
pub fn c_string(call: &str, input: &str, text: &str) -> Result<std::ffi::CString> {
    netdb::c_string(text.as_bytes())
        .ok_or_else(|| Error::input(call, input, "embedded NUL byte in a string argument"))
}

fn optional_c_string(
    call: &str,
    input: &str,
    text: Option<&str>,
) -> Result<Option<std::ffi::CString>> {
    text.map(|t| c_string(call, input, t)).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_text_shows_only_nonzero_hints() {
        let q = AddrInfoQuery {
            host: Some("nosuch.invalid".into()),
            port: None,
            hints: Hints::default(),
        };
        assert_eq!(q.input_text(), "\"nosuch.invalid\", None");
        let q = AddrInfoQuery {
            hints: Hints {
                family: libc::AF_INET6,
                flags: libc::AI_CANONNAME,
                ..Hints::default()
            },
            ..q
        };
        assert_eq!(
            q.input_text(),
            "\"nosuch.invalid\", None, family=AF_INET6, flags=AI_CANONNAME"
        );
    }

    #[test]
    fn numeric_hosts_resolve_without_the_network() {
        let q = AddrInfoQuery {
            host: Some("::1".into()),
            port: Some("80".into()),
            hints: Hints {
                socktype: libc::SOCK_STREAM,
                ..Hints::default()
            },
        };
        let rows = getaddrinfo(&q, Deadline::after(Duration::from_secs(5))).unwrap_or_default();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].family, Symbol::Name("AF_INET6"));
        assert_eq!(rows[0].sockaddr.address, Text::from("::1"));
        assert_eq!(rows[0].sockaddr.flowinfo, Some(0));
    }

    #[test]
    fn the_wildcard_is_refused_where_it_has_two_families() {
        let t = Deadline::after(Duration::from_secs(5));
        assert!(gethostbyaddr("", t).is_err_and(|e| e.to_string().contains("wildcard")));
        assert_eq!(gethostbyname("", t).ok(), Some(Text::from("0.0.0.0")));
    }

    #[test]
    fn getnameinfo_takes_any_c_int_port_and_drops_the_scope() {
        let t = Deadline::after(Duration::from_secs(5));
        let numeric = libc::NI_NUMERICHOST | libc::NI_NUMERICSERV;
        let wrapped = getnameinfo("127.0.0.1", 65536 + 80, numeric, None, t).ok();
        assert_eq!(wrapped.map(|n| n.port), Some(Text::from("80")));
        let scoped = getnameinfo("fe80::1%1", 80, numeric, None, t).ok();
        assert_eq!(scoped.map(|n| n.host), Some(Text::from("fe80::1")));
    }
}

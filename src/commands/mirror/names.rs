//! The mirrors of the name and address functions: gethostbyname, gethostbyname_ex,
//! gethostbyaddr, getaddrinfo, getnameinfo, gethostname and getfqdn.

use std::time::Duration;

use super::{Mirror, s};
use crate::cli::{Command, GetaddrinfoArgs, GetnameinfoArgs};
use crate::code::Call;
use crate::deadline::Deadline;
use crate::error::{Error, Result};
use crate::reference::constants::{AF, AI, IPPROTO, NI, SOCK};
use crate::socket_module::names::{self, AddrInfoQuery, Scope};
use crate::socket_module::parse::{flag_names, parse_constant, parse_flags, parse_int};
use crate::socket_module::pyargs::PyArg;
use crate::sys::netdb::Hints;

/// The mirror of `command` if it is one of these functions.
///
/// `timeout` bounds the call as a whole, as one call from Python is one input: gethostbyaddr
/// of a name resolves it and then asks for its entry, both within it.
pub fn run(command: &Command, timeout: Duration) -> Option<Result<Mirror>> {
    mirror(command, Deadline::after(timeout)).transpose()
}

/// The call `command` makes if it is one of these functions, checked but not made.
pub fn call(command: &Command) -> Option<Result<Call>> {
    plan(command).transpose()
}

fn plan(command: &Command) -> Result<Option<Call>> {
    Ok(Some(match command {
        Command::Gethostbyname(a) => Call::new("gethostbyname", vec![("hostname", s(&a.hostname))]),
        Command::GethostbynameEx(a) => {
            Call::new("gethostbyname_ex", vec![("hostname", s(&a.hostname))])
        }
        Command::Gethostbyaddr(a) => {
            Call::new("gethostbyaddr", vec![("ip_address", s(&a.ip_address))])
        }
        Command::Getaddrinfo(a) => Call::new("getaddrinfo", addrinfo_query(a)?.args()),
        Command::Getnameinfo(a) => nameinfo_call(a, nameinfo_parts(a)?),
        Command::Gethostname(_) => Call::new("gethostname", vec![]),
        Command::Getfqdn(a) => Call::new(
            "getfqdn",
            vec![(
                "name",
                a.name.as_deref().map_or(PyArg::Str(String::new()), s),
            )],
        ),
        _ => return Ok(None),
    }))
}

fn mirror(command: &Command, t: Deadline) -> Result<Option<Mirror>> {
    let Some(call) = plan(command)? else {
        return Ok(None);
    };
    Ok(Some(match command {
        Command::Gethostbyname(a) => Mirror::of(call, names::gethostbyname(&a.hostname, t)?)?,
        Command::GethostbynameEx(a) => Mirror::of(call, names::gethostbyname_ex(&a.hostname, t)?)?,
        Command::Gethostbyaddr(a) => Mirror::of(call, names::gethostbyaddr(&a.ip_address, t)?)?,
        Command::Getaddrinfo(a) => Mirror::of(call, names::getaddrinfo(&addrinfo_query(a)?, t)?)?,
        Command::Getnameinfo(a) => {
            let (port, flags, scope) = nameinfo_parts(a)?;
            Mirror::of(call, names::getnameinfo(&a.host, port, flags, scope, t)?)?
        }
        Command::Gethostname(_) => Mirror::of(call, names::gethostname()?)?,
        Command::Getfqdn(a) => Mirror::of(call, names::getfqdn(a.name.as_deref(), t)?)?,
        _ => return Ok(None),
    }))
}

/// Python's None for a host or port: the word `None`.
fn none_or(text: &str) -> Option<String> {
    (text != "None").then(|| text.to_string())
}

/// The getaddrinfo call of the mirror's arguments, checked as Python checks them.
pub fn addrinfo_query(a: &GetaddrinfoArgs) -> Result<AddrInfoQuery> {
    let bad = |what: &str, value: &str, reason: String| {
        Error::input("getaddrinfo", format!("{what}={value}"), reason)
    };
    let hints = Hints {
        family: parse_constant(&AF, &a.family).map_err(|r| bad("family", &a.family, r))?,
        socktype: parse_constant(&SOCK, &a.socktype).map_err(|r| bad("type", &a.socktype, r))?,
        protocol: parse_constant(&IPPROTO, &a.proto).map_err(|r| bad("proto", &a.proto, r))?,
        flags: parse_flags(&AI, &a.flags).map_err(|r| bad("flags", &a.flags, r))?,
    };
    Ok(AddrInfoQuery {
        host: none_or(&a.host),
        port: none_or(&a.port),
        hints,
    })
}

/// The port, flags and 4-tuple part of a getnameinfo call, checked as Python checks them.
fn nameinfo_parts(a: &GetnameinfoArgs) -> Result<(i32, i32, Option<Scope>)> {
    let input = format!("(\"{}\", {}), {}", a.host, a.port, a.flags);
    let bad = |reason: String| Error::input("getnameinfo", input.clone(), reason);
    let flags = parse_flags(&NI, &a.flags).map_err(bad)?;
    // Python takes the port as a C int and leaves its range to getaddrinfo.
    let port = parse_int(&a.port)
        .ok()
        .and_then(|p| i32::try_from(p).ok())
        .ok_or_else(|| bad("port must fit a C int".into()))?;
    if a.flowinfo.is_none() && a.scope_id.is_none() {
        return Ok((port, flags, None));
    }
    let flowinfo = match a.flowinfo.as_deref() {
        None => 0,
        Some(text) => parse_int(text)
            .ok()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n <= 0xf_ffff)
            .ok_or_else(|| bad("flowinfo must be 0-1048575".into()))?,
    };
    let scope_id = match a.scope_id.as_deref() {
        None => 0,
        Some(text) => scope_id(text).map_err(bad)?,
    };
    Ok((port, flags, Some(Scope { flowinfo, scope_id })))
}

/// A scope_id given as an index or as an interface's name.
fn scope_id(text: &str) -> std::result::Result<u32, String> {
    match parse_int(text) {
        Ok(n) => {
            u32::try_from(n).map_err(|_| format!("scope_id {n} does not fit a C unsigned int"))
        }
        Err(_) => crate::socket_module::interfaces::if_nametoindex(text)
            .map_err(|_| format!("no interface called {text:?} for scope_id")),
    }
}

fn nameinfo_call(a: &GetnameinfoArgs, (port, flags, scope): (i32, i32, Option<Scope>)) -> Call {
    let sockaddr = match scope {
        None => PyArg::SockAddr(a.host.clone(), port),
        Some(scope) => PyArg::Tuple(vec![
            ("address", PyArg::Str(a.host.clone())),
            ("port", PyArg::Int(port.into())),
            ("flowinfo", PyArg::Int(scope.flowinfo.into())),
            ("scope_id", PyArg::Int(scope.scope_id.into())),
        ]),
    };
    Call::new(
        "getnameinfo",
        // By name, as getaddrinfo's flags are shown: `NI_NUMERICHOST|NI_NUMERICSERV`.
        vec![
            ("sockaddr", sockaddr),
            ("flags", PyArg::Name(flag_names(&NI, flags))),
        ],
    )
}

//! The mirrors of the name and address functions: gethostbyname, gethostbyname_ex,
//! gethostbyaddr, getaddrinfo, getnameinfo, gethostname and getfqdn.

use std::time::Duration;

use super::{Mirror, s};
use crate::cli::{Command, GetaddrinfoArgs, GetnameinfoArgs};
use crate::code::Call;
use crate::deadline::Deadline;
use crate::error::{Error, Result};
use crate::reference::constants::{AF, AI, IPPROTO, NI, SOCK};
use crate::socket_module::names::{self, AddrInfoQuery};
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
            let (port, flags) = nameinfo_parts(a)?;
            Mirror::of(call, names::getnameinfo(&a.host, port, flags, t)?)?
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

fn addrinfo_query(a: &GetaddrinfoArgs) -> Result<AddrInfoQuery> {
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

/// The port and flags of a getnameinfo call, checked as Python checks them.
fn nameinfo_parts(a: &GetnameinfoArgs) -> Result<(i32, i32)> {
    let input = format!("(\"{}\", {}), {}", a.host, a.port, a.flags);
    let flags =
        parse_flags(&NI, &a.flags).map_err(|r| Error::input("getnameinfo", input.clone(), r))?;
    // Python takes the port as a C int and leaves its range to getaddrinfo.
    let port = parse_int(&a.port)
        .ok()
        .and_then(|p| i32::try_from(p).ok())
        .ok_or_else(|| Error::input("getnameinfo", input.clone(), "port must fit a C int"))?;
    Ok((port, flags))
}

fn nameinfo_call(a: &GetnameinfoArgs, (port, flags): (i32, i32)) -> Call {
    Call::new(
        "getnameinfo",
        // By name, as getaddrinfo's flags are shown: `NI_NUMERICHOST|NI_NUMERICSERV`.
        vec![
            ("sockaddr", PyArg::SockAddr(a.host.clone(), port)),
            ("flags", PyArg::Name(flag_names(&NI, flags))),
        ],
    )
}

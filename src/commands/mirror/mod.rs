//! The function mirrors: one subcommand per socket-module function, each a thin shell
//! over the same [`crate::socket_module`] call a friendly verb makes. Their report is
//! `{"function", "args", "result"}`, where `result` is what Python's function returns, in
//! JSON form (bytes as hex, socket addresses as objects).

pub mod sockopt;

use std::time::Duration;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::{Command, GetaddrinfoArgs, GetnameinfoArgs};
use crate::error::{Error, Result};
use crate::reference::constants::{AF, AI, IPPROTO, NI, SOCK};
use crate::socket_module::databases;
use crate::socket_module::names::AddrInfoQuery;
use crate::socket_module::parse::{self, parse_constant, parse_flags, parse_int, to_hex};
use crate::socket_module::pyargs::{PyArg, call_args};
use crate::socket_module::{self};
use crate::sys::netdb::Hints;

/// The report of a mirrored function.
#[derive(Debug, Clone)]
pub struct Mirror {
    pub function: &'static str,
    pub args: Vec<(&'static str, PyArg)>,
    pub result: Value,
}

impl Mirror {
    /// A mirror report with `result` serialized to its JSON form; fails only for a value
    /// JSON cannot hold.
    pub fn new(
        function: &'static str,
        args: Vec<(&'static str, PyArg)>,
        result: impl Serialize,
    ) -> crate::error::Result<Self> {
        let result = serde_json::to_value(result)
            .map_err(|e| crate::error::Error::Output(format!("JSON of {function}: {e}")))?;
        Ok(Mirror {
            function,
            args,
            result,
        })
    }

    /// `htons(9999)`: how the call reads in Python.
    pub fn call_text(&self) -> String {
        format!("{}({})", self.function, call_args(&self.args))
    }

    /// The `args` object of the JSON form, with Python's parameter names.
    pub fn args_json(&self) -> Value {
        let map: Map<String, Value> = self
            .args
            .iter()
            .map(|(name, arg)| ((*name).to_string(), arg.json()))
            .collect();
        Value::Object(map)
    }
}

/// Runs a function mirror: Python's call, its arguments and its result.
pub fn run(command: &Command, t: Duration) -> Result<Mirror> {
    let s = |v: &str| PyArg::Str(v.to_string());
    let int_arg = |v: &str| parse_int(v).map_or_else(|_| PyArg::Str(v.to_string()), PyArg::Int);
    Ok(match command {
        Command::Gethostbyname(a) => Mirror::new(
            "gethostbyname",
            vec![("hostname", s(&a.hostname))],
            socket_module::names::gethostbyname(&a.hostname, t)?,
        )?,
        Command::GethostbynameEx(a) => Mirror::new(
            "gethostbyname_ex",
            vec![("hostname", s(&a.hostname))],
            socket_module::names::gethostbyname_ex(&a.hostname, t)?,
        )?,
        Command::Gethostbyaddr(a) => Mirror::new(
            "gethostbyaddr",
            vec![("ip_address", s(&a.ip_address))],
            socket_module::names::gethostbyaddr(&a.ip_address, t)?,
        )?,
        Command::Getaddrinfo(a) => {
            let query = addrinfo_query(a)?;
            let rows = socket_module::names::getaddrinfo(&query, t)?;
            Mirror::new("getaddrinfo", query.args(), rows)?
        }
        Command::Getnameinfo(a) => getnameinfo(a, t)?,
        Command::Gethostname => {
            Mirror::new("gethostname", vec![], socket_module::names::gethostname()?)?
        }
        Command::Getfqdn(a) => Mirror::new(
            "getfqdn",
            vec![(
                "name",
                a.name.as_deref().map_or(PyArg::Str(String::new()), s),
            )],
            socket_module::names::getfqdn(a.name.as_deref(), t)?,
        )?,
        Command::Getservbyname(a) => Mirror::new(
            "getservbyname",
            vec![
                ("servicename", s(&a.servicename)),
                (
                    "protocolname",
                    a.protocolname.as_deref().map_or(PyArg::None, s),
                ),
            ],
            databases::getservbyname(&a.servicename, a.protocolname.as_deref())?,
        )?,
        Command::Getservbyport(a) => Mirror::new(
            "getservbyport",
            vec![
                ("port", int_arg(&a.port)),
                (
                    "protocolname",
                    a.protocolname.as_deref().map_or(PyArg::None, s),
                ),
            ],
            databases::getservbyport(&a.port, a.protocolname.as_deref())?,
        )?,
        Command::Getprotobyname(a) => Mirror::new(
            "getprotobyname",
            vec![("protocolname", s(&a.protocolname))],
            databases::getprotobyname(&a.protocolname)?,
        )?,
        Command::Htons(a) => Mirror::new(
            "htons",
            vec![("x", int_arg(&a.x))],
            socket_module::byteorder::htons(&a.x)?,
        )?,
        Command::Htonl(a) => Mirror::new(
            "htonl",
            vec![("x", int_arg(&a.x))],
            socket_module::byteorder::htonl(&a.x)?,
        )?,
        Command::Ntohs(a) => Mirror::new(
            "ntohs",
            vec![("x", int_arg(&a.x))],
            socket_module::byteorder::ntohs(&a.x)?,
        )?,
        Command::Ntohl(a) => Mirror::new(
            "ntohl",
            vec![("x", int_arg(&a.x))],
            socket_module::byteorder::ntohl(&a.x)?,
        )?,
        Command::InetPton(a) => Mirror::new(
            "inet_pton",
            vec![
                (
                    "address_family",
                    socket_module::inet::family_arg(&a.address_family),
                ),
                ("ip_string", s(&a.ip_string)),
            ],
            to_hex(&socket_module::inet::inet_pton(
                &a.address_family,
                &a.ip_string,
            )?),
        )?,
        Command::InetNtop(a) => Mirror::new(
            "inet_ntop",
            vec![
                (
                    "address_family",
                    socket_module::inet::family_arg(&a.address_family),
                ),
                ("packed_ip", hex_arg(&a.packed_ip)),
            ],
            socket_module::inet::inet_ntop(&a.address_family, &a.packed_ip)?,
        )?,
        Command::InetAton(a) => Mirror::new(
            "inet_aton",
            vec![("ip_string", s(&a.ip_string))],
            to_hex(&socket_module::inet::inet_aton(&a.ip_string)?),
        )?,
        Command::InetNtoa(a) => Mirror::new(
            "inet_ntoa",
            vec![("packed_ip", hex_arg(&a.packed_ip))],
            socket_module::inet::inet_ntoa(&a.packed_ip)?,
        )?,
        other => {
            return Err(Error::input(
                "sockref",
                format!("{other:?}"),
                "not a function mirror",
            ));
        }
    })
}

fn hex_arg(text: &str) -> PyArg {
    parse::parse_hex(text).map_or_else(|_| PyArg::Str(text.to_string()), PyArg::Bytes)
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

fn getnameinfo(a: &GetnameinfoArgs, t: Duration) -> Result<Mirror> {
    let input = format!("(\"{}\", {}), {}", a.host, a.port, a.flags);
    let flags =
        parse_flags(&NI, &a.flags).map_err(|r| Error::input("getnameinfo", input.clone(), r))?;
    // Python takes the port as a C int and leaves its range to getaddrinfo.
    let port = parse_int(&a.port)
        .ok()
        .and_then(|p| i32::try_from(p).ok())
        .ok_or_else(|| Error::input("getnameinfo", input.clone(), "port must fit a C int"))?;
    let result = socket_module::names::getnameinfo(&a.host, port, flags, t)?;
    let sockaddr = PyArg::SockAddr(a.host.clone(), port);
    Mirror::new(
        "getnameinfo",
        vec![("sockaddr", sockaddr), ("flags", PyArg::Int(flags.into()))],
        result,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_text_reads_like_python() {
        let m = Mirror::new(
            "getaddrinfo",
            vec![
                ("host", PyArg::Str("localhost".into())),
                ("port", PyArg::None),
            ],
            Value::Null,
        )
        .expect("serializable");
        assert_eq!(m.call_text(), "getaddrinfo(\"localhost\", None)");
        assert_eq!(PyArg::Bytes(vec![127, 1]).to_string(), "b'\\x7f\\x01'");
        assert_eq!(PyArg::Str("a\"b\x1b".into()).to_string(), "\"a\\\"b\\x1b\"");
        assert_eq!(PyArg::Float(5.0).to_string(), "5.0");
        let address = PyArg::Tuple(vec![
            ("address", PyArg::Str("::1".into())),
            ("port", PyArg::Int(80)),
        ]);
        assert_eq!(address.to_string(), "(\"::1\", 80)");
        assert_eq!(
            address.json(),
            serde_json::json!({"address": "::1", "port": 80})
        );
    }

    #[test]
    fn args_use_python_names() {
        let m = Mirror::new("htons", vec![("x", PyArg::Int(9999))], 3879).expect("serializable");
        assert_eq!(m.args_json(), serde_json::json!({"x": 9999}));
        assert_eq!(m.result, serde_json::json!(3879));
    }
}

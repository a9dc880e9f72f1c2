//! `--code LANG`: the calls a command would make, written as a program instead of made.
//!
//! A mirror's program makes its one call. A friendly verb's program makes the calls
//! underneath it: `resolve` one getaddrinfo per name with its hints, `reverse`
//! gethostbyaddr and getnameinfo per address, `hostname` gethostname and getfqdn,
//! `service` and `proto` the lookup by name or number, `byteorder` the conversions of
//! every width the value fits, `inet` the parsers that accept the text and inet_ntop (or,
//! for packed hex, inet_ntop and inet_ntoa). Arguments are checked as the command checks
//! them; the pure conversions are made here to check them, the rest are not made.

use super::{Context, byteorder, connect, inet, mirror, pairs, resolve, server};
use crate::cli::{Command, InetArgs, Language, ServiceArgs};
use crate::code::{self, Call, Program};
use crate::error::{Error, Result};
use crate::socket_module::databases::port_number;
use crate::socket_module::parse::{parse_hex, parse_int};
use crate::socket_module::pyargs::PyArg;

/// The program of `command` in `language`.
pub fn run(command: &Command, language: Language, ctx: &Context) -> Result<Program> {
    code::write(language, &calls(command, ctx)?)
}

fn calls(command: &Command, ctx: &Context) -> Result<Vec<Call>> {
    if let Some(call) = mirror::call(command) {
        return Ok(vec![call?]);
    }
    let text = |s: &str| PyArg::Str(s.to_string());
    Ok(match command {
        Command::Getsockopt(a) => vec![mirror::sockopt::getsockopt_call(a, ctx.progress)?],
        Command::Setsockopt(a) => vec![mirror::sockopt::setsockopt_call(a, ctx.progress)?],
        Command::CreateConnection(a) => vec![connect::mirror_plan(a, ctx.timeout)?],
        Command::Socketpair(a) => vec![pairs::socketpair_call(a)?],
        Command::SendFds(_) => vec![Call::new("send_fds", vec![])],
        Command::Fromfd(a) => vec![Call::new(
            "fromfd",
            vec![
                ("pid", PyArg::Int(a.pid.into())),
                ("fd", PyArg::Int(a.fd.into())),
            ],
        )],
        Command::CreateServer(a) => vec![server::call(&server::spec(a)?)],
        Command::Resolve(a) => resolve::queries(a)?
            .iter()
            .map(|q| Call::new("getaddrinfo", q.args()))
            .collect(),
        Command::Reverse(a) => a.addresses.iter().flat_map(|a| reverse(a)).collect(),
        Command::Hostname(_) => vec![
            Call::new("gethostname", vec![]),
            Call::new("getfqdn", vec![("name", text(""))]),
        ],
        Command::Service(a) => vec![service(a)?],
        Command::Proto(a) => vec![protocol(a.query.as_deref().unwrap_or_default())?],
        Command::Byteorder(a) => byteorder::run(&a.value)?
            .widths
            .iter()
            .filter(|w| w.fits)
            .flat_map(|w| [&w.hton, &w.ntoh])
            .flatten()
            .map(|swap| Call::new(swap.function, vec![("x", PyArg::Int(0))]))
            .map(|call| with_value(call, &a.value))
            .collect::<Result<_>>()?,
        Command::Inet(a) if a.address.contains('/') => {
            return Err(Error::input(
                "inet",
                a.address.clone(),
                "a prefix is arithmetic, not a socket-module call: no program to write",
            ));
        }
        Command::Inet(a) => inet_calls(a)?,
        _ => {
            return Err(Error::input(
                "--code",
                format!("{command:?}"),
                "this command makes no socket-module call to write",
            ));
        }
    })
}

/// `reverse ADDR`: gethostbyaddr and getnameinfo of the address.
fn reverse(address: &str) -> [Call; 2] {
    [
        Call::new(
            "gethostbyaddr",
            vec![("ip_address", PyArg::Str(address.to_string()))],
        ),
        Call::new(
            "getnameinfo",
            vec![
                ("sockaddr", PyArg::SockAddr(address.to_string(), 0)),
                ("flags", PyArg::Int(0)),
            ],
        ),
    ]
}

/// `proto NAME|NUMBER`: getprotobyname, or getprotobynumber (which Python lacks).
fn protocol(query: &str) -> Result<Call> {
    Ok(match parse_int(query) {
        Ok(n) => {
            let n = i32::try_from(n)
                .map_err(|_| Error::input("getprotobynumber", query, "not a C int"))?;
            Call::new("getprotobynumber", vec![("proto", PyArg::Int(n.into()))])
        }
        Err(_) => Call::new(
            "getprotobyname",
            vec![("protocolname", PyArg::Str(query.to_string()))],
        ),
    })
}

/// A byte-order call with the value it converts.
fn with_value(mut call: Call, text: &str) -> Result<Call> {
    let n = parse_int(text).map_err(|r| Error::input(call.function, text, r))?;
    call.args = vec![("x", PyArg::Int(n))];
    Ok(call)
}

/// `service NAME|PORT [--proto P]`: one getservbyname or getservbyport.
fn service(a: &ServiceArgs) -> Result<Call> {
    let query = a.query.as_deref().unwrap_or_default();
    let proto = a.proto.clone().map_or(PyArg::None, PyArg::Str);
    Ok(match parse_int(query) {
        Ok(n) => Call::new(
            "getservbyport",
            vec![
                (
                    "port",
                    PyArg::Int(port_number("getservbyport", query, n)?.into()),
                ),
                ("protocolname", proto),
            ],
        ),
        Err(_) => Call::new(
            "getservbyname",
            vec![
                ("servicename", PyArg::Str(query.to_string())),
                ("protocolname", proto),
            ],
        ),
    })
}

/// `inet`: the parsers that accept the text, then inet_ntop of what they packed; for
/// packed hex, inet_ntop and (IPv4) inet_ntoa.
fn inet_calls(a: &InetArgs) -> Result<Vec<Call>> {
    let report = inet::run(&a.address)?;
    let family = PyArg::Name(report.family.to_string());
    let packed =
        parse_hex(&report.packed).map_err(|r| Error::input("inet", a.address.clone(), r))?;
    let mut calls = Vec::new();
    if let (Some(zone), Some((address, _))) = (&report.zone, a.address.split_once('%')) {
        // The address before the zone, then the interface the zone names.
        calls.push(Call::new(
            "inet_pton",
            vec![
                ("address_family", PyArg::Name("AF_INET6".into())),
                ("ip_string", PyArg::Str(address.to_string())),
            ],
        ));
        if !zone.bytes().all(|b| b.is_ascii_digit()) {
            calls.push(Call::new(
                "if_nametoindex",
                vec![("if_name", PyArg::Str(zone.clone()))],
            ));
        }
    } else if report.form != "packed" {
        let parsers = [
            ("inet_pton", Some("AF_INET")),
            ("inet_pton", Some("AF_INET6")),
            ("inet_aton", None),
        ];
        for ((function, af), view) in parsers.into_iter().zip(&report.parsers) {
            if !view.accepted {
                continue;
            }
            let mut args = Vec::new();
            if let Some(af) = af {
                args.push(("address_family", PyArg::Name(af.to_string())));
            }
            args.push(("ip_string", PyArg::Str(a.address.clone())));
            calls.push(Call::new(function, args));
        }
    }
    calls.push(Call::new(
        "inet_ntop",
        vec![
            ("address_family", family),
            ("packed_ip", PyArg::Bytes(packed.clone())),
        ],
    ));
    if report.form == "packed" && packed.len() == 4 {
        calls.push(Call::new(
            "inet_ntoa",
            vec![("packed_ip", PyArg::Bytes(packed))],
        ));
    }
    Ok(calls)
}

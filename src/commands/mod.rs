//! One module per command: arguments in, a typed report out, nothing printed. This file
//! is the one `match` from subcommand to report; mirrors are thin shells over the same
//! functions the friendly verbs use.

pub mod addrclass;
pub mod backlog;
pub mod byteorder;
pub mod connect;
pub mod constants;
pub mod echo;
pub mod echo_bench;
pub mod echo_serve;
pub mod endpoint;
pub mod errno;
pub mod hostname;
pub mod inet;
pub mod mirror;
pub mod names;
pub mod parse;
pub mod protocols;
pub mod resolve;
pub mod reverse;
pub mod services;
pub mod sockopt;

use std::time::Duration;

use clap::CommandFactory;

use crate::cli::{Cli, Command, GetaddrinfoArgs, GetnameinfoArgs};
use crate::error::{Error, Result};
use crate::output::Render;
use crate::sys::constants::{AF, AI, IPPROTO, NI, SOCK};
use crate::sys::netdb::Hints;
use mirror::{Mirror, PyArg};
use names::AddrInfoQuery;
use parse::{parse_constant, parse_flags, parse_int, to_hex};

/// Settings every command shares.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The deadline of each blocking call.
    pub timeout: Duration,
    /// Where a long-running command says something before its report is ready.
    pub progress: &'a dyn Progress,
}

/// What a long-running command (`echo --serve`) has to say before its report: a line
/// that scripts wait for, such as the address a server listens on, and warnings. The
/// output layer implements it; commands only hand over reports and words.
pub trait Progress: std::fmt::Debug {
    /// Writes `report` on stdout at once, as one line (one compact JSON object under
    /// `--json`), and flushes.
    fn announce(&self, report: &dyn Render);
    /// Writes a one-line warning on stderr.
    fn warn(&self, message: &str);
}

/// A completion script, written as is.
pub struct Script(pub Vec<u8>);

/// Runs a command and returns its report.
pub fn run(command: &Command, ctx: &Context) -> Result<Box<dyn Render>> {
    let t = ctx.timeout;
    Ok(match command {
        Command::Resolve(args) => Box::new(resolve::run(args, t)?),
        Command::Reverse(args) => Box::new(reverse::run(args, t)?),
        Command::Hostname => Box::new(hostname::run(t)?),
        Command::Service(args) => Box::new(services::run(args)?),
        Command::Proto(args) => Box::new(protocols::run(args)?),
        Command::Byteorder(args) => Box::new(byteorder::run(&args.value)?),
        Command::Inet(args) => Box::new(inet::run(&args.address)?),
        Command::Sockopt(args) => Box::new(sockopt::run(args, t)?),
        Command::Keepalive(args) if args.demo => Box::new(sockopt::keepalive_demo::run(args)?),
        Command::Keepalive(args) => Box::new(sockopt::keepalive::run(args)?),
        Command::Connect(args) => Box::new(connect::run(args, t)?),
        Command::CreateConnection(args) => Box::new(connect::mirror(args, t)?),
        Command::Backlog(args) => Box::new(backlog::run(args, t)?),
        Command::Echo(args) => echo::run(args, ctx)?,
        Command::Getsockopt(args) => Box::new(sockopt::mirrors::getsockopt(args)?),
        Command::Setsockopt(args) => Box::new(sockopt::mirrors::setsockopt(args)?),
        Command::Const(args) => Box::new(constants::run(args)?),
        Command::Errno(args) => Box::new(errno::run(args)?),
        Command::Completions(args) => {
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "sockref", &mut script);
            Box::new(Script(script))
        }
        mirror => Box::new(run_mirror(mirror, t)?),
    })
}

fn run_mirror(command: &Command, t: Duration) -> Result<Mirror> {
    let s = |v: &str| PyArg::Str(v.to_string());
    let int_arg = |v: &str| parse_int(v).map_or_else(|_| PyArg::Str(v.to_string()), PyArg::Int);
    Ok(match command {
        Command::Gethostbyname(a) => Mirror::new(
            "gethostbyname",
            vec![("hostname", s(&a.hostname))],
            names::gethostbyname(&a.hostname, t)?,
        )?,
        Command::GethostbynameEx(a) => Mirror::new(
            "gethostbyname_ex",
            vec![("hostname", s(&a.hostname))],
            names::gethostbyname_ex(&a.hostname, t)?,
        )?,
        Command::Gethostbyaddr(a) => Mirror::new(
            "gethostbyaddr",
            vec![("ip_address", s(&a.ip_address))],
            names::gethostbyaddr(&a.ip_address, t)?,
        )?,
        Command::Getaddrinfo(a) => {
            let query = addrinfo_query(a)?;
            let rows = names::getaddrinfo(&query, t)?;
            Mirror::new("getaddrinfo", query.args(), rows)?
        }
        Command::Getnameinfo(a) => getnameinfo(a, t)?,
        Command::Gethostname => Mirror::new("gethostname", vec![], names::gethostname()?)?,
        Command::Getfqdn(a) => Mirror::new(
            "getfqdn",
            vec![(
                "name",
                a.name.as_deref().map_or(PyArg::Str(String::new()), s),
            )],
            names::getfqdn(a.name.as_deref(), t)?,
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
            services::getservbyname(&a.servicename, a.protocolname.as_deref())?,
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
            services::getservbyport(&a.port, a.protocolname.as_deref())?,
        )?,
        Command::Getprotobyname(a) => Mirror::new(
            "getprotobyname",
            vec![("protocolname", s(&a.protocolname))],
            protocols::getprotobyname(&a.protocolname)?,
        )?,
        Command::Htons(a) => {
            Mirror::new("htons", vec![("x", int_arg(&a.x))], byteorder::htons(&a.x)?)?
        }
        Command::Htonl(a) => {
            Mirror::new("htonl", vec![("x", int_arg(&a.x))], byteorder::htonl(&a.x)?)?
        }
        Command::Ntohs(a) => {
            Mirror::new("ntohs", vec![("x", int_arg(&a.x))], byteorder::ntohs(&a.x)?)?
        }
        Command::Ntohl(a) => {
            Mirror::new("ntohl", vec![("x", int_arg(&a.x))], byteorder::ntohl(&a.x)?)?
        }
        Command::InetPton(a) => Mirror::new(
            "inet_pton",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("ip_string", s(&a.ip_string)),
            ],
            to_hex(&inet::inet_pton(&a.address_family, &a.ip_string)?),
        )?,
        Command::InetNtop(a) => Mirror::new(
            "inet_ntop",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("packed_ip", hex_arg(&a.packed_ip)),
            ],
            inet::inet_ntop(&a.address_family, &a.packed_ip)?,
        )?,
        Command::InetAton(a) => Mirror::new(
            "inet_aton",
            vec![("ip_string", s(&a.ip_string))],
            to_hex(&inet::inet_aton(&a.ip_string)?),
        )?,
        Command::InetNtoa(a) => Mirror::new(
            "inet_ntoa",
            vec![("packed_ip", hex_arg(&a.packed_ip))],
            inet::inet_ntoa(&a.packed_ip)?,
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
    let result = names::getnameinfo(&a.host, port, flags, t)?;
    let sockaddr = PyArg::SockAddr(a.host.clone(), port);
    Mirror::new(
        "getnameinfo",
        vec![("sockaddr", sockaddr), ("flags", PyArg::Int(flags.into()))],
        result,
    )
}

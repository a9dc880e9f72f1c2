//! `echo --serve ADDR` and `echo --connect ADDR`: one half of the echo pair, to test
//! against other programs. Both stay on loopback unless `--allow-remote` says otherwise
//! (DESIGN.md section 5: a server reachable from elsewhere, a UDP one above all, is a
//! tool for others too). The engines are [`crate::echo::server::EchoServer::serve_until`]
//! and [`crate::echo::run_client`].

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use serde::Serialize;
use socket2::SockAddr;

use super::args::{picked, watch_interrupt};
use super::pair::{self, EchoReport};
use crate::cli::EchoArgs;
use crate::commands::Context;
use crate::echo;
use crate::echo::server::{
    DEFAULT_IDLE, DEFAULT_MAX_CONNECTIONS, EchoServer, Policy, ServeSummary, StoppedBy,
    is_loopback, servable,
};
use crate::echo::transport::{EchoTransport, address_text};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::endpoint::parse_target;
use crate::sys::limits;

/// The line `--serve` prints as soon as it listens.
#[derive(Debug, Clone, Serialize)]
pub struct ServeReady {
    pub listening: ServeEndpoint,
}

impl Report for ServeReady {}

/// Where a server listens.
#[derive(Debug, Clone, Serialize)]
pub struct ServeEndpoint {
    pub transport: EchoTransport,
    pub address: String,
}

/// What `--serve` did, once it stops.
#[derive(Debug, Clone, Serialize)]
pub struct ServeReport {
    pub serve: ServeSummary,
}

impl Report for ServeReport {
    /// 130 after Ctrl-C, 0 when the duration ran out.
    fn exit_status(&self) -> ExitStatus {
        if self.serve.stopped_by == StoppedBy::Interrupt {
            ExitStatus::Interrupted
        } else {
            ExitStatus::Success
        }
    }
}

/// Runs `echo --serve ADDR`: announces the address, serves, reports.
pub fn serve(text: &str, args: &EchoArgs, ctx: &Context) -> Result<ServeReport> {
    let call = "echo --serve";
    let (transport, address) = endpoint(call, text, args)?;
    servable(transport)?;
    check_reach(call, text, address, args.allow_remote, ctx)?;
    let idle = args.idle.unwrap_or(DEFAULT_IDLE);
    let duration = args.duration;
    // Each connection holds a descriptor; the usual soft limit of 1024 is below the
    // default bound of 2048. A limit that cannot be raised only means fewer at once.
    let _ = limits::raise_open_files();
    let interrupt = watch_interrupt();
    let max_connections = args
        .max_connections
        .map_or(DEFAULT_MAX_CONNECTIONS, |n| n as usize);
    let policy = Policy::standalone(args.allow_remote, max_connections, idle);
    let server = EchoServer::open(transport, &SockAddr::from(address), policy)?;
    let bound = server
        .local_addr()
        .unwrap_or_else(|| SockAddr::from(address));
    ctx.progress.announce(&ServeReady {
        listening: ServeEndpoint {
            transport,
            address: address_text(&bound),
        },
    });
    Ok(ServeReport {
        serve: server.serve_until(&interrupt, duration),
    })
}

/// Runs `echo --connect ADDR`: the usual payloads against someone else's server.
pub fn connect(text: &str, args: &EchoArgs, ctx: &Context) -> Result<EchoReport> {
    let call = "echo --connect";
    let (transport, address) = endpoint(call, text, args)?;
    servable(transport).map_err(|_| {
        Error::input(
            call,
            transport.name(),
            "connects over tcp4, tcp6, udp4 or udp6",
        )
    })?;
    check_reach(call, text, address, args.allow_remote, ctx)?;
    let plan = pair::plan(args.trace, ctx.timeout);
    let row = echo::run_client(transport, &SockAddr::from(address), &plan);
    Ok(pair::report(vec![row], &plan))
}

/// The transport and socket address of ADDR: `--transport` (one of them) or TCP of the
/// address's family; a numeric address or `localhost`, and a port number.
pub(super) fn endpoint(
    call: &str,
    text: &str,
    args: &EchoArgs,
) -> Result<(EchoTransport, SocketAddr)> {
    let bad = |reason: &str| Error::input(call, text, reason);
    let target = parse_target(text).map_err(|r| bad(&r))?;
    let port = target
        .port_number()
        .ok_or_else(|| bad("the port must be a number"))?;
    let asked = picked(&args.transports);
    if asked.len() > 1 && !args.transports.is_empty() {
        return Err(bad("give one --transport"));
    }
    let asked = (!args.transports.is_empty()).then(|| asked[0]);
    let ip: IpAddr = match (target.host.as_str(), asked) {
        ("localhost", Some(EchoTransport::Tcp6 | EchoTransport::Udp6)) => {
            Ipv6Addr::LOCALHOST.into()
        }
        ("localhost", _) => Ipv4Addr::LOCALHOST.into(),
        (host, _) => host
            .parse()
            .map_err(|_| bad("give a numeric address or localhost"))?,
    };
    let transport = match (asked, ip) {
        (None, IpAddr::V4(_)) => EchoTransport::Tcp4,
        (None, IpAddr::V6(_)) => EchoTransport::Tcp6,
        (Some(t @ (EchoTransport::Tcp4 | EchoTransport::Udp4)), IpAddr::V4(_))
        | (Some(t @ (EchoTransport::Tcp6 | EchoTransport::Udp6)), IpAddr::V6(_)) => t,
        (Some(t @ (EchoTransport::Tcp4 | EchoTransport::Tcp6)), _)
        | (Some(t @ (EchoTransport::Udp4 | EchoTransport::Udp6)), _) => {
            return Err(bad(&format!("{t} needs an address of the other family")));
        }
        (Some(t), _) => return Err(bad(&format!("{t} is not a transport for an address"))),
    };
    Ok((transport, SocketAddr::new(ip, port)))
}

/// Loopback, or `--allow-remote` and a warning; otherwise exit 2.
pub(super) fn check_reach(
    call: &str,
    text: &str,
    address: SocketAddr,
    allow_remote: bool,
    ctx: &Context,
) -> Result<()> {
    if is_loopback(&address) {
        return Ok(());
    }
    if !allow_remote {
        return Err(Error::input(
            call,
            text,
            "not a loopback address: sockref stays on this machine unless --allow-remote is given",
        ));
    }
    let what = if call.ends_with("serve") {
        "serving on a non-loopback address: other hosts can reach this echo server"
    } else {
        "connecting beyond loopback: the payloads leave this machine"
    };
    ctx.progress.warn(&format!("{what} ({address})"));
    Ok(())
}

//! `sockref sockopt`: every option of a fresh socket of one family and type, grouped by
//! level, in natural units; `--set NAME=VALUE` first, with what the kernel kept beside
//! what was asked; `--connected` reads both ends of a live loopback pair instead, with
//! TCP_INFO decoded.

pub mod live;
pub mod tcp;

use std::time::Duration;

use std::borrow::Cow;

use serde::Serialize;

use crate::cli::SockoptArgs;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::reference::options::SockOpt;
use crate::report::Report;
use crate::socket_module::options::input::SetValue;
use crate::socket_module::options::read::{OptionReading, SetOutcome};
use crate::socket_module::options::{SocketKind, input, names, read, socket_kind};
use crate::sys::socket::{self, Socket};
use crate::sys::{SysError, tcp_info};
use tcp::TcpInfoReport;

/// Options of one or two sockets of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct SockoptReport {
    /// The socket(2) call: `socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)`.
    pub call: String,
    pub family: String,
    #[serde(rename = "type")]
    pub socktype: String,
    pub proto: i32,
    pub connected: bool,
    /// One fresh socket, the two ends of a connected pair, or another process's socket.
    pub sockets: Vec<SocketOptions>,
    /// The process whose socket this is, for `--pid PID --fd FD`.
    pub process: Option<live::ProcessView>,
}

/// Everything read from one socket.
#[derive(Debug, Clone, Serialize)]
pub struct SocketOptions {
    /// `fresh`, or `client` and `server` for the two ends of a pair.
    pub role: &'static str,
    pub local: Option<String>,
    pub peer: Option<String>,
    /// The `--set` values applied to this socket before reading.
    pub set: Vec<SetOutcome>,
    pub options: Vec<OptionReading>,
    /// TCP_INFO decoded, for a connected TCP socket.
    pub tcp_info: Option<TcpInfoReport>,
}

impl Report for SockoptReport {
    /// 1 when the kernel refused a `--set`, else 0.
    fn exit_status(&self) -> ExitStatus {
        let refused = self
            .sockets
            .iter()
            .flat_map(|s| &s.set)
            .any(|o| o.error.is_some());
        if refused {
            ExitStatus::No
        } else {
            ExitStatus::Success
        }
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        self.sockets
            .iter()
            .flat_map(|s| &s.set)
            .filter_map(|o| o.error.as_ref())
            .map(Cow::Borrowed)
            .collect()
    }
}

/// Runs `sockopt`.
pub fn run(args: &SockoptArgs, timeout: Duration) -> Result<SockoptReport> {
    if let (Some(pid), Some(fd)) = (args.pid, args.fd) {
        return live::run(pid, fd, args.all);
    }
    let kind = socket_kind(&args.family, &args.socktype, args.proto.as_deref())?;
    let sets = parse_sets(&args.set)?;
    let options = read::applicable(kind.family, kind.socktype, args.all);
    let ends: Vec<(&'static str, Socket)> = if args.connected {
        let pair = connected_pair(&kind, timeout)?;
        vec![("client", pair.client), ("server", pair.server)]
    } else {
        vec![("fresh", kind.open()?)]
    };
    let tcp =
        kind.socktype == libc::SOCK_STREAM && matches!(kind.family, libc::AF_INET | libc::AF_INET6);
    // Both ends stay open until both are read: closing one first would show the other
    // in CLOSE_WAIT.
    let sockets = ends
        .iter()
        .map(|(role, s)| {
            let set = sets
                .iter()
                .map(|(opt, input, value)| read::set_and_compare(s, opt, input, value))
                .collect();
            let (local, peer) = socket::addresses(s);
            SocketOptions {
                role,
                local,
                peer,
                set,
                options: read::read_all(s, &options),
                tcp_info: (tcp && args.connected)
                    .then(|| tcp_info::read(s).ok().map(TcpInfoReport::from))
                    .flatten(),
            }
        })
        .collect();
    drop(ends);
    Ok(SockoptReport {
        call: format!("socket({})", kind.call_args()),
        family: names::family_arg(kind.family).to_string(),
        socktype: names::socktype_arg(kind.socktype).to_string(),
        proto: kind.proto,
        connected: args.connected,
        sockets,
        process: None,
    })
}

/// Parses every `--set NAME=VALUE` before any socket exists, so that a typo costs nothing.
fn parse_sets(sets: &[String]) -> Result<Vec<(&'static SockOpt, String, SetValue)>> {
    sets.iter()
        .map(|item| {
            let bad = |reason: String| Error::input("sockopt", format!("--set {item}"), reason);
            let (name, value) = item
                .split_once('=')
                .ok_or_else(|| bad("expected NAME=VALUE, such as SO_RCVBUF=64K".into()))?;
            let opt = names::option(name).map_err(bad)?;
            if !opt.settable() {
                return Err(bad(format!("{} is read-only", opt.name)));
            }
            let parsed =
                input::parse(opt.kind, value).map_err(|r| bad(format!("{}: {r}", opt.name)))?;
            Ok((opt, value.to_string(), parsed))
        })
        .collect()
}

/// The pair `--connected` reads: TCP or UDP over loopback for IP sockets, socketpair(2)
/// for unix ones.
fn connected_pair(kind: &SocketKind, timeout: Duration) -> Result<socket::Pair> {
    use libc::{AF_INET, AF_INET6, AF_UNIX, IPPROTO_TCP, IPPROTO_UDP};
    use libc::{SOCK_DGRAM, SOCK_SEQPACKET, SOCK_STREAM};
    let ipv6 = kind.family == AF_INET6;
    match (kind.family, kind.socktype, kind.proto) {
        (AF_UNIX, SOCK_STREAM | SOCK_DGRAM | SOCK_SEQPACKET, 0) => {
            socket::unix_pair(kind.socktype).map_err(|e| kind.socket_error(e))
        }
        (AF_INET | AF_INET6, SOCK_STREAM, 0 | IPPROTO_TCP) => {
            socket::tcp_pair(ipv6, timeout).map_err(|e| connect_error(kind, e))
        }
        (AF_INET | AF_INET6, SOCK_DGRAM, 0 | IPPROTO_UDP) => {
            socket::udp_pair(ipv6).map_err(|e| connect_error(kind, e))
        }
        _ => Err(unsupported(kind)),
    }
}

fn connect_error(kind: &SocketKind, e: SysError) -> Error {
    let host = if kind.family == libc::AF_INET6 {
        "::1"
    } else {
        "127.0.0.1"
    };
    e.into_error("connect", &format!("{host} loopback pair"), "")
}

fn unsupported(kind: &SocketKind) -> Error {
    Error::input(
        "sockopt",
        format!("--connected for {}", kind.call_args()),
        "a connected pair is made for inet and inet6 stream and dgram sockets, and unix stream, dgram and seqpacket sockets",
    )
}

//! `sockref create_server`: the listener Python's `socket.create_server` makes, its options
//! read back, and a client over IPv4 and one over IPv6 tried against it, so that a
//! dual-stack listener is seen accepting both (and a single-stack one refusing one).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use serde::Serialize;

use crate::cli::CreateServerArgs;
use crate::code::Call;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::endpoint::parse_source;
use crate::socket_module::options::names::family;
use crate::socket_module::pyargs::PyArg;
use crate::socket_module::server::{DEFAULT_BACKLOG, ServerSpec, bind_address, create_server};
use crate::sys::host;
use crate::sys::socket::{self, Socket};
use crate::sys::sockopt;

/// The listener and what its clients met.
#[derive(Debug, Clone, Serialize)]
pub struct ServerReport {
    /// The call as Python writes it.
    pub call: String,
    /// getsockname of the listener: the port the kernel chose for port 0.
    pub listening: String,
    pub backlog: i32,
    /// The options create_server set, read back with getsockopt.
    pub options: Vec<OptionRead>,
    pub clients: Vec<ClientTried>,
}

impl Report for ServerReport {}

/// One option of the listener.
#[derive(Debug, Clone, Serialize)]
pub struct OptionRead {
    pub name: &'static str,
    pub value: i32,
}

/// A client connected to the listener over loopback.
#[derive(Debug, Clone, Serialize)]
pub struct ClientTried {
    /// `IPv4` or `IPv6`.
    pub over: &'static str,
    pub connected_to: String,
    /// The client's own address, when it connected.
    pub from: Option<String>,
    /// The peer address accept() gave the server: a dual-stack listener sees an IPv4
    /// client as `::ffff:127.0.0.1`.
    pub server_saw: Option<String>,
    /// Why it did not connect (ECONNREFUSED from a listener of the other family).
    pub error: Option<String>,
}

/// The listener `create_server` makes for the arguments, checked but not made.
pub fn spec(args: &CreateServerArgs) -> Result<ServerSpec> {
    let text = args.address.as_deref().unwrap_or("");
    let source = match args.address.as_deref() {
        Some(a) => parse_source(a).map_err(|e| Error::input("create_server", a, e))?,
        None => parse_source("::").map_err(|e| Error::input("create_server", "::", e))?,
    };
    // With no address, the dual-stack listener Python's documentation shows where the
    // host can make one, else an IPv4 one, as that example falls back.
    let default_dualstack = args.address.is_none() && host::has_dualstack_ipv6();
    let family = match (&args.family, args.address.is_none()) {
        (Some(f), _) => family(f).map_err(|e| Error::input("create_server", f, e))?,
        (None, true) if default_dualstack => libc::AF_INET6,
        (None, true) => libc::AF_INET,
        (None, false) if source.host.contains(':') => libc::AF_INET6,
        (None, false) => libc::AF_INET,
    };
    let host = if source.host == "::" && args.address.is_none() {
        ""
    } else {
        source.host.as_str()
    };
    let dualstack = args.dualstack_ipv6 || (default_dualstack && family == libc::AF_INET6);
    if args.dualstack_ipv6 && !host::has_dualstack_ipv6() {
        return Err(Error::input(
            "create_server",
            text,
            "dualstack_ipv6 not supported on this host (Python raises ValueError)",
        ));
    }
    Ok(ServerSpec {
        address: bind_address(host, source.port, family)?,
        dualstack_ipv6: dualstack,
        reuse_port: args.reuse_port,
        backlog: args.backlog,
    })
}

/// The call Python makes for `spec`, its options as the keywords it takes.
pub fn call(spec: &ServerSpec) -> Call {
    let ip = match spec.address.ip() {
        ip if ip.is_unspecified() => String::new(),
        ip => ip.to_string(),
    };
    let mut args = vec![("address", PyArg::SockAddr(ip, spec.address.port().into()))];
    if spec.address.is_ipv6() {
        args.push(("family", PyArg::Name("AF_INET6".into())));
    }
    if let Some(b) = spec.backlog {
        args.push(("backlog", PyArg::Int(b.into())));
    }
    if spec.reuse_port {
        args.push(("reuse_port", PyArg::Bool(true)));
    }
    if spec.dualstack_ipv6 {
        args.push(("dualstack_ipv6", PyArg::Bool(true)));
    }
    Call::new("create_server", args)
}

/// Runs `create_server`.
pub fn run(args: &CreateServerArgs, timeout: Duration) -> Result<ServerReport> {
    let text = args.address.as_deref().unwrap_or("");
    let spec = spec(args)?;
    let listener = create_server(&spec)?;
    let bound = socket::local_addr(&listener)
        .ok()
        .and_then(|a| a.as_socket())
        .ok_or_else(|| Error::input("getsockname", text, "the listener has no IP address"))?;
    let clients = [(false, "IPv4"), (true, "IPv6")]
        .into_iter()
        .filter_map(|(v6, over)| target(bound, v6).map(|to| (over, to)))
        .map(|(over, to)| try_client(&listener, over, to, timeout))
        .collect();
    Ok(ServerReport {
        call: call(&spec).text(),
        listening: bound.to_string(),
        backlog: spec.backlog.unwrap_or(DEFAULT_BACKLOG),
        options: options(&listener, spec.address.is_ipv6()),
        clients,
    })
}

/// Where a loopback client of one family connects to reach the listener, if anywhere.
fn target(bound: SocketAddr, v6: bool) -> Option<SocketAddr> {
    let port = bound.port();
    let ip = match bound.ip() {
        IpAddr::V4(ip) if !v6 && ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V4(ip) if !v6 => IpAddr::V4(ip),
        IpAddr::V4(_) => IpAddr::V6(Ipv6Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => match v6 {
            true => IpAddr::V6(Ipv6Addr::LOCALHOST),
            false => IpAddr::V4(Ipv4Addr::LOCALHOST),
        },
        IpAddr::V6(ip) if v6 => IpAddr::V6(ip),
        IpAddr::V6(ip) => IpAddr::V4(ip.to_ipv4_mapped()?),
    };
    // A listener bound to a non-loopback address is tried from its own address only.
    (ip.is_loopback() || ip == bound.ip()).then_some(SocketAddr::new(ip, port))
}

fn try_client(
    listener: &Socket,
    over: &'static str,
    to: SocketAddr,
    timeout: Duration,
) -> ClientTried {
    let mut tried = ClientTried {
        over,
        connected_to: to.to_string(),
        from: None,
        server_saw: None,
        error: None,
    };
    let family = if to.is_ipv6() {
        libc::AF_INET6
    } else {
        libc::AF_INET
    };
    let connected = socket::open(family, libc::SOCK_STREAM, 0)
        .map_err(|e| e.into_error("socket", "", "").to_string())
        .and_then(|client| {
            socket::connect_within(&client, to, timeout)
                .map(|()| client)
                .map_err(|e| match e {
                    socket::ConnectError::Deadline => "timed out".to_string(),
                    socket::ConnectError::Sys(e) => {
                        e.into_error("connect", &to.to_string(), "").to_string()
                    }
                })
        });
    let client = match connected {
        Ok(client) => client,
        Err(e) => {
            tried.error = Some(e);
            return tried;
        }
    };
    let Some(from) = socket::local_addr(&client).ok().and_then(|a| a.as_socket()) else {
        tried.error = Some("the client has no address".to_string());
        return tried;
    };
    tried.from = Some(from.to_string());
    // The handshake is done: the connection waits in the accept queue, unless another
    // socket on the port (SO_REUSEPORT, a more specific bind) took it.
    let deadline = std::time::Instant::now() + timeout;
    match socket::accept_from(listener, from, deadline) {
        Ok(Some(conn)) => {
            tried.server_saw = socket::addresses(&conn).1;
        }
        Ok(None) => {
            tried.error = Some(
                "connected, but not to this listener: another socket holds the port".to_string(),
            );
        }
        Err(e) => tried.error = Some(e.into_error("accept", "", "").to_string()),
    }
    tried
}

fn options(s: &Socket, v6: bool) -> Vec<OptionRead> {
    let mut wanted = vec![
        ("SO_REUSEADDR", libc::SOL_SOCKET, libc::SO_REUSEADDR),
        ("SO_REUSEPORT", libc::SOL_SOCKET, libc::SO_REUSEPORT),
        ("SO_ACCEPTCONN", libc::SOL_SOCKET, libc::SO_ACCEPTCONN),
    ];
    if v6 {
        wanted.push(("IPV6_V6ONLY", libc::IPPROTO_IPV6, libc::IPV6_V6ONLY));
    }
    wanted
        .into_iter()
        .filter_map(|(name, level, opt)| {
            sockopt::get_int(s, level, opt)
                .ok()
                .map(|value| OptionRead { name, value })
        })
        .collect()
}

//! Arguments of the commands that open sockets: `sockopt`, `keepalive`, `getsockopt`,
//! `setsockopt`, `connect`, `create_connection`, `backlog` and `echo`.

use std::time::Duration;

use clap::{ArgGroup, Args, ValueEnum};

use super::{CodeArg, values};
use crate::complete::values as complete;

/// Arguments of `sockopt`.
#[derive(Debug, Args)]
pub struct SockoptArgs {
    /// Address family: inet, inet6 or unix (or AF_*, or a number).
    #[arg(add = complete::families(), long, default_value = "inet", value_name = "FAMILY")]
    pub family: String,
    /// Socket type: stream, dgram, seqpacket or raw (or SOCK_*, or a number).
    #[arg(add = complete::socket_types(), long = "type", default_value = "stream", value_name = "TYPE")]
    pub socktype: String,
    /// Protocol (IPPROTO_*, a name such as icmp, or a number); 0 by default, and for raw
    /// sockets icmp (inet) or icmpv6 (inet6).
    #[arg(add = complete::protocol_constants(), long, value_name = "PROTO")]
    pub proto: Option<String>,
    /// Set an option before reading, e.g. SO_RCVBUF=64K, TCP_NODELAY=on, SO_LINGER=on,5,
    /// SO_RCVTIMEO=1.5; repeatable. Shows what was asked beside what the kernel kept.
    #[arg(add = complete::settable_options(), long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
    /// Read both ends of a live loopback pair instead of a fresh socket: TCP or UDP over
    /// 127.0.0.1 or ::1, a socketpair for unix; TCP_INFO decoded for TCP.
    #[arg(long)]
    pub connected: bool,
    /// Ask about every option sockref knows, not only those that apply to this socket.
    #[arg(long)]
    pub all: bool,
    /// Read a socket another process holds instead (with --fd): every option, its
    /// addresses and TCP_INFO, from a duplicate of the descriptor taken with pidfd_getfd(2).
    /// Read-only; needs ptrace permission over the process (its user, or CAP_SYS_PTRACE).
    #[arg(long, value_name = "PID", requires = "fd", conflicts_with_all = ["set", "connected"])]
    pub pid: Option<i32>,
    /// The descriptor number of the socket in process --pid (ls -l /proc/PID/fd).
    #[arg(long, value_name = "FD", requires = "pid")]
    pub fd: Option<i32>,
}

/// Arguments of `keepalive`.
#[derive(Debug, Args)]
pub struct KeepaliveArgs {
    /// Address family of the TCP socket: inet or inet6.
    #[arg(add = complete::families(), long, default_value = "inet", value_name = "FAMILY")]
    pub family: String,
    /// Set TCP_KEEPIDLE on the socket first (seconds; 90, 2m, 1h).
    #[arg(long, value_name = "SECONDS")]
    pub idle: Option<String>,
    /// Set TCP_KEEPINTVL on the socket first (seconds).
    #[arg(long, value_name = "SECONDS")]
    pub interval: Option<String>,
    /// Set TCP_KEEPCNT on the socket first (unanswered probes before the peer is dead).
    #[arg(long, value_name = "N")]
    pub count: Option<String>,
    /// Run an application heartbeat over a loopback TCP pair: the server answers a few
    /// pings, then stops answering without closing, and the client declares it dead after
    /// --misses missed beats. Prints the timeline beside the keepalive settings.
    #[arg(long)]
    pub demo: bool,
    /// With --demo: milliseconds between heartbeats (or 0.5s), 10ms-2s.
    #[arg(
        long,
        value_name = "MS",
        requires = "demo",
        default_value = "100",
        value_parser = values::millis(values::HEARTBEAT_MIN, values::HEARTBEAT_MAX)
    )]
    pub heartbeat: Duration,
    /// With --demo: missed heartbeats before the peer is declared dead, 1-10.
    #[arg(
        long,
        value_name = "N",
        requires = "demo",
        default_value_t = 3,
        value_parser = clap::value_parser!(u32).range(1..=10)
    )]
    pub misses: u32,
}

/// Arguments of `connect`.
#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// The peer: `127.0.0.1:80`, `[::1]:443`, `localhost:https`, or HOST and PORT as two
    /// words (`localhost 80`, `::1 443`). PORT is a number or a service name; in one word an
    /// IPv6 address goes in brackets.
    #[arg(value_name = "HOST:PORT")]
    pub target: String,
    /// The port, when HOST and PORT are given as two words.
    #[arg(value_name = "PORT")]
    pub port: Option<String>,
    /// Only IPv4 candidates (getaddrinfo with AF_INET).
    #[arg(short = '4', conflicts_with = "ipv6")]
    pub ipv4: bool,
    /// Only IPv6 candidates (getaddrinfo with AF_INET6).
    #[arg(short = '6')]
    pub ipv6: bool,
    /// Bind to this address before each connect, as Python's source_address:
    /// `127.0.0.1`, `127.0.0.1:5000`, `::1`, `[::1]:5000` (port 0 when omitted).
    #[arg(long, value_name = "ADDR[:PORT]")]
    pub source: Option<String>,
    /// Race the candidates as RFC 8305 (Happy Eyeballs) does: families interleaved, a new
    /// attempt every --attempt-delay or as soon as one fails, the first connection wins;
    /// shown beside the sequential create_connection, each candidate with the whole
    /// --timeout.
    #[arg(long, conflicts_with = "source")]
    pub happy_eyeballs: bool,
    /// The connection attempt delay of --happy-eyeballs (RFC 8305 recommends 250 ms; 10 ms
    /// to 2 s; also 0.1).
    #[arg(
        long,
        value_name = "DELAY",
        requires = "happy_eyeballs",
        default_value = "250ms",
        value_parser = values::seconds(Duration::from_millis(10), Duration::from_secs(2))
    )]
    pub attempt_delay: Duration,
}

/// Arguments of `create_connection`.
#[derive(Debug, Args)]
pub struct CreateConnectionArgs {
    /// The address tuple as HOST:PORT (`127.0.0.1:80`, `[::1]:443`, `localhost:https`) or
    /// as two words, HOST PORT (`localhost 80`).
    #[arg(value_name = "HOST:PORT")]
    pub address: String,
    /// The port, when HOST and PORT are given as two words.
    #[arg(value_name = "PORT")]
    pub port: Option<String>,
    /// source_address as ADDR[:PORT]: `127.0.0.1`, `[::1]:5000`.
    #[arg(long, value_name = "ADDR[:PORT]")]
    pub source: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `socketpair`, Python's `socketpair(family=AF_UNIX, type=SOCK_STREAM,
/// proto=0)`.
#[derive(Debug, Args)]
pub struct SocketpairArgs {
    /// The family: AF_UNIX (Linux makes pairs in no other).
    #[arg(add = complete::families(), default_value = "AF_UNIX")]
    pub family: String,
    /// The type: SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET.
    #[arg(add = complete::socket_types(), value_name = "TYPE", default_value = "SOCK_STREAM")]
    pub socktype: String,
    /// The protocol; 0 is the family's default.
    #[arg(add = complete::protocol_constants(), default_value = "0")]
    pub proto: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `create_server`, Python's `create_server(address, *, family=AF_INET,
/// backlog=None, reuse_port=False, dualstack_ipv6=False)`.
#[derive(Debug, Args)]
pub struct CreateServerArgs {
    /// The address to bind, ADDR[:PORT] (`127.0.0.1:8080`, `[::]:0`, `localhost`); port 0
    /// (the default) lets the kernel choose. Without it: `[::]:0` as a dual-stack
    /// listener, where this host can make one.
    #[arg(value_name = "ADDR[:PORT]")]
    pub address: Option<String>,
    /// AF_INET or AF_INET6; by default the address's own.
    #[arg(add = complete::families(), long, value_name = "FAMILY")]
    pub family: Option<String>,
    /// Accept IPv4 clients on an AF_INET6 listener too (IPV6_V6ONLY off).
    #[arg(long)]
    pub dualstack_ipv6: bool,
    /// Set SO_REUSEPORT, so that other sockets may bind the same address.
    #[arg(long)]
    pub reuse_port: bool,
    /// The listen() backlog; Python's default is min(SOMAXCONN, 128).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(0..=65535))]
    pub backlog: Option<i32>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `backlog`.
#[derive(Debug, Args)]
pub struct BacklogArgs {
    /// The backlog argument of listen(2), 0-4096 (4096 is Linux's default
    /// net.core.somaxconn since 5.4, and sockref's bound).
    #[arg(
        value_name = "N",
        allow_hyphen_values = true,
        value_parser = clap::value_parser!(i32).range(0..=4096)
    )]
    pub backlog: i32,
}

/// Arguments of `echo`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("timed").args(["bench", "serve"]).multiple(true)))]
#[command(group(ArgGroup::new("sized").args(["bench", "connections"]).multiple(true)))]
#[command(group(ArgGroup::new("standalone").args(["serve", "connect"])))]
pub struct EchoArgs {
    /// Only these transports (repeatable, or a comma list: `tcp4,udp6`); every one when
    /// omitted.
    #[arg(
        long = "transport",
        value_enum,
        value_delimiter = ',',
        value_name = "TRANSPORT"
    )]
    pub transports: Vec<EchoTransportArg>,
    /// Record every socket call of both sides (socket, bind, listen, accept, connect,
    /// send, recv, shutdown, close) with its descriptor, arguments, result and time, shown
    /// as a server | client sequence. Sends 4 small ping-pongs instead of 100 so that the
    /// sequence stays readable.
    #[arg(long)]
    pub trace: bool,
    /// Measure instead of checking: per transport, ping-pong latency (one --size message
    /// in flight, round trips for --duration, TCP_NODELAY on TCP) with percentiles, and
    /// for streams one-way throughput (128 KiB writes into a counting server). Comparable
    /// with sockperf ping-pong, which prints half the round trip, and iperf3.
    /// With --connect ADDR: the same against any echo server, with the throughput
    /// through its echo.
    #[arg(long, conflicts_with_all = ["trace", "connections", "serve"])]
    pub bench: bool,
    /// With --bench --connect: this many TCP streams at once in the throughput run (1-128).
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1,
        requires = "connect",
        value_parser = clap::value_parser!(u16).range(1..=128)
    )]
    pub streams: u16,
    /// Seconds each --bench measurement runs (default 2, at most 1h), or how long --serve
    /// serves (default: until Ctrl-C, at most 7 days); also 500ms, 2m.
    #[arg(
        long,
        value_name = "SECONDS",
        requires = "timed",
        value_parser = values::seconds(values::DURATION_MIN, values::SERVE_MAX)
    )]
    pub duration: Option<Duration>,
    /// Bytes per message of the --bench ping-pong and of each --connections request
    /// (default 64; also 4K, 1M).
    #[arg(
        long,
        value_name = "BYTES",
        requires = "sized",
        value_parser = values::bytes(1, values::MESSAGE_MAX)
    )]
    pub size: Option<u64>,
    /// What a TCP connection costs: `short` opens one per request (connect, send, recv,
    /// close), `long` keeps one open for all; `short,long` runs both. Shows the time of
    /// each request and the TIME_WAIT sockets left behind. Alone it means `long`.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        num_args = 0..=1,
        default_missing_value = "long",
        value_name = "MODE",
        conflicts_with_all = ["trace", "serve", "connect"]
    )]
    pub connections: Vec<ConnectionsArg>,
    /// Requests per --connections mode, 1-100000.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 1000,
        requires = "connections",
        value_parser = clap::value_parser!(u32).range(1..=100_000)
    )]
    pub requests: u32,
    /// Run only an echo server on ADDR (`127.0.0.1:7000`, `[::1]:7000`, `localhost:0`;
    /// port 0 lets the kernel pick) for other clients, until Ctrl-C or --duration. The
    /// first line printed is the address it listens on. TCP, or UDP with `--transport
    /// udp4` or `udp6`.
    #[arg(long, value_name = "ADDR", conflicts_with_all = ["trace", "connect"])]
    pub serve: Option<String>,
    /// Run only the client against an echo server at ADDR, anyone's (socat, ncat,
    /// another `sockref echo --serve`), with the usual payloads and checks. TCP, or UDP
    /// with `--transport udp4` or `udp6`.
    #[arg(long, value_name = "ADDR")]
    pub connect: Option<String>,
    /// Let --serve and --connect use an address outside loopback (with a warning on
    /// stderr); without it such an ADDR is refused.
    #[arg(long, requires = "standalone")]
    pub allow_remote: bool,
    /// With --serve: close a connection that has been idle (nothing read, or its client
    /// not reading) for this many seconds (default 30, at most a day).
    #[arg(
        long,
        value_name = "SECONDS",
        requires = "serve",
        value_parser = values::seconds(values::DURATION_MIN, values::TIMEOUT_MAX)
    )]
    pub idle: Option<Duration>,
    /// With --serve: the most connections served at once (default 2048); a client beyond
    /// that is accepted and closed at once.
    #[arg(
        long,
        value_name = "N",
        requires = "serve",
        value_parser = clap::value_parser!(u32).range(1..=65_536)
    )]
    pub max_connections: Option<u32>,
}

/// The connection modes of `echo --connections`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConnectionsArg {
    /// A new TCP connection for every request.
    Short,
    /// One TCP connection kept open for every request.
    Long,
}

/// The transports of `echo`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EchoTransportArg {
    /// TCP over 127.0.0.1.
    Tcp4,
    /// TCP over ::1.
    Tcp6,
    /// UDP over 127.0.0.1, datagrams up to 65507 bytes.
    Udp4,
    /// UDP over ::1, datagrams up to 65527 bytes.
    Udp6,
    /// AF_UNIX SOCK_STREAM at a path in a fresh private directory.
    UnixStream,
    /// AF_UNIX SOCK_DGRAM at a path, datagrams up to what SO_SNDBUF allows.
    UnixDgram,
    /// AF_UNIX SOCK_SEQPACKET at a path, records up to what SO_SNDBUF allows.
    UnixSeqpacket,
    /// socketpair(AF_UNIX, SOCK_STREAM): two connected ends without addresses.
    Socketpair,
    /// AF_UNIX SOCK_STREAM in Linux's abstract namespace.
    AbstractStream,
    /// AF_UNIX SOCK_DGRAM in Linux's abstract namespace.
    AbstractDgram,
    /// AF_UNIX SOCK_SEQPACKET in Linux's abstract namespace.
    AbstractSeqpacket,
}

/// Arguments of `sockets`.
#[derive(Debug, Args)]
pub struct SocketsArgs {
    /// Only the sockets this process holds.
    #[arg(long, value_name = "PID")]
    pub pid: Option<i32>,
    /// Only sockets with this local or peer port.
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Only sockets in this state (LISTEN, ESTAB, TIME-WAIT, CLOSE-WAIT, UNCONN, ...; any
    /// case, `_` or `-`); repeatable.
    #[arg(long, value_name = "STATE")]
    pub state: Vec<String>,
    /// Only IPv4 sockets.
    #[arg(short = '4')]
    pub ipv4: bool,
    /// Only IPv6 sockets.
    #[arg(short = '6')]
    pub ipv6: bool,
    /// Only TCP sockets (with --udp and --unix: those too).
    #[arg(long, short = 't')]
    pub tcp: bool,
    /// Only UDP sockets.
    #[arg(long, short = 'u')]
    pub udp: bool,
    /// Only unix sockets.
    #[arg(long, short = 'x')]
    pub unix: bool,
    /// Only listening sockets: LISTEN, and UNCONN for datagram sockets.
    #[arg(long, short = 'l')]
    pub listening: bool,
    /// Add the key options of each socket (nodelay, keepalive and its timers, reuseaddr,
    /// reuseport, rcvbuf, sndbuf, v6only), read from the owning process's descriptor
    /// (pidfd_getfd; needs ptrace permission over it).
    #[arg(long)]
    pub options: bool,
}

/// Arguments of `fromfd`.
#[derive(Debug, Args)]
pub struct FromfdArgs {
    /// The process that holds the socket.
    pub pid: i32,
    /// Its descriptor number for the socket (ls -l /proc/PID/fd).
    pub fd: i32,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getsockopt`.
#[derive(Debug, Args)]
pub struct GetsockoptArgs {
    /// Address family of the fresh socket: AF_INET, inet6, unix or a number.
    #[arg(add = complete::families())]
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, seqpacket, raw or a number.
    #[arg(add = complete::socket_types(), value_name = "TYPE")]
    pub socktype: String,
    /// Level: SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPPROTO_UDP (or socket,
    /// ip, ipv6, tcp, udp), or a number.
    #[arg(add = complete::levels())]
    pub level: String,
    /// Option: SO_RCVBUF, TCP_NODELAY, ... (the prefix may be left out), or a number.
    #[arg(add = complete::options())]
    pub optname: String,
    /// Read into a buffer of this many bytes (1-1024) and return them as hex, as
    /// getsockopt(level, optname, buflen) does.
    #[arg(long, value_name = "N")]
    pub buflen: Option<String>,
    /// The protocol argument of socket(): IPPROTO_*, a name or a number.
    #[arg(add = complete::protocol_constants(), long, default_value = "0", value_name = "PROTO")]
    pub proto: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `setsockopt`.
#[derive(Debug, Args)]
pub struct SetsockoptArgs {
    /// Address family of the fresh socket: AF_INET, inet6, unix or a number.
    #[arg(add = complete::families())]
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, seqpacket, raw or a number.
    #[arg(add = complete::socket_types(), value_name = "TYPE")]
    pub socktype: String,
    /// Level: SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPPROTO_UDP (or socket,
    /// ip, ipv6, tcp, udp), or a number.
    #[arg(add = complete::levels())]
    pub level: String,
    /// Option: SO_RCVBUF, TCP_NODELAY, ... (the prefix may be left out), or a number.
    #[arg(add = complete::options())]
    pub optname: String,
    /// The value: an integer, or with --bytes a byte string in hex.
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// VALUE is bytes in hex (a struct or a string), as setsockopt(level, optname, bytes).
    #[arg(long)]
    pub bytes: bool,
    /// Read the value back into a buffer of this many bytes, returned as hex.
    #[arg(long, value_name = "N")]
    pub buflen: Option<String>,
    /// The protocol argument of socket(): IPPROTO_*, a name or a number.
    #[arg(add = complete::protocol_constants(), long, default_value = "0", value_name = "PROTO")]
    pub proto: String,
    #[command(flatten)]
    pub code: CodeArg,
}

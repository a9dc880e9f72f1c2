//! The command line, as clap types only. The `///` comments are the `--help` text, the
//! man page and the completions.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

/// The socket API at your fingertips: every lookup of the socket module as a real call on
/// this machine, printed as a table or JSON.
#[derive(Debug, Parser)]
#[command(
    name = "sockref",
    version,
    propagate_version = true,
    arg_required_else_help = true
)]
#[command(max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Print one JSON document on stdout (errors as one JSON object on stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// Output format; `--json` is short for `--format json`.
    #[arg(long, value_enum, global = true, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// Draw tables with ASCII characters even on a terminal.
    #[arg(long, global = true)]
    pub ascii: bool,
    /// When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb.
    #[arg(long, value_enum, global = true, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
    /// Give up on a call that can block (name resolution, each connect attempt) after this
    /// many seconds; `backlog` runs within it as a whole.
    #[arg(long, global = true, default_value = "5", value_name = "SECONDS")]
    pub timeout: String,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// A table for people.
    Table,
    /// One JSON document.
    Json,
    /// Tab-separated values with a header line.
    Tsv,
}

/// Colour choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Every subcommand: friendly verbs first, then one mirror per socket-module function.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Resolve host names with the system resolver (getaddrinfo): addresses, families,
    /// socket types, canonical name and aliases; many names at once, in input order.
    Resolve(ResolveArgs),
    /// Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side.
    Reverse(ReverseArgs),
    /// This host's name: gethostname and getfqdn.
    Hostname,
    /// Look up services(5) by name or port: every matching row with its aliases.
    Service(ServiceArgs),
    /// Look up protocols(5) by name or number.
    Proto(ProtoArgs),
    /// Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number.
    Byteorder(ByteorderArgs),
    /// What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its
    /// integer, canonical form and class.
    Inet(InetArgs),
    /// Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by
    /// name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`).
    #[command(name = "const")]
    Const(ConstArgs),
    /// errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the
    /// platform's message, the socket calls that return each and its usual cause.
    Errno(ErrnoArgs),
    /// Every option of a fresh socket, grouped by level, in natural units; `--set` shows
    /// what the kernel keeps, `--connected` reads both ends of a live loopback pair.
    Sockopt(SockoptArgs),
    /// TCP keepalive: the system defaults, a fresh socket's settings, and how long each
    /// takes to notice a dead peer; `--demo` runs an application heartbeat over loopback.
    Keepalive(KeepaliveArgs),
    /// create_connection step by step: every getaddrinfo candidate tried in order, its
    /// outcome and time, and the local and peer address of the connection made.
    Connect(ConnectArgs),
    /// How many connections complete before accept() with listen(N): fills the accept
    /// queue of a loopback listener and shows what the kernel does with the rest.
    Backlog(BacklogArgs),
    /// A loopback echo server and client in this process over each transport (TCP, UDP,
    /// unix, socketpair, abstract): every byte sent must come back unchanged; RTT
    /// percentiles and throughput per transport, `--trace` for every socket call.
    Echo(EchoArgs),
    /// Write a shell completion script to stdout.
    Completions(CompletionsArgs),

    /// socket.gethostbyname(hostname): the first IPv4 address of a name.
    Gethostbyname(HostnameArg),
    /// socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist).
    #[command(name = "gethostbyname_ex")]
    GethostbynameEx(HostnameArg),
    /// socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist).
    Gethostbyaddr(IpAddressArg),
    /// socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order.
    Getaddrinfo(GetaddrinfoArgs),
    /// socket.getnameinfo((host, port), flags): (host, port).
    Getnameinfo(GetnameinfoArgs),
    /// socket.gethostname().
    Gethostname,
    /// socket.getfqdn([name]).
    Getfqdn(GetfqdnArgs),
    /// socket.getservbyname(servicename[, protocolname]): the port number.
    Getservbyname(GetservbynameArgs),
    /// socket.getservbyport(port[, protocolname]): the service name.
    Getservbyport(GetservbyportArgs),
    /// socket.getprotobyname(protocolname): the protocol number.
    Getprotobyname(GetprotobynameArgs),
    /// socket.htons(x): a 16-bit integer from host to network byte order.
    Htons(IntArg),
    /// socket.htonl(x): a 32-bit integer from host to network byte order.
    Htonl(IntArg),
    /// socket.ntohs(x): a 16-bit integer from network to host byte order.
    Ntohs(IntArg),
    /// socket.ntohl(x): a 32-bit integer from network to host byte order.
    Ntohl(IntArg),
    /// socket.inet_pton(address_family, ip_string): the packed address, as hex.
    #[command(name = "inet_pton")]
    InetPton(InetPtonArgs),
    /// socket.inet_ntop(address_family, packed_ip): the address text.
    #[command(name = "inet_ntop")]
    InetNtop(InetNtopArgs),
    /// socket.inet_aton(ip_string): the packed IPv4 address, as hex.
    #[command(name = "inet_aton")]
    InetAton(InetAtonArgs),
    /// socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address.
    #[command(name = "inet_ntoa")]
    InetNtoa(InetNtoaArgs),
    /// socket.socket(family, type).getsockopt(level, optname): the option as a C int.
    Getsockopt(GetsockoptArgs),
    /// socket.socket(family, type).setsockopt(level, optname, value), then the value read
    /// back with getsockopt.
    Setsockopt(SetsockoptArgs),
    /// socket.create_connection(address, timeout, source_address): the laddr and raddr of
    /// the connected socket, or the last error.
    #[command(name = "create_connection")]
    CreateConnection(CreateConnectionArgs),
}

/// Arguments of `resolve`.
#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// Host names or numeric addresses; `-` reads names from stdin, one per line.
    #[arg(value_name = "HOST")]
    pub hosts: Vec<String>,
    /// Read names from this file, one per line (blank lines and # comments skipped).
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// IPv4 addresses only (AF_INET).
    #[arg(short = '4', conflicts_with = "ipv6")]
    pub ipv4: bool,
    /// IPv6 addresses only (AF_INET6).
    #[arg(short = '6')]
    pub ipv6: bool,
    /// A service name or port to resolve with each host (shows the port column).
    #[arg(long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Only this socket type: stream, dgram, raw, seqpacket (or SOCK_* or a number).
    #[arg(long = "type", value_name = "TYPE")]
    pub socktype: Option<String>,
    /// How many lookups run at once.
    #[arg(long, default_value_t = 32, value_name = "N")]
    pub jobs: usize,
}

/// Arguments of `reverse`.
#[derive(Debug, Args)]
pub struct ReverseArgs {
    /// IPv4 or IPv6 addresses.
    #[arg(value_name = "ADDR", required = true)]
    pub addresses: Vec<String>,
}

/// Arguments of `service`.
#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// A service name or alias (`https`), or a port number (`443`).
    #[arg(value_name = "NAME|PORT", required_unless_present = "all")]
    pub query: Option<String>,
    /// Only rows of this protocol (tcp, udp, sctp, ...).
    #[arg(long, value_name = "PROTO")]
    pub proto: Option<String>,
    /// List the whole services database.
    #[arg(long, conflicts_with = "query")]
    pub all: bool,
}

/// Arguments of `proto`.
#[derive(Debug, Args)]
pub struct ProtoArgs {
    /// A protocol name or alias (`tcp`, `TCP`), or a number (`6`).
    #[arg(value_name = "NAME|NUMBER", required_unless_present = "all")]
    pub query: Option<String>,
    /// List the whole protocols database.
    #[arg(long, conflicts_with = "query")]
    pub all: bool,
}

/// Arguments of `byteorder`.
#[derive(Debug, Args)]
pub struct ByteorderArgs {
    /// The number: decimal, 0x hex, 0o octal or 0b binary (underscores allowed).
    #[arg(value_name = "N", allow_hyphen_values = true)]
    pub value: String,
}

/// Arguments of `inet`.
#[derive(Debug, Args)]
pub struct InetArgs {
    /// An address in any form inet_pton or inet_aton accepts (`::1`, `127.1`,
    /// `0x7f000001`), or a packed address as 8 or 32 hex digits.
    #[arg(value_name = "ADDR|HEX", allow_hyphen_values = true)]
    pub address: String,
}

/// Arguments of `const`.
#[derive(Debug, Args)]
pub struct ConstArgs {
    /// An exact name in any case (`SO_REUSEADDR`), a group or the start of names (`AF`,
    /// `SO_`, `TCP_KEEP`), or a glob with `*` and `?` (`SO_*BUF`); every constant when
    /// omitted.
    #[arg(value_name = "PATTERN")]
    pub pattern: Option<String>,
    /// Only this group: AF, SOCK, SOL, SO, IPPROTO, IP, IPV6, TCP, MSG, AI, NI, EAI, SHUT,
    /// SCM, INADDR, SOMAXCONN or has_ipv6.
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Only constants with this value: decimal, 0x hex, 0o octal or 0b binary. Every name
    /// with that value is shown.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// List every constant (the same as giving no filter).
    #[arg(long, conflicts_with_all = ["pattern", "prefix", "value"])]
    pub all: bool,
}

/// Arguments of `errno`.
#[derive(Debug, Args)]
pub struct ErrnoArgs {
    /// A name in any case (`ECONNREFUSED`, `ewouldblock`, `EAI_NONAME`, `HOST_NOT_FOUND`)
    /// or a number in any radix. A number shows every kind of code that has it: errno and
    /// h_errno share small positive numbers, EAI codes are negative.
    #[arg(
        value_name = "NAME|NUMBER",
        allow_hyphen_values = true,
        required_unless_present_any = ["list", "search"],
        conflicts_with_all = ["list", "search"]
    )]
    pub query: Option<String>,
    /// List every code: errno values, then EAI codes, then h_errno codes.
    #[arg(long, conflicts_with = "search")]
    pub list: bool,
    /// Only codes whose name, message or cause contains WORD (any case).
    #[arg(long, value_name = "WORD")]
    pub search: Option<String>,
    /// Only codes of this kind.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<ErrnoKindArg>,
}

/// The kinds of error code `errno` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ErrnoKindArg {
    /// errno values, strerror(3) (Python's OSError).
    Errno,
    /// getaddrinfo and getnameinfo codes, EAI_* (Python's socket.gaierror).
    #[value(alias = "gaierror")]
    Eai,
    /// gethostbyname and gethostbyaddr codes, h_errno (Python's socket.herror).
    #[value(alias = "h_errno")]
    Herror,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// A host name argument.
#[derive(Debug, Args)]
pub struct HostnameArg {
    /// The host name (or numeric address).
    pub hostname: String,
}

/// An IP address argument (Python also accepts a name and resolves it first).
#[derive(Debug, Args)]
pub struct IpAddressArg {
    /// The address to look up.
    pub ip_address: String,
}

/// Arguments of `getaddrinfo`.
#[derive(Debug, Args)]
pub struct GetaddrinfoArgs {
    /// The host; `None` (or an empty string) passes NULL.
    pub host: String,
    /// The port number or service name; `None` passes NULL.
    pub port: String,
    /// Address family: AF_INET, inet6, unspec or a number.
    #[arg(long, default_value = "0")]
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, raw or a number.
    #[arg(long = "type", default_value = "0")]
    pub socktype: String,
    /// Protocol: IPPROTO_TCP, udp or a number.
    #[arg(long, default_value = "0")]
    pub proto: String,
    /// Flags: `AI_CANONNAME|AI_PASSIVE`, `canonname,passive` or a number.
    #[arg(long, default_value = "0")]
    pub flags: String,
}

/// Arguments of `getnameinfo`.
#[derive(Debug, Args)]
pub struct GetnameinfoArgs {
    /// The numeric host of the socket address. As in Python, a `%scope` suffix is accepted
    /// but the address is looked up with scope_id 0.
    pub host: String,
    /// The port of the socket address.
    pub port: String,
    /// Flags: `NI_NUMERICHOST|NI_NAMEREQD`, `numerichost,namereqd` or a number.
    #[arg(long, default_value = "0")]
    pub flags: String,
}

/// Arguments of `getfqdn`.
#[derive(Debug, Args)]
pub struct GetfqdnArgs {
    /// The name to qualify; this host's name when omitted.
    pub name: Option<String>,
}

/// Arguments of `getservbyname`.
#[derive(Debug, Args)]
pub struct GetservbynameArgs {
    /// The service name.
    pub servicename: String,
    /// The protocol (tcp, udp); any when omitted.
    pub protocolname: Option<String>,
}

/// Arguments of `getservbyport`.
#[derive(Debug, Args)]
pub struct GetservbyportArgs {
    /// The port number, 0-65535.
    #[arg(allow_hyphen_values = true)]
    pub port: String,
    /// The protocol (tcp, udp); any when omitted.
    pub protocolname: Option<String>,
}

/// Arguments of `getprotobyname`.
#[derive(Debug, Args)]
pub struct GetprotobynameArgs {
    /// The protocol name.
    pub protocolname: String,
}

/// An integer argument of the byte-order mirrors.
#[derive(Debug, Args)]
pub struct IntArg {
    /// The integer: decimal, 0x hex, 0o octal or 0b binary.
    #[arg(allow_hyphen_values = true)]
    pub x: String,
}

/// Arguments of `inet_pton`.
#[derive(Debug, Args)]
pub struct InetPtonArgs {
    /// AF_INET or AF_INET6 (or inet, inet6, a number).
    pub address_family: String,
    /// The address text.
    #[arg(allow_hyphen_values = true)]
    pub ip_string: String,
}

/// Arguments of `inet_ntop`.
#[derive(Debug, Args)]
pub struct InetNtopArgs {
    /// AF_INET or AF_INET6 (or inet, inet6, a number).
    pub address_family: String,
    /// The packed address as hex (`7f000001`, `0x7f000001`, `7f:00:00:01`).
    pub packed_ip: String,
}

/// Arguments of `inet_aton`.
#[derive(Debug, Args)]
pub struct InetAtonArgs {
    /// The address text; legacy forms such as `127.1` and `0x7f.1` are accepted.
    #[arg(allow_hyphen_values = true)]
    pub ip_string: String,
}

/// Arguments of `inet_ntoa`.
#[derive(Debug, Args)]
pub struct InetNtoaArgs {
    /// The packed IPv4 address as hex (4 bytes).
    pub packed_ip: String,
}

/// Arguments of `sockopt`.
#[derive(Debug, Args)]
pub struct SockoptArgs {
    /// Address family: inet, inet6 or unix (or AF_*, or a number).
    #[arg(long, default_value = "inet", value_name = "FAMILY")]
    pub family: String,
    /// Socket type: stream, dgram, seqpacket or raw (or SOCK_*, or a number).
    #[arg(long = "type", default_value = "stream", value_name = "TYPE")]
    pub socktype: String,
    /// Protocol (IPPROTO_*, a name such as icmp, or a number); 0 by default, and for raw
    /// sockets icmp (inet) or icmpv6 (inet6).
    #[arg(long, value_name = "PROTO")]
    pub proto: Option<String>,
    /// Set an option before reading, e.g. SO_RCVBUF=64K, TCP_NODELAY=on, SO_LINGER=on,5,
    /// SO_RCVTIMEO=1.5; repeatable. Shows what was asked beside what the kernel kept.
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
    /// Read both ends of a live loopback pair instead of a fresh socket: TCP or UDP over
    /// 127.0.0.1 or ::1, a socketpair for unix; TCP_INFO decoded for TCP.
    #[arg(long)]
    pub connected: bool,
    /// Ask about every option sockref knows, not only those that apply to this socket.
    #[arg(long)]
    pub all: bool,
}

/// Arguments of `keepalive`.
#[derive(Debug, Args)]
pub struct KeepaliveArgs {
    /// Address family of the TCP socket: inet or inet6.
    #[arg(long, default_value = "inet", value_name = "FAMILY")]
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
    /// With --demo: milliseconds between heartbeats, 10-2000 (default 100).
    #[arg(long, value_name = "MS", requires = "demo")]
    pub heartbeat: Option<String>,
    /// With --demo: missed heartbeats before the peer is declared dead, 1-10 (default 3).
    #[arg(long, value_name = "N", requires = "demo")]
    pub misses: Option<String>,
}

/// Arguments of `connect`.
#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// The peer: `127.0.0.1:80`, `[::1]:443`, `localhost:https`. PORT is a number or a
    /// service name; an IPv6 address goes in brackets.
    #[arg(value_name = "HOST:PORT")]
    pub target: String,
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
}

/// Arguments of `create_connection`.
#[derive(Debug, Args)]
pub struct CreateConnectionArgs {
    /// The address tuple as HOST:PORT: `127.0.0.1:80`, `[::1]:443`, `localhost:https`.
    #[arg(value_name = "HOST:PORT")]
    pub address: String,
    /// source_address as ADDR[:PORT]: `127.0.0.1`, `[::1]:5000`.
    #[arg(long, value_name = "ADDR[:PORT]")]
    pub source: Option<String>,
}

/// Arguments of `backlog`.
#[derive(Debug, Args)]
pub struct BacklogArgs {
    /// The backlog argument of listen(2), 0-4096.
    #[arg(value_name = "N", allow_hyphen_values = true)]
    pub backlog: String,
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
    #[arg(long, conflicts_with_all = ["trace", "connections", "serve", "connect"])]
    pub bench: bool,
    /// Seconds each --bench measurement runs (default 2), or how long --serve serves
    /// (default: until Ctrl-C).
    #[arg(long, value_name = "SECONDS", requires = "timed")]
    pub duration: Option<String>,
    /// Bytes per message of the --bench ping-pong and of each --connections request
    /// (default 64).
    #[arg(long, value_name = "BYTES", requires = "sized")]
    pub size: Option<String>,
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
    /// not reading) for this many seconds (default 30).
    #[arg(long, value_name = "SECONDS", requires = "serve")]
    pub idle: Option<String>,
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

/// Arguments of `getsockopt`.
#[derive(Debug, Args)]
pub struct GetsockoptArgs {
    /// Address family of the fresh socket: AF_INET, inet6, unix or a number.
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, seqpacket, raw or a number.
    #[arg(value_name = "TYPE")]
    pub socktype: String,
    /// Level: SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPPROTO_UDP (or socket,
    /// ip, ipv6, tcp, udp), or a number.
    pub level: String,
    /// Option: SO_RCVBUF, TCP_NODELAY, ... (the prefix may be left out), or a number.
    pub optname: String,
    /// Read into a buffer of this many bytes (1-1024) and return them as hex, as
    /// getsockopt(level, optname, buflen) does.
    #[arg(long, value_name = "N")]
    pub buflen: Option<String>,
    /// The protocol argument of socket(): IPPROTO_*, a name or a number.
    #[arg(long, default_value = "0", value_name = "PROTO")]
    pub proto: String,
}

/// Arguments of `setsockopt`.
#[derive(Debug, Args)]
pub struct SetsockoptArgs {
    /// Address family of the fresh socket: AF_INET, inet6, unix or a number.
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, seqpacket, raw or a number.
    #[arg(value_name = "TYPE")]
    pub socktype: String,
    /// Level: SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPPROTO_UDP (or socket,
    /// ip, ipv6, tcp, udp), or a number.
    pub level: String,
    /// Option: SO_RCVBUF, TCP_NODELAY, ... (the prefix may be left out), or a number.
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
    #[arg(long, default_value = "0", value_name = "PROTO")]
    pub proto: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}

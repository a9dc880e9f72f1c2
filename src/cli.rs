//! The command line, as clap types only. The `///` comments are the `--help` text, the
//! man page and the completions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Give up on a call that can block (name resolution) after this many seconds.
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}

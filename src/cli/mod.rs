//! The command line, as clap types only. The `///` comments are the `--help` text, the
//! man page and the completions.

use clap::{Args, Parser, Subcommand, ValueEnum};

mod lookups;
mod quick;
mod sockets;
pub mod values;

pub use lookups::*;
pub use quick::parse_quickly;
pub use sockets::*;

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

/// Options every command takes, listed apart from each command's own in its help.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
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
    /// How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb
    /// answers each of its inputs within it, a function mirror each call; each command's
    /// --help says how it counts.
    #[arg(
        long,
        global = true,
        default_value = "5",
        value_name = "SECONDS",
        value_parser = values::seconds(values::TIMEOUT_MIN, values::TIMEOUT_MAX)
    )]
    pub timeout: std::time::Duration,
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

/// Declares [`Command`], every subcommand with its name on the command line, and
/// [`subcommand`], which builds one of them alone: from one list, so that the quick parse
/// of [`parse_quickly`] knows exactly the subcommands the whole definition knows.
macro_rules! commands {
    ($( $(#[$meta:meta])* $name:literal => $variant:ident $(($args:ty))? ),* $(,)?) => {
        /// Every subcommand: friendly verbs first, then one mirror per socket-module function.
        #[derive(Debug, Subcommand)]
        pub enum Command {
            $( $(#[$meta])* #[command(name = $name)] $variant $(($args))?, )*
        }

        /// The definition of the subcommand called `name`, built alone (without its help
        /// text, which only the whole definition carries); `None` when there is none.
        pub fn subcommand(name: &str) -> Option<clap::Command> {
            match name {
                $( $name => Some(commands!(@one $name $(, $args)?)), )*
                _ => None,
            }
        }
    };
    (@one $name:literal, $args:ty) => {
        <$args as clap::Args>::augment_args(clap::Command::new($name))
    };
    (@one $name:literal) => {
        clap::Command::new($name)
    };
}

commands! {
    /// Resolve host names with the system resolver (getaddrinfo): addresses, families,
    /// socket types, canonical name and aliases; many names at once, in input order.
    ///
    /// Each name is answered within --timeout of its turn (--jobs run at once); a name
    /// whose answer has not come by then is reported as timed out and the others are kept.
    "resolve" => Resolve(ResolveArgs),
    /// Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side.
    ///
    /// Both calls for every address run at the same time (32 at most), each within
    /// --timeout; a call that misses it is reported as timed out and the others are kept.
    "reverse" => Reverse(ReverseArgs),
    /// This host's name: gethostname and getfqdn.
    ///
    /// getfqdn and getaddrinfo of the host's name run at the same time; the command ends
    /// within --timeout with the answers that came in time (exit 1 if one did not).
    "hostname" => Hostname,
    /// Look up services(5) by name or port: every matching row with its aliases.
    "service" => Service(ServiceArgs),
    /// Look up protocols(5) by name or number.
    "proto" => Proto(ProtoArgs),
    /// Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number.
    "byteorder" => Byteorder(ByteorderArgs),
    /// What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its
    /// integer, canonical form and class.
    "inet" => Inet(InetArgs),
    /// Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by
    /// name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`).
    "const" => Const(ConstArgs),
    /// errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the
    /// platform's message, the socket calls that return each and its usual cause.
    "errno" => Errno(ErrnoArgs),
    /// Every option of a fresh socket, grouped by level, in natural units; `--set` shows
    /// what the kernel keeps, `--connected` reads both ends of a live loopback pair.
    "sockopt" => Sockopt(SockoptArgs),
    /// TCP keepalive: the system defaults, a fresh socket's settings, and how long each
    /// takes to notice a dead peer; `--demo` runs an application heartbeat over loopback.
    "keepalive" => Keepalive(KeepaliveArgs),
    /// create_connection step by step: every getaddrinfo candidate tried in order, its
    /// outcome and time, and the local and peer address of the connection made.
    ///
    /// The whole command ends within --timeout: resolution and every attempt share it,
    /// each attempt getting an equal share of the time left, so a candidate that never
    /// answers leaves time for the next. (The create_connection mirror gives each attempt
    /// the whole timeout, as Python does.)
    "connect" => Connect(ConnectArgs),
    /// How many connections complete before accept() with listen(N): fills the accept
    /// queue of a loopback listener and shows what the kernel does with the rest.
    ///
    /// The whole experiment runs within --timeout.
    "backlog" => Backlog(BacklogArgs),
    /// A loopback echo server and client in this process over each transport (TCP, UDP,
    /// unix, socketpair, abstract): every byte sent must come back unchanged; RTT
    /// percentiles and throughput per transport, `--trace` for every socket call.
    ///
    /// --timeout bounds each connect and each exchange as a whole (a message and its whole
    /// echo), so a peer that stalls or trickles fails that transport in time.
    "echo" => Echo(EchoArgs),
    /// Write a shell completion script to stdout.
    "completions" => Completions(CompletionsArgs),

    /// socket.gethostbyname(hostname): the first IPv4 address of a name.
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "gethostbyname" => Gethostbyname(HostnameArg),
    /// socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "gethostbyname_ex" => GethostbynameEx(HostnameArg),
    /// socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "gethostbyaddr" => Gethostbyaddr(IpAddressArg),
    /// socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order.
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "getaddrinfo" => Getaddrinfo(GetaddrinfoArgs),
    /// socket.getnameinfo((host, port), flags): (host, port).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "getnameinfo" => Getnameinfo(GetnameinfoArgs),
    /// socket.gethostname().
    "gethostname" => Gethostname,
    /// socket.getfqdn([name]).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    "getfqdn" => Getfqdn(GetfqdnArgs),
    /// socket.getservbyname(servicename[, protocolname]): the port number.
    "getservbyname" => Getservbyname(GetservbynameArgs),
    /// socket.getservbyport(port[, protocolname]): the service name.
    "getservbyport" => Getservbyport(GetservbyportArgs),
    /// socket.getprotobyname(protocolname): the protocol number.
    "getprotobyname" => Getprotobyname(GetprotobynameArgs),
    /// socket.htons(x): a 16-bit integer from host to network byte order.
    "htons" => Htons(IntArg),
    /// socket.htonl(x): a 32-bit integer from host to network byte order.
    "htonl" => Htonl(IntArg),
    /// socket.ntohs(x): a 16-bit integer from network to host byte order.
    "ntohs" => Ntohs(IntArg),
    /// socket.ntohl(x): a 32-bit integer from network to host byte order.
    "ntohl" => Ntohl(IntArg),
    /// socket.inet_pton(address_family, ip_string): the packed address, as hex.
    "inet_pton" => InetPton(InetPtonArgs),
    /// socket.inet_ntop(address_family, packed_ip): the address text.
    "inet_ntop" => InetNtop(InetNtopArgs),
    /// socket.inet_aton(ip_string): the packed IPv4 address, as hex.
    "inet_aton" => InetAton(InetAtonArgs),
    /// socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address.
    "inet_ntoa" => InetNtoa(InetNtoaArgs),
    /// socket.socket(family, type).getsockopt(level, optname): the option as a C int.
    "getsockopt" => Getsockopt(GetsockoptArgs),
    /// socket.socket(family, type).setsockopt(level, optname, value), then the value read
    /// back with getsockopt.
    "setsockopt" => Setsockopt(SetsockoptArgs),
    /// socket.create_connection(address, timeout, source_address): the laddr and raddr of
    /// the connected socket, or the last error.
    ///
    /// --timeout is Python's `timeout`: each connect attempt has it whole, and the
    /// resolution before them has it too.
    "create_connection" => CreateConnection(CreateConnectionArgs),
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

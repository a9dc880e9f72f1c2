//! The command line, as clap types only. The `///` comments are the `--help` text, the
//! man page and the completions.

use clap::{Args, Parser, Subcommand, ValueEnum};

pub mod help;
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
    /// Rows as a table or as records (a block of `field  value` lines per row); auto means
    /// a table when it fits the terminal without splitting a word, else records.
    #[arg(long, value_enum, global = true, default_value_t = LayoutArg::Auto)]
    pub layout: LayoutArg,
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

/// Layout choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutArg {
    Auto,
    Table,
    Records,
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

        /// The subcommand called `name` read from matches of its definition alone (see
        /// [`subcommand`]); `None` when there is no such subcommand.
        fn command_from(
            name: &str,
            matches: &clap::ArgMatches,
        ) -> Option<Result<Command, clap::Error>> {
            match name {
                $( $name => Some(commands!(@from matches, $variant $(, $args)?)), )*
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
    (@from $matches:ident, $variant:ident, $args:ty) => {
        <$args as clap::FromArgMatches>::from_arg_matches($matches).map(Command::$variant)
    };
    (@from $matches:ident, $variant:ident) => {
        Ok(Command::$variant)
    };
}

commands! {
    /// Resolve host names with the system resolver (getaddrinfo): addresses, families,
    /// socket types, canonical name and aliases; many names at once, in input order.
    ///
    /// Each name is answered within --timeout of its turn (--jobs run at once); a name
    /// whose answer has not come by then is reported as timed out and the others are kept.
    #[command(after_help = "Examples:\n  $ sockref resolve example.com\n  $ sockref resolve -4 --service https localhost\n  $ sockref resolve --file names.txt --jobs 64 --json\n  $ sockref resolve example.com --explain\n  $ sockref resolve --policy")]
    "resolve" => Resolve(ResolveArgs),
    /// Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side.
    ///
    /// Both calls for every address run at the same time (32 at most), each within
    /// --timeout; a call that misses it is reported as timed out and the others are kept.
    #[command(after_help = "Examples:\n  $ sockref reverse 127.0.0.1\n  $ sockref reverse ::1 192.0.2.1 --timeout 2")]
    "reverse" => Reverse(ReverseArgs),
    /// This host's name: gethostname and getfqdn.
    ///
    /// getfqdn and getaddrinfo of the host's name run at the same time; the command ends
    /// within --timeout with the answers that came in time (exit 1 if one did not).
    #[command(after_help = "Examples:\n  $ sockref hostname\n  $ sockref hostname --json")]
    "hostname" => Hostname(CodeOnly),
    /// Look up services(5) by name or port: every matching row with its aliases.
    #[command(after_help = "Examples:\n  $ sockref service https\n  $ sockref service 53 --proto udp\n  $ sockref service --all --format tsv")]
    "service" => Service(ServiceArgs),
    /// Look up protocols(5) by name or number.
    #[command(after_help = "Examples:\n  $ sockref proto tcp\n  $ sockref proto 17\n  $ sockref proto --all")]
    "proto" => Proto(ProtoArgs),
    /// Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number.
    #[command(after_help = "Examples:\n  $ sockref byteorder 9999\n  $ sockref byteorder 0x1f90")]
    "byteorder" => Byteorder(ByteorderArgs),
    /// What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its
    /// integer, canonical form and class.
    #[command(after_help = "Examples:\n  $ sockref inet ::1\n  $ sockref inet 127.1\n  $ sockref inet 7f000001")]
    "inet" => Inet(InetArgs),
    /// Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by
    /// name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`).
    #[command(after_help = "Examples:\n  $ sockref const SO_REUSEADDR\n  $ sockref const 'SO_*BUF'\n  $ sockref const --value 10 --prefix AF")]
    "const" => Const(ConstArgs),
    /// errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the
    /// platform's message, the socket calls that return each and its usual cause.
    #[command(after_help = "Examples:\n  $ sockref errno ECONNREFUSED\n  $ sockref errno 111\n  $ sockref errno --search 'in use'")]
    "errno" => Errno(ErrnoArgs),
    /// The socket module's reference: every function, method, exception and constant
    /// family, or one entry in full.
    ///
    /// An entry gives the Python signature, what the call does, how it blocks, what it
    /// returns and raises, the C call, the Rust equivalents and the sockref command that
    /// shows it here. Names are found in any case, with or without `socket.`, and by a
    /// unique prefix.
    #[command(after_help = "Examples:\n  $ sockref ref\n  $ sockref ref getaddrinfo\n  $ sockref ref connect --json")]
    "ref" => Ref(RefArgs),
    /// Every option of a fresh socket, grouped by level, in natural units; `--set` shows
    /// what the kernel keeps, `--connected` reads both ends of a live loopback pair.
    #[command(after_help = "Examples:\n  $ sockref sockopt\n  $ sockref sockopt --set SO_RCVBUF=64K\n  $ sockref sockopt --connected")]
    "sockopt" => Sockopt(SockoptArgs),
    /// TCP keepalive: the system defaults, a fresh socket's settings, and how long each
    /// takes to notice a dead peer; `--demo` runs an application heartbeat over loopback.
    #[command(after_help = "Examples:\n  $ sockref keepalive\n  $ sockref keepalive --demo")]
    "keepalive" => Keepalive(KeepaliveArgs),
    /// create_connection step by step: every getaddrinfo candidate tried in order, its
    /// outcome and time, and the local and peer address of the connection made.
    ///
    /// The whole command ends within --timeout: resolution and every attempt share it,
    /// each attempt getting an equal share of the time left, so a candidate that never
    /// answers leaves time for the next. (The create_connection mirror gives each attempt
    /// the whole timeout, as Python does.)
    #[command(after_help = "Examples:\n  $ sockref connect localhost:8080\n  $ sockref connect localhost 8080 -4\n  $ sockref connect [::1]:443 --source [::1] --timeout 2")]
    "connect" => Connect(ConnectArgs),
    /// How many connections complete before accept() with listen(N): fills the accept
    /// queue of a loopback listener and shows what the kernel does with the rest.
    ///
    /// The whole experiment runs within --timeout.
    #[command(after_help = "Examples:\n  $ sockref backlog 1\n  $ sockref backlog 128 --json")]
    "backlog" => Backlog(BacklogArgs),
    /// A loopback echo server and client in this process over each transport (TCP, UDP,
    /// unix, socketpair, abstract): every byte sent must come back unchanged; RTT
    /// percentiles and throughput per transport, `--trace` for every socket call.
    ///
    /// --timeout bounds each connect and each exchange as a whole (a message and its whole
    /// echo), so a peer that stalls or trickles fails that transport in time.
    #[command(after_help = "Examples:\n  $ sockref echo\n  $ sockref echo --bench --transport tcp4 --transport unix-stream\n  $ sockref echo --serve 127.0.0.1:7000")]
    "echo" => Echo(EchoArgs),
    /// This host's interfaces: index, name, flags, MTU and addresses with prefix length and
    /// scope, from rtnetlink (as `ip addr`).
    #[command(after_help = "Examples:\n  $ sockref interfaces\n  $ sockref interfaces lo --json")]
    "interfaces" => Interfaces(InterfacesArgs),
    /// This host's sockets, as `ss -tuxap` lists them: family, type, state, addresses,
    /// queues, inode and the processes that hold each, TCP_INFO essentials, TIME_WAIT
    /// per port; read from the kernel's socket diagnostics (NETLINK_SOCK_DIAG).
    #[command(after_help = "Examples:\n  $ sockref sockets\n  $ sockref sockets --tcp --listening\n  $ sockref sockets --port 8080 --options\n  $ sockref sockets --state time-wait --json")]
    "sockets" => Sockets(SocketsArgs),
    /// Write a shell completion script to stdout.
    ///
    /// On every TAB the script runs `SOCKREF_COMPLETE=SHELL sockref -- WORDS...`, so values
    /// (constants, option names, error codes, flags, this machine's services and protocols)
    /// come from the sockref on the PATH when the key is pressed. The README's "Shell
    /// completions" section says where each shell looks for the script.
    #[command(after_help = "Examples:\n  $ sockref completions bash > ~/.local/share/bash-completion/completions/sockref\n  $ sockref completions zsh > ~/.zfunc/_sockref\n  $ sockref completions fish > ~/.config/fish/completions/sockref.fish")]
    "completions" => Completions(CompletionsArgs),

    /// socket.gethostbyname(hostname): the first IPv4 address of a name.
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref gethostbyname localhost\n  $ sockref gethostbyname localhost --json")]
    "gethostbyname" => Gethostbyname(HostnameArg),
    /// socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref gethostbyname_ex localhost\n  $ sockref gethostbyname_ex ip6-localhost")]
    "gethostbyname_ex" => GethostbynameEx(HostnameArg),
    /// socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref gethostbyaddr 127.0.0.1\n  $ sockref gethostbyaddr localhost")]
    "gethostbyaddr" => Gethostbyaddr(IpAddressArg),
    /// socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order.
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref getaddrinfo localhost 80\n  $ sockref getaddrinfo None 443 --flags passive --type stream\n  $ sockref getaddrinfo ::1 https --family inet6 --json")]
    "getaddrinfo" => Getaddrinfo(GetaddrinfoArgs),
    /// socket.getnameinfo((host, port), flags): (host, port).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref getnameinfo 127.0.0.1 80\n  $ sockref getnameinfo ::1 443 --flags numerichost,numericserv")]
    "getnameinfo" => Getnameinfo(GetnameinfoArgs),
    /// socket.gethostname().
    #[command(after_help = "Examples:\n  $ sockref gethostname")]
    "gethostname" => Gethostname(CodeOnly),
    /// socket.getfqdn([name]).
    ///
    /// --timeout bounds the call as a whole, every resolver call it makes underneath included
    /// (Python itself waits as long as the resolver does).
    #[command(after_help = "Examples:\n  $ sockref getfqdn\n  $ sockref getfqdn localhost")]
    "getfqdn" => Getfqdn(GetfqdnArgs),
    /// socket.getservbyname(servicename[, protocolname]): the port number.
    #[command(after_help = "Examples:\n  $ sockref getservbyname https\n  $ sockref getservbyname domain udp")]
    "getservbyname" => Getservbyname(GetservbynameArgs),
    /// socket.getservbyport(port[, protocolname]): the service name.
    #[command(after_help = "Examples:\n  $ sockref getservbyport 443\n  $ sockref getservbyport 53 udp")]
    "getservbyport" => Getservbyport(GetservbyportArgs),
    /// socket.getprotobyname(protocolname): the protocol number.
    #[command(after_help = "Examples:\n  $ sockref getprotobyname tcp\n  $ sockref getprotobyname icmp")]
    "getprotobyname" => Getprotobyname(GetprotobynameArgs),
    /// socket.htons(x): a 16-bit integer from host to network byte order.
    #[command(after_help = "Examples:\n  $ sockref htons 9999\n  $ sockref htons 0x1f90")]
    "htons" => Htons(IntArg),
    /// socket.htonl(x): a 32-bit integer from host to network byte order.
    #[command(after_help = "Examples:\n  $ sockref htonl 1\n  $ sockref htonl 0x7f000001")]
    "htonl" => Htonl(IntArg),
    /// socket.ntohs(x): a 16-bit integer from network to host byte order.
    #[command(after_help = "Examples:\n  $ sockref ntohs 3879\n  $ sockref ntohs 0x0f27")]
    "ntohs" => Ntohs(IntArg),
    /// socket.ntohl(x): a 32-bit integer from network to host byte order.
    #[command(after_help = "Examples:\n  $ sockref ntohl 16777343\n  $ sockref ntohl 0x0100007f")]
    "ntohl" => Ntohl(IntArg),
    /// socket.inet_pton(address_family, ip_string): the packed address, as hex.
    #[command(after_help = "Examples:\n  $ sockref inet_pton AF_INET 127.0.0.1\n  $ sockref inet_pton inet6 ::1")]
    "inet_pton" => InetPton(InetPtonArgs),
    /// socket.inet_ntop(address_family, packed_ip): the address text.
    #[command(after_help = "Examples:\n  $ sockref inet_ntop AF_INET 7f000001\n  $ sockref inet_ntop inet6 00000000000000000000000000000001")]
    "inet_ntop" => InetNtop(InetNtopArgs),
    /// socket.inet_aton(ip_string): the packed IPv4 address, as hex.
    #[command(after_help = "Examples:\n  $ sockref inet_aton 127.1\n  $ sockref inet_aton 0x7f.1")]
    "inet_aton" => InetAton(InetAtonArgs),
    /// socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address.
    #[command(after_help = "Examples:\n  $ sockref inet_ntoa 7f000001\n  $ sockref inet_ntoa c0a80001")]
    "inet_ntoa" => InetNtoa(InetNtoaArgs),
    /// socket.CMSG_LEN(length): the cmsg_len of a control message carrying length bytes.
    #[command(after_help = "Examples:\n  $ sockref CMSG_LEN 4\n  $ sockref CMSG_LEN 12")]
    "CMSG_LEN" => CmsgLen(LengthArg),
    /// socket.CMSG_SPACE(length): the buffer room of such a message, padding included.
    #[command(after_help = "Examples:\n  $ sockref CMSG_SPACE 4\n  $ sockref CMSG_SPACE 12")]
    "CMSG_SPACE" => CmsgSpace(LengthArg),
    /// socket.has_ipv6: whether IPv6 sockets can be made here (the kernel is asked, where
    /// Python says how it was built).
    #[command(after_help = "Examples:\n  $ sockref has_ipv6\n  $ sockref has_ipv6 --json")]
    "has_ipv6" => HasIpv6(CodeOnly),
    /// socket.has_dualstack_ipv6(): whether one AF_INET6 listener can accept IPv4 clients
    /// too (IPV6_V6ONLY can be cleared).
    #[command(after_help = "Examples:\n  $ sockref has_dualstack_ipv6\n  $ sockref has_dualstack_ipv6 --json")]
    "has_dualstack_ipv6" => HasDualstackIpv6(CodeOnly),
    /// socket.if_nameindex(): every interface's index and name.
    #[command(after_help = "Examples:\n  $ sockref if_nameindex\n  $ sockref if_nameindex --json")]
    "if_nameindex" => IfNameindex(CodeOnly),
    /// socket.if_nametoindex(if_name): the index of an interface.
    #[command(after_help = "Examples:\n  $ sockref if_nametoindex lo")]
    "if_nametoindex" => IfNametoindex(IfNameArg),
    /// socket.if_indextoname(if_index): the name of an interface.
    #[command(after_help = "Examples:\n  $ sockref if_indextoname 1")]
    "if_indextoname" => IfIndextoname(IfIndexArg),
    /// socket.socket(family, type).getsockopt(level, optname): the option as a C int.
    #[command(after_help = "Examples:\n  $ sockref getsockopt inet stream SOL_SOCKET SO_RCVBUF\n  $ sockref getsockopt inet6 stream tcp TCP_MAXSEG")]
    "getsockopt" => Getsockopt(GetsockoptArgs),
    /// socket.socket(family, type).setsockopt(level, optname, value), then the value read
    /// back with getsockopt.
    #[command(after_help = "Examples:\n  $ sockref setsockopt inet stream SOL_SOCKET SO_RCVBUF 65536\n  $ sockref setsockopt inet stream tcp TCP_NODELAY 1")]
    "setsockopt" => Setsockopt(SetsockoptArgs),
    /// socket.create_connection(address, timeout, source_address): the laddr and raddr of
    /// the connected socket, or the last error.
    ///
    /// --timeout is Python's `timeout`: each connect attempt has it whole, and the
    /// resolution before them has it too.
    #[command(after_help = "Examples:\n  $ sockref create_connection localhost:8080\n  $ sockref create_connection localhost 8080 --timeout 0.5")]
    "create_connection" => CreateConnection(CreateConnectionArgs),
    /// socket.fromfd for a socket of any process you may trace: its family, type,
    /// protocol and addresses, from a duplicate of the descriptor (pidfd_getfd(2)),
    /// read-only and closed at once. `sockopt --pid PID --fd FD` shows its options.
    #[command(after_help = "Examples:\n  $ sockref fromfd 1234 5\n  $ sockref fromfd 1234 5 --json")]
    "fromfd" => Fromfd(FromfdArgs),
    /// socket.socketpair(family, type, proto): two sockets connected to each other without
    /// addresses, both ends shown, and a message sent each way.
    #[command(after_help = "Examples:\n  $ sockref socketpair\n  $ sockref socketpair AF_UNIX SOCK_SEQPACKET")]
    "socketpair" => Socketpair(SocketpairArgs),
    /// socket.create_server(address, ...): the listener Python makes (SO_REUSEADDR on,
    /// IPV6_V6ONLY as asked), its options read back, and a client over IPv4 and one over
    /// IPv6 tried against it on loopback.
    ///
    /// The listener lives only while its two clients connect; --timeout bounds each
    /// connect.
    #[command(after_help = "Examples:\n  $ sockref create_server\n  $ sockref create_server 127.0.0.1:0\n  $ sockref create_server [::]:0 --family AF_INET6")]
    "create_server" => CreateServer(CreateServerArgs),
    /// socket.send_fds and socket.recv_fds: a scratch file's descriptor sent over a unix
    /// socketpair in an SCM_RIGHTS message, and shown to arrive as a new number for the
    /// same open file.
    #[command(
        alias = "recv_fds",
        after_help = "Examples:\n  $ sockref send_fds\n  $ sockref send_fds --json"
    )]
    "send_fds" => SendFds(CodeOnly),
}

impl Command {
    /// The language `--code` asks for, on the commands that take it.
    pub fn code(&self) -> Option<Language> {
        use Command as C;
        let code = match self {
            C::Resolve(a) => a.code,
            C::Reverse(a) => a.code,
            C::Service(a) => a.code,
            C::Proto(a) => a.code,
            C::Byteorder(a) => a.code,
            C::Inet(a) => a.code,
            C::Hostname(a) | C::Gethostname(a) | C::HasIpv6(a) | C::HasDualstackIpv6(a) => a.code,
            C::IfNameindex(a) => a.code,
            C::IfNametoindex(a) => a.code,
            C::IfIndextoname(a) => a.code,
            C::SendFds(a) => a.code,
            C::Gethostbyname(a) | C::GethostbynameEx(a) => a.code,
            C::Gethostbyaddr(a) => a.code,
            C::Getaddrinfo(a) => a.code,
            C::Getnameinfo(a) => a.code,
            C::Getfqdn(a) => a.code,
            C::Getservbyname(a) => a.code,
            C::Getservbyport(a) => a.code,
            C::Getprotobyname(a) => a.code,
            C::Htons(a) | C::Htonl(a) | C::Ntohs(a) | C::Ntohl(a) => a.code,
            C::CmsgLen(a) | C::CmsgSpace(a) => a.code,
            C::InetPton(a) => a.code,
            C::InetNtop(a) => a.code,
            C::InetAton(a) => a.code,
            C::InetNtoa(a) => a.code,
            C::Getsockopt(a) => a.code,
            C::Setsockopt(a) => a.code,
            C::CreateConnection(a) => a.code,
            C::Socketpair(a) => a.code,
            C::CreateServer(a) => a.code,
            C::Fromfd(a) => a.code,
            _ => return None,
        };
        code.code
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    /// The words of an example line as a shell splits them (single quotes only), up to a
    /// redirection.
    fn words(line: &str) -> Vec<String> {
        let mut words = Vec::new();
        for (i, part) in line.split('\'').enumerate() {
            if i % 2 == 1 {
                words.push(part.to_string());
            } else {
                words.extend(part.split_whitespace().map(str::to_string));
            }
        }
        words.into_iter().take_while(|w| w != ">").collect()
    }

    #[test]
    fn every_subcommand_has_examples_that_parse() {
        let cli = Cli::command();
        for sub in cli.get_subcommands() {
            let help = sub
                .get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default();
            let examples: Vec<&str> = help
                .lines()
                .filter_map(|l| l.trim().strip_prefix("$ "))
                .collect();
            assert!(!examples.is_empty(), "{} has no example", sub.get_name());
            for example in examples {
                let words = words(example);
                assert_eq!(
                    words.get(1).map(String::as_str),
                    Some(sub.get_name()),
                    "{example}"
                );
                if let Err(e) = Cli::try_parse_from(&words) {
                    panic!("{example}: {e}");
                }
            }
        }
    }
}

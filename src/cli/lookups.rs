//! Arguments of the lookup commands: the name, service, protocol, byte-order and
//! address verbs, `const`, `errno`, `completions`, and the socket-module mirrors.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::complete::values as complete;

/// The `--code LANG` option of the mirrors and lookup verbs.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct CodeArg {
    /// Print, instead of the answer, a small complete program in this language that makes
    /// the same call with these arguments and prints its result.
    #[arg(long, value_enum, value_name = "LANG")]
    pub code: Option<Language>,
}

/// The languages `--code` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Language {
    /// Python 3 with the socket module.
    Python,
    /// C with the POSIX calls (glibc).
    C,
    /// Rust with std, and socket2 or the libc crate where std has no equivalent.
    Rust,
}

/// The arguments of a command that takes none but `--code`.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct CodeOnly {
    #[command(flatten)]
    pub code: CodeArg,
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
    #[arg(add = complete::services(), long, value_name = "SERVICE")]
    pub service: Option<String>,
    /// Only this socket type: stream, dgram, raw, seqpacket (or SOCK_* or a number).
    #[arg(add = complete::socket_types(), long = "type", value_name = "TYPE")]
    pub socktype: Option<String>,
    /// How many lookups run at once, 1-256.
    #[arg(
        long,
        default_value_t = 32,
        value_name = "N",
        value_parser = clap::value_parser!(u16).range(1..=256)
    )]
    pub jobs: u16,
    /// Explain the order: for each address the source address the kernel would use, its
    /// scope, label and precedence, and the RFC 6724 rule (as glibc applies it) that put
    /// each address before the next.
    #[arg(long, conflicts_with = "code")]
    pub explain: bool,
    /// Show getaddrinfo's sorting policy in force (/etc/gai.conf or glibc's built-in
    /// tables); with names, explain their order as --explain does.
    #[arg(long, conflicts_with = "code")]
    pub policy: bool,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `reverse`.
#[derive(Debug, Args)]
pub struct ReverseArgs {
    /// IPv4 or IPv6 addresses.
    #[arg(value_name = "ADDR", required = true)]
    pub addresses: Vec<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `service`.
#[derive(Debug, Args)]
pub struct ServiceArgs {
    /// A service name or alias (`https`), or a port number (`443`).
    #[arg(add = complete::services(), value_name = "NAME|PORT", required_unless_present = "all")]
    pub query: Option<String>,
    /// Only rows of this protocol (tcp, udp, sctp, ...).
    #[arg(add = complete::protocols(), long, value_name = "PROTO")]
    pub proto: Option<String>,
    /// List the whole services database.
    #[arg(long, conflicts_with_all = ["query", "code"])]
    pub all: bool,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `proto`.
#[derive(Debug, Args)]
pub struct ProtoArgs {
    /// A protocol name or alias (`tcp`, `TCP`), or a number (`6`).
    #[arg(add = complete::protocols(), value_name = "NAME|NUMBER", required_unless_present = "all")]
    pub query: Option<String>,
    /// List the whole protocols database.
    #[arg(long, conflicts_with_all = ["query", "code"])]
    pub all: bool,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `byteorder`.
#[derive(Debug, Args)]
pub struct ByteorderArgs {
    /// The number: decimal, 0x hex, 0o octal or 0b binary (underscores allowed).
    #[arg(value_name = "N", allow_hyphen_values = true)]
    pub value: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `inet`.
#[derive(Debug, Args)]
pub struct InetArgs {
    /// An address in any form inet_pton or inet_aton accepts (`::1`, `127.1`,
    /// `0x7f000001`), a packed address as 8 or 32 hex digits, an IPv6 address with a zone
    /// (`fe80::1%eth0`), or a prefix (`192.168.1.77/26`, `2001:db8::/48`,
    /// `10.0.0.0/255.0.0.0`).
    #[arg(value_name = "ADDR|HEX|PREFIX", allow_hyphen_values = true)]
    pub address: String,
    /// With a prefix: whether this address is inside it (exit 1 when it is not).
    #[arg(long, value_name = "ADDR")]
    pub contains: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `const`.
#[derive(Debug, Args)]
pub struct ConstArgs {
    /// An exact name in any case (`SO_REUSEADDR`), a group or the start of names (`AF`,
    /// `SO_`, `TCP_KEEP`), or a glob with `*` and `?` (`SO_*BUF`); every constant when
    /// omitted.
    #[arg(add = complete::constants(), value_name = "PATTERN")]
    pub pattern: Option<String>,
    /// Only this group: AF, SOCK, SOL, SO, IPPROTO, IP, IPV6, TCP, MSG, AI, NI, EAI, SHUT,
    /// SCM, INADDR, SOMAXCONN, has_ipv6, or one of the other families' (CAN, TIPC, NETLINK,
    /// ...; `sockref const` lists them all).
    #[arg(add = complete::constant_prefixes(), long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Only constants with this value: decimal, 0x hex, 0o octal or 0b binary. Every name
    /// with that value is shown.
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub value: Option<String>,
    /// List every constant (the same as giving no filter).
    #[arg(long, conflicts_with_all = ["pattern", "prefix", "value"])]
    pub all: bool,
    /// Split a flag set into the names of --prefix (MSG, AI, NI or SOCK), as strace shows
    /// it: `--decode 0x4040 --prefix MSG` is MSG_DONTWAIT|MSG_NOSIGNAL. Bits no name
    /// covers are shown as a number.
    #[arg(
        long,
        value_name = "VALUE",
        allow_hyphen_values = true,
        requires = "prefix",
        conflicts_with_all = ["pattern", "value", "all"]
    )]
    pub decode: Option<String>,
}

/// Arguments of `errno`.
#[derive(Debug, Args)]
pub struct ErrnoArgs {
    /// A name in any case (`ECONNREFUSED`, `ewouldblock`, `EAI_NONAME`, `HOST_NOT_FOUND`)
    /// or a number in any radix. A number shows every kind of code that has it: errno and
    /// h_errno share small positive numbers, EAI codes are negative.
    #[arg(add = complete::error_names(),
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

/// Arguments of `ref`.
#[derive(Debug, Args)]
pub struct RefArgs {
    /// A function (`getaddrinfo`), a socket method (`socket.connect` or `connect`), an
    /// exception (`gaierror`) or a constant family (`AF_`); a unique prefix will do. Every
    /// entry is listed when omitted.
    #[arg(add = complete::reference_entries(), value_name = "NAME")]
    pub name: Option<String>,
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
    pub shell: ShellArg,
}

/// The shells sockref completes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Elvish,
    #[value(name = "powershell", alias = "pwsh")]
    PowerShell,
}

impl ShellArg {
    /// The shell's name, as `SOCKREF_COMPLETE` carries it.
    pub fn name(self) -> &'static str {
        match self {
            ShellArg::Bash => "bash",
            ShellArg::Zsh => "zsh",
            ShellArg::Fish => "fish",
            ShellArg::Elvish => "elvish",
            ShellArg::PowerShell => "powershell",
        }
    }
}

/// A host name argument.
#[derive(Debug, Args)]
pub struct HostnameArg {
    /// The host name (or numeric address).
    pub hostname: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// An IP address argument (Python also accepts a name and resolves it first).
#[derive(Debug, Args)]
pub struct IpAddressArg {
    /// The address to look up.
    pub ip_address: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getaddrinfo`.
#[derive(Debug, Args)]
pub struct GetaddrinfoArgs {
    /// The host; `None` passes NULL. An empty string is a name like any other, which
    /// resolves to nothing (EAI_NONAME), as in Python.
    pub host: String,
    /// The port number or service name; `None` passes NULL.
    #[arg(add = complete::services())]
    pub port: String,
    /// Address family: AF_INET, inet6, unspec or a number.
    #[arg(add = complete::families(), long, default_value = "AF_UNSPEC")]
    pub family: String,
    /// Socket type: SOCK_STREAM, dgram, raw or a number; 0 means any.
    #[arg(add = complete::socket_types(), long = "type", default_value = "0")]
    pub socktype: String,
    /// Protocol: IPPROTO_TCP, udp or a number; 0 means any.
    #[arg(add = complete::protocol_constants(), long, default_value = "0")]
    pub proto: String,
    /// Flags: `AI_CANONNAME|AI_PASSIVE`, `canonname,passive` or a number; 0 means none.
    #[arg(add = complete::getaddrinfo_flags(), long, default_value = "0")]
    pub flags: String,
    /// Explain the order of the result as `resolve --explain` does: each address's source,
    /// scope, label and precedence, and the rule that put it before the next.
    #[arg(long, conflicts_with = "code")]
    pub explain: bool,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getnameinfo`.
#[derive(Debug, Args)]
pub struct GetnameinfoArgs {
    /// The numeric host of the socket address. As in Python, a `%scope` suffix is accepted
    /// but the address is looked up with scope_id 0.
    pub host: String,
    /// The port of the socket address.
    pub port: String,
    /// Flags: `NI_NUMERICHOST|NI_NAMEREQD`, `numerichost,namereqd` or a number; 0 means
    /// none.
    #[arg(add = complete::getnameinfo_flags(), long, default_value = "0")]
    pub flags: String,
    /// The flowinfo of Python's 4-tuple sockaddr (0-1048575); IPv6 only.
    #[arg(long, value_name = "N")]
    pub flowinfo: Option<String>,
    /// The scope_id of Python's 4-tuple sockaddr: an interface index, or its name
    /// (`lo`, `eth0`); IPv6 only. Without it a link-local address is looked up with
    /// scope_id 0, as Python's 2-tuple is.
    #[arg(add = complete::interfaces(), long, value_name = "ID")]
    pub scope_id: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getfqdn`.
#[derive(Debug, Args)]
pub struct GetfqdnArgs {
    /// The name to qualify; this host's name when omitted.
    pub name: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getservbyname`.
#[derive(Debug, Args)]
pub struct GetservbynameArgs {
    /// The service name.
    #[arg(add = complete::services())]
    pub servicename: String,
    /// The protocol (tcp, udp); any when omitted.
    #[arg(add = complete::protocols())]
    pub protocolname: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getservbyport`.
#[derive(Debug, Args)]
pub struct GetservbyportArgs {
    /// The port number, 0-65535.
    #[arg(allow_hyphen_values = true)]
    pub port: String,
    /// The protocol (tcp, udp); any when omitted.
    #[arg(add = complete::protocols())]
    pub protocolname: Option<String>,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `getprotobyname`.
#[derive(Debug, Args)]
pub struct GetprotobynameArgs {
    /// The protocol name.
    #[arg(add = complete::protocols())]
    pub protocolname: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `interfaces`.
#[derive(Debug, Args)]
pub struct InterfacesArgs {
    /// Only this interface.
    #[arg(add = complete::interfaces(), value_name = "NAME")]
    pub name: Option<String>,
}

/// The argument of `if_nametoindex`.
#[derive(Debug, Args)]
pub struct IfNameArg {
    /// The interface name (`lo`, `eth0`).
    #[arg(add = complete::interfaces())]
    pub if_name: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// The argument of `if_indextoname`.
#[derive(Debug, Args)]
pub struct IfIndexArg {
    /// The interface index, as `if_nameindex` lists them.
    #[arg(allow_hyphen_values = true)]
    pub if_index: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// An integer argument of the byte-order mirrors.
#[derive(Debug, Args)]
pub struct IntArg {
    /// The integer: decimal, 0x hex, 0o octal or 0b binary.
    #[arg(allow_hyphen_values = true)]
    pub x: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// The length argument of CMSG_LEN and CMSG_SPACE.
#[derive(Debug, Args)]
pub struct LengthArg {
    /// Bytes of data the control message carries (4 per descriptor of SCM_RIGHTS).
    #[arg(allow_hyphen_values = true)]
    pub length: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `inet_pton`.
#[derive(Debug, Args)]
pub struct InetPtonArgs {
    /// AF_INET or AF_INET6 (or inet, inet6, a number).
    #[arg(add = complete::families())]
    pub address_family: String,
    /// The address text.
    #[arg(allow_hyphen_values = true)]
    pub ip_string: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `inet_ntop`.
#[derive(Debug, Args)]
pub struct InetNtopArgs {
    /// AF_INET or AF_INET6 (or inet, inet6, a number).
    #[arg(add = complete::families())]
    pub address_family: String,
    /// The packed address as hex (`7f000001`, `0x7f000001`, `7f:00:00:01`).
    pub packed_ip: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `inet_aton`.
#[derive(Debug, Args)]
pub struct InetAtonArgs {
    /// The address text; legacy forms such as `127.1` and `0x7f.1` are accepted.
    #[arg(allow_hyphen_values = true)]
    pub ip_string: String,
    #[command(flatten)]
    pub code: CodeArg,
}

/// Arguments of `inet_ntoa`.
#[derive(Debug, Args)]
pub struct InetNtoaArgs {
    /// The packed IPv4 address as hex (4 bytes).
    pub packed_ip: String,
    #[command(flatten)]
    pub code: CodeArg,
}

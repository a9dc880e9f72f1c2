//! The symbolic constants of a call (`AF_INET6`, `AI_CANONNAME|AI_PASSIVE`) as each
//! language can name them.
//!
//! sockref knows hundreds of names that only some of the three languages have: Python's
//! socket module lacks SO_BUSY_POLL, older C headers lack TCP_AO_*, the libc crate lacks
//! others. A program names a constant only where every one of them is sure to; any other
//! is written as its number with the name beside it (Python), or defined by the program
//! itself (C and Rust).

use crate::reference::constants::SOCKET_GROUPS;
use crate::socket_module::pyargs::PyArg;

/// The names Python's socket module, glibc's headers and the libc crate all have; the
/// conformance tests hold each language to the list.
#[rustfmt::skip]
pub const PORTABLE: &[&str] = &[
    "AF_UNSPEC", "AF_INET", "AF_INET6", "AF_UNIX", "AF_PACKET", "AF_NETLINK",
    "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW", "SOCK_SEQPACKET", "SOCK_NONBLOCK",
    "SOCK_CLOEXEC", "SOL_SOCKET", "SOMAXCONN",
    "IPPROTO_IP", "IPPROTO_IPV6", "IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_ICMP",
    "IPPROTO_ICMPV6", "IPPROTO_RAW", "IPPROTO_SCTP", "IPPROTO_UDPLITE",
    "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "AI_NUMERICSERV", "AI_V4MAPPED",
    "AI_ALL", "AI_ADDRCONFIG",
    "NI_NUMERICHOST", "NI_NUMERICSERV", "NI_NOFQDN", "NI_NAMEREQD", "NI_DGRAM",
    "SO_DEBUG", "SO_REUSEADDR", "SO_REUSEPORT", "SO_KEEPALIVE", "SO_RCVBUF", "SO_SNDBUF",
    "SO_RCVLOWAT", "SO_SNDLOWAT", "SO_RCVTIMEO", "SO_SNDTIMEO", "SO_LINGER",
    "SO_BROADCAST", "SO_DONTROUTE", "SO_OOBINLINE", "SO_TYPE", "SO_ERROR",
    "SO_ACCEPTCONN", "SO_DOMAIN", "SO_PROTOCOL", "SO_PRIORITY", "SO_MARK",
    "SO_BINDTODEVICE", "SO_PEERCRED", "SO_PASSCRED", "SO_PASSSEC", "SO_PEERSEC",
    "SO_INCOMING_CPU",
    "TCP_NODELAY", "TCP_MAXSEG", "TCP_CORK", "TCP_KEEPIDLE", "TCP_KEEPINTVL",
    "TCP_KEEPCNT", "TCP_SYNCNT", "TCP_LINGER2", "TCP_DEFER_ACCEPT", "TCP_WINDOW_CLAMP",
    "TCP_INFO", "TCP_QUICKACK", "TCP_CONGESTION", "TCP_USER_TIMEOUT",
    "TCP_NOTSENT_LOWAT", "TCP_FASTOPEN",
    "IP_TOS", "IP_TTL", "IP_HDRINCL", "IP_OPTIONS", "IP_RECVOPTS", "IP_RECVTOS",
    "IP_MULTICAST_IF", "IP_MULTICAST_TTL", "IP_MULTICAST_LOOP", "IP_ADD_MEMBERSHIP",
    "IP_DROP_MEMBERSHIP", "IP_TRANSPARENT",
    "IPV6_V6ONLY", "IPV6_UNICAST_HOPS", "IPV6_MULTICAST_IF", "IPV6_MULTICAST_HOPS",
    "IPV6_MULTICAST_LOOP", "IPV6_RECVPKTINFO",
    "IPV6_TCLASS", "IPV6_RECVTCLASS",
    "MSG_OOB", "MSG_PEEK", "MSG_DONTROUTE", "MSG_DONTWAIT", "MSG_WAITALL",
    "MSG_NOSIGNAL", "MSG_TRUNC", "MSG_CTRUNC",
    "SHUT_RD", "SHUT_WR", "SHUT_RDWR", "SCM_RIGHTS",
];

/// One part of a symbolic argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A name every language has.
    Portable(String),
    /// A name some language lacks, with its value on this platform.
    Local(String, i64),
    /// A number as typed.
    Number(String),
}

/// The parts of `AI_CANONNAME|AI_PASSIVE`, `AF_INET6` or `0`.
pub fn parts(arg: &PyArg) -> Vec<Part> {
    match arg {
        PyArg::Name(text) => text.split('|').map(|p| part(p.trim())).collect(),
        PyArg::Int(n) => vec![Part::Number(n.to_string())],
        other => vec![Part::Number(other.to_string())],
    }
}

fn part(name: &str) -> Part {
    if PORTABLE.contains(&name) {
        return Part::Portable(name.to_string());
    }
    match value(name) {
        Some(v) => Part::Local(name.to_string(), v),
        None => Part::Number(name.to_string()),
    }
}

/// The value of a constant by its whole name, from sockref's tables.
fn value(name: &str) -> Option<i64> {
    SOCKET_GROUPS
        .iter()
        .filter_map(|g| g.group.members.iter().find(|c| c.name == name))
        .map(|c| c.value)
        .next()
}

/// The names of `parts` that a program must define for itself, with their values.
pub fn locals(args: &[&PyArg]) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = Vec::new();
    for part in args.iter().flat_map(|a| parts(a)) {
        if let Part::Local(name, v) = part
            && !out.iter().any(|(n, _)| *n == name)
        {
            out.push((name, v));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_set_splits_into_its_names() {
        let arg = PyArg::Name("AI_CANONNAME|AI_PASSIVE".into());
        assert_eq!(
            parts(&arg),
            vec![
                Part::Portable("AI_CANONNAME".into()),
                Part::Portable("AI_PASSIVE".into())
            ]
        );
        assert_eq!(
            parts(&PyArg::Name("0".into())),
            vec![Part::Number("0".into())]
        );
    }

    #[test]
    fn a_name_not_everywhere_carries_its_value() {
        let arg = PyArg::Name("SO_BUSY_POLL".into());
        assert_eq!(parts(&arg), vec![Part::Local("SO_BUSY_POLL".into(), 46)]);
        assert_eq!(
            locals(&[&arg, &arg]),
            vec![("SO_BUSY_POLL".to_string(), 46)]
        );
    }

    #[test]
    fn every_portable_name_has_a_value() {
        for name in PORTABLE {
            assert!(value(name).is_some(), "{name}");
        }
    }
}

//! The socket constants of DESIGN.md section 1 in groups by prefix (AF_, SOCK_, SO_, ...),
//! each with its value on this platform and a one-line meaning in our own words.
//!
//! [`SOCKET_GROUPS`] is the catalogue of DESIGN.md section 1 that `sockref const` lists;
//! `has_ipv6` is not a header constant but a fact about this host, see [`HAS_IPV6`].

mod families;
mod netdb;
mod other_families;
mod protocols;
mod sockopt_names;

use super::ConstantGroup;
use super::errors::EAI;
pub use families::{AF, SHUT, SOCK, SOL, SOMAXCONN};
pub use netdb::{AI, NI};
pub use other_families::{
    ALG, CAN, E, IOCTL_VM_SOCKETS_GET_LOCAL_CID, IPPORT, J1939, NETLINK, PACKET, PF, TIPC, UDPLITE,
    VM_SOCKETS_INVALID_VERSION, VMADDR,
};
pub use protocols::{INADDR, IPPROTO, MSG};
pub use sockopt_names::{IP, IPV6, SCM, SO, TCP, pmtudisc_modes};

/// A group of DESIGN.md section 1 with a line saying what it holds.
#[derive(Debug, Clone, Copy)]
pub struct SocketGroup {
    pub group: ConstantGroup,
    /// What the group is, with the man page that documents it.
    pub about: &'static str,
    /// Whether its values are bit flags or addresses, best read in hex too.
    pub hex: bool,
}

/// Every header constant group of DESIGN.md section 1, in the order `sockref const` lists
/// them. `has_ipv6` is not here: it is a property of the host, see [`HAS_IPV6`].
pub const SOCKET_GROUPS: &[SocketGroup] = &[
    socket_group(
        AF,
        "address families, socket(2) and address_families(7)",
        false,
    ),
    socket_group(SOCK, "socket types and socket(2) type flags", false),
    socket_group(
        SOL,
        "option levels of getsockopt(2) and setsockopt(2)",
        false,
    ),
    socket_group(
        SO,
        "socket-level options (level SOL_SOCKET), socket(7)",
        false,
    ),
    socket_group(
        IPPROTO,
        "IP protocol numbers, <netinet/in.h> and protocols(5)",
        false,
    ),
    socket_group(
        IP,
        "IPv4 options (level IPPROTO_IP) and their values, ip(7)",
        false,
    ),
    socket_group(
        IPV6,
        "IPv6 options (level IPPROTO_IPV6) and their values, ipv6(7)",
        false,
    ),
    socket_group(TCP, "TCP options (level IPPROTO_TCP), tcp(7)", false),
    socket_group(MSG, "flags of send(2) and recv(2)", true),
    socket_group(AI, "getaddrinfo(3) flags", true),
    socket_group(NI, "getnameinfo(3) flags and buffer sizes", true),
    socket_group(EAI, "getaddrinfo(3) and getnameinfo(3) error codes", false),
    socket_group(SHUT, "shutdown(2) directions", false),
    socket_group(SCM, "ancillary message types of sendmsg(2), cmsg(3)", false),
    socket_group(INADDR, "well-known IPv4 addresses, host order, ip(7)", true),
    socket_group(SOMAXCONN, "listen(2) backlog limit of the headers", false),
    socket_group(PF, "protocol families, the same values as AF_", false),
    socket_group(
        ALG,
        "kernel crypto API (AF_ALG): options and operations, <linux/if_alg.h>",
        false,
    ),
    socket_group(
        CAN,
        "CAN bus (AF_CAN): protocols, identifiers, options, broadcast manager, <linux/can.h>",
        true,
    ),
    socket_group(
        J1939,
        "SAE J1939 over CAN: addresses, PGNs, error queue, <linux/can/j1939.h>",
        true,
    ),
    socket_group(NETLINK, "netlink protocols, netlink(7)", false),
    socket_group(
        PACKET,
        "packet types of AF_PACKET addresses, packet(7)",
        false,
    ),
    socket_group(
        TIPC,
        "TIPC (AF_TIPC): addresses, scopes, importance, options, <linux/tipc.h>",
        false,
    ),
    socket_group(VMADDR, "vsock (AF_VSOCK) addresses, vsock(7)", true),
    socket_group(
        VM_SOCKETS_INVALID_VERSION,
        "vsock version that is none, vsock(7)",
        true,
    ),
    socket_group(
        IOCTL_VM_SOCKETS_GET_LOCAL_CID,
        "vsock ioctl, vsock(7)",
        true,
    ),
    socket_group(
        UDPLITE,
        "UDP-Lite options (level IPPROTO_UDPLITE), udplite(7)",
        false,
    ),
    socket_group(IPPORT, "port bounds of <netinet/in.h>", false),
    socket_group(E, "errno values the socket module exports, errno(3)", false),
];

/// A name `sockref const` lists beside the header constants whose value is a fact about this
/// host, not a header's: `has_ipv6`, found by [`crate::sys::host::has_ipv6`].
#[derive(Debug, Clone, Copy)]
pub struct HostConstant {
    pub name: &'static str,
    /// What its value says, in one line.
    pub meaning: &'static str,
    /// What the group of this one name is, for a title.
    pub about: &'static str,
}

/// Python's `socket.has_ipv6`.
pub const HAS_IPV6: HostConstant = HostConstant {
    name: "has_ipv6",
    meaning: "1 when this host can create an AF_INET6 socket",
    about: "whether this host has IPv6",
};

const fn socket_group(group: ConstantGroup, about: &'static str, hex: bool) -> SocketGroup {
    SocketGroup { group, about, hex }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::errors::{ERRNO, HERROR};

    #[test]
    fn names_round_trip() {
        assert_eq!(AF.value_of("AF_INET6"), Some(libc::AF_INET6 as i64));
        assert_eq!(AF.value_of("inet6"), Some(libc::AF_INET6 as i64));
        assert_eq!(SOCK.value_of("stream"), Some(libc::SOCK_STREAM as i64));
        assert_eq!(AF.name_of(libc::AF_UNIX as i64), Some("AF_UNIX"));
        assert_eq!(EAI.name_of(-2), Some("EAI_NONAME"));
        assert_eq!(HERROR.name_of(1), Some("HOST_NOT_FOUND"));
        assert_eq!(AF.value_of("nosuch"), None);
        assert_eq!(SO.value_of("reuseaddr"), Some(libc::SO_REUSEADDR as i64));
        assert_eq!(
            SOMAXCONN.value_of("somaxconn"),
            Some(libc::SOMAXCONN as i64)
        );
        assert_eq!(INADDR.value_of("LOOPBACK"), Some(0x7f00_0001));
    }

    #[test]
    fn aliases_come_after_their_first_name() {
        assert_eq!(AF.name_of(libc::AF_NETLINK as i64), Some("AF_NETLINK"));
        assert_eq!(
            SO.name_of(libc::SO_DETACH_FILTER as i64),
            Some("SO_DETACH_FILTER")
        );
        assert_eq!(SO.name_of(1), Some("SO_DEBUG"));
        assert_eq!(MSG.name_of(4), Some("MSG_DONTROUTE"));
        assert_eq!(INADDR.name_of(0xffff_ffff), Some("INADDR_BROADCAST"));
    }

    #[test]
    fn every_name_carries_its_prefix_and_a_meaning() {
        for g in SOCKET_GROUPS.iter().map(|s| s.group) {
            for c in g.members {
                // errno names have no underscore after their E.
                let prefixed = c.name == g.prefix
                    || c.name.starts_with(&format!("{}_", g.prefix))
                    || (g.prefix == "E" && c.name.starts_with('E'));
                assert!(prefixed, "{} in group {}", c.name, g.prefix);
                assert!(!c.meaning.trim().is_empty(), "{} has no meaning", c.name);
                assert!(!c.meaning.contains('\n'), "{}: one line", c.name);
            }
        }
    }

    #[test]
    fn every_member_is_found_by_its_name() {
        for g in SOCKET_GROUPS.iter().map(|s| s.group) {
            for c in g.members {
                let found = g.get(&c.name.to_ascii_lowercase()).map(|m| m.value);
                assert_eq!(found, Some(c.value), "{} in {}", c.name, g.prefix);
            }
        }
    }

    #[test]
    fn no_name_appears_twice() {
        let mut names: Vec<&str> = SOCKET_GROUPS
            .iter()
            .flat_map(|s| s.group.members.iter().map(|c| c.name))
            .collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
        for group in [HERROR, EAI, ERRNO] {
            let mut names: Vec<_> = group.members.iter().map(|c| c.name).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "{}", group.prefix);
        }
    }

    #[test]
    fn an_option_of_the_table_has_the_meaning_of_its_row() {
        for group in [SO, IP, IPV6, TCP] {
            for c in group.members {
                if let Some(row) = crate::reference::options::find(c.name) {
                    assert_eq!(c.meaning, row.meaning, "{} is described twice", c.name);
                    assert_eq!(c.value, i64::from(row.number), "{}", c.name);
                }
            }
        }
    }

    #[test]
    fn path_mtu_modes_are_shared_by_ip_and_ipv6() {
        let modes: Vec<_> = pmtudisc_modes().collect();
        assert_eq!(modes.len(), 6);
        assert_eq!(modes[2], (libc::IP_PMTUDISC_DO, "DO"));
        for (value, mode) in modes {
            assert_eq!(
                IPV6.value_of(&format!("PMTUDISC_{mode}")),
                Some(i64::from(value))
            );
        }
    }

    #[test]
    fn values_match_the_kernel_headers() {
        // A few that the `libc` crate lacks or gets wrong; the rest is checked against
        // Python in tests/conformance_const.rs.
        assert_eq!(IP.value_of("IP_RECVRETOPTS"), IP.value_of("IP_RETOPTS"));
        assert_eq!(INADDR.value_of("INADDR_ALLHOSTS_GROUP"), Some(0xe000_0001));
        assert_eq!(IPV6.value_of("JOIN_GROUP"), IPV6.value_of("ADD_MEMBERSHIP"));
        assert_eq!(SCM.value_of("TIMESTAMP"), SO.value_of("TIMESTAMP"));
    }
}

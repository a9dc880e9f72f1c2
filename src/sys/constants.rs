//! Named socket constants with their values on this platform, in groups by prefix.
//!
//! Values come from the `libc` crate (which mirrors the C headers of the target) or, for
//! glibc extensions it lacks, from [`super::ffi`]. Within a group the first name listed for
//! a value is the one shown when a number is turned back into a name (`AF_UNIX` before
//! `AF_LOCAL`), matching the name Python's enums report.

use super::ffi;

/// glibc's `EAI_ADDRFAMILY`, which the `libc` crate lacks.
pub const EAI_ADDRFAMILY: i32 = ffi::EAI_ADDRFAMILY;

/// One named constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constant {
    pub name: &'static str,
    pub value: i64,
}

/// The constants sharing one prefix, such as `AF_`.
#[derive(Debug, Clone, Copy)]
pub struct ConstantGroup {
    /// The prefix without its underscore: `AF`, `SOCK`, `EAI`.
    pub prefix: &'static str,
    pub members: &'static [Constant],
}

macro_rules! constants {
    ($krate:ident => [$($name:ident),* $(,)?]) => {
        &[$(Constant { name: stringify!($name), value: $krate::$name as i64 }),*]
    };
}

/// Address families, socket(2).
pub const AF: ConstantGroup = ConstantGroup {
    prefix: "AF",
    members: constants!(libc => [
        AF_UNSPEC, AF_UNIX, AF_LOCAL, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM,
        AF_BRIDGE, AF_ATMPVC, AF_X25, AF_INET6, AF_ROSE, AF_DECnet, AF_NETBEUI, AF_SECURITY,
        AF_KEY, AF_NETLINK, AF_ROUTE, AF_PACKET, AF_ASH, AF_ECONET, AF_ATMSVC, AF_RDS, AF_SNA,
        AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN, AF_TIPC, AF_BLUETOOTH, AF_IUCV,
        AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF, AF_ALG, AF_VSOCK, AF_XDP,
    ]),
};

/// Socket types, socket(2).
pub const SOCK: ConstantGroup = ConstantGroup {
    prefix: "SOCK",
    members: constants!(libc => [
        SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_DCCP,
        SOCK_NONBLOCK, SOCK_CLOEXEC,
    ]),
};

/// IP protocol numbers, <netinet/in.h> and protocols(5).
pub const IPPROTO: ConstantGroup = ConstantGroup {
    prefix: "IPPROTO",
    members: constants!(libc => [
        IPPROTO_IP, IPPROTO_ICMP, IPPROTO_IGMP, IPPROTO_IPIP, IPPROTO_TCP, IPPROTO_EGP,
        IPPROTO_PUP, IPPROTO_UDP, IPPROTO_IDP, IPPROTO_TP, IPPROTO_DCCP, IPPROTO_IPV6,
        IPPROTO_HOPOPTS, IPPROTO_ROUTING, IPPROTO_FRAGMENT, IPPROTO_RSVP, IPPROTO_GRE,
        IPPROTO_ESP, IPPROTO_AH, IPPROTO_ICMPV6, IPPROTO_NONE, IPPROTO_DSTOPTS, IPPROTO_MTP,
        IPPROTO_ENCAP, IPPROTO_PIM, IPPROTO_COMP, IPPROTO_SCTP, IPPROTO_MH, IPPROTO_UDPLITE,
        IPPROTO_MPLS, IPPROTO_ETHERNET, IPPROTO_RAW, IPPROTO_MPTCP, IPPROTO_BEETPH,
    ]),
};

/// getaddrinfo(3) flags.
pub const AI: ConstantGroup = ConstantGroup {
    prefix: "AI",
    members: &[
        Constant {
            name: "AI_PASSIVE",
            value: libc::AI_PASSIVE as i64,
        },
        Constant {
            name: "AI_CANONNAME",
            value: libc::AI_CANONNAME as i64,
        },
        Constant {
            name: "AI_NUMERICHOST",
            value: libc::AI_NUMERICHOST as i64,
        },
        Constant {
            name: "AI_V4MAPPED",
            value: libc::AI_V4MAPPED as i64,
        },
        Constant {
            name: "AI_ALL",
            value: libc::AI_ALL as i64,
        },
        Constant {
            name: "AI_ADDRCONFIG",
            value: libc::AI_ADDRCONFIG as i64,
        },
        Constant {
            name: "AI_IDN",
            value: ffi::AI_IDN as i64,
        },
        Constant {
            name: "AI_CANONIDN",
            value: ffi::AI_CANONIDN as i64,
        },
        Constant {
            name: "AI_NUMERICSERV",
            value: libc::AI_NUMERICSERV as i64,
        },
    ],
};

/// getnameinfo(3) flags.
pub const NI: ConstantGroup = ConstantGroup {
    prefix: "NI",
    members: constants!(libc => [
        NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM, NI_IDN,
        NI_MAXHOST,
    ]),
};

/// getaddrinfo(3) and getnameinfo(3) error codes; gai_strerror(3) has their words.
pub const EAI: ConstantGroup = ConstantGroup {
    prefix: "EAI",
    members: &[
        Constant {
            name: "EAI_BADFLAGS",
            value: libc::EAI_BADFLAGS as i64,
        },
        Constant {
            name: "EAI_NONAME",
            value: libc::EAI_NONAME as i64,
        },
        Constant {
            name: "EAI_AGAIN",
            value: libc::EAI_AGAIN as i64,
        },
        Constant {
            name: "EAI_FAIL",
            value: libc::EAI_FAIL as i64,
        },
        Constant {
            name: "EAI_NODATA",
            value: libc::EAI_NODATA as i64,
        },
        Constant {
            name: "EAI_FAMILY",
            value: libc::EAI_FAMILY as i64,
        },
        Constant {
            name: "EAI_SOCKTYPE",
            value: libc::EAI_SOCKTYPE as i64,
        },
        Constant {
            name: "EAI_SERVICE",
            value: libc::EAI_SERVICE as i64,
        },
        Constant {
            name: "EAI_ADDRFAMILY",
            value: ffi::EAI_ADDRFAMILY as i64,
        },
        Constant {
            name: "EAI_MEMORY",
            value: libc::EAI_MEMORY as i64,
        },
        Constant {
            name: "EAI_SYSTEM",
            value: libc::EAI_SYSTEM as i64,
        },
        Constant {
            name: "EAI_OVERFLOW",
            value: libc::EAI_OVERFLOW as i64,
        },
        Constant {
            name: "EAI_INPROGRESS",
            value: ffi::EAI_INPROGRESS as i64,
        },
        Constant {
            name: "EAI_CANCELED",
            value: ffi::EAI_CANCELED as i64,
        },
        Constant {
            name: "EAI_NOTCANCELED",
            value: ffi::EAI_NOTCANCELED as i64,
        },
        Constant {
            name: "EAI_ALLDONE",
            value: ffi::EAI_ALLDONE as i64,
        },
        Constant {
            name: "EAI_INTR",
            value: ffi::EAI_INTR as i64,
        },
        Constant {
            name: "EAI_IDN_ENCODE",
            value: ffi::EAI_IDN_ENCODE as i64,
        },
    ],
};

/// h_errno values of gethostbyname(3) and gethostbyaddr(3).
pub const HERROR: ConstantGroup = ConstantGroup {
    prefix: "",
    members: &[
        Constant {
            name: "NETDB_INTERNAL",
            value: -1,
        },
        Constant {
            name: "NETDB_SUCCESS",
            value: 0,
        },
        Constant {
            name: "HOST_NOT_FOUND",
            value: ffi::HOST_NOT_FOUND as i64,
        },
        Constant {
            name: "TRY_AGAIN",
            value: ffi::TRY_AGAIN as i64,
        },
        Constant {
            name: "NO_RECOVERY",
            value: ffi::NO_RECOVERY as i64,
        },
        Constant {
            name: "NO_DATA",
            value: ffi::NO_DATA as i64,
        },
        Constant {
            name: "NO_ADDRESS",
            value: ffi::NO_DATA as i64,
        },
    ],
};

impl ConstantGroup {
    /// The first name listed for `value`, if any.
    pub fn name_of(&self, value: i64) -> Option<&'static str> {
        self.members
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.name)
    }

    /// The value of `name`, matched without regard to case, with or without the prefix
    /// (`AF_INET6`, `af_inet6`, `inet6`).
    pub fn value_of(&self, name: &str) -> Option<i64> {
        let upper = name.trim().to_ascii_uppercase();
        let full = if self.prefix.is_empty() || upper.starts_with(&format!("{}_", self.prefix)) {
            upper
        } else {
            format!("{}_{upper}", self.prefix)
        };
        self.members
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(&full))
            .map(|c| c.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        assert_eq!(AF.value_of("AF_INET6"), Some(libc::AF_INET6 as i64));
        assert_eq!(AF.value_of("inet6"), Some(libc::AF_INET6 as i64));
        assert_eq!(SOCK.value_of("stream"), Some(libc::SOCK_STREAM as i64));
        assert_eq!(AF.name_of(libc::AF_UNIX as i64), Some("AF_UNIX"));
        assert_eq!(EAI.name_of(-2), Some("EAI_NONAME"));
        assert_eq!(HERROR.name_of(1), Some("HOST_NOT_FOUND"));
        assert_eq!(AF.value_of("nosuch"), None);
    }

    #[test]
    fn no_group_has_a_name_twice() {
        for group in [AF, SOCK, IPPROTO, AI, NI, EAI, HERROR] {
            let mut names: Vec<_> = group.members.iter().map(|c| c.name).collect();
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(before, names.len(), "{}", group.prefix);
        }
    }
}

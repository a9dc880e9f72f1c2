//! Protocol numbers, well-known IPv4 addresses and the flags of send(2) and recv(2).

use crate::reference::ConstantGroup;
use crate::sys::constants as headers;

/// IP protocol numbers, <netinet/in.h> and protocols(5).
pub const IPPROTO: ConstantGroup = ConstantGroup {
    prefix: "IPPROTO",
    members: members![
        libc::IPPROTO_IP => "dummy protocol 0: the family's default protocol",
        libc::IPPROTO_ICMP => "Internet Control Message Protocol, icmp(7)",
        libc::IPPROTO_IGMP => "Internet Group Management Protocol",
        libc::IPPROTO_IPIP => "IPv4 in IPv4 tunnels",
        libc::IPPROTO_TCP => "Transmission Control Protocol, tcp(7)",
        libc::IPPROTO_EGP => "Exterior Gateway Protocol",
        libc::IPPROTO_PUP => "PARC Universal Packet",
        libc::IPPROTO_UDP => "User Datagram Protocol, udp(7)",
        libc::IPPROTO_IDP => "Xerox NS IDP",
        libc::IPPROTO_TP => "ISO transport protocol class 4",
        libc::IPPROTO_DCCP => "Datagram Congestion Control Protocol",
        libc::IPPROTO_IPV6 => "IPv6 header, as a tunnel or as an option level",
        libc::IPPROTO_HOPOPTS => "IPv6 hop-by-hop options header",
        libc::IPPROTO_ROUTING => "IPv6 routing header",
        libc::IPPROTO_FRAGMENT => "IPv6 fragment header",
        libc::IPPROTO_RSVP => "Resource Reservation Protocol",
        libc::IPPROTO_GRE => "Generic Routing Encapsulation",
        libc::IPPROTO_ESP => "IPsec Encapsulating Security Payload",
        libc::IPPROTO_AH => "IPsec Authentication Header",
        libc::IPPROTO_ICMPV6 => "ICMP for IPv6",
        libc::IPPROTO_NONE => "IPv6: no next header",
        libc::IPPROTO_DSTOPTS => "IPv6 destination options header",
        libc::IPPROTO_MTP => "Multicast Transport Protocol",
        libc::IPPROTO_ENCAP => "encapsulation header",
        libc::IPPROTO_PIM => "Protocol Independent Multicast",
        libc::IPPROTO_COMP => "IP payload compression",
        headers::IPPROTO_L2TP => "Layer 2 Tunnelling Protocol version 3",
        libc::IPPROTO_SCTP => "Stream Control Transmission Protocol, sctp(7)",
        libc::IPPROTO_MH => "IPv6 mobility header",
        libc::IPPROTO_UDPLITE => "UDP-Lite, udplite(7)",
        libc::IPPROTO_MPLS => "MPLS in IP",
        libc::IPPROTO_ETHERNET => "Ethernet in IPv6 segment routing",
        libc::IPPROTO_RAW => "raw IP packets: the application writes the header",
        libc::IPPROTO_MPTCP => "Multipath TCP: socket() only, TCP on the wire",
        headers::IPPROTO_SMC => "Shared Memory Communications: socket() only",
        libc::IPPROTO_BEETPH => "IPsec BEET mode pseudo header",
    ],
};

/// Well-known IPv4 addresses as host-order integers, as Python gives them.
pub const INADDR: ConstantGroup = ConstantGroup {
    prefix: "INADDR",
    members: members![
        libc::INADDR_ANY => "0.0.0.0: bind to every local address",
        libc::INADDR_BROADCAST => "255.255.255.255: the limited broadcast address",
        libc::INADDR_NONE => "255.255.255.255 as inet_addr()'s error return",
        libc::INADDR_LOOPBACK => "127.0.0.1: this host",
        headers::INADDR_UNSPEC_GROUP => "224.0.0.0: base of the multicast range",
        headers::INADDR_ALLHOSTS_GROUP => "224.0.0.1: every multicast host on the link",
        headers::INADDR_ALLRTRS_GROUP => "224.0.0.2: every multicast router on the link",
        headers::INADDR_ALLSNOOPERS_GROUP => "224.0.0.106: every IGMP snooping switch, RFC 4286",
        headers::INADDR_MAX_LOCAL_GROUP => "224.0.0.255: last link-local multicast group",
    ],
};

/// Flags of send(2), recv(2) and their msg variants; some are only set in results.
pub const MSG: ConstantGroup = ConstantGroup {
    prefix: "MSG",
    members: members![
        libc::MSG_OOB => "send or receive out-of-band (TCP urgent) data",
        libc::MSG_PEEK => "read data without taking it off the queue",
        libc::MSG_DONTROUTE => "send only to directly connected hosts, bypassing routing",
        libc::MSG_TRYHARD => "old name of MSG_DONTROUTE",
        libc::MSG_CTRUNC => "result: ancillary data did not fit the buffer",
        headers::MSG_PROXY => "obsolete: supply or ask for a second address",
        libc::MSG_TRUNC => "datagrams: return the real length even when cut short",
        libc::MSG_DONTWAIT => "do not block for this one call",
        libc::MSG_EOR => "end of a record (SOCK_SEQPACKET)",
        libc::MSG_WAITALL => "block until the whole request is filled",
        libc::MSG_FIN => "TCP FIN bit; unused by the socket calls",
        libc::MSG_SYN => "TCP SYN bit; unused by the socket calls",
        libc::MSG_CONFIRM => "tell the link layer the neighbour answered",
        libc::MSG_RST => "TCP RST bit; unused by the socket calls",
        libc::MSG_ERRQUEUE => "receive from the socket's error queue",
        libc::MSG_NOSIGNAL => "no SIGPIPE on a connection the peer closed, only EPIPE",
        libc::MSG_MORE => "more data follows: hold the segment as TCP_CORK does",
        libc::MSG_WAITFORONE => "recvmmsg: block for the first message only",
        headers::MSG_BATCH => "sendmmsg: more messages follow",
        libc::MSG_ZEROCOPY => "send without copying; completion comes on the error queue",
        libc::MSG_FASTOPEN => "send data with the SYN (TCP Fast Open)",
        libc::MSG_CMSG_CLOEXEC => "set close-on-exec on descriptors received with SCM_RIGHTS",
    ],
};

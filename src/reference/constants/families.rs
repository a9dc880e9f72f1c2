//! Address families, socket types, option levels, shutdown directions and the listen
//! backlog limit: the constants that say what kind of socket one has.

use crate::reference::ConstantGroup;
use crate::sys::constants as headers;

/// Address families, socket(2) and address_families(7).
pub const AF: ConstantGroup = ConstantGroup {
    prefix: "AF",
    members: members![
        libc::AF_UNSPEC => "unspecified: let getaddrinfo return any family",
        libc::AF_UNIX => "local sockets named by a file path or an abstract name, unix(7)",
        libc::AF_LOCAL => "POSIX name of AF_UNIX",
        libc::AF_INET => "IPv4, ip(7)",
        libc::AF_AX25 => "amateur radio AX.25",
        libc::AF_IPX => "Novell IPX",
        libc::AF_APPLETALK => "AppleTalk DDP",
        libc::AF_NETROM => "amateur radio NET/ROM",
        libc::AF_BRIDGE => "multiprotocol bridge",
        libc::AF_ATMPVC => "ATM permanent virtual circuits",
        libc::AF_X25 => "ITU-T X.25 packet layer, x25(7)",
        libc::AF_INET6 => "IPv6, ipv6(7)",
        libc::AF_ROSE => "amateur radio X.25 PLP (ROSE)",
        libc::AF_DECnet => "DECnet",
        libc::AF_NETBEUI => "reserved for the 802.2 LLC NetBEUI project",
        libc::AF_SECURITY => "security callback pseudo-family",
        libc::AF_KEY => "PF_KEY key management for IPsec, RFC 2367",
        libc::AF_NETLINK => "messages between the kernel and user space, netlink(7)",
        libc::AF_ROUTE => "BSD-compatible alias of AF_NETLINK",
        libc::AF_PACKET => "raw link-layer frames, packet(7)",
        libc::AF_ASH => "Ash",
        libc::AF_ECONET => "Acorn Econet",
        libc::AF_ATMSVC => "ATM switched virtual circuits",
        libc::AF_RDS => "Reliable Datagram Sockets, rds(7)",
        libc::AF_SNA => "IBM SNA",
        libc::AF_IRDA => "IrDA infrared links",
        libc::AF_PPPOX => "PPP over Ethernet or L2TP",
        libc::AF_WANPIPE => "Sangoma WANPIPE cards",
        libc::AF_LLC => "IEEE 802.2 logical link control",
        libc::AF_IB => "native InfiniBand addresses",
        libc::AF_MPLS => "MPLS",
        libc::AF_CAN => "Controller Area Network buses",
        libc::AF_TIPC => "TIPC cluster communication",
        libc::AF_BLUETOOTH => "Bluetooth",
        libc::AF_IUCV => "IBM z/VM inter-user communication",
        libc::AF_RXRPC => "RxRPC, the transport of AFS",
        libc::AF_ISDN => "mISDN",
        libc::AF_PHONET => "Nokia Phonet modem protocol",
        libc::AF_IEEE802154 => "IEEE 802.15.4 low-rate wireless",
        libc::AF_CAIF => "ST-Ericsson CAIF modem protocol",
        libc::AF_ALG => "the kernel crypto API",
        libc::AF_NFC => "near-field communication",
        libc::AF_VSOCK => "between virtual machines and their host, vsock(7)",
        headers::AF_KCM => "Kernel Connection Multiplexor over TCP",
        headers::AF_QIPCRTR => "Qualcomm IPC router",
        headers::AF_SMC => "Shared Memory Communications over RDMA",
        libc::AF_XDP => "XDP sockets: frames straight from the driver",
        headers::AF_MCTP => "Management Component Transport Protocol",
    ],
};

/// Socket types and the flags socket(2) accepts with them.
pub const SOCK: ConstantGroup = ConstantGroup {
    prefix: "SOCK",
    members: members![
        libc::SOCK_STREAM => "reliable ordered byte stream (TCP on IP)",
        libc::SOCK_DGRAM => "unreliable datagrams with boundaries kept (UDP on IP)",
        libc::SOCK_RAW => "raw protocol access; needs CAP_NET_RAW on IP",
        libc::SOCK_RDM => "reliable datagrams in no particular order",
        libc::SOCK_SEQPACKET => "reliable ordered datagrams with boundaries kept",
        libc::SOCK_DCCP => "Datagram Congestion Control Protocol",
        headers::SOCK_PACKET => "obsolete link-level packets; use AF_PACKET",
        libc::SOCK_NONBLOCK => "type flag: create the socket non-blocking",
        libc::SOCK_CLOEXEC => "type flag: close the socket on exec",
    ],
};

/// Option levels of getsockopt(2) and setsockopt(2).
pub const SOL: ConstantGroup = ConstantGroup {
    prefix: "SOL",
    members: members![
        libc::SOL_IP => "IPv4 options (IP_*), the same as IPPROTO_IP",
        libc::SOL_SOCKET => "socket-level options (SO_*), for every family",
        libc::SOL_TCP => "TCP options (TCP_*), the same as IPPROTO_TCP",
        libc::SOL_UDP => "UDP options, the same as IPPROTO_UDP",
        libc::SOL_IPV6 => "IPv6 options (IPV6_*), the same as IPPROTO_IPV6",
        libc::SOL_ICMPV6 => "ICMPv6 options (the ICMP6_FILTER type filter)",
        libc::SOL_CAN_BASE => "base of the CAN protocol levels",
        libc::SOL_CAN_RAW => "raw CAN options (CAN_RAW_*)",
        libc::SOL_CAN_J1939 => "SAE J1939 options (SO_J1939_*)",
        libc::SOL_RAW => "raw socket options",
        libc::SOL_DECNET => "DECnet options",
        libc::SOL_X25 => "X.25 options",
        libc::SOL_PACKET => "packet socket options (PACKET_*), packet(7)",
        libc::SOL_ATM => "ATM cell-level options",
        libc::SOL_AAL => "ATM adaptation layer options",
        libc::SOL_IRDA => "IrDA options",
        libc::SOL_NETBEUI => "NetBEUI options",
        libc::SOL_LLC => "802.2 LLC options",
        libc::SOL_DCCP => "DCCP options",
        libc::SOL_NETLINK => "netlink options (NETLINK_*), netlink(7)",
        libc::SOL_TIPC => "TIPC options",
        libc::SOL_RXRPC => "RxRPC options",
        libc::SOL_PPPOL2TP => "PPP over L2TP options",
        libc::SOL_BLUETOOTH => "Bluetooth options",
        libc::SOL_PNPIPE => "Phonet pipe options",
        libc::SOL_RDS => "RDS options",
        libc::SOL_IUCV => "IUCV options",
        libc::SOL_CAIF => "CAIF options",
        libc::SOL_ALG => "kernel crypto API options (ALG_SET_KEY, ...)",
        libc::SOL_NFC => "NFC options",
        headers::SOL_KCM => "KCM options",
        libc::SOL_TLS => "kernel TLS options (TLS_TX, TLS_RX), after TCP_ULP \"tls\"",
        libc::SOL_XDP => "XDP socket options (XDP_*)",
        headers::SOL_MPTCP => "Multipath TCP options (MPTCP_INFO, ...)",
        headers::SOL_MCTP => "MCTP options",
        headers::SOL_SMC => "SMC options",
        headers::SOL_VSOCK => "vsock options",
    ],
};

/// Directions of shutdown(2).
pub const SHUT: ConstantGroup = ConstantGroup {
    prefix: "SHUT",
    members: members![
        libc::SHUT_RD => "stop receiving; later reads return end of file",
        libc::SHUT_WR => "stop sending; the peer reads end of file (TCP FIN)",
        libc::SHUT_RDWR => "stop both directions",
    ],
};

/// The backlog limit of listen(2), alone in its group.
pub const SOMAXCONN: ConstantGroup = ConstantGroup {
    prefix: "SOMAXCONN",
    members: members![
        libc::SOMAXCONN => "largest listen() backlog in the headers; the kernel caps it at net.core.somaxconn",
    ],
};

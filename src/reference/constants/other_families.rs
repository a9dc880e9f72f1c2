//! Constants of the socket families beyond IP that Python's socket module exports on
//! Linux: the kernel crypto API, CAN and J1939, netlink, packet sockets, TIPC and vsock,
//! and the few errno values and port bounds the module carries for old programs.

use super::ConstantGroup;
use crate::sys::constants as headers;

/// The `PF_*` names Python keeps beside `AF_*` for the same values.
pub const PF: ConstantGroup = ConstantGroup {
    prefix: "PF",
    members: members![
        libc::PF_CAN => "protocol family of CAN bus sockets, the value of AF_CAN",
        libc::PF_PACKET => "protocol family of packet sockets, the value of AF_PACKET",
        libc::PF_RDS => "protocol family of Reliable Datagram Sockets, the value of AF_RDS",
    ],
};

/// The kernel crypto API over `AF_ALG` sockets: setsockopt names and the operations a
/// sendmsg names in its `ALG_SET_OP` control message.
pub const ALG: ConstantGroup = ConstantGroup {
    prefix: "ALG",
    members: members![
        libc::ALG_SET_KEY => "setsockopt (level SOL_ALG): the key of the transform",
        libc::ALG_SET_IV => "control message: the initialisation vector of this operation",
        libc::ALG_SET_OP => "control message: which operation (ALG_OP_*)",
        libc::ALG_SET_AEAD_ASSOCLEN => "control message: how many leading bytes are associated data",
        libc::ALG_SET_AEAD_AUTHSIZE => "setsockopt: the length of the authentication tag",
        headers::ALG_SET_PUBKEY => "setsockopt: a public key (akcipher transforms)",
        libc::ALG_OP_DECRYPT => "operation: decrypt what is sent",
        libc::ALG_OP_ENCRYPT => "operation: encrypt what is sent",
        headers::ALG_OP_SIGN => "operation: sign what is sent",
        headers::ALG_OP_VERIFY => "operation: verify a signature",
    ],
};

/// CAN bus sockets (`AF_CAN`): protocols, identifier flags and masks, raw-socket options
/// and the broadcast manager's opcodes and flags.
pub const CAN: ConstantGroup = ConstantGroup {
    prefix: "CAN",
    members: members![
        libc::CAN_RAW => "protocol: raw CAN frames",
        libc::CAN_BCM => "protocol: the broadcast manager (cyclic sends, content filters)",
        libc::CAN_ISOTP => "protocol: ISO 15765-2 transport (segmented messages)",
        libc::CAN_J1939 => "protocol: SAE J1939 (J1939_*)",
        libc::CAN_EFF_FLAG => "identifier bit: extended 29-bit frame",
        libc::CAN_RTR_FLAG => "identifier bit: remote transmission request",
        libc::CAN_ERR_FLAG => "identifier bit: error message frame",
        libc::CAN_SFF_MASK => "mask of a standard 11-bit identifier",
        libc::CAN_EFF_MASK => "mask of an extended 29-bit identifier",
        libc::CAN_ERR_MASK => "mask of the error class bits",
        libc::CAN_RAW_FILTER => "raw option: the receive filters (struct can_filter array)",
        libc::CAN_RAW_LOOPBACK => "raw option: frames sent also loop back to other local sockets",
        libc::CAN_RAW_RECV_OWN_MSGS => "raw option: receive the frames this socket sent",
        libc::CAN_RAW_FD_FRAMES => "raw option: allow CAN FD frames",
        libc::CAN_RAW_JOIN_FILTERS => "raw option: a frame must match all filters, not one",
        headers::CAN_BCM_TX_SETUP => "bcm opcode: create or update a cyclic send",
        headers::CAN_BCM_TX_DELETE => "bcm opcode: remove a cyclic send",
        headers::CAN_BCM_TX_READ => "bcm opcode: read a cyclic send's settings",
        headers::CAN_BCM_TX_SEND => "bcm opcode: send one frame",
        headers::CAN_BCM_RX_SETUP => "bcm opcode: create or update a receive filter",
        headers::CAN_BCM_RX_DELETE => "bcm opcode: remove a receive filter",
        headers::CAN_BCM_RX_READ => "bcm opcode: read a receive filter's settings",
        headers::CAN_BCM_TX_STATUS => "bcm reply to TX_READ",
        headers::CAN_BCM_TX_EXPIRED => "bcm notice: a counted cyclic send has finished",
        headers::CAN_BCM_RX_STATUS => "bcm reply to RX_READ",
        headers::CAN_BCM_RX_TIMEOUT => "bcm notice: an expected frame did not come in time",
        headers::CAN_BCM_RX_CHANGED => "bcm notice: a received frame changed",
        headers::CAN_BCM_SETTIMER => "bcm flag: take the intervals of this message",
        headers::CAN_BCM_STARTTIMER => "bcm flag: start the timer",
        headers::CAN_BCM_TX_COUNTEVT => "bcm flag: notify when the count runs out",
        headers::CAN_BCM_TX_ANNOUNCE => "bcm flag: send the changed frame at once",
        headers::CAN_BCM_TX_CP_CAN_ID => "bcm flag: copy the header's id into the frames",
        headers::CAN_BCM_RX_FILTER_ID => "bcm flag: filter by id only",
        headers::CAN_BCM_RX_CHECK_DLC => "bcm flag: a change of length is a change",
        headers::CAN_BCM_RX_NO_AUTOTIMER => "bcm flag: no timeout monitoring restart",
        headers::CAN_BCM_RX_ANNOUNCE_RESUME => "bcm flag: report the frame that ends a timeout",
        headers::CAN_BCM_TX_RESET_MULTI_IDX => "bcm flag: restart a multi-frame send at its first frame",
        headers::CAN_BCM_RX_RTR_FRAME => "bcm flag: answer remote requests",
        headers::CAN_BCM_CAN_FD_FRAME => "bcm flag: the frames are CAN FD frames",
    ],
};

/// SAE J1939 over CAN (`CAN_J1939`): special addresses and names, parameter group
/// numbers, filters and the error queue's information.
pub const J1939: ConstantGroup = ConstantGroup {
    prefix: "J1939",
    members: members![
        libc::J1939_MAX_UNICAST_ADDR => "highest unicast address",
        libc::J1939_IDLE_ADDR => "the address of a node that has none",
        libc::J1939_NO_ADDR => "no address (also: broadcast)",
        libc::J1939_NO_NAME => "no 64-bit NAME",
        libc::J1939_PGN_REQUEST => "PGN of a request",
        libc::J1939_PGN_ADDRESS_CLAIMED => "PGN of an address claim",
        libc::J1939_PGN_ADDRESS_COMMANDED => "PGN of a commanded address",
        libc::J1939_PGN_PDU1_MAX => "highest PDU1 (destination-specific) PGN",
        libc::J1939_PGN_MAX => "highest PGN",
        libc::J1939_NO_PGN => "no PGN",
        libc::J1939_FILTER_MAX => "most receive filters a socket may set",
        libc::J1939_NLA_PAD => "error-queue attribute: padding",
        libc::J1939_NLA_BYTES_ACKED => "error-queue attribute: bytes acknowledged so far",
        libc::J1939_EE_INFO_NONE => "error-queue info: none",
        libc::J1939_EE_INFO_TX_ABORT => "error-queue info: the transfer was aborted",
    ],
};

/// Netlink protocols: the third argument of `socket(AF_NETLINK, ...)`, netlink(7).
pub const NETLINK: ConstantGroup = ConstantGroup {
    prefix: "NETLINK",
    members: members![
        libc::NETLINK_ROUTE => "routes, addresses, links and neighbours (rtnetlink)",
        libc::NETLINK_USERSOCK => "reserved for protocols in user space",
        libc::NETLINK_FIREWALL => "the old IPv4 packet queue (ip_queue)",
        libc::NETLINK_NFLOG => "the old netfilter ULOG target",
        libc::NETLINK_XFRM => "IPsec policies and states",
        libc::NETLINK_IP6_FW => "the old IPv6 packet queue",
        libc::NETLINK_DNRTMSG => "DECnet routing messages",
        libc::NETLINK_CRYPTO => "the kernel crypto API's algorithm table",
    ],
};

/// Packet types of a packet socket's address (`sll_pkttype`), packet(7).
pub const PACKET: ConstantGroup = ConstantGroup {
    prefix: "PACKET",
    members: members![
        libc::PACKET_HOST => "addressed to this host",
        libc::PACKET_BROADCAST => "a link-layer broadcast",
        libc::PACKET_MULTICAST => "a link-layer multicast",
        libc::PACKET_OTHERHOST => "addressed to another host (seen in promiscuous mode)",
        libc::PACKET_OUTGOING => "sent by this host, looped back to the socket",
        libc::PACKET_LOOPBACK => "on the loopback device",
        headers::PACKET_FASTROUTE => "fast-routed (unused by current kernels)",
    ],
};

/// TIPC cluster messaging (`AF_TIPC`): address types, scopes, importance levels, socket
/// options and the topology service's values.
pub const TIPC: ConstantGroup = ConstantGroup {
    prefix: "TIPC",
    members: members![
        headers::TIPC_ADDR_NAMESEQ => "address: a range of service instances",
        headers::TIPC_ADDR_NAME => "address: one service instance",
        headers::TIPC_ADDR_ID => "address: one socket by node and port",
        headers::TIPC_ZONE_SCOPE => "scope: the zone (same as the cluster today)",
        headers::TIPC_CLUSTER_SCOPE => "scope: the whole cluster",
        headers::TIPC_NODE_SCOPE => "scope: this node only",
        headers::TIPC_LOW_IMPORTANCE => "importance: the default",
        headers::TIPC_MEDIUM_IMPORTANCE => "importance: medium",
        headers::TIPC_HIGH_IMPORTANCE => "importance: high",
        headers::TIPC_CRITICAL_IMPORTANCE => "importance: dropped last under congestion",
        headers::TIPC_IMPORTANCE => "option (level SOL_TIPC): the importance of what is sent",
        headers::TIPC_SRC_DROPPABLE => "option: drop messages when the sender is congested",
        headers::TIPC_DEST_DROPPABLE => "option: drop undeliverable messages instead of returning them",
        headers::TIPC_CONN_TIMEOUT => "option: how long a connect waits, in milliseconds",
        headers::TIPC_CFG_SRV => "service type of the configuration service",
        headers::TIPC_TOP_SRV => "service type of the topology service",
        headers::TIPC_SUB_PORTS => "subscription: every change of matching ports",
        headers::TIPC_SUB_SERVICE => "subscription: only when the service appears or vanishes",
        headers::TIPC_SUB_CANCEL => "subscription: cancel an earlier one",
        headers::TIPC_WAIT_FOREVER => "subscription timeout: never",
        headers::TIPC_PUBLISHED => "event: a matching name was published",
        headers::TIPC_WITHDRAWN => "event: a matching name was withdrawn",
        headers::TIPC_SUBSCR_TIMEOUT => "event: the subscription timed out",
    ],
};

/// Special addresses of vsock sockets (`AF_VSOCK`), vsock(7).
pub const VMADDR: ConstantGroup = ConstantGroup {
    prefix: "VMADDR",
    members: members![
        libc::VMADDR_CID_ANY => "bind to any context id",
        libc::VMADDR_CID_HOST => "the context id of the host",
        libc::VMADDR_PORT_ANY => "bind to any port",
    ],
};

/// `VM_SOCKETS_INVALID_VERSION`, alone in its group.
pub const VM_SOCKETS_INVALID_VERSION: ConstantGroup = ConstantGroup {
    prefix: "VM_SOCKETS_INVALID_VERSION",
    members: members![
        headers::VM_SOCKETS_INVALID_VERSION => "what the vsock version ioctl answers when it has none",
    ],
};

/// `IOCTL_VM_SOCKETS_GET_LOCAL_CID`, alone in its group.
pub const IOCTL_VM_SOCKETS_GET_LOCAL_CID: ConstantGroup = ConstantGroup {
    prefix: "IOCTL_VM_SOCKETS_GET_LOCAL_CID",
    members: members![
        headers::IOCTL_VM_SOCKETS_GET_LOCAL_CID => "ioctl of /dev/vsock: this machine's context id",
    ],
};

/// UDP-Lite options (level `IPPROTO_UDPLITE`), udplite(7).
pub const UDPLITE: ConstantGroup = ConstantGroup {
    prefix: "UDPLITE",
    members: members![
        headers::UDPLITE_SEND_CSCOV => "how many leading bytes the sent checksum covers",
        headers::UDPLITE_RECV_CSCOV => "the least coverage a received datagram must have",
    ],
};

/// Port bounds of <netinet/in.h>.
pub const IPPORT: ConstantGroup = ConstantGroup {
    prefix: "IPPORT",
    members: members![
        headers::IPPORT_RESERVED => "ports below this need privilege (CAP_NET_BIND_SERVICE)",
        headers::IPPORT_USERRESERVED => "old BSD start of ports for users' servers",
    ],
};

/// The errno values Python's socket module exports itself, errno(3); `sockref errno`
/// explains them.
pub const E: ConstantGroup = ConstantGroup {
    prefix: "E",
    members: members![
        libc::EAGAIN => "a non-blocking call would block (BlockingIOError)",
        libc::EWOULDBLOCK => "EAGAIN's other name",
        libc::EBADF => "not an open file descriptor",
    ],
};

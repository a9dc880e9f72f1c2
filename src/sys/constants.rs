//! Values of C header constants that the `libc` crate does not carry, or carries wrong, for
//! Linux with glibc on x86-64: GNU extensions of <netdb.h> and newer kernel constants, each
//! with the header that defines it. Values only; their names and meanings are catalogued
//! in [`crate::reference`].

use libc::c_int;

/// `EAI_ADDRFAMILY`: the host has no address in the requested family (glibc, __USE_GNU).
pub const EAI_ADDRFAMILY: c_int = -9;
/// `EAI_INPROGRESS`, `EAI_CANCELED`, `EAI_NOTCANCELED`, `EAI_ALLDONE`, `EAI_INTR`,
/// `EAI_IDN_ENCODE`: glibc's codes for getaddrinfo_a and IDN conversion.
pub const EAI_INPROGRESS: c_int = -100;
pub const EAI_CANCELED: c_int = -101;
pub const EAI_NOTCANCELED: c_int = -102;
pub const EAI_ALLDONE: c_int = -103;
pub const EAI_INTR: c_int = -104;
pub const EAI_IDN_ENCODE: c_int = -105;

/// `AI_IDN`, `AI_CANONIDN`: IDN conversion flags of glibc's getaddrinfo (__USE_GNU).
pub const AI_IDN: c_int = 0x0040;
pub const AI_CANONIDN: c_int = 0x0080;

/// h_errno values, herror(3).
pub const HOST_NOT_FOUND: c_int = 1;
pub const TRY_AGAIN: c_int = 2;
pub const NO_RECOVERY: c_int = 3;
pub const NO_DATA: c_int = 4;

/// `NI_MAXSERV` from <netdb.h> (glibc does not export it to `libc`).
pub const NI_MAXSERV: usize = 32;

// Socket constants that the `libc` crate lacks, or has wrong, for Linux on x86-64; each
// with the header that defines it. The generic values of <asm-generic/socket.h> are the
// ones x86-64 uses.

/// `SOCK_PACKET`: glibc's <bits/socket_type.h> (deprecated in `libc`).
pub const SOCK_PACKET: c_int = 10;
/// `AF_KCM`, `AF_QIPCRTR`, `AF_SMC`, `AF_MCTP`: glibc's <bits/socket.h> (PF_*),
/// <linux/socket.h>.
pub const AF_KCM: c_int = 41;
pub const AF_QIPCRTR: c_int = 42;
pub const AF_SMC: c_int = 43;
pub const AF_MCTP: c_int = 45;
/// `SOL_KCM`, `SOL_MPTCP`, `SOL_MCTP`, `SOL_SMC`: glibc's <bits/socket.h>, <linux/socket.h>.
pub const SOL_KCM: c_int = 281;
pub const SOL_MPTCP: c_int = 284;
pub const SOL_MCTP: c_int = 285;
pub const SOL_SMC: c_int = 286;
/// `SOL_VSOCK`: <linux/vm_sockets.h>.
pub const SOL_VSOCK: c_int = 287;
/// `SO_RCVPRIORITY`, `SO_PASSRIGHTS`, `SO_INQ`, `SCM_TS_OPT_ID`, `SCM_INQ`:
/// <asm-generic/socket.h>.
pub const SO_RCVPRIORITY: c_int = 82;
pub const SO_PASSRIGHTS: c_int = 83;
pub const SO_INQ: c_int = 84;
pub const SCM_TS_OPT_ID: c_int = 81;
pub const SCM_INQ: c_int = SO_INQ;
/// `SO_VM_SOCKETS_BUFFER_SIZE`, `_MIN_SIZE`, `_MAX_SIZE`: options of level AF_VSOCK,
/// <linux/vm_sockets.h>.
pub const SO_VM_SOCKETS_BUFFER_SIZE: c_int = 0;
pub const SO_VM_SOCKETS_BUFFER_MIN_SIZE: c_int = 1;
pub const SO_VM_SOCKETS_BUFFER_MAX_SIZE: c_int = 2;
/// `SCM_SECURITY`, `SCM_PIDFD`: <linux/socket.h>.
pub const SCM_SECURITY: c_int = 0x03;
pub const SCM_PIDFD: c_int = 0x04;
/// `MSG_PROXY`, `MSG_BATCH`: glibc's <bits/socket.h>.
pub const MSG_PROXY: c_int = 0x10;
pub const MSG_BATCH: c_int = 0x40000;
/// `IP_RECVRETOPTS` is `IP_RETOPTS` (7) in <linux/in.h> and glibc's <bits/in.h>; the
/// `libc` crate has 6, which is IP_RECVOPTS.
pub const IP_RECVRETOPTS: c_int = 7;
/// `IP_RECVERR_RFC4884`, `IP_LOCAL_PORT_RANGE`, `IP_PROTOCOL`: <linux/in.h>.
pub const IP_RECVERR_RFC4884: c_int = 26;
pub const IP_LOCAL_PORT_RANGE: c_int = 51;
pub const IP_PROTOCOL: c_int = 52;
/// `IP_MAX_MEMBERSHIPS`: glibc's <bits/in.h>.
pub const IP_MAX_MEMBERSHIPS: c_int = 20;
/// `IPV6_JOIN_GROUP`, `IPV6_LEAVE_GROUP`: RFC 3493's names of IPV6_ADD_MEMBERSHIP and
/// IPV6_DROP_MEMBERSHIP, glibc's <bits/in.h>.
pub const IPV6_JOIN_GROUP: c_int = libc::IPV6_ADD_MEMBERSHIP;
pub const IPV6_LEAVE_GROUP: c_int = libc::IPV6_DROP_MEMBERSHIP;
/// `IPV6_RECVERR_RFC4884`: <linux/in6.h>.
pub const IPV6_RECVERR_RFC4884: c_int = 31;
/// `IPV6_RTHDR_TYPE_0`: glibc's <netinet/in.h>.
pub const IPV6_RTHDR_TYPE_0: c_int = 0;
/// `IPPROTO_L2TP`, `IPPROTO_SMC`: <linux/in.h>.
pub const IPPROTO_L2TP: c_int = 115;
pub const IPPROTO_SMC: c_int = 256;
/// `INADDR_*_GROUP`: multicast groups of glibc's <netinet/in.h>, host byte order.
pub const INADDR_UNSPEC_GROUP: libc::in_addr_t = 0xe000_0000;
pub const INADDR_ALLHOSTS_GROUP: libc::in_addr_t = 0xe000_0001;
pub const INADDR_ALLRTRS_GROUP: libc::in_addr_t = 0xe000_0002;
pub const INADDR_ALLSNOOPERS_GROUP: libc::in_addr_t = 0xe000_006a;
pub const INADDR_MAX_LOCAL_GROUP: libc::in_addr_t = 0xe000_00ff;
/// `TCP_TX_DELAY`, `TCP_AO_*` (TCP Authentication Option, RFC 5925), `TCP_IS_MPTCP`,
/// `TCP_RTO_MAX_MS`, `TCP_RTO_MIN_US`, `TCP_DELACK_MAX_US`: <linux/tcp.h>.
pub const TCP_TX_DELAY: c_int = 37;
pub const TCP_AO_ADD_KEY: c_int = 38;
pub const TCP_AO_DEL_KEY: c_int = 39;
pub const TCP_AO_INFO: c_int = 40;
pub const TCP_AO_GET_KEYS: c_int = 41;
pub const TCP_AO_REPAIR: c_int = 42;
pub const TCP_IS_MPTCP: c_int = 43;
pub const TCP_RTO_MAX_MS: c_int = 44;
pub const TCP_RTO_MIN_US: c_int = 45;
pub const TCP_DELACK_MAX_US: c_int = 46;

/// h_errno codes of <netdb.h> that the `libc` crate lacks, herror(3): NETDB_INTERNAL
/// ("see errno"), NETDB_SUCCESS, and NO_ADDRESS, NO_DATA's other name.
pub const NETDB_INTERNAL: c_int = -1;
pub const NETDB_SUCCESS: c_int = 0;
pub const NO_ADDRESS: c_int = NO_DATA;

// Constants of the socket families beyond IP that Python's socket module exports and the
// `libc` crate lacks.

/// `ALG_OP_SIGN`, `ALG_OP_VERIFY`, `ALG_SET_PUBKEY`: <linux/if_alg.h>.
pub const ALG_OP_SIGN: c_int = 2;
pub const ALG_OP_VERIFY: c_int = 3;
pub const ALG_SET_PUBKEY: c_int = 6;
/// The broadcast manager's opcodes (`struct bcm_msg_head.opcode`): <linux/can/bcm.h>.
pub const CAN_BCM_TX_SETUP: c_int = 1;
pub const CAN_BCM_TX_DELETE: c_int = 2;
pub const CAN_BCM_TX_READ: c_int = 3;
pub const CAN_BCM_TX_SEND: c_int = 4;
pub const CAN_BCM_RX_SETUP: c_int = 5;
pub const CAN_BCM_RX_DELETE: c_int = 6;
pub const CAN_BCM_RX_READ: c_int = 7;
pub const CAN_BCM_TX_STATUS: c_int = 8;
pub const CAN_BCM_TX_EXPIRED: c_int = 9;
pub const CAN_BCM_RX_STATUS: c_int = 10;
pub const CAN_BCM_RX_TIMEOUT: c_int = 11;
pub const CAN_BCM_RX_CHANGED: c_int = 12;
/// The broadcast manager's flags (`struct bcm_msg_head.flags`): <linux/can/bcm.h>.
pub const CAN_BCM_SETTIMER: c_int = 0x0001;
pub const CAN_BCM_STARTTIMER: c_int = 0x0002;
pub const CAN_BCM_TX_COUNTEVT: c_int = 0x0004;
pub const CAN_BCM_TX_ANNOUNCE: c_int = 0x0008;
pub const CAN_BCM_TX_CP_CAN_ID: c_int = 0x0010;
pub const CAN_BCM_RX_FILTER_ID: c_int = 0x0020;
pub const CAN_BCM_RX_CHECK_DLC: c_int = 0x0040;
pub const CAN_BCM_RX_NO_AUTOTIMER: c_int = 0x0080;
pub const CAN_BCM_RX_ANNOUNCE_RESUME: c_int = 0x0100;
pub const CAN_BCM_TX_RESET_MULTI_IDX: c_int = 0x0200;
pub const CAN_BCM_RX_RTR_FRAME: c_int = 0x0400;
pub const CAN_BCM_CAN_FD_FRAME: c_int = 0x0800;
/// `PACKET_FASTROUTE`: <linux/if_packet.h>.
pub const PACKET_FASTROUTE: c_int = 6;
/// TIPC address types, scopes, importance levels, options and topology-service
/// values: <linux/tipc.h>.
pub const TIPC_ADDR_NAMESEQ: c_int = 1;
pub const TIPC_ADDR_NAME: c_int = 2;
pub const TIPC_ADDR_ID: c_int = 3;
pub const TIPC_ZONE_SCOPE: c_int = 1;
pub const TIPC_CLUSTER_SCOPE: c_int = 2;
pub const TIPC_NODE_SCOPE: c_int = 3;
pub const TIPC_LOW_IMPORTANCE: c_int = 0;
pub const TIPC_MEDIUM_IMPORTANCE: c_int = 1;
pub const TIPC_HIGH_IMPORTANCE: c_int = 2;
pub const TIPC_CRITICAL_IMPORTANCE: c_int = 3;
pub const TIPC_IMPORTANCE: c_int = 127;
pub const TIPC_SRC_DROPPABLE: c_int = 128;
pub const TIPC_DEST_DROPPABLE: c_int = 129;
pub const TIPC_CONN_TIMEOUT: c_int = 130;
pub const TIPC_CFG_SRV: c_int = 0;
pub const TIPC_TOP_SRV: c_int = 1;
pub const TIPC_SUB_PORTS: c_int = 0x01;
pub const TIPC_SUB_SERVICE: c_int = 0x02;
pub const TIPC_SUB_CANCEL: c_int = 0x04;
pub const TIPC_WAIT_FOREVER: c_int = !0;
pub const TIPC_PUBLISHED: c_int = 1;
pub const TIPC_WITHDRAWN: c_int = 2;
pub const TIPC_SUBSCR_TIMEOUT: c_int = 3;
/// `UDPLITE_SEND_CSCOV`, `UDPLITE_RECV_CSCOV`: <linux/udp.h> (level IPPROTO_UDPLITE).
pub const UDPLITE_SEND_CSCOV: c_int = 10;
pub const UDPLITE_RECV_CSCOV: c_int = 11;
/// `IPPORT_RESERVED`, `IPPORT_USERRESERVED`: glibc's <netinet/in.h>.
pub const IPPORT_RESERVED: c_int = 1024;
pub const IPPORT_USERRESERVED: c_int = 5000;
/// `IOCTL_VM_SOCKETS_GET_LOCAL_CID` (`_IO(7, 0xb9)`) and `VM_SOCKETS_INVALID_VERSION`
/// (`-1U`): <linux/vm_sockets.h>.
pub const IOCTL_VM_SOCKETS_GET_LOCAL_CID: libc::c_uint = 0x7b9;
pub const VM_SOCKETS_INVALID_VERSION: libc::c_uint = u32::MAX;

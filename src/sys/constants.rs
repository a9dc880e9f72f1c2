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

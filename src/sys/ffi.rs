//! Declarations of glibc netdb functions and constants that the `libc` crate does not
//! carry: the reentrant `*_r` database lookups and a few GNU extensions from <netdb.h>.
//!
//! Signatures are those of glibc's <netdb.h>; see gethostbyname_r(3), getservent_r(3),
//! getprotoent_r(3).

use libc::{c_char, c_int, c_void, hostent, protoent, servent, size_t, socklen_t};

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

unsafe extern "C" {
    pub fn gethostbyname2_r(
        name: *const c_char,
        af: c_int,
        ret: *mut hostent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut hostent,
        h_errnop: *mut c_int,
    ) -> c_int;

    pub fn gethostbyaddr_r(
        addr: *const c_void,
        len: socklen_t,
        af: c_int,
        ret: *mut hostent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut hostent,
        h_errnop: *mut c_int,
    ) -> c_int;

    pub fn getservbyname_r(
        name: *const c_char,
        proto: *const c_char,
        result_buf: *mut servent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut servent,
    ) -> c_int;

    pub fn getservbyport_r(
        port: c_int,
        proto: *const c_char,
        result_buf: *mut servent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut servent,
    ) -> c_int;

    pub fn getservent_r(
        result_buf: *mut servent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut servent,
    ) -> c_int;

    pub fn getprotobyname_r(
        name: *const c_char,
        result_buf: *mut protoent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut protoent,
    ) -> c_int;

    pub fn getprotobynumber_r(
        proto: c_int,
        result_buf: *mut protoent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut protoent,
    ) -> c_int;

    pub fn getprotoent_r(
        result_buf: *mut protoent,
        buf: *mut c_char,
        buflen: size_t,
        result: *mut *mut protoent,
    ) -> c_int;

    pub fn setprotoent(stayopen: c_int);
    pub fn endprotoent();

    pub fn inet_aton(cp: *const c_char, inp: *mut libc::in_addr) -> c_int;
    pub fn inet_ntoa(addr: libc::in_addr) -> *mut c_char;
    pub fn inet_pton(af: c_int, src: *const c_char, dst: *mut c_void) -> c_int;
    pub fn inet_ntop(
        af: c_int,
        src: *const c_void,
        dst: *mut c_char,
        size: socklen_t,
    ) -> *const c_char;
}

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

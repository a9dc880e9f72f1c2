//! Declarations of glibc functions that the `libc` crate does not carry: the reentrant
//! `*_r` database lookups of <netdb.h> and the address conversions of <arpa/inet.h>. The
//! header values it lacks are in [`super::constants`].
//!
//! Signatures are those of glibc's <netdb.h>; see gethostbyname_r(3), getservent_r(3),
//! getprotoent_r(3).

use libc::{c_char, c_int, c_void, hostent, protoent, servent, size_t, socklen_t};

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

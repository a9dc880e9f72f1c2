//! The hosts database through gethostbyname2_r(3) and gethostbyaddr_r(3).

use std::ffi::CStr;
use std::mem::MaybeUninit;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::ptr;

use libc::c_int;

use super::cstr::{opt_text, text_list};
use super::{HostEntry, MAX_BUFFER};
use crate::sys::errors::{SysError, last_errno};
use crate::sys::ffi;

/// gethostbyname2_r(3): the hosts database entry of `name` in family `af`.
pub fn gethostbyname2(name: &CStr, af: i32) -> Result<HostEntry, SysError> {
    with_buffer(|ret, buf, result, h_errno| {
        // SAFETY: all pointers are valid for the call; buf is writable for buf.len().
        unsafe {
            ffi::gethostbyname2_r(
                name.as_ptr(),
                af,
                ret,
                buf.as_mut_ptr().cast(),
                buf.len(),
                result,
                h_errno,
            )
        }
    })
}

/// gethostbyaddr_r(3): the hosts database entry of an address.
pub fn gethostbyaddr(ip: IpAddr) -> Result<HostEntry, SysError> {
    let (bytes, af): (Vec<u8>, c_int) = match ip {
        IpAddr::V4(v4) => (v4.octets().to_vec(), libc::AF_INET),
        IpAddr::V6(v6) => (v6.octets().to_vec(), libc::AF_INET6),
    };
    with_buffer(|ret, buf, result, h_errno| {
        // SAFETY: bytes holds a packed address of the length passed; other pointers as in
        // gethostbyname2.
        unsafe {
            ffi::gethostbyaddr_r(
                bytes.as_ptr().cast(),
                bytes.len() as libc::socklen_t,
                af,
                ret,
                buf.as_mut_ptr().cast(),
                buf.len(),
                result,
                h_errno,
            )
        }
    })
}

/// Runs a `gethostby*_r` call, growing its buffer while it answers ERANGE.
fn with_buffer(
    mut call: impl FnMut(*mut libc::hostent, &mut [u8], *mut *mut libc::hostent, *mut c_int) -> c_int,
) -> Result<HostEntry, SysError> {
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: hostent is plain data; the C library fills it before we read it.
        let mut ret: libc::hostent = unsafe { MaybeUninit::zeroed().assume_init() };
        let mut result: *mut libc::hostent = ptr::null_mut();
        let mut h_errno: c_int = 0;
        let rc = call(&mut ret, &mut buf, &mut result, &mut h_errno);
        if rc == libc::ERANGE && buf.len() < MAX_BUFFER {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if result.is_null() {
            // NETDB_INTERNAL (-1) means "see errno", which the call also returned.
            // glibc can also fail with h_errno left at 0 (NETDB_SUCCESS), for instance when
            // it drops a PTR answer that is not a valid host name; that is reported as is,
            // as Python's herror(0, ...) does.
            return Err(if h_errno == -1 {
                SysError::Errno(if rc != 0 { rc } else { last_errno() })
            } else {
                SysError::Herror(h_errno)
            });
        }
        // SAFETY: on success result points at ret, whose pointers lead into buf, which is
        // still alive and unchanged.
        return Ok(unsafe { copy_hostent(&*result) });
    }
}

/// # Safety
/// `h` must be a hostent filled by the C library whose buffers are still alive.
unsafe fn copy_hostent(h: &libc::hostent) -> HostEntry {
    let mut addresses = Vec::new();
    if !h.h_addr_list.is_null() {
        let mut i = 0;
        loop {
            // SAFETY: h_addr_list is a NULL-terminated array; we stop at the NULL.
            let p = unsafe { *h.h_addr_list.add(i) };
            if p.is_null() {
                break;
            }
            // SAFETY: each entry holds h_length bytes of an address of h_addrtype.
            let bytes = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), h.h_length as usize) };
            if let Some(ip) = ip_from_bytes(h.h_addrtype, bytes) {
                addresses.push(ip);
            }
            i += 1;
        }
    }
    HostEntry {
        // SAFETY: h_name is null or a NUL-terminated string in the caller's buffer.
        name: unsafe { opt_text(h.h_name) }.unwrap_or_default(),
        // SAFETY: h_aliases is a NULL-terminated array of strings in the buffer.
        aliases: unsafe { text_list(h.h_aliases) },
        addresses,
    }
}

fn ip_from_bytes(af: c_int, bytes: &[u8]) -> Option<IpAddr> {
    match af {
        libc::AF_INET => <[u8; 4]>::try_from(bytes)
            .ok()
            .map(|b| IpAddr::V4(Ipv4Addr::from(b))),
        libc::AF_INET6 => <[u8; 16]>::try_from(bytes)
            .ok()
            .map(|b| IpAddr::V6(Ipv6Addr::from(b))),
        _ => None,
    }
}

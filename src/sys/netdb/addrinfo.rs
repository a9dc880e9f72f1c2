//! getaddrinfo(3) and getnameinfo(3): names to socket addresses and back.

use std::ffi::CStr;
use std::mem::MaybeUninit;
use std::ptr;

use socket2::{SockAddr, SockAddrStorage};

use super::cstr::{opt_text, until_nul};
use super::{AddrInfoEntry, Hints};
use crate::sys::errors::{SysError, last_errno};
use crate::text::Text;

/// getaddrinfo(3). Entries are returned in the resolver's order.
pub fn getaddrinfo(
    host: Option<&CStr>,
    service: Option<&CStr>,
    hints: Hints,
) -> Result<Vec<AddrInfoEntry>, SysError> {
    // SAFETY: an all-zero addrinfo is the documented "no hints" value; we then set the
    // four fields getaddrinfo reads and leave the pointers null as it requires.
    let mut c_hints: libc::addrinfo = unsafe { MaybeUninit::zeroed().assume_init() };
    c_hints.ai_family = hints.family;
    c_hints.ai_socktype = hints.socktype;
    c_hints.ai_protocol = hints.protocol;
    c_hints.ai_flags = hints.flags;
    let mut res: *mut libc::addrinfo = ptr::null_mut();
    // SAFETY: host and service are NUL-terminated or null, the hints live across the call,
    // and res receives a list we own until freeaddrinfo below.
    let code = unsafe {
        libc::getaddrinfo(
            host.map_or(ptr::null(), CStr::as_ptr),
            service.map_or(ptr::null(), CStr::as_ptr),
            &c_hints,
            &mut res,
        )
    };
    if code != 0 {
        return Err(SysError::Gai {
            code,
            errno: last_errno(),
        });
    }
    let mut entries = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: cur is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*cur };
        entries.push(AddrInfoEntry {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            protocol: ai.ai_protocol,
            // SAFETY: ai_canonname is null or a NUL-terminated string owned by the list.
            canonname: unsafe { opt_text(ai.ai_canonname) },
            // SAFETY: ai_addr points to ai_addrlen bytes of a socket address.
            sockaddr: unsafe { copy_sockaddr(ai.ai_addr, ai.ai_addrlen) },
        });
        cur = ai.ai_next;
    }
    // SAFETY: res came from a successful getaddrinfo and is freed exactly once; nothing
    // borrowed from it outlives this point (everything above was copied).
    unsafe { libc::freeaddrinfo(res) };
    Ok(entries)
}

/// getnameinfo(3): the host and service names of a socket address.
pub fn getnameinfo(addr: &SockAddr, flags: i32) -> Result<(Text, Text), SysError> {
    let mut host = vec![0u8; libc::NI_MAXHOST as usize];
    let mut serv = vec![0u8; crate::sys::constants::NI_MAXSERV];
    // SAFETY: addr is a valid socket address of addr.len() bytes; both buffers are
    // writable for the lengths passed and getnameinfo NUL-terminates what it writes.
    let code = unsafe {
        libc::getnameinfo(
            addr.as_ptr().cast(),
            addr.len(),
            host.as_mut_ptr().cast(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr().cast(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if code != 0 {
        return Err(SysError::Gai {
            code,
            errno: last_errno(),
        });
    }
    Ok((until_nul(&host), until_nul(&serv)))
}

/// The numeric text of any socket address: getnameinfo with `NI_NUMERICHOST` (for IPv6
/// this adds `%scope` to a scoped address, which Python's tuples leave out).
pub fn numeric_host(addr: &SockAddr) -> Option<Text> {
    getnameinfo(addr, libc::NI_NUMERICHOST | libc::NI_NUMERICSERV)
        .ok()
        .map(|(host, _)| host)
}

/// Copies `len` bytes of a socket address into an owned `SockAddr`.
///
/// # Safety
/// `addr` must point to at least `len` readable bytes (or be null).
unsafe fn copy_sockaddr(addr: *const libc::sockaddr, len: libc::socklen_t) -> SockAddr {
    let mut storage = SockAddrStorage::zeroed();
    let len = (len as usize).min(storage.size_of() as usize);
    if !addr.is_null() {
        // SAFETY: the caller guarantees len readable bytes; the storage is at least len
        // bytes long since len was clamped to its size, and the two do not overlap.
        unsafe {
            let dst = storage.view_as::<libc::sockaddr_storage>();
            ptr::copy_nonoverlapping(addr.cast::<u8>(), ptr::from_mut(dst).cast::<u8>(), len);
        }
    }
    // SAFETY: the storage holds a socket address of len bytes, as SockAddr::new requires.
    unsafe { SockAddr::new(storage, len as libc::socklen_t) }
}

//! Safe wrappers over the name, address, service and protocol databases of <netdb.h>:
//! getaddrinfo(3), getnameinfo(3), gethostbyname2_r(3), gethostbyaddr_r(3),
//! getservbyname_r(3), getservent_r(3), getprotobyname_r(3) and getprotoent_r(3).
//!
//! Names come back as [`Text`], the bytes the C library produced, because a hosts file or
//! a DNS answer need not be UTF-8. The reentrant `_r` variants are used so that lookups
//! can run on several threads at once.

use std::ffi::{CStr, CString};
use std::mem::MaybeUninit;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::ptr;

use libc::{c_char, c_int};
use socket2::{SockAddr, SockAddrStorage};

use super::errors::{SysError, last_errno};
use super::ffi;
use crate::text::Text;

/// The `hints` argument of getaddrinfo(3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hints {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub flags: i32,
}

/// One `struct addrinfo` of a getaddrinfo answer.
#[derive(Debug, Clone)]
pub struct AddrInfoEntry {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: Option<Text>,
    pub sockaddr: SockAddr,
}

/// A `struct hostent` copied out of the C library's buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub addresses: Vec<IpAddr>,
}

/// A `struct servent`: one line of services(5), port in host byte order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub port: u16,
    pub proto: Text,
}

/// A `struct protoent`: one line of protocols(5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProtocolEntry {
    pub name: Text,
    pub aliases: Vec<Text>,
    pub number: i32,
}

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
    let mut serv = vec![0u8; super::constants::NI_MAXSERV];
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

/// The largest buffer offered to a `_r` call before giving up with ERANGE.
const MAX_BUFFER: usize = 1 << 22;

/// getservbyname_r(3); `None` when the database has no such service.
pub fn getservbyname(name: &CStr, proto: Option<&CStr>) -> Result<Option<ServiceEntry>, SysError> {
    serv_lookup(|ret, buf, result| {
        // SAFETY: name and proto are NUL-terminated or null; buf is writable.
        unsafe {
            ffi::getservbyname_r(
                name.as_ptr(),
                proto.map_or(ptr::null(), CStr::as_ptr),
                ret,
                buf.as_mut_ptr().cast(),
                buf.len(),
                result,
            )
        }
    })
}

/// getservbyport_r(3) with `port` in host byte order.
pub fn getservbyport(port: u16, proto: Option<&CStr>) -> Result<Option<ServiceEntry>, SysError> {
    serv_lookup(|ret, buf, result| {
        // SAFETY: as in getservbyname; the port goes in network byte order as documented.
        unsafe {
            ffi::getservbyport_r(
                c_int::from(port.to_be()),
                proto.map_or(ptr::null(), CStr::as_ptr),
                ret,
                buf.as_mut_ptr().cast(),
                buf.len(),
                result,
            )
        }
    })
}

/// Every entry of the services database, in its order (setservent, getservent_r,
/// endservent). Not to be run on two threads at once: the C library keeps one cursor.
pub fn all_services() -> Result<Vec<ServiceEntry>, SysError> {
    // SAFETY: setservent only opens the database; 0 means do not keep it open afterwards.
    unsafe { libc::setservent(0) };
    let mut all = Vec::new();
    let outcome = loop {
        let next = serv_lookup(|ret, buf, result| {
            // SAFETY: buf is writable; the cursor was opened above.
            unsafe { ffi::getservent_r(ret, buf.as_mut_ptr().cast(), buf.len(), result) }
        });
        match next {
            Ok(Some(entry)) => all.push(entry),
            Ok(None) | Err(SysError::Errno(libc::ENOENT)) => break Ok(all),
            Err(e) => break Err(e),
        }
    };
    // SAFETY: closes the cursor opened by setservent.
    unsafe { libc::endservent() };
    outcome
}

fn serv_lookup(
    mut call: impl FnMut(*mut libc::servent, &mut [u8], *mut *mut libc::servent) -> c_int,
) -> Result<Option<ServiceEntry>, SysError> {
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: servent is plain data; it is read only after the call filled it.
        let mut ret: libc::servent = unsafe { MaybeUninit::zeroed().assume_init() };
        let mut result: *mut libc::servent = ptr::null_mut();
        let rc = call(&mut ret, &mut buf, &mut result);
        if rc == libc::ERANGE && buf.len() < MAX_BUFFER {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if result.is_null() {
            return if rc == 0 {
                Ok(None)
            } else {
                Err(SysError::Errno(rc))
            };
        }
        // SAFETY: result points at ret, whose strings live in buf.
        let s = unsafe { &*result };
        return Ok(Some(ServiceEntry {
            // SAFETY: s_name and s_proto are NUL-terminated strings in buf.
            name: unsafe { opt_text(s.s_name) }.unwrap_or_default(),
            // SAFETY: s_aliases is a NULL-terminated array of strings in buf.
            aliases: unsafe { text_list(s.s_aliases) },
            port: u16::from_be(s.s_port as u16),
            // SAFETY: as for s_name.
            proto: unsafe { opt_text(s.s_proto) }.unwrap_or_default(),
        }));
    }
}

/// getprotobyname_r(3); `None` when the database has no such protocol.
pub fn getprotobyname(name: &CStr) -> Result<Option<ProtocolEntry>, SysError> {
    proto_lookup(|ret, buf, result| {
        // SAFETY: name is NUL-terminated; buf is writable.
        unsafe {
            ffi::getprotobyname_r(
                name.as_ptr(),
                ret,
                buf.as_mut_ptr().cast(),
                buf.len(),
                result,
            )
        }
    })
}

/// getprotobynumber_r(3).
pub fn getprotobynumber(number: i32) -> Result<Option<ProtocolEntry>, SysError> {
    proto_lookup(|ret, buf, result| {
        // SAFETY: buf is writable for its length.
        unsafe { ffi::getprotobynumber_r(number, ret, buf.as_mut_ptr().cast(), buf.len(), result) }
    })
}

/// Every entry of the protocols database, in its order. One thread at a time.
pub fn all_protocols() -> Result<Vec<ProtocolEntry>, SysError> {
    // SAFETY: opens the database cursor; closed below.
    unsafe { ffi::setprotoent(0) };
    let mut all = Vec::new();
    let outcome = loop {
        let next = proto_lookup(|ret, buf, result| {
            // SAFETY: buf is writable; the cursor was opened above.
            unsafe { ffi::getprotoent_r(ret, buf.as_mut_ptr().cast(), buf.len(), result) }
        });
        match next {
            Ok(Some(entry)) => all.push(entry),
            Ok(None) | Err(SysError::Errno(libc::ENOENT)) => break Ok(all),
            Err(e) => break Err(e),
        }
    };
    // SAFETY: closes the cursor opened by setprotoent.
    unsafe { ffi::endprotoent() };
    outcome
}

fn proto_lookup(
    mut call: impl FnMut(*mut libc::protoent, &mut [u8], *mut *mut libc::protoent) -> c_int,
) -> Result<Option<ProtocolEntry>, SysError> {
    let mut buf = vec![0u8; 4096];
    loop {
        // SAFETY: protoent is plain data, read only after the call filled it.
        let mut ret: libc::protoent = unsafe { MaybeUninit::zeroed().assume_init() };
        let mut result: *mut libc::protoent = ptr::null_mut();
        let rc = call(&mut ret, &mut buf, &mut result);
        if rc == libc::ERANGE && buf.len() < MAX_BUFFER {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if result.is_null() {
            return if rc == 0 {
                Ok(None)
            } else {
                Err(SysError::Errno(rc))
            };
        }
        // SAFETY: result points at ret, whose strings live in buf.
        let p = unsafe { &*result };
        return Ok(Some(ProtocolEntry {
            // SAFETY: p_name is a NUL-terminated string in buf.
            name: unsafe { opt_text(p.p_name) }.unwrap_or_default(),
            // SAFETY: p_aliases is a NULL-terminated array of strings in buf.
            aliases: unsafe { text_list(p.p_aliases) },
            number: p.p_proto,
        }));
    }
}

/// gethostname(2).
pub fn gethostname() -> Result<Text, SysError> {
    use std::os::unix::ffi::OsStringExt;
    nix::unistd::gethostname()
        .map(|name| Text::from_bytes(name.into_vec()))
        .map_err(|e| SysError::Errno(e as i32))
}

/// Builds the socket address of an IP address and port (`sockaddr_in` or `sockaddr_in6`).
pub fn sockaddr_of(ip: IpAddr, port: u16) -> SockAddr {
    SockAddr::from(SocketAddr::new(ip, port))
}

/// A NUL-terminated C string as a `CString`, or `None` if `bytes` holds a NUL.
pub fn c_string(bytes: &[u8]) -> Option<CString> {
    CString::new(bytes).ok()
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

/// # Safety
/// `p` must be null or point to a NUL-terminated string.
unsafe fn opt_text(p: *const c_char) -> Option<Text> {
    if p.is_null() {
        None
    } else {
        // SAFETY: guaranteed by the caller.
        Some(Text::from_bytes(unsafe { CStr::from_ptr(p) }.to_bytes()))
    }
}

/// # Safety
/// `list` must be null or a NULL-terminated array of NUL-terminated strings.
unsafe fn text_list(list: *mut *mut c_char) -> Vec<Text> {
    let mut out = Vec::new();
    if list.is_null() {
        return out;
    }
    let mut i = 0;
    loop {
        // SAFETY: the array is NULL-terminated, so every index up to the NULL is readable.
        let p = unsafe { *list.add(i) };
        if p.is_null() {
            return out;
        }
        // SAFETY: p is a NUL-terminated string (caller's guarantee).
        out.extend(unsafe { opt_text(p) });
        i += 1;
    }
}

fn until_nul(buf: &[u8]) -> Text {
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Text::from_bytes(&buf[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_getaddrinfo_needs_no_resolver() {
        let host = c_string(b"127.0.0.1").unwrap_or_default();
        let hints = Hints {
            flags: libc::AI_NUMERICHOST,
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        };
        let entries = getaddrinfo(Some(&host), None, hints).unwrap_or_default();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].family, libc::AF_INET);
        assert_eq!(
            entries[0].sockaddr.as_socket(),
            Some("127.0.0.1:0".parse().unwrap_or_else(|_| unreachable!()))
        );
    }

    #[test]
    fn bad_flags_are_a_gai_error() {
        let host = c_string(b"x").unwrap_or_default();
        let hints = Hints {
            flags: 0xffff,
            ..Hints::default()
        };
        assert!(matches!(
            getaddrinfo(Some(&host), None, hints),
            Err(SysError::Gai {
                code: libc::EAI_BADFLAGS,
                ..
            })
        ));
    }

    #[test]
    fn tcp_is_protocol_6() {
        let tcp = c_string(b"tcp").unwrap_or_default();
        let entry = getprotobyname(&tcp).ok().flatten();
        assert_eq!(entry.map(|e| e.number), Some(6));
    }

    #[test]
    fn nul_bytes_are_refused() {
        assert!(c_string(b"a\0b").is_none());
    }
}

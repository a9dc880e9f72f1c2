//! The services and protocols databases: getservbyname_r(3), getservbyport_r(3),
//! getservent_r(3), getprotobyname_r(3), getprotobynumber_r(3) and getprotoent_r(3).
//!
//! Both databases answer through the same reentrant shape: a caller-provided entry, a
//! buffer its strings go into (grown while the call says ERANGE) and a result pointer that
//! stays null when nothing was found. [`reentrant`] is that shape once; [`DbEntry`] says
//! how each C struct is copied out.

use std::ffi::CStr;
use std::mem::MaybeUninit;
use std::ptr;

use libc::c_int;

use super::cstr::{opt_text, text_list};
use super::{MAX_BUFFER, ProtocolEntry, ServiceEntry};
use crate::sys::errors::SysError;
use crate::sys::ffi;

/// An entry of a netdb database, copied out of its C struct.
trait DbEntry: Sized {
    /// `struct servent` or `struct protoent`.
    type Raw;

    /// The entry as the C library filled it, borrowed for one step of a scan.
    type Ref<'a>;

    /// # Safety
    /// As for [`DbEntry::copy`].
    unsafe fn borrow(raw: &Self::Raw) -> Self::Ref<'_>;

    /// # Safety
    /// `raw` must have been filled by a successful `_r` call whose buffer is still alive.
    unsafe fn copy(raw: &Self::Raw) -> Self;
}

impl DbEntry for ServiceEntry {
    type Raw = libc::servent;
    type Ref<'a> = ServiceRef<'a>;

    unsafe fn borrow(raw: &libc::servent) -> ServiceRef<'_> {
        ServiceRef { raw }
    }

    unsafe fn copy(s: &libc::servent) -> Self {
        ServiceEntry {
            // SAFETY: s_name and s_proto are NUL-terminated strings in the live buffer.
            name: unsafe { opt_text(s.s_name) }.unwrap_or_default(),
            // SAFETY: s_aliases is a NULL-terminated array of strings in the buffer.
            aliases: unsafe { text_list(s.s_aliases) },
            port: u16::from_be(s.s_port as u16),
            // SAFETY: as for s_name.
            proto: unsafe { opt_text(s.s_proto) }.unwrap_or_default(),
        }
    }
}

impl DbEntry for ProtocolEntry {
    type Raw = libc::protoent;
    type Ref<'a> = &'a libc::protoent;

    unsafe fn borrow(raw: &libc::protoent) -> &libc::protoent {
        raw
    }

    unsafe fn copy(p: &libc::protoent) -> Self {
        ProtocolEntry {
            // SAFETY: p_name is a NUL-terminated string in the live buffer.
            name: unsafe { opt_text(p.p_name) }.unwrap_or_default(),
            // SAFETY: p_aliases is a NULL-terminated array of strings in the buffer.
            aliases: unsafe { text_list(p.p_aliases) },
            number: p.p_proto,
        }
    }
}

/// The first size of the buffer an entry's strings go into; services(5) lines are short.
const FIRST_BUFFER: usize = 4096;

/// A services(5) entry where the C library left it, valid for one step of a scan: enough
/// to decide whether the entry is wanted before anything is copied.
pub struct ServiceRef<'a> {
    /// Filled by a successful getservent_r whose buffer outlives this borrow.
    raw: &'a libc::servent,
}

impl ServiceRef<'_> {
    /// The port, in host byte order.
    pub fn port(&self) -> u16 {
        u16::from_be(self.raw.s_port as u16)
    }

    /// The protocol name's bytes.
    pub fn proto(&self) -> &[u8] {
        // SAFETY: s_proto is null or a NUL-terminated string in the live buffer.
        unsafe { bytes_of(self.raw.s_proto) }
    }

    /// Whether `name` is the entry's name or one of its aliases.
    pub fn is_called(&self, name: &[u8]) -> bool {
        self.names().any(|n| n == name)
    }

    /// The entry's name, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &[u8]> {
        // SAFETY: s_name is null or a NUL-terminated string in the live buffer.
        let name = unsafe { bytes_of(self.raw.s_name) };
        let list = self.raw.s_aliases;
        let aliases = (0..)
            .map_while(move |i| {
                if list.is_null() {
                    return None;
                }
                // SAFETY: s_aliases is a NULL-terminated array, readable up to its NULL.
                let p = unsafe { *list.add(i) };
                (!p.is_null()).then_some(p)
            })
            // SAFETY: each alias is a NUL-terminated string in the live buffer.
            .map(|p| unsafe { bytes_of(p) });
        std::iter::once(name).chain(aliases)
    }
}

/// # Safety
/// `p` must be null or point to a NUL-terminated string that outlives the borrow.
unsafe fn bytes_of<'a>(p: *const libc::c_char) -> &'a [u8] {
    if p.is_null() {
        return &[];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { CStr::from_ptr(p) }.to_bytes()
}

/// Runs one reentrant lookup, growing the buffer while it answers ERANGE; `None` when the
/// database has no such entry (result left null, return code 0).
fn reentrant<E: DbEntry>(
    call: impl FnMut(*mut E::Raw, &mut [u8], *mut *mut E::Raw) -> c_int,
) -> Result<Option<E>, SysError> {
    let found = reentrant_in::<E>(&mut vec![0u8; FIRST_BUFFER], call, |_| true)?;
    Ok(found.flatten())
}

/// [`reentrant`] with a buffer the caller keeps, so that a scan of a whole database grows
/// one buffer rather than making one per entry, and with `keep`, which sees the entry
/// before it is copied: `Some(None)` for an entry found but not wanted.
fn reentrant_in<E: DbEntry>(
    buf: &mut Vec<u8>,
    mut call: impl FnMut(*mut E::Raw, &mut [u8], *mut *mut E::Raw) -> c_int,
    keep: impl FnOnce(E::Ref<'_>) -> bool,
) -> Result<Option<Option<E>>, SysError> {
    loop {
        // SAFETY: servent and protoent are plain C data (pointers and integers), for which
        // all zeroes is a valid value; they are read only after the call filled them.
        let mut raw: E::Raw = unsafe { MaybeUninit::zeroed().assume_init() };
        let mut result: *mut E::Raw = ptr::null_mut();
        let rc = call(&mut raw, buf, &mut result);
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
        // SAFETY: on success result points at raw, whose strings live in buf, alive here
        // and until this function returns.
        let wanted = keep(unsafe { E::borrow(&*result) });
        // SAFETY: as above.
        return Ok(Some(wanted.then(|| unsafe { E::copy(&*result) })));
    }
}

/// Every entry of a database that `keep` wants, in its order: `open`, `next` until it
/// finds nothing, then `close`. The C library keeps one cursor per database, so not for
/// two threads at once.
fn every<E: DbEntry>(
    open: impl FnOnce(),
    mut next: impl FnMut(*mut E::Raw, &mut [u8], *mut *mut E::Raw) -> c_int,
    close: impl FnOnce(),
    mut keep: impl FnMut(E::Ref<'_>) -> bool,
) -> Result<Vec<E>, SysError> {
    open();
    let mut all = Vec::new();
    let mut buf = vec![0u8; FIRST_BUFFER];
    let outcome = loop {
        match reentrant_in::<E>(&mut buf, &mut next, &mut keep) {
            Ok(Some(Some(entry))) => all.push(entry),
            Ok(Some(None)) => {}
            Ok(None) | Err(SysError::Errno(libc::ENOENT)) => break Ok(all),
            Err(e) => break Err(e),
        }
    };
    close();
    outcome
}

/// getservbyname_r(3); `None` when the database has no such service.
pub fn getservbyname(name: &CStr, proto: Option<&CStr>) -> Result<Option<ServiceEntry>, SysError> {
    reentrant(|ret, buf, result| {
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
    reentrant(|ret, buf, result| {
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

/// Every entry of the services database, in its order.
pub fn all_services() -> Result<Vec<ServiceEntry>, SysError> {
    services_where(|_| true)
}

/// The entries of the services database that `keep` wants, in its order; `keep` sees each
/// entry where the C library left it, and only the wanted ones are copied.
pub fn services_where(
    keep: impl FnMut(ServiceRef<'_>) -> bool,
) -> Result<Vec<ServiceEntry>, SysError> {
    every::<ServiceEntry>(
        // SAFETY: setservent only opens the database; 0: do not keep it open afterwards.
        || unsafe { libc::setservent(0) },
        // SAFETY: buf is writable for its length; the cursor is open.
        |ret, buf, result| unsafe {
            ffi::getservent_r(ret, buf.as_mut_ptr().cast(), buf.len(), result)
        },
        // SAFETY: closes the cursor setservent opened.
        || unsafe { libc::endservent() },
        keep,
    )
}

/// getprotobyname_r(3); `None` when the database has no such protocol.
pub fn getprotobyname(name: &CStr) -> Result<Option<ProtocolEntry>, SysError> {
    reentrant(|ret, buf, result| {
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
    reentrant(|ret, buf, result| {
        // SAFETY: buf is writable for its length.
        unsafe { ffi::getprotobynumber_r(number, ret, buf.as_mut_ptr().cast(), buf.len(), result) }
    })
}

/// Every entry of the protocols database, in its order.
pub fn all_protocols() -> Result<Vec<ProtocolEntry>, SysError> {
    every::<ProtocolEntry>(
        // SAFETY: opens the database cursor; closed below.
        || unsafe { ffi::setprotoent(0) },
        // SAFETY: buf is writable for its length; the cursor is open.
        |ret, buf, result| unsafe {
            ffi::getprotoent_r(ret, buf.as_mut_ptr().cast(), buf.len(), result)
        },
        // SAFETY: closes the cursor setprotoent opened.
        || unsafe { ffi::endprotoent() },
        |_| true,
    )
}

//! Address text conversion through the C library itself: inet_pton(3), inet_ntop(3),
//! inet_aton(3) and inet_ntoa(3). Their exact acceptance rules and text forms are the
//! point (inet_aton takes `127.1` and `0x7f.1`, inet_ntop writes `::1.2.3.4` for an
//! IPv4-compatible address), so nothing here is re-implemented in Rust.

use std::ffi::{CStr, CString};

use super::errors::SysError;
use super::ffi;

/// The largest text inet_ntop writes (`INET6_ADDRSTRLEN`, <netinet/in.h>).
const INET6_ADDRSTRLEN: usize = 46;

/// inet_pton(3): `Ok(None)` when the text is not an address of that family;
/// `Err(EAFNOSUPPORT)` for a family other than AF_INET and AF_INET6.
pub fn inet_pton(af: i32, text: &CStr) -> Result<Option<Vec<u8>>, SysError> {
    let mut buf = [0u8; 16];
    // SAFETY: text is NUL-terminated and buf has room for an in6_addr (16 bytes), the
    // largest result of any family inet_pton accepts.
    let rc = unsafe { ffi::inet_pton(af, text.as_ptr(), buf.as_mut_ptr().cast()) };
    match rc {
        1 => Ok(Some(buf[..packed_len(af)].to_vec())),
        0 => Ok(None),
        _ => Err(SysError::Errno(libc::EAFNOSUPPORT)),
    }
}

/// inet_ntop(3) of a packed address, which must be 4 bytes for AF_INET and 16 for AF_INET6.
pub fn inet_ntop(af: i32, packed: &[u8]) -> Result<String, SysError> {
    if af != libc::AF_INET && af != libc::AF_INET6 {
        return Err(SysError::Errno(libc::EAFNOSUPPORT));
    }
    if packed.len() != packed_len(af) {
        return Err(SysError::Errno(libc::EINVAL));
    }
    let mut out = [0u8; INET6_ADDRSTRLEN];
    // SAFETY: packed holds exactly the address size of af (checked above) and out is
    // INET6_ADDRSTRLEN bytes, enough for any address text plus its NUL.
    let p = unsafe {
        ffi::inet_ntop(
            af,
            packed.as_ptr().cast(),
            out.as_mut_ptr().cast(),
            out.len() as libc::socklen_t,
        )
    };
    if p.is_null() {
        return Err(SysError::Errno(super::errors::last_errno()));
    }
    // SAFETY: on success inet_ntop wrote a NUL-terminated string into out.
    let text = unsafe { CStr::from_ptr(out.as_ptr().cast()) };
    Ok(text.to_string_lossy().into_owned())
}

/// inet_aton(3): the packed IPv4 address, or `None` when the text is not accepted.
pub fn inet_aton(text: &CStr) -> Option<[u8; 4]> {
    let mut addr = libc::in_addr { s_addr: 0 };
    // SAFETY: text is NUL-terminated and addr is a writable in_addr.
    let rc = unsafe { ffi::inet_aton(text.as_ptr(), &mut addr) };
    (rc != 0).then(|| addr.s_addr.to_ne_bytes())
}

/// inet_ntoa(3) of a packed IPv4 address.
pub fn inet_ntoa(packed: [u8; 4]) -> String {
    let addr = libc::in_addr {
        s_addr: u32::from_ne_bytes(packed),
    };
    // SAFETY: inet_ntoa returns a pointer to a NUL-terminated string in a buffer that glibc
    // keeps per thread; it is copied before any other call can overwrite it.
    let p = unsafe { ffi::inet_ntoa(addr) };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: non-null results point at the NUL-terminated text described above.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// The size of a packed address of family `af` (4 for AF_INET, 16 otherwise).
pub fn packed_len(af: i32) -> usize {
    if af == libc::AF_INET { 4 } else { 16 }
}

/// A `CString` for text passed to the functions above.
pub fn c_text(text: &str) -> Option<CString> {
    CString::new(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> CString {
        c_text(s).unwrap_or_default()
    }

    #[test]
    fn aton_takes_legacy_forms_pton_does_not() {
        assert_eq!(inet_aton(&c("127.1")), Some([127, 0, 0, 1]));
        assert_eq!(inet_aton(&c("0x7f000001")), Some([127, 0, 0, 1]));
        assert_eq!(inet_pton(libc::AF_INET, &c("127.1")), Ok(None));
    }

    #[test]
    fn ntop_uses_the_c_library_text_form() {
        let mut compat = [0u8; 16];
        compat[12..].copy_from_slice(&[1, 2, 3, 4]);
        assert_eq!(
            inet_ntop(libc::AF_INET6, &compat).ok().as_deref(),
            Some("::1.2.3.4")
        );
        assert_eq!(inet_ntoa([10, 0, 0, 1]), "10.0.0.1");
    }

    #[test]
    fn wrong_family_and_length_are_errors() {
        assert_eq!(
            inet_pton(libc::AF_UNIX, &c("x")),
            Err(SysError::Errno(libc::EAFNOSUPPORT))
        );
        assert!(inet_ntop(libc::AF_INET, &[1, 2, 3]).is_err());
    }
}

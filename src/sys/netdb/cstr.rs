//! Copying C strings and string lists out of the C library's buffers.

use std::ffi::CStr;

use libc::c_char;

use crate::text::Text;

/// # Safety
/// `p` must be null or point to a NUL-terminated string.
pub(super) unsafe fn opt_text(p: *const c_char) -> Option<Text> {
    if p.is_null() {
        None
    } else {
        // SAFETY: guaranteed by the caller.
        Some(Text::from_bytes(unsafe { CStr::from_ptr(p) }.to_bytes()))
    }
}

/// # Safety
/// `list` must be null or a NULL-terminated array of NUL-terminated strings.
pub(super) unsafe fn text_list(list: *mut *mut c_char) -> Vec<Text> {
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

pub(super) fn until_nul(buf: &[u8]) -> Text {
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    Text::from_bytes(&buf[..end])
}

//! The platform's words for its error codes: errno values (strerror(3)), getaddrinfo codes
//! (gai_strerror(3)) and h_errno codes (hstrerror(3)), and the low-level [`SysError`] the
//! safe wrappers return. The codes' names are in [`crate::reference::errors`].

use std::ffi::CStr;

use crate::error::{Error, ErrorKind};
use crate::reference::errors::{EAI, HERROR, errno_name};

/// How a C call failed, before it is tied to the call's name and input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SysError {
    /// An `EAI_*` code; `errno` is meaningful only for `EAI_SYSTEM`.
    Gai { code: i32, errno: i32 },
    /// An `h_errno` code.
    Herror(i32),
    /// An `errno` value.
    Errno(i32),
    /// The lookup succeeded but found nothing (a NULL entry without an error).
    NotFound,
}

impl SysError {
    /// The user-facing error for this failure of `call` on `input`. `not_found` is the
    /// message for [`SysError::NotFound`], in Python's words (`service/proto not found`).
    pub fn into_error(self, call: &str, input: &str, not_found: &str) -> Error {
        match self {
            SysError::Gai { code, errno } => {
                let mut message = gai_message(code);
                if code == libc::EAI_SYSTEM && errno != 0 {
                    message = format!("{message}: {} ({})", errno_name(errno), strerror(errno));
                }
                let name = EAI.name_of(code.into()).unwrap_or("EAI_?");
                Error::platform(ErrorKind::Gai, call, input, code, name, message)
            }
            SysError::Herror(code) => {
                let name = HERROR.name_of(code.into()).unwrap_or("h_errno");
                Error::platform(
                    ErrorKind::Herror,
                    call,
                    input,
                    code,
                    name,
                    herror_message(code),
                )
            }
            SysError::Errno(code) => Error::platform(
                ErrorKind::Os,
                call,
                input,
                code,
                errno_name(code),
                strerror(code),
            ),
            SysError::NotFound => Error::not_found(call, input, not_found),
        }
    }
}

/// gai_strerror(3) for `code`.
pub fn gai_message(code: i32) -> String {
    // SAFETY: gai_strerror returns a pointer to a static, NUL-terminated string for every
    // input (glibc answers "Unknown error" for codes it does not know).
    let p = unsafe { libc::gai_strerror(code) };
    c_message(p)
}

/// hstrerror(3) for `code`.
pub fn herror_message(code: i32) -> String {
    // SAFETY: hstrerror returns a pointer to a static, NUL-terminated string for every
    // input ("Unknown resolver error" for unknown codes).
    let p = unsafe { libc::hstrerror(code) };
    c_message(p)
}

/// strerror(3) for `code`, through the thread-safe std wrapper.
pub fn strerror(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    // std appends " (os error N)"; the platform's words are what precedes it.
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The errno that the C library left for this thread.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn c_message(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::from("Unknown error");
    }
    // SAFETY: callers pass pointers the C library documents as static NUL-terminated
    // strings; null was excluded above.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_from_the_platform() {
        assert_eq!(gai_message(libc::EAI_NONAME), "Name or service not known");
        assert_eq!(herror_message(1), "Unknown host");
        assert_eq!(strerror(libc::ECONNREFUSED), "Connection refused");
    }

    #[test]
    fn eai_system_carries_errno() {
        let e = SysError::Gai {
            code: libc::EAI_SYSTEM,
            errno: libc::EMFILE,
        }
        .into_error("getaddrinfo", "\"x\", None", "");
        assert!(e.to_string().contains("EMFILE"), "{e}");
    }
}

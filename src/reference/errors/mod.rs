//! The error codes of socket work: errno values, the EAI_* codes of getaddrinfo(3) and the
//! h_errno codes of gethostbyname(3), with the calls that return them and their usual
//! cause.

pub mod errno;
pub mod resolver;

pub use errno::ERRNO;

/// What an error code means in socket work: the calls that return it and the usual cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorNote {
    /// The code's first name in its group (`EAGAIN`, not its alias `EWOULDBLOCK`).
    pub name: &'static str,
    /// The socket-API calls that return it, by their C names.
    pub calls: &'static [&'static str],
    /// The usual cause, one or two sentences.
    pub cause: &'static str,
}

/// The note for an errno value, EAI_* code or h_errno code, by its first name.
pub fn error_note(name: &str) -> Option<&'static ErrorNote> {
    errno::NOTES
        .iter()
        .chain(resolver::EAI_NOTES)
        .chain(resolver::HERROR_NOTES)
        .find(|n| n.name == name)
}

/// The symbolic name of an errno value (`ECONNREFUSED`), or `errno` when unknown.
pub fn errno_name(code: i32) -> &'static str {
    ERRNO.name_of(code.into()).unwrap_or("errno")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errno_names() {
        assert_eq!(errno_name(libc::ECONNREFUSED), "ECONNREFUSED");
        assert_eq!(errno_name(libc::EAGAIN), "EAGAIN");
        assert_eq!(errno_name(100_000), "errno");
    }
}

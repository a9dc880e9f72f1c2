//! The error codes of socket work: errno values ([`errno`]), and the EAI_* codes of
//! getaddrinfo(3) and h_errno codes of gethostbyname(3) ([`resolver`]), with the calls that
//! return them and their usual cause.

pub mod errno;
pub mod resolver;

pub use errno::ERRNO;
pub use resolver::{EAI, HERROR};

use super::ErrorNote;

/// The note for an errno value, EAI_* code or h_errno code, by its first name (`EAGAIN`, not
/// its alias `EWOULDBLOCK`).
pub fn error_note(name: &str) -> Option<&'static ErrorNote> {
    [ERRNO, EAI, HERROR]
        .iter()
        .flat_map(|group| group.members)
        .find(|c| c.name == name)
        .and_then(|c| c.note.as_ref())
}

/// The class Python raises for an errno value (PEP 3151): the OSError subclass chosen by
/// the code, or `OSError` itself for the codes without one.
pub fn python_class(errno: i32) -> &'static str {
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EINTR => "InterruptedError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => "OSError",
    }
}

/// The symbolic name of an errno value (`ECONNREFUSED`), or `errno` when unknown.
pub fn errno_name(code: i32) -> &'static str {
    ERRNO.name_of(code.into()).unwrap_or("errno")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_classes_by_errno() {
        assert_eq!(python_class(libc::ECONNREFUSED), "ConnectionRefusedError");
        assert_eq!(python_class(libc::EWOULDBLOCK), "BlockingIOError");
        assert_eq!(python_class(libc::EADDRINUSE), "OSError");
    }

    #[test]
    fn errno_names() {
        assert_eq!(errno_name(libc::ECONNREFUSED), "ECONNREFUSED");
        assert_eq!(errno_name(libc::EAGAIN), "EAGAIN");
        assert_eq!(errno_name(100_000), "errno");
    }

    #[test]
    fn notes_belong_to_first_names_and_every_resolver_code_has_one() {
        for (group, all_noted) in [(ERRNO, false), (EAI, true), (HERROR, true)] {
            for c in group.members {
                let first = group.name_of(c.value);
                if let Some(note) = c.note {
                    assert_eq!(first, Some(c.name), "{}: a note on an alias", c.name);
                    assert!(!note.cause.is_empty(), "{}", c.name);
                } else {
                    assert!(
                        !all_noted || first != Some(c.name),
                        "{} has no note",
                        c.name
                    );
                }
            }
        }
        assert!(error_note("EAGAIN").is_some());
        assert!(error_note("EWOULDBLOCK").is_none());
        assert!(error_note("ESRCH").is_none());
    }
}

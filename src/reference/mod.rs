//! The built-in reference: facts about the socket API that no system call can tell, written
//! for this project in its own words. Pure data; the commands pair it with the platform's
//! live answers (names, numbers, messages).

pub mod errno;
pub mod resolver;

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

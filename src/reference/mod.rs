//! The built-in reference: the one catalogue of the socket API's named constants, socket
//! options and error codes, with what each means, written for this project in its own
//! words. Pure data; the commands pair it with the platform's live answers (messages,
//! option values).
//!
//! - [`constants`]: the constant groups of DESIGN.md section 1 (AF_, SOCK_, SO_, ...);
//! - [`options`]: the socket options sockref reads and sets, with their level, the kind of
//!   value they hold and the sockets they apply to;
//! - [`errors`]: errno values, EAI_* codes and h_errno codes, with the calls that return
//!   them and their usual cause;
//! - [`module`]: Python's socket module entry by entry (functions, methods, exceptions,
//!   constant families), for `sockref ref`.
//!
//! Each fact is written once. A constant's name is its identifier in the `libc` crate (or
//! in [`crate::sys::constants`], for values `libc` lacks or has wrong, with the header that
//! defines them), so that name and value cannot disagree. Within a group the first name
//! listed for a value is the one shown when a number is turned back into a name (`AF_UNIX`
//! before `AF_LOCAL`), matching the name Python's enums report. A constant that is also a
//! row of the option table takes its meaning from that row.

/// A group's members, one per line: `libc::AF_INET => "meaning"`; `libc::SO_RCVBUF =>
/// option` for a row of the option table, whose meaning is written in that row;
/// `libc::EPERM { calls: &[...], cause: "..." }` for an error code with its note.
macro_rules! members {
    ($($krate:ident :: $name:ident $(=> $meaning:tt)?
        $({ calls: $calls:expr, cause: $cause:literal $(,)? })?),* $(,)?) => {
        &[$($crate::reference::Constant {
            name: stringify!($name),
            value: $krate::$name as i64,
            meaning: meaning!($name $(, $meaning)?),
            note: note!($($calls, $cause)?),
        }),*]
    };
}

/// The meaning of one member of [`members!`]: its own words, its option row's, or none.
macro_rules! meaning {
    ($name:ident) => {
        ""
    };
    ($name:ident, option) => {
        $crate::reference::options::meaning_of(stringify!($name))
    };
    ($name:ident, $text:literal) => {
        $text
    };
}

/// The [`ErrorNote`] of one member of [`members!`], if it has one.
macro_rules! note {
    () => {
        None
    };
    ($calls:expr, $cause:literal) => {
        Some($crate::reference::ErrorNote {
            calls: $calls,
            cause: $cause,
        })
    };
}

pub mod constants;
pub mod errors;
pub mod module;
pub mod options;

pub use errors::error_note;

/// One named constant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Constant {
    pub name: &'static str,
    pub value: i64,
    /// What it is for, in one line; empty for errno values, whose words are strerror(3)'s.
    pub meaning: &'static str,
    /// For an error code: the calls that return it and its usual cause.
    pub note: Option<ErrorNote>,
}

/// The constants sharing one prefix, such as `AF_`.
#[derive(Debug, Clone, Copy)]
pub struct ConstantGroup {
    /// The prefix without its underscore: `AF`, `SOCK`, `EAI`; a group of one constant
    /// without a prefix (`SOMAXCONN`) carries that constant's name.
    pub prefix: &'static str,
    pub members: &'static [Constant],
}

/// What an error code means in socket work: the calls that return it and the usual cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorNote {
    /// The socket-API calls that return it, by their C names.
    pub calls: &'static [&'static str],
    /// The usual cause, one or two sentences.
    pub cause: &'static str,
}

impl ConstantGroup {
    /// The first name listed for `value`, if any.
    pub fn name_of(&self, value: i64) -> Option<&'static str> {
        self.members
            .iter()
            .find(|c| c.value == value)
            .map(|c| c.name)
    }

    /// The value of `name`, matched without regard to case, with or without the prefix
    /// (`AF_INET6`, `af_inet6`, `inet6`).
    pub fn value_of(&self, name: &str) -> Option<i64> {
        self.get(name).map(|c| c.value)
    }

    /// The constant called `name`, matched as [`ConstantGroup::value_of`] matches it.
    pub fn get(&self, name: &str) -> Option<&'static Constant> {
        let upper = name.trim().to_ascii_uppercase();
        // A member's whole name first: the errno names of group `E` (EAGAIN) carry no
        // underscore after their prefix.
        if let Some(c) = self.members.iter().find(|c| c.name == upper) {
            return Some(c);
        }
        let prefix = self.prefix.to_ascii_uppercase();
        let full =
            if prefix.is_empty() || upper == prefix || upper.starts_with(&format!("{prefix}_")) {
                upper
            } else {
                format!("{prefix}_{upper}")
            };
        self.members
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(&full))
    }
}

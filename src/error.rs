//! The one error type: everything the user can get wrong and every "no" the platform can
//! answer, each knowing its exit status and its one-line rendering.
//!
//! A line always names the call, the input (as a Python-style argument list, so that the
//! user can paste it into a Python shell and see the same thing) and the platform's own
//! code and words: `getaddrinfo("nosuch.invalid", None): EAI_NONAME (-2): Name or service
//! not known`. DESIGN.md section 4 is defined here and nowhere else.

use std::fmt;
use std::time::Duration;

use serde::Serialize;

use crate::exit::ExitStatus;

/// What went wrong, with everything needed to explain it in one line.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// The user's input cannot be used: a value out of range, an unknown constant name,
    /// malformed hex. Exit 2.
    #[error("{call}({input}): {reason}")]
    Input {
        call: String,
        input: String,
        reason: String,
    },
    /// The command line itself is wrong (unknown flag, missing argument), as the argument
    /// parser found it; `hint` is at most one line of advice. Exit 2.
    #[error("{message}")]
    Usage {
        message: String,
        hint: Option<String>,
    },
    /// A call of the platform said no, with its own code and words.
    #[error("{0}")]
    Platform(Box<PlatformError>),
    /// A call did not return before its deadline. Exit 1.
    #[error("{call}({input}): timed out after {seconds}s")]
    Timeout {
        call: String,
        input: String,
        seconds: f64,
    },
    /// sockref's own "no", with no platform call behind it: its reference has no entry
    /// for a name or number, or a check it ran failed (an echo came back wrong). Exit 1.
    #[error("{call}({input}): {message}")]
    Finding {
        kind: FindingKind,
        call: String,
        input: String,
        message: String,
    },
    /// Writing the answer failed (other than a closed pipe, which is not an error).
    #[error("writing output: {0}")]
    Output(String),
}

/// What sockref itself found, in [`Error::Finding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    /// The reference has no such constant or code (`errno EFOO`): kind `notfound`.
    NotFound,
    /// A check failed (`echo`: bytes lost or changed, a peer gone): kind `check`.
    CheckFailed,
}

/// Which family of codes a platform error comes from; also Python's exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ErrorKind {
    /// `getaddrinfo` or `getnameinfo` answered with an `EAI_*` code (`socket.gaierror`).
    #[serde(rename = "gaierror")]
    Gai,
    /// `gethostbyname*` or `gethostbyaddr` failed with an `h_errno` code (`socket.herror`).
    #[serde(rename = "herror")]
    Herror,
    /// A call failed with an `errno` value, or a database lookup found nothing
    /// (`OSError`, with or without an errno).
    #[serde(rename = "oserror")]
    Os,
}

/// A "no" from the platform: the call, its input, and the platform's code, name and words.
/// A database lookup that finds nothing (`getservbyname` returns NULL without an errno;
/// Python raises `OSError("service/proto not found")`) has neither code nor name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformError {
    pub kind: ErrorKind,
    pub call: String,
    pub input: String,
    /// The code and its symbolic name (`-2`, `EAI_NONAME`).
    pub code: Option<(i32, String)>,
    pub message: String,
}

impl fmt::Display for PlatformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({}): ", self.call, self.input)?;
        if let Some((code, name)) = &self.code {
            write!(f, "{name} ({code}): ")?;
        }
        f.write_str(&self.message)
    }
}

impl Error {
    /// A shorthand for [`Error::Input`].
    pub fn input(call: &str, input: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::Input {
            call: call.to_string(),
            input: input.into(),
            reason: reason.into(),
        }
    }

    /// A platform error with its code and the code's symbolic name.
    pub fn platform(
        kind: ErrorKind,
        call: &str,
        input: &str,
        code: i32,
        name: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::Platform(Box::new(PlatformError {
            kind,
            call: call.to_string(),
            input: input.to_string(),
            code: Some((code, name.into())),
            message: message.into(),
        }))
    }

    /// A lookup that found nothing, in Python's words (`service/proto not found`). Exit 1.
    pub fn not_found(call: &str, input: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Platform(Box::new(PlatformError {
            kind: ErrorKind::Os,
            call: call.to_string(),
            input: input.into(),
            code: None,
            message: message.into(),
        }))
    }

    /// The error of a call that missed its deadline.
    pub fn timeout(call: &str, input: impl Into<String>, after: Duration) -> Self {
        Error::Timeout {
            call: call.to_string(),
            input: input.into(),
            seconds: after.as_secs_f64(),
        }
    }

    /// A name, number or pattern sockref's own reference does not know.
    pub fn not_in_reference(
        call: &str,
        input: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::Finding {
            kind: FindingKind::NotFound,
            call: call.to_string(),
            input: input.into(),
            message: message.into(),
        }
    }

    /// A check of sockref's own that failed.
    pub fn check_failed(call: &str, input: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Finding {
            kind: FindingKind::CheckFailed,
            call: call.to_string(),
            input: input.into(),
            message: message.into(),
        }
    }

    /// The errno of a failed call, if this is one.
    pub fn errno(&self) -> Option<i32> {
        self.os_code().map(|(code, _)| code)
    }

    /// The errno and its name (`ECONNREFUSED`) of a failed call, if this is one.
    pub fn os_code(&self) -> Option<(i32, &str)> {
        match self.as_platform()? {
            PlatformError {
                kind: ErrorKind::Os,
                code: Some((code, name)),
                ..
            } => Some((*code, name.as_str())),
            _ => None,
        }
    }

    /// The platform's error, if this is one.
    pub fn as_platform(&self) -> Option<&PlatformError> {
        match self {
            Error::Platform(p) => Some(p),
            _ => None,
        }
    }

    /// The call that failed, where there is one.
    pub fn call(&self) -> Option<&str> {
        match self {
            Error::Input { call, .. }
            | Error::Timeout { call, .. }
            | Error::Finding { call, .. } => Some(call),
            Error::Platform(p) => Some(&p.call),
            Error::Usage { .. } | Error::Output(_) => None,
        }
    }

    /// The short name of a failure, for a table cell or an outcome: the errno, EAI or
    /// h_errno name, `not found`, `timeout`, or `error`.
    pub fn short_name(&self) -> String {
        match self {
            Error::Platform(p) => p
                .code
                .as_ref()
                .map_or_else(|| "not found".into(), |(_, name)| name.clone()),
            Error::Timeout { .. } => "timeout".into(),
            Error::Finding {
                kind: FindingKind::NotFound,
                ..
            } => "not found".into(),
            Error::Finding {
                kind: FindingKind::CheckFailed,
                ..
            } => "failed".into(),
            Error::Input { .. } | Error::Usage { .. } | Error::Output(_) => "error".into(),
        }
    }

    /// The same error, told of another call and input (a lookup made on behalf of a
    /// friendly verb is reported as the function the user asked for).
    pub fn renamed(self, call: &str, input: &str) -> Self {
        match self {
            Error::Platform(p) => Error::Platform(Box::new(PlatformError {
                call: call.to_string(),
                input: input.to_string(),
                ..*p
            })),
            Error::Timeout { seconds, .. } => Error::Timeout {
                call: call.to_string(),
                input: input.to_string(),
                seconds,
            },
            other => other,
        }
    }

    /// The exit status this error ends the program with (DESIGN.md section 4).
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Input { .. } | Error::Usage { .. } | Error::Output(_) => ExitStatus::Trouble,
            Error::Timeout { .. } | Error::Finding { .. } => ExitStatus::No,
            Error::Platform(p) => match (p.kind, &p.code) {
                (ErrorKind::Herror, _) | (ErrorKind::Os, None) => ExitStatus::No,
                (ErrorKind::Gai, Some((code, _))) => gai_exit_status(*code),
                (ErrorKind::Os, Some((code, _))) => errno_exit_status(*code),
                (ErrorKind::Gai, None) => ExitStatus::Trouble,
            },
        }
    }

    /// The JSON form written to stderr under `--json`.
    pub fn to_json(&self) -> ErrorJson<'_> {
        ErrorJson { error: self.body() }
    }

    fn body(&self) -> ErrorBody<'_> {
        let (kind, call, input, code, message) = match self {
            Error::Input {
                call,
                input,
                reason,
            } => (
                "input",
                call.as_str(),
                Some(input.as_str()),
                None,
                reason.clone(),
            ),
            Error::Usage { message, .. } => ("usage", "sockref", None, None, message.clone()),
            Error::Platform(p) => (
                kind_name(p.kind),
                p.call.as_str(),
                Some(p.input.as_str()),
                p.code.as_ref(),
                p.message.clone(),
            ),
            Error::Timeout {
                call,
                input,
                seconds,
            } => (
                "timeout",
                call.as_str(),
                Some(input.as_str()),
                None,
                format!("timed out after {seconds}s"),
            ),
            Error::Finding {
                kind,
                call,
                input,
                message,
            } => (
                match kind {
                    FindingKind::NotFound => "notfound",
                    FindingKind::CheckFailed => "check",
                },
                call.as_str(),
                Some(input.as_str()),
                None,
                message.clone(),
            ),
            Error::Output(message) => ("oserror", "write", None, None, message.clone()),
        };
        ErrorBody {
            kind,
            call,
            input,
            code: code.map(|(c, _)| *c),
            name: code.map(|(_, n)| n.as_str()),
            message,
        }
    }
}

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Gai => "gaierror",
        ErrorKind::Herror => "herror",
        ErrorKind::Os => "oserror",
    }
}

/// `getaddrinfo(3)` codes that mean "the name or service does not exist (now)" are the
/// platform's "no"; the rest mean the question itself was malformed or the system broke.
fn gai_exit_status(code: i32) -> ExitStatus {
    match code {
        libc::EAI_NONAME
        | libc::EAI_AGAIN
        | libc::EAI_FAIL
        | libc::EAI_NODATA
        | crate::sys::constants::EAI_ADDRFAMILY
        | libc::EAI_SERVICE => ExitStatus::No,
        _ => ExitStatus::Trouble,
    }
}

/// A refused or unreachable peer is the platform's "no"; everything else (permissions,
/// unsupported family, bad descriptor) is for the user to fix.
fn errno_exit_status(code: i32) -> ExitStatus {
    match code {
        libc::ECONNREFUSED
        | libc::EHOSTUNREACH
        | libc::ENETUNREACH
        | libc::ETIMEDOUT
        | libc::ECONNRESET
        // if_indextoname of an index no interface has.
        | libc::ENXIO => ExitStatus::No,
        _ => ExitStatus::Trouble,
    }
}

/// `{"error": {...}}`, the shape of DESIGN.md section 4.
#[derive(Debug, Serialize)]
pub struct ErrorJson<'a> {
    pub error: ErrorBody<'a>,
}

/// The body of [`ErrorJson`]; also embedded in reports that carry per-input failures.
#[derive(Debug, Serialize)]
pub struct ErrorBody<'a> {
    pub kind: &'static str,
    pub call: &'a str,
    pub input: Option<&'a str>,
    pub code: Option<i32>,
    pub name: Option<&'a str>,
    pub message: String,
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.body().serialize(serializer)
    }
}

/// The result type of everything that can fail in sockref.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn gai(code: i32) -> Error {
        Error::platform(
            ErrorKind::Gai,
            "getaddrinfo",
            "\"x\", None",
            code,
            "EAI_X",
            "m",
        )
    }

    #[test]
    fn lookup_failures_are_the_platforms_no() {
        assert_eq!(gai(libc::EAI_NONAME).exit_status(), ExitStatus::No);
        assert_eq!(gai(libc::EAI_AGAIN).exit_status(), ExitStatus::No);
        assert_eq!(gai(libc::EAI_BADFLAGS).exit_status(), ExitStatus::Trouble);
        assert_eq!(gai(libc::EAI_FAMILY).exit_status(), ExitStatus::Trouble);
        let missing = Error::not_found("getservbyname", "\"x\", None", "service/proto not found");
        assert_eq!(missing.exit_status(), ExitStatus::No);
        assert_eq!(
            missing.to_string(),
            "getservbyname(\"x\", None): service/proto not found"
        );
    }

    #[test]
    fn refused_peers_are_a_no_and_permissions_are_trouble() {
        let os = |code| Error::platform(ErrorKind::Os, "connect", "", code, "E", "m");
        assert_eq!(os(libc::ECONNREFUSED).exit_status(), ExitStatus::No);
        assert_eq!(os(libc::EACCES).exit_status(), ExitStatus::Trouble);
        assert_eq!(os(libc::EACCES).errno(), Some(libc::EACCES));
        assert_eq!(gai(libc::EAI_NONAME).errno(), None);
    }

    #[test]
    fn input_errors_are_trouble() {
        let e = Error::input("htons", "70000", "does not fit");
        assert_eq!(e.exit_status(), ExitStatus::Trouble);
        assert_eq!(e.to_string(), "htons(70000): does not fit");
    }

    #[test]
    fn renamed_keeps_the_code() {
        let e = gai(-2).renamed("gethostbyname", "\"y\"");
        assert_eq!(e.to_string(), "gethostbyname(\"y\"): EAI_X (-2): m");
    }

    #[test]
    fn gai_line_names_call_input_code_and_words() {
        let e = Error::platform(
            ErrorKind::Gai,
            "getaddrinfo",
            "\"nosuch.invalid\", None",
            -2,
            "EAI_NONAME",
            "Name or service not known",
        );
        assert_eq!(
            e.to_string(),
            "getaddrinfo(\"nosuch.invalid\", None): EAI_NONAME (-2): Name or service not known"
        );
        let json = serde_json::to_value(e.to_json()).unwrap_or_default();
        assert_eq!(json["error"]["kind"], "gaierror");
        assert_eq!(json["error"]["code"], -2);
        assert_eq!(json["error"]["name"], "EAI_NONAME");
    }
}

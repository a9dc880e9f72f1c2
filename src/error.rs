//! The one error type: everything the user can get wrong and every "no" the platform can
//! answer, each knowing its exit status and its one-line rendering.
//!
//! A line always names the call, the input (as a Python-style argument list, so that the
//! user can paste it into a Python shell and see the same thing) and the platform's own
//! code and words: `getaddrinfo("nosuch.invalid", None): EAI_NONAME (-2): Name or service
//! not known`.

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
    /// `getaddrinfo` or `getnameinfo` answered with an `EAI_*` code (Python's `gaierror`).
    #[error("{call}({input}): {name} ({code}): {message}")]
    Gai {
        call: String,
        input: String,
        code: i32,
        name: String,
        message: String,
    },
    /// `gethostbyname*` or `gethostbyaddr` failed with an `h_errno` code (Python's `herror`).
    #[error("{call}({input}): {name} ({code}): {message}")]
    Herror {
        call: String,
        input: String,
        code: i32,
        name: String,
        message: String,
    },
    /// A call failed with an `errno` value (Python's `OSError` with an errno).
    #[error("{call}({input}): {name} ({code}): {message}")]
    Os {
        call: String,
        input: String,
        code: i32,
        name: String,
        message: String,
    },
    /// A database lookup found nothing (`getservbyname` and friends return NULL without an
    /// errno; Python raises `OSError("service/proto not found")`). Exit 1.
    #[error("{call}({input}): {message}")]
    NotFound {
        call: String,
        input: String,
        message: String,
    },
    /// A call did not return before its deadline. Exit 1.
    #[error("{call}({input}): timed out after {seconds}s")]
    Timeout {
        call: String,
        input: String,
        seconds: f64,
    },
    /// Writing the answer failed (other than a closed pipe, which is not an error).
    #[error("writing output: {0}")]
    Output(String),
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

    /// The exit status this error ends the program with (DESIGN.md section 4).
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Error::Input { .. } | Error::Output(_) => ExitStatus::Trouble,
            Error::Herror { .. } | Error::NotFound { .. } | Error::Timeout { .. } => ExitStatus::No,
            Error::Gai { code, .. } => gai_exit_status(*code),
            Error::Os { code, .. } => {
                // A refused or unreachable peer is the platform's "no"; everything else
                // (permissions, unsupported family, bad descriptor) is for the user to fix.
                match *code {
                    libc::ECONNREFUSED
                    | libc::EHOSTUNREACH
                    | libc::ENETUNREACH
                    | libc::ETIMEDOUT
                    | libc::ECONNRESET => ExitStatus::No,
                    _ => ExitStatus::Trouble,
                }
            }
        }
    }

    /// The JSON form written to stderr under `--json`.
    pub fn to_json(&self) -> ErrorJson<'_> {
        let (kind, call, code, name, message) = match self {
            Error::Input { call, reason, .. } => {
                ("input", call.as_str(), None, None, reason.clone())
            }
            Error::Gai {
                call,
                code,
                name,
                message,
                ..
            } => (
                "gaierror",
                call.as_str(),
                Some(*code),
                Some(name.as_str()),
                message.clone(),
            ),
            Error::Herror {
                call,
                code,
                name,
                message,
                ..
            } => (
                "herror",
                call.as_str(),
                Some(*code),
                Some(name.as_str()),
                message.clone(),
            ),
            Error::Os {
                call,
                code,
                name,
                message,
                ..
            } => (
                "oserror",
                call.as_str(),
                Some(*code),
                Some(name.as_str()),
                message.clone(),
            ),
            Error::NotFound { call, message, .. } => {
                ("oserror", call.as_str(), None, None, message.clone())
            }
            Error::Timeout { call, seconds, .. } => (
                "timeout",
                call.as_str(),
                None,
                None,
                format!("timed out after {seconds}s"),
            ),
            Error::Output(message) => ("oserror", "write", None, None, message.clone()),
        };
        ErrorJson {
            error: ErrorBody {
                kind,
                call,
                input: self.input_text(),
                code,
                name,
                message,
            },
        }
    }

    fn input_text(&self) -> Option<&str> {
        match self {
            Error::Input { input, .. }
            | Error::Gai { input, .. }
            | Error::Herror { input, .. }
            | Error::Os { input, .. }
            | Error::NotFound { input, .. }
            | Error::Timeout { input, .. } => Some(input),
            Error::Output(_) => None,
        }
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
        self.to_json().error.serialize(serializer)
    }
}

/// The result type of everything that can fail in sockref.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn gai(code: i32) -> Error {
        Error::Gai {
            call: "getaddrinfo".into(),
            input: "\"x\", None".into(),
            code,
            name: "EAI_X".into(),
            message: "m".into(),
        }
    }

    #[test]
    fn lookup_failures_are_the_platforms_no() {
        assert_eq!(gai(libc::EAI_NONAME).exit_status(), ExitStatus::No);
        assert_eq!(gai(libc::EAI_AGAIN).exit_status(), ExitStatus::No);
        assert_eq!(gai(libc::EAI_BADFLAGS).exit_status(), ExitStatus::Trouble);
        assert_eq!(gai(libc::EAI_FAMILY).exit_status(), ExitStatus::Trouble);
    }

    #[test]
    fn input_errors_are_trouble() {
        let e = Error::input("htons", "70000", "does not fit");
        assert_eq!(e.exit_status(), ExitStatus::Trouble);
        assert_eq!(e.to_string(), "htons(70000): does not fit");
    }

    #[test]
    fn gai_line_names_call_input_code_and_words() {
        let e = Error::Gai {
            call: "getaddrinfo".into(),
            input: "\"nosuch.invalid\", None".into(),
            code: -2,
            name: "EAI_NONAME".into(),
            message: "Name or service not known".into(),
        };
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

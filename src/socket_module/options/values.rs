//! Option values as the kernel answers them, turned into their natural unit: `212992
//! bytes (208 KiB)`, `7200 s (2 h)`, `on, 5 s`, `SOCK_STREAM (1)`. Pure functions.

use serde::Serialize;

use crate::reference::constants::{AF, IPPROTO, SOCK, pmtudisc_modes};
use crate::reference::errors::errno_name;
use crate::reference::options::Kind;
use crate::sys::errors::strerror;
use crate::sys::sockopt::{Linger, Timeval, Ucred};
use crate::text::Text;
use crate::units::{self, TimeUnit};

/// An option value in its natural JSON form.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum OptValue {
    Bool(bool),
    Int(i64),
    /// Seconds of a timeval.
    Float(f64),
    /// A name: a symbolic constant, an interface or an algorithm.
    Text(String),
    Linger {
        on: bool,
        seconds: i32,
    },
    Cred {
        pid: i32,
        uid: u32,
        gid: u32,
    },
}

/// An option value as read (or as requested): natural value, the C int where the option
/// is one, and the text a person reads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reading {
    pub value: OptValue,
    pub raw: Option<i64>,
    pub text: String,
}

/// The short name of a kind, as `--json` shows it.
pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Bool => "bool",
        Kind::Bytes => "bytes",
        Kind::Seconds => "seconds",
        Kind::Milliseconds => "milliseconds",
        Kind::Microseconds => "microseconds",
        Kind::Timeval => "timeval",
        Kind::Linger => "linger",
        Kind::Number(_) => "int",
        Kind::Tos => "tos",
        Kind::PmtuDisc(_) => "pmtudisc",
        Kind::Cpu => "cpu",
        Kind::Interface => "interface",
        Kind::Name(_) => "name",
        Kind::SocketType => "socktype",
        Kind::Family => "family",
        Kind::Protocol => "protocol",
        Kind::Errno => "errno",
        Kind::PeerCred => "ucred",
        Kind::TcpInfo => "tcp_info",
    }
}

/// An int-valued option's reading.
pub fn from_int(kind: Kind, v: i32) -> Reading {
    let n = i64::from(v);
    let (value, text) = match kind {
        Kind::Bool => (OptValue::Bool(v != 0), on_off(v != 0).to_string()),
        Kind::Bytes => (OptValue::Int(n), units::bytes_exact(n)),
        Kind::Seconds => (OptValue::Int(n), units::seconds_words(n)),
        Kind::Milliseconds => (
            OptValue::Int(n),
            units::with_next_unit(n, TimeUnit::Milliseconds),
        ),
        Kind::Microseconds => (
            OptValue::Int(n),
            units::with_next_unit(n, TimeUnit::Microseconds),
        ),
        Kind::Number("") => (OptValue::Int(n), n.to_string()),
        Kind::Number(unit) => (OptValue::Int(n), format!("{n} {unit}")),
        Kind::Tos => (
            OptValue::Int(n),
            format!("{v:#04x} (DSCP {}, ECN {})", (v >> 2) & 0x3f, v & 3),
        ),
        Kind::Cpu if v < 0 => (OptValue::Int(n), format!("{v} (none yet)")),
        Kind::Cpu => (OptValue::Int(n), format!("CPU {v}")),
        Kind::PmtuDisc(prefix) => match pmtudisc_modes().find(|(k, _)| *k == v) {
            Some((_, name)) => (
                OptValue::Text(format!("{prefix}{name}")),
                format!("{prefix}{name} ({v})"),
            ),
            None => (OptValue::Int(n), n.to_string()),
        },
        Kind::SocketType => symbolic(SOCK.name_of(n), n),
        Kind::Family => symbolic(AF.name_of(n), n),
        Kind::Protocol if v == 0 => (OptValue::Int(0), "0 (the family's default)".into()),
        Kind::Protocol => symbolic(IPPROTO.name_of(n), n),
        Kind::Errno if v == 0 => (OptValue::Int(0), "0 (no error)".into()),
        Kind::Errno => (
            OptValue::Int(n),
            format!("{} ({v}): {}", errno_name(v), strerror(v)),
        ),
        // Struct-valued kinds never arrive here as ints; show the number rather than fail.
        _ => (OptValue::Int(n), n.to_string()),
    };
    Reading {
        value,
        raw: Some(n),
        text,
    }
}

fn symbolic(name: Option<&str>, n: i64) -> (OptValue, String) {
    match name {
        Some(name) => (OptValue::Text(name.to_string()), format!("{name} ({n})")),
        None => (OptValue::Int(n), n.to_string()),
    }
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// SO_LINGER's reading.
pub fn from_linger(l: Linger) -> Reading {
    Reading {
        value: OptValue::Linger {
            on: l.on,
            seconds: l.seconds,
        },
        raw: None,
        text: if l.on {
            format!("on, {} s", l.seconds)
        } else {
            format!("off ({} s)", l.seconds)
        },
    }
}

/// A timeout's reading: seconds as a number, 0 meaning "no timeout".
pub fn from_timeval(tv: Timeval) -> Reading {
    let seconds = tv.seconds as f64 + tv.microseconds as f64 / 1e6;
    Reading {
        value: OptValue::Float(seconds),
        raw: None,
        text: if tv.seconds == 0 && tv.microseconds == 0 {
            "0 (no timeout)".into()
        } else {
            format!("{seconds} s")
        },
    }
}

/// SO_PEERCRED's reading.
pub fn from_ucred(c: Ucred) -> Reading {
    Reading {
        value: OptValue::Cred {
            pid: c.pid,
            uid: c.uid,
            gid: c.gid,
        },
        raw: None,
        text: format!("pid {}, uid {}, gid {}", c.pid, c.uid, c.gid),
    }
}

/// A string option's reading; empty means unset.
pub fn from_name(kind: Kind, bytes: &[u8]) -> Reading {
    let name = Text::from_bytes(bytes.to_vec());
    let text = if name.is_empty() && kind == Kind::Interface {
        "(none)".to_string()
    } else {
        name.to_string()
    };
    Reading {
        value: OptValue::Text(name.to_json_string()),
        raw: None,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_in_natural_units() {
        assert_eq!(
            from_int(Kind::Bytes, 212_992).text,
            "212992 bytes (208 KiB)"
        );
        assert_eq!(from_int(Kind::Bytes, 536).text, "536 bytes");
        assert_eq!(from_int(Kind::Bytes, 1 << 20).text, "1048576 bytes (1 MiB)");
        assert_eq!(from_int(Kind::Seconds, 7200).text, "7200 s (2 h)");
        assert_eq!(from_int(Kind::Seconds, 75).text, "75 s (1 min 15 s)");
        assert_eq!(from_int(Kind::Milliseconds, 1500).text, "1500 ms (1.5 s)");
        assert_eq!(from_int(Kind::Bool, 1).value, OptValue::Bool(true));
        assert_eq!(from_int(Kind::Tos, 0xb8).text, "0xb8 (DSCP 46, ECN 0)");
        assert_eq!(
            from_int(Kind::SocketType, libc::SOCK_DGRAM).text,
            "SOCK_DGRAM (2)"
        );
        assert_eq!(from_int(Kind::Errno, 0).text, "0 (no error)");
        assert_eq!(
            from_int(Kind::PmtuDisc("IP_PMTUDISC_"), 1).value,
            OptValue::Text("IP_PMTUDISC_WANT".into())
        );
        assert_eq!(from_int(Kind::Number("hops"), 64).text, "64 hops");
        assert_eq!(
            from_timeval(Timeval {
                seconds: 1,
                microseconds: 500_000
            })
            .value,
            OptValue::Float(1.5)
        );
        assert_eq!(
            from_linger(Linger {
                on: true,
                seconds: 5
            })
            .text,
            "on, 5 s"
        );
    }
}
